//! `${env:NAME}` and `${file:PATH}` references in string values, resolved before typing so that
//! secrets never live in the file. Errors name the path and the reference, never the value.

use serde_yaml::Value;

use super::ConfigIssue;

/// Replace every reference in every string of `value`; returns the references that failed.
pub(super) fn substitute(value: &mut Value) -> Vec<ConfigIssue> {
    let mut issues = Vec::new();
    walk(value, &mut String::new(), &mut issues);
    issues
}

fn walk(value: &mut Value, path: &mut String, issues: &mut Vec<ConfigIssue>) {
    match value {
        Value::String(s) if s.contains("${") => match expand(s) {
            Ok(expanded) => *s = expanded,
            Err(message) => issues.push(ConfigIssue {
                path: path.clone(),
                message,
            }),
        },
        Value::Mapping(map) => {
            for (key, child) in map.iter_mut() {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                match key {
                    Value::String(k) => path.push_str(k),
                    other => path.push_str(&format!("{other:?}")),
                }
                walk(child, path, issues);
                path.truncate(len);
            }
        }
        Value::Sequence(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(child, path, issues);
                path.truncate(len);
            }
        }
        Value::Tagged(tagged) => walk(&mut tagged.value, path, issues),
        _ => {}
    }
}

/// Expand the references in one string. `$${` escapes a literal `${`.
fn expand(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find("${") {
        if rest[..pos].ends_with('$') {
            out.push_str(&rest[..pos - 1]);
            out.push_str("${");
            rest = &rest[pos + 2..];
            continue;
        }
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 2..];
        let end = after
            .find('}')
            .ok_or_else(|| format!("unterminated reference in '{s}' (missing '}}')"))?;
        let reference = &after[..end];
        out.push_str(&resolve(reference)?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn resolve(reference: &str) -> Result<String, String> {
    if let Some(name) = reference.strip_prefix("env:") {
        std::env::var(name).map_err(|_| {
            format!("environment variable {name} (referenced as ${{env:{name}}}) is not set")
        })
    } else if let Some(path) = reference.strip_prefix("file:") {
        std::fs::read_to_string(path)
            .map(|v| v.trim_end_matches(['\r', '\n']).to_owned())
            .map_err(|e| format!("cannot read ${{file:{path}}}: {e}"))
    } else {
        Err(format!(
            "unknown reference ${{{reference}}}; use ${{env:NAME}} or ${{file:PATH}}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_env_and_escapes() {
        // SAFETY: tests in this module are the only users of this variable name.
        unsafe { std::env::set_var("AGENTWATCH_SUBST_TEST", "s3cret") };
        assert_eq!(
            expand("Bearer ${env:AGENTWATCH_SUBST_TEST}").unwrap(),
            "Bearer s3cret"
        );
        assert_eq!(expand("a $${env:X} b").unwrap(), "a ${env:X} b");
        let err = expand("${env:AGENTWATCH_SURELY_UNSET_VAR}").unwrap_err();
        assert!(err.contains("AGENTWATCH_SURELY_UNSET_VAR"), "{err}");
        assert!(
            expand("${vault:x}")
                .unwrap_err()
                .contains("unknown reference")
        );
        assert!(expand("${env:X").unwrap_err().contains("unterminated"));
    }

    #[test]
    fn reports_path_of_failed_reference() {
        let mut v: Value =
            serde_yaml::from_str("a:\n  b:\n    - x\n    - ${env:AGENTWATCH_SURELY_UNSET_VAR}\n")
                .unwrap();
        let issues = substitute(&mut v);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].path, "a.b[1]");
    }
}
