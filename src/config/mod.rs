//! Reading configuration files: a leaf that knows no component.
//!
//! Loading goes in four steps, each reporting errors with their path in the file:
//! 1. YAML → a generic value (no file: an empty one);
//! 2. [`Override`]s applied to it: `--set PATH=VALUE` settings in command-line order, then the
//!    caller's defaults where the path is still empty (see `overrides`);
//! 3. `${env:NAME}` and `${file:PATH}` references in string values are substituted — after the
//!    overrides, so a `--set` value may hold a reference and a reference the `--set` replaced is
//!    never resolved (secrets never appear in error messages, only the reference does);
//! 4. the value → the typed configuration (unknown keys are errors), then value and
//!    cross-field rules checked once, collecting every error. A problem at a setting an
//!    override wrote says so: `admin.endpoint: ... (from --set admin.endpoint)`.
//!
//! Each component owns the settings of its section (`receiver::config`, `bus::config`,
//! `eval::config`, ...) with their per-section checks; `app::PipelineConfig` composes them into
//! the pipeline file and checks what spans sections. Here: the loader, [`ConfigIssue`] and
//! [`ConfigError`], human durations, [`Secret`] and [`Parsed`] (a typed setting whose refusal
//! is reported with the other problems).

mod duration;
mod overrides;
mod parsed;
mod subst;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;

pub use duration::{serde_duration, serde_duration_option};
pub use overrides::Override;
pub use parsed::{Parsed, name_of, one_of};

/// A configuration problem at a path in the pipeline file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    /// Dotted path in the file (`receivers.otlp.protocols.grpc.endpoint`), empty for the root.
    pub path: String,
    /// What is wrong and which rule was broken.
    pub message: String,
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Why a pipeline file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read pipeline file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid YAML.
    #[error("{origin}: not valid YAML: {message}")]
    Yaml {
        /// The file name.
        origin: String,
        /// The parser's message, with line and column.
        message: String,
    },
    /// One or more problems, each with its path.
    #[error("{origin}: {} problem(s):\n{}", .issues.len(), format_issues(.issues))]
    Invalid {
        /// The file name.
        origin: String,
        /// Every problem found.
        issues: Vec<ConfigIssue>,
    },
}

fn format_issues(issues: &[ConfigIssue]) -> String {
    issues
        .iter()
        .map(|i| format!("  - {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A value that may hold a secret: usable, but never printed by `Debug`.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The secret value itself; do not log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Load a YAML file into `T`, then run `check` on it; see the module docs for the steps.
pub fn load<T: DeserializeOwned>(
    path: &Path,
    check: impl FnOnce(&T) -> Vec<ConfigIssue>,
) -> Result<T, ConfigError> {
    load_with(Some(path), &[], check)
}

/// Load the YAML file at `path` (none: an empty document, all defaults) with `overrides`
/// applied into `T`, then run `check` on it; see the module docs for the steps.
pub fn load_with<T: DeserializeOwned>(
    path: Option<&Path>,
    overrides: &[Override],
    check: impl FnOnce(&T) -> Vec<ConfigIssue>,
) -> Result<T, ConfigError> {
    let Some(path) = path else {
        return from_yaml_with("", "the built-in defaults", overrides, check);
    };
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    from_yaml_with(&text, &path.display().to_string(), overrides, check)
}

/// Parse YAML into `T`, then run `check` on it; `origin` names the source in errors. An empty
/// text means "all defaults".
pub fn from_yaml<T: DeserializeOwned>(
    text: &str,
    origin: &str,
    check: impl FnOnce(&T) -> Vec<ConfigIssue>,
) -> Result<T, ConfigError> {
    from_yaml_with(text, origin, &[], check)
}

/// [`from_yaml`] with `overrides` applied to the document before it is typed.
pub fn from_yaml_with<T: DeserializeOwned>(
    text: &str,
    origin: &str,
    overrides: &[Override],
    check: impl FnOnce(&T) -> Vec<ConfigIssue>,
) -> Result<T, ConfigError> {
    let mut value: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|e| ConfigError::Yaml {
            origin: origin.to_owned(),
            message: e.to_string(),
        })?;
    if value.is_null() {
        // An empty file means "all defaults".
        value = serde_yaml::Value::Mapping(Default::default());
    }
    let invalid = |issues| ConfigError::Invalid {
        origin: origin.to_owned(),
        issues,
    };
    let (applied, issues) = overrides::apply_all(&mut value, overrides);
    if !issues.is_empty() {
        return Err(invalid(issues));
    }
    let traced = |mut issues: Vec<ConfigIssue>| {
        overrides::annotate(&mut issues, &applied);
        invalid(issues)
    };
    let issues = subst::substitute(&mut value);
    if !issues.is_empty() {
        return Err(traced(issues));
    }
    let config: T = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        traced(vec![ConfigIssue {
            path: if path == "." { String::new() } else { path },
            message: e.into_inner().to_string(),
        }])
    })?;
    let issues = check(&config);
    if issues.is_empty() {
        Ok(config)
    } else {
        Err(traced(issues))
    }
}
