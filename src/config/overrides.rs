//! Settings given on the command line (`--set PATH=VALUE`, as the OpenTelemetry Collector's
//! `--set`) and defaults a caller supplies for settings a file leaves out: both are applied to
//! the YAML document before it is typed, so they meet the same checks, with the same paths, as
//! the file's own settings.
//!
//! - `PATH` is the keys from the top of the file, separated by `.`
//!   (`receivers.otlp.protocols.grpc.endpoint`), or by `::` as the Collector writes them, which
//!   lets a key hold a dot (`bus::properties::security.protocol`). A number indexes a list the
//!   document holds (`rules.0.threshold`; the list's length appends one item).
//! - `VALUE` is read as YAML, as if written after `key:` in the file: `8`, `true`, `null`,
//!   `10s`, `[a, b]`, `{kind: sqlite, path: x.db}`, `'${env:TOKEN}'`. It replaces whatever the
//!   file had at that path (a map too: it is not merged).
//! - Maps missing on the way are created; a list, a string or a number on the way is an error.

use std::str::FromStr;

use serde_yaml::{Mapping, Value};

use super::ConfigIssue;

/// One setting applied to a configuration document before it is typed: a `--set PATH=VALUE`
/// from the command line, or a caller's default for a setting the document leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    keys: Vec<String>,
    value: Value,
    /// Where it came from, for messages: `--set admin.endpoint` (never the value: it may be
    /// a secret).
    source: String,
    /// Only where the document has nothing at the path (a default), instead of replacing.
    if_absent: bool,
}

impl FromStr for Override {
    type Err = String;

    /// `PATH=VALUE`, as `--set` takes it.
    fn from_str(arg: &str) -> Result<Override, String> {
        let Some((path, value)) = arg.split_once('=') else {
            return Err(
                "expected PATH=VALUE (e.g. admin.endpoint=127.0.0.1:8318): there is no '='".into(),
            );
        };
        let keys = parse_path(path)?;
        let value = serde_yaml::from_str(value)
            .map_err(|e| format!("the value after '=' is not a YAML value: {e}"))?;
        Ok(Override {
            source: format!("--set {path}"),
            keys,
            value,
            if_absent: false,
        })
    }
}

impl Override {
    /// `value` at `path` (keys as `--set` takes them) when the document has nothing there;
    /// `source` says whose default it is in messages (`the default of --role score`).
    pub fn default_for(path: &str, value: Value, source: impl Into<String>) -> Override {
        Override {
            keys: parse_path(path).expect("a well-formed default path"),
            value,
            source: source.into(),
            if_absent: true,
        }
    }

    /// The keys of the path, from the top of the document.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// Where it came from: `--set admin.endpoint`.
    pub fn source(&self) -> &str {
        &self.source
    }
}

fn parse_path(path: &str) -> Result<Vec<String>, String> {
    let path = path.trim();
    if path.is_empty() {
        return Err(
            "the path before '=' is empty; expected PATH=VALUE (e.g. admin.endpoint=127.0.0.1:8318)"
                .into(),
        );
    }
    let separator = if path.contains("::") { "::" } else { "." };
    let keys: Vec<String> = path.split(separator).map(str::to_owned).collect();
    if keys.iter().any(String::is_empty) {
        return Err(format!(
            "'{path}' has an empty key; keys are separated by one '{separator}'"
        ));
    }
    Ok(keys)
}

/// A path as error messages write it: `rules[0].threshold`, like the loader's paths.
#[derive(Default)]
struct ShownPath(String);

impl ShownPath {
    fn push_key(&mut self, key: &str) {
        if !self.0.is_empty() {
            self.0.push('.');
        }
        self.0.push_str(key);
    }

    fn push_index(&mut self, index: usize) {
        self.0.push_str(&format!("[{index}]"));
    }
}

/// What an applied override wrote: problems found at or under `covers` (the first node it
/// created, else its own path) are its doing.
pub(super) struct Applied {
    covers: String,
    source: String,
}

/// Apply `overrides` to `document` in order (a later one wins); a default only where the path
/// is still empty after the others. Returns what was applied and what could not be.
pub(super) fn apply_all(
    document: &mut Value,
    overrides: &[Override],
) -> (Vec<Applied>, Vec<ConfigIssue>) {
    let (defaults, sets): (Vec<&Override>, Vec<&Override>) =
        overrides.iter().partition(|o| o.if_absent);
    let (mut applied, mut issues) = (Vec::new(), Vec::new());
    for o in sets.into_iter().chain(defaults) {
        match apply(document, o) {
            Ok(Some(covers)) => applied.push(Applied {
                covers,
                source: o.source.clone(),
            }),
            Ok(None) => {}
            Err(issue) => issues.push(issue),
        }
    }
    (applied, issues)
}

/// Say which override wrote the setting each problem is about: "(from --set admin.endpoint)".
pub(super) fn annotate(issues: &mut [ConfigIssue], applied: &[Applied]) {
    for issue in issues {
        let under = |covers: &str| {
            covers.is_empty()
                || issue.path.strip_prefix(covers).is_some_and(|rest| {
                    rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')
                })
        };
        // The last one wins, as it won the setting.
        if let Some(a) = applied.iter().rev().find(|a| under(&a.covers)) {
            issue.message.push_str(&format!(" (from {})", a.source));
        }
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a map",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Apply one override; the problem, at the path reached, when the document's shape is in the
/// way.
fn apply(document: &mut Value, o: &Override) -> Result<Option<String>, ConfigIssue> {
    let mut shown = ShownPath::default();
    let mut created: Option<String> = None;
    let fail = |shown: &ShownPath, message: String| ConfigIssue {
        path: shown.0.clone(),
        message: format!("{message} (from {})", o.source),
    };
    let mut node = document;
    for (depth, key) in o.keys.iter().enumerate() {
        let last = depth + 1 == o.keys.len();
        if node.is_null() {
            // Nothing here yet (a key created on the way, or the empty document).
            if key.parse::<usize>().is_ok() {
                // A map keyed "0" would be created where a list was meant.
                return Err(fail(
                    &shown,
                    "has no list to index (it is not in the file, or null): set the whole \
                     list (PATH=[...]) or write it in the file"
                        .into(),
                ));
            }
            created.get_or_insert_with(|| shown.0.clone());
            *node = Value::Mapping(Mapping::new());
        }
        node = match node {
            Value::Mapping(map) => {
                shown.push_key(key);
                let key = Value::String(key.clone());
                match map.get(&key) {
                    // The document has it (null too: off on purpose).
                    Some(v) if o.if_absent && (last || v.is_null()) => return Ok(None),
                    Some(_) => {}
                    None => _ = created.get_or_insert_with(|| shown.0.clone()),
                }
                if last {
                    map.insert(key, o.value.clone());
                    return Ok(Some(created.unwrap_or(shown.0)));
                }
                map.entry(key).or_insert(Value::Null)
            }
            Value::Sequence(items) => {
                let len = items.len();
                let index = list_index(len, key).map_err(|m| fail(&shown, m))?;
                shown.push_index(index);
                if index == len {
                    created.get_or_insert_with(|| shown.0.clone());
                    items.push(Value::Null);
                } else if o.if_absent && last {
                    return Ok(None);
                }
                if last {
                    items[index] = o.value.clone();
                    return Ok(Some(created.unwrap_or(shown.0)));
                }
                &mut items[index]
            }
            other => {
                return Err(fail(
                    &shown,
                    format!("is {}, not a map with '{key}' in it", type_name(other)),
                ));
            }
        };
    }
    unreachable!("the last key returns")
}

/// `key` as an index into a list of `len` items (`len` itself appends one).
fn list_index(len: usize, key: &str) -> Result<usize, String> {
    match key.parse::<usize>() {
        Ok(index) if index <= len => Ok(index),
        Ok(index) => Err(format!(
            "is a list of {len} item(s): {index} is past its end (index {len} appends one)"
        )),
        Err(_) => Err(format!(
            "is a list: index it by number (0 to {len}), not '{key}'"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(yaml: &str) -> Value {
        serde_yaml::from_str(yaml).unwrap()
    }

    fn set(arg: &str) -> Override {
        arg.parse().unwrap()
    }

    /// `yaml` with `args` applied; the problems, shown as `path: message`, when some failed.
    fn applied(yaml: &str, args: &[&str]) -> Result<Value, Vec<String>> {
        let mut document = doc(yaml);
        let overrides: Vec<Override> = args.iter().map(|a| set(a)).collect();
        let (_, issues) = apply_all(&mut document, &overrides);
        match issues.is_empty() {
            true => Ok(document),
            false => Err(issues.iter().map(ToString::to_string).collect()),
        }
    }

    #[test]
    fn values_are_read_as_yaml() {
        let value = |arg: &str| set(arg).value;
        assert_eq!(value("a=8"), doc("8"));
        assert_eq!(value("a=0.5"), doc("0.5"));
        assert_eq!(value("a=true"), Value::Bool(true));
        assert_eq!(value("a=null"), Value::Null);
        assert_eq!(value("a="), Value::Null, "nothing after '=', as after 'a:'");
        assert_eq!(value("a=10s"), Value::String("10s".into()));
        assert_eq!(value("a='8'"), Value::String("8".into()));
        assert_eq!(
            value("a=0.0.0.0:4317"),
            Value::String("0.0.0.0:4317".into())
        );
        assert_eq!(
            value("a=x=y"),
            Value::String("x=y".into()),
            "the first '=' splits"
        );
        assert_eq!(value("a=[a, b]"), doc("[a, b]"));
        assert_eq!(value("a={kind: sqlite}"), doc("kind: sqlite"));
        assert_eq!(
            value("a=${env:TOKEN}"),
            Value::String("${env:TOKEN}".into()),
            "references are left for substitution"
        );
    }

    #[test]
    fn paths_are_dotted_or_collector_style() {
        assert_eq!(set("admin.endpoint=x").keys(), ["admin", "endpoint"]);
        assert_eq!(set(" admin.endpoint =x").keys(), ["admin", "endpoint"]);
        assert_eq!(
            set("bus::properties::security.protocol=SASL_SSL").keys(),
            ["bus", "properties", "security.protocol"]
        );
        assert_eq!(
            set("rules.0.threshold=3").source(),
            "--set rules.0.threshold"
        );
    }

    #[test]
    fn malformed_arguments_say_what_is_expected() {
        let err = |arg: &str| arg.parse::<Override>().unwrap_err();
        assert!(err("admin.endpoint").contains("no '='"), "{}", err("x"));
        assert!(err("=8").contains("path before '=' is empty"));
        assert!(err(" =8").contains("path before '=' is empty"));
        assert!(err("a..b=8").contains("'a..b' has an empty key"));
        assert!(err("a.=8").contains("empty key"));
        assert!(err("a::=8").contains("one '::'"));
        assert!(err("a=[1").contains("not a YAML value"));
    }

    #[test]
    fn replaces_or_creates_what_the_path_names() {
        let yaml = "admin:\n  endpoint: 127.0.0.1:8317\nbus:\n  kind: kafka\n";
        assert_eq!(
            applied(yaml, &["admin.endpoint=127.0.0.1:0", "bus.brokers=b:9092"]).unwrap(),
            doc("admin:\n  endpoint: 127.0.0.1:0\nbus:\n  kind: kafka\n  brokers: b:9092\n")
        );
        // Maps missing on the way are created, in an empty document too.
        assert_eq!(
            applied(
                "{}",
                &["receivers.otlp.protocols.grpc.endpoint=0.0.0.0:4317"]
            )
            .unwrap(),
            doc("receivers: {otlp: {protocols: {grpc: {endpoint: 0.0.0.0:4317}}}}")
        );
        // A null on the way (`exporters.otlp:` left empty) becomes a map.
        assert_eq!(
            applied(
                "exporters:\n  otlp:\n",
                &["exporters.otlp.endpoint=http://c:4317"]
            )
            .unwrap(),
            doc("exporters: {otlp: {endpoint: 'http://c:4317'}}")
        );
        // A map value replaces the section; it is not merged into it.
        assert_eq!(
            applied(
                "store: {kind: sqlite, path: a.db}",
                &["store={kind: clickhouse, url: 'http://ch:8123'}"]
            )
            .unwrap(),
            doc("store: {kind: clickhouse, url: 'http://ch:8123'}")
        );
        // The last one wins.
        assert_eq!(
            applied("{}", &["admin.endpoint=a:1", "admin.endpoint=b:2"]).unwrap(),
            doc("admin: {endpoint: b:2}")
        );
        assert_eq!(applied("{}", &["admin=null"]).unwrap(), doc("admin: null"));
    }

    #[test]
    fn numbers_index_lists() {
        let yaml = "rules:\n  - {name: a, threshold: 1}\n  - {name: b, threshold: 2}\n";
        assert_eq!(
            applied(yaml, &["rules.1.threshold=5"]).unwrap(),
            doc("rules:\n  - {name: a, threshold: 1}\n  - {name: b, threshold: 5}\n")
        );
        assert_eq!(
            applied(yaml, &["rules.0=null"]).unwrap(),
            doc("rules:\n  - null\n  - {name: b, threshold: 2}\n")
        );
        // The list's length appends an item.
        assert_eq!(
            applied(yaml, &["rules.2.name=c"]).unwrap(),
            doc(
                "rules:\n  - {name: a, threshold: 1}\n  - {name: b, threshold: 2}\n  - {name: c}\n"
            )
        );
        assert_eq!(
            applied("entities: [EMAIL]", &["entities.1=IBAN"]).unwrap(),
            doc("entities: [EMAIL, IBAN]")
        );
        // In a map, a number is a key like any other.
        assert_eq!(
            applied("m: {a: 1}", &["m.0=x"]).unwrap(),
            doc("m: {a: 1, '0': x}")
        );
    }

    #[test]
    fn a_shape_in_the_way_is_reported_at_its_path() {
        let yaml = "admin: {endpoint: 127.0.0.1:8317}\nrules: [{name: a}]\n";
        assert_eq!(
            applied(yaml, &["admin.endpoint.host=x"]).unwrap_err(),
            [
                "admin.endpoint: is a string, not a map with 'host' in it (from --set admin.endpoint.host)"
            ]
        );
        assert_eq!(
            applied(yaml, &["rules.3.name=x"]).unwrap_err(),
            [
                "rules: is a list of 1 item(s): 3 is past its end (index 1 appends one) (from --set rules.3.name)"
            ]
        );
        assert_eq!(
            applied(yaml, &["rules.first.name=x"]).unwrap_err(),
            [
                "rules: is a list: index it by number (0 to 1), not 'first' (from --set rules.first.name)"
            ]
        );
        assert_eq!(
            applied(yaml, &["rules.0.name.x=y"]).unwrap_err(),
            ["rules[0].name: is a string, not a map with 'x' in it (from --set rules.0.name.x)"]
        );
        let missing = applied(yaml, &["routes.0.notifiers=[x]"]).unwrap_err();
        assert!(
            missing[0].starts_with("routes: has no list to index (it is not in the file, or null)"),
            "{missing:?}"
        );
        // Every problem is reported, not only the first.
        assert_eq!(
            applied(yaml, &["admin.endpoint.x=1", "rules.x=1"])
                .unwrap_err()
                .len(),
            2
        );
    }

    #[test]
    fn defaults_fill_only_what_is_left_out() {
        let default = Override::default_for("admin.endpoint", "127.0.0.1:8318".into(), "role");
        let with_default = |yaml: &str, sets: &[&str]| {
            let mut document = doc(yaml);
            let mut overrides: Vec<Override> = vec![default.clone()];
            overrides.extend(sets.iter().map(|a| set(a)));
            let (applied, issues) = apply_all(&mut document, &overrides);
            assert!(issues.is_empty(), "{issues:?}");
            (document, applied.len())
        };
        assert_eq!(
            with_default("{}", &[]),
            (doc("admin: {endpoint: 127.0.0.1:8318}"), 1)
        );
        assert_eq!(
            with_default("admin: {}", &[]),
            (doc("admin: {endpoint: 127.0.0.1:8318}"), 1)
        );
        // The file's setting stays, null (off) included; so does a --set, even one given
        // after the default in the list.
        assert_eq!(
            with_default("admin: {endpoint: 0.0.0.0:9000}", &[]),
            (doc("admin: {endpoint: 0.0.0.0:9000}"), 0)
        );
        assert_eq!(
            with_default("admin: {endpoint: null}", &[]),
            (doc("admin: {endpoint: null}"), 0)
        );
        assert_eq!(with_default("admin: null", &[]), (doc("admin: null"), 0));
        assert_eq!(
            with_default("{}", &["admin.endpoint=127.0.0.1:0"]),
            (doc("admin: {endpoint: 127.0.0.1:0}"), 1)
        );
    }

    #[test]
    fn problems_at_a_setting_an_override_wrote_name_it() {
        let mut document = doc("admin: {endpoint: a}\nrules: [{name: r}]\n");
        let overrides = [
            set("admin.endpoint=b"),
            set("rules.0.threshold=x"),
            set("store={kind: clickhouse}"),
            set("score.workers=2"),
        ];
        let (applied, issues) = apply_all(&mut document, &overrides);
        assert!(issues.is_empty());
        let issue = |path: &str| ConfigIssue {
            path: path.into(),
            message: "bad".into(),
        };
        let mut issues = vec![
            issue("admin.endpoint"),
            issue("admin"),
            issue("rules[0].threshold"),
            issue("rules[0].name"),
            issue("store.url"),
            issue("storex"),
            // The override created `score`, so a problem in it is the override's.
            issue("score"),
        ];
        annotate(&mut issues, &applied);
        let messages: Vec<String> = issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "admin.endpoint: bad (from --set admin.endpoint)",
                "admin: bad",
                "rules[0].threshold: bad (from --set rules.0.threshold)",
                "rules[0].name: bad",
                "store.url: bad (from --set store)",
                "storex: bad",
                "score: bad (from --set score.workers)",
            ]
        );
    }
}
