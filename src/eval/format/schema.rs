//! The subset of JSON Schema a format declaration may give, compiled, and checked against a
//! parsed reply. Failures name the schema's path (`$.days[2].city`), never a value.

use serde_json::Value;

use super::config::SchemaConfig;

/// A JSON type, as JSON Schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    /// `object`
    Object,
    /// `array`
    Array,
    /// `string`
    String,
    /// `number` (integers too)
    Number,
    /// `integer`
    Integer,
    /// `boolean`
    Boolean,
    /// `null`
    Null,
}

impl JsonType {
    const ALL: [(&'static str, JsonType); 7] = [
        ("object", JsonType::Object),
        ("array", JsonType::Array),
        ("string", JsonType::String),
        ("number", JsonType::Number),
        ("integer", JsonType::Integer),
        ("boolean", JsonType::Boolean),
        ("null", JsonType::Null),
    ];

    /// The type a JSON Schema name stands for.
    pub fn parse(name: &str) -> Option<JsonType> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    /// Its JSON Schema name.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("?", |(n, _)| n)
    }

    /// The type of a value (`integer` for whole numbers).
    pub fn of(value: &Value) -> JsonType {
        match value {
            Value::Object(_) => JsonType::Object,
            Value::Array(_) => JsonType::Array,
            Value::String(_) => JsonType::String,
            Value::Number(n) if n.is_i64() || n.is_u64() => JsonType::Integer,
            Value::Number(_) => JsonType::Number,
            Value::Bool(_) => JsonType::Boolean,
            Value::Null => JsonType::Null,
        }
    }

    fn admits(self, value: &Value) -> bool {
        let actual = JsonType::of(value);
        actual == self || (self == JsonType::Number && actual == JsonType::Integer)
    }
}

/// A compiled schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    json_type: Option<JsonType>,
    required: Vec<String>,
    properties: Vec<(String, Schema)>,
    items: Option<Box<Schema>>,
}

/// Where a reply breaks its schema.
#[derive(Debug, Clone, PartialEq)]
pub enum Violation {
    /// A value of the wrong type.
    WrongType {
        /// Schema path of the value.
        path: String,
        /// What the schema says.
        expected: JsonType,
        /// What the reply has.
        found: JsonType,
    },
    /// A required key missing from an object.
    MissingKey {
        /// Schema path of the key.
        path: String,
    },
}

/// Deepest schema nesting accepted (a bound on the work per reply).
pub const MAX_DEPTH: usize = 16;

impl Schema {
    /// Compile a schema, reporting each problem as (field path below the schema, message).
    pub fn compile(
        config: &SchemaConfig,
        path: &str,
        issue: &mut dyn FnMut(String, String),
    ) -> Schema {
        Self::compile_at(config, path, 0, issue)
    }

    fn compile_at(
        config: &SchemaConfig,
        path: &str,
        depth: usize,
        issue: &mut dyn FnMut(String, String),
    ) -> Schema {
        if depth > MAX_DEPTH {
            issue(
                path.to_owned(),
                format!("nests deeper than {MAX_DEPTH} levels"),
            );
        }
        let json_type = config.json_type.as_deref().and_then(|t| {
            let parsed = JsonType::parse(t);
            if parsed.is_none() {
                let names: Vec<&str> = JsonType::ALL.iter().map(|(n, _)| *n).collect();
                issue(
                    format!("{path}.type"),
                    format!("'{t}' is not a JSON type (one of {})", names.join(", ")),
                );
            }
            parsed
        });
        let is_object = json_type.is_none_or(|t| t == JsonType::Object);
        if !is_object && (!config.required.is_empty() || !config.properties.is_empty()) {
            issue(
                format!("{path}.type"),
                "required and properties apply to objects only".into(),
            );
        }
        if config.items.is_some() && json_type.is_some_and(|t| t != JsonType::Array) {
            issue(
                format!("{path}.type"),
                "items applies to arrays only".into(),
            );
        }
        for (i, key) in config.required.iter().enumerate() {
            if key.is_empty() {
                issue(format!("{path}.required[{i}]"), "must not be empty".into());
            }
        }
        Schema {
            json_type,
            required: config.required.clone(),
            properties: config
                .properties
                .iter()
                .map(|(key, sub)| {
                    let at = format!("{path}.properties.{key}");
                    (key.clone(), Self::compile_at(sub, &at, depth + 1, issue))
                })
                .collect(),
            items: config.items.as_ref().map(|sub| {
                Box::new(Self::compile_at(
                    sub,
                    &format!("{path}.items"),
                    depth + 1,
                    issue,
                ))
            }),
        }
    }

    /// Read a JSON Schema document leniently, as tools declare their arguments
    /// (`gen_ai.tool.definitions`' `parameters`): `type` (one name; a list of types is not
    /// checked), `required`, `properties` and `items` are kept, every other keyword
    /// (`description`, `enum`, `additionalProperties`, ...) is ignored, and nothing deeper than
    /// [`MAX_DEPTH`] is checked. A declaration never fails: what cannot be read checks nothing.
    pub fn from_json(value: &Value) -> Schema {
        Self::from_json_at(value, 0)
    }

    fn from_json_at(value: &Value, depth: usize) -> Schema {
        let mut schema = Schema {
            json_type: None,
            required: Vec::new(),
            properties: Vec::new(),
            items: None,
        };
        let Value::Object(map) = value else {
            return schema;
        };
        if depth > MAX_DEPTH {
            return schema;
        }
        schema.json_type = map
            .get("type")
            .and_then(Value::as_str)
            .and_then(JsonType::parse);
        if let Some(Value::Array(keys)) = map.get("required") {
            schema.required = keys
                .iter()
                .filter_map(Value::as_str)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect();
        }
        if let Some(Value::Object(properties)) = map.get("properties") {
            schema.properties = properties
                .iter()
                .map(|(key, sub)| (key.clone(), Self::from_json_at(sub, depth + 1)))
                .collect();
        }
        if let Some(items @ Value::Object(_)) = map.get("items") {
            schema.items = Some(Box::new(Self::from_json_at(items, depth + 1)));
        }
        schema
    }

    /// The first place `value` breaks this schema, if any.
    pub fn check(&self, value: &Value) -> Option<Violation> {
        let mut path = String::from("$");
        self.check_at(value, &mut path)
    }

    fn check_at(&self, value: &Value, path: &mut String) -> Option<Violation> {
        if let Some(expected) = self.json_type
            && !expected.admits(value)
        {
            return Some(Violation::WrongType {
                path: path.clone(),
                expected,
                found: JsonType::of(value),
            });
        }
        if let Value::Object(object) = value {
            for key in &self.required {
                if !object.contains_key(key) {
                    return Some(Violation::MissingKey {
                        path: format!("{path}.{key}"),
                    });
                }
            }
            for (key, sub) in &self.properties {
                if let Some(v) = object.get(key) {
                    let len = path.len();
                    path.push('.');
                    path.push_str(key);
                    let found = sub.check_at(v, path);
                    path.truncate(len);
                    if found.is_some() {
                        return found;
                    }
                }
            }
        }
        if let (Value::Array(items), Some(sub)) = (value, &self.items) {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                let found = sub.check_at(item, path);
                path.truncate(len);
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(yaml: &str) -> (Schema, Vec<(String, String)>) {
        let config: SchemaConfig = serde_yaml::from_str(yaml).unwrap();
        let mut problems = Vec::new();
        let s = Schema::compile(&config, "schema", &mut |p, m| problems.push((p, m)));
        (s, problems)
    }

    #[test]
    fn types_required_keys_properties_and_items() {
        let (s, problems) = schema(
            "type: object
required: [destination, days]
properties:
  destination: {type: string}
  budget: {type: number}
  days:
    type: array
    items:
      type: object
      required: [city]
      properties: {city: {type: string}, nights: {type: integer}}",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let good = json!({"destination": "Lisbon", "budget": 900, "days": [{"city": "Lisbon", "nights": 2}]});
        assert_eq!(s.check(&good), None);
        assert_eq!(
            s.check(&json!({"destination": "Lisbon"})),
            Some(Violation::MissingKey {
                path: "$.days".into()
            })
        );
        assert_eq!(
            s.check(&json!({"destination": "Lisbon", "days": [{"city": "A"}, {"city": 3}]})),
            Some(Violation::WrongType {
                path: "$.days[1].city".into(),
                expected: JsonType::String,
                found: JsonType::Integer
            })
        );
        assert_eq!(
            s.check(&json!({"destination": "x", "days": [], "budget": "cheap"})),
            Some(Violation::WrongType {
                path: "$.budget".into(),
                expected: JsonType::Number,
                found: JsonType::String
            })
        );
        assert!(matches!(
            s.check(&json!(["not", "an", "object"])),
            Some(Violation::WrongType { .. })
        ));
    }

    #[test]
    fn declared_tool_schemas_are_read_leniently() {
        let declared = json!({
            "type": "object",
            "description": "Book a flight",
            "additionalProperties": false,
            "required": ["from", "to"],
            "properties": {
                "from": {"type": "string", "enum": ["LIS", "OPO"]},
                "to": {"type": "string"},
                "passengers": {"type": "integer", "minimum": 1},
                "note": {"type": ["string", "null"]},
                "legs": {"type": "array", "items": {"type": "object", "required": ["date"]}}
            }
        });
        let s = Schema::from_json(&declared);
        assert_eq!(
            s.check(&json!({"from": "LIS", "to": "OPO", "note": null})),
            None
        );
        assert_eq!(
            s.check(&json!({"from": "LIS"})),
            Some(Violation::MissingKey {
                path: "$.to".into()
            })
        );
        assert_eq!(
            s.check(&json!({"from": "LIS", "to": "OPO", "passengers": "two"})),
            Some(Violation::WrongType {
                path: "$.passengers".into(),
                expected: JsonType::Integer,
                found: JsonType::String
            })
        );
        assert!(matches!(
            s.check(&json!({"from": "LIS", "to": "OPO", "legs": [{}]})),
            Some(Violation::MissingKey { path }) if path == "$.legs[0].date"
        ));
        // Not a schema: checks nothing.
        assert_eq!(Schema::from_json(&json!("object")).check(&json!(3)), None);
    }

    #[test]
    fn unknown_types_and_misplaced_keywords_are_named_by_path() {
        let (_, problems) = schema(
            "type: object
properties:
  days: {type: list}
  name: {type: string, required: [x]}",
        );
        let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            ["schema.properties.days.type", "schema.properties.name.type"]
        );
        assert!(problems[0].1.contains("'list' is not a JSON type"));
        assert!(serde_yaml::from_str::<SchemaConfig>("type: object\nminItems: 2").is_err());
    }
}
