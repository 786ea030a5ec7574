//! Durations in the pipeline file are written the human way: `500ms`, `10s`, `5m`.

/// `#[serde(with = "serde_duration")]` for `std::time::Duration` fields.
pub mod serde_duration {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    /// Parse `"500ms"`, `"10s"`, `"1h 30m"`; a bare integer is seconds.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Secs(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Secs(s) => Ok(Duration::from_secs(s)),
            Raw::Text(t) => humantime::parse_duration(t.trim()).map_err(|e| {
                serde::de::Error::custom(format!(
                    "'{t}' is not a duration ({e}); write e.g. 500ms, 10s, 5m"
                ))
            }),
        }
    }
}

/// `Option<Duration>` fields: a duration as in [`serde_duration`], or `null`.
pub mod serde_duration_option {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    /// `null` → None; anything else as [`super::serde_duration::deserialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super::serde_duration")] Duration);
        Ok(Option::<Wrapped>::deserialize(d)?.map(|w| w.0))
    }
}
