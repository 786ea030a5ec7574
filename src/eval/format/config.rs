//! `evaluators.format:` — which replies must be JSON, and the shape they must have.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `evaluators.format:`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FormatConfig {
    /// Run this evaluator (it scores nothing until `expect` names replies).
    pub enabled: bool,
    /// The replies that must be JSON; a model reply is checked against the first entry whose
    /// filters it passes.
    pub expect: Vec<ExpectConfig>,
}

impl Default for FormatConfig {
    fn default() -> Self {
        FormatConfig {
            enabled: true,
            expect: Vec::new(),
        }
    }
}

/// One declaration: replies of these spans must be JSON of this shape.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExpectConfig {
    /// A name for the declaration, shown in `detail` (default `expect[i]`).
    #[serde(default)]
    pub name: Option<String>,
    /// Only spans of this service.
    #[serde(default)]
    pub service: Option<String>,
    /// Only spans of this agent.
    #[serde(default)]
    pub agent: Option<String>,
    /// Only spans of this operation name, as the span spells it (`chat`, `text_completion`,
    /// `LLM`).
    #[serde(default)]
    pub operation: Option<String>,
    /// Only replies of this model: its name, or a pattern with `*` for any characters
    /// (`gpt-4o*`), matched ignoring case.
    #[serde(default)]
    pub model: Option<String>,
    /// The reply's format: `json` (the only one so far).
    #[serde(default = "default_format")]
    pub format: String,
    /// The JSON's shape, as a small subset of JSON Schema: `type`, `required`, `properties`,
    /// `items`. Without it, any JSON value passes.
    #[serde(default)]
    pub schema: Option<SchemaConfig>,
}

fn default_format() -> String {
    "json".into()
}

/// A subset of JSON Schema.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SchemaConfig {
    /// `object`, `array`, `string`, `number`, `integer`, `boolean` or `null`.
    #[serde(default, rename = "type")]
    pub json_type: Option<String>,
    /// Keys an object must have.
    #[serde(default)]
    pub required: Vec<String>,
    /// Schemas of an object's keys (checked when present).
    #[serde(default)]
    pub properties: BTreeMap<String, SchemaConfig>,
    /// The schema of every element of an array.
    #[serde(default)]
    pub items: Option<Box<SchemaConfig>>,
}
