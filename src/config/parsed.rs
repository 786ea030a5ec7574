//! [`Parsed`]: a setting typed as the file is read, whose refusal waits for the check.

use std::fmt::Display;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

/// A setting typed as the file is read (by `T`'s [`FromStr`]), whose refusal waits for the
/// check: text that is not a `T` is kept with the reason, so the section's check reports it at
/// its path along with every other problem instead of loading stopping at the first. The check
/// then refuses the file, so a loaded configuration holds only values; until then a refused
/// setting reads as `T::default()`.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    value: T,
    refusal: Option<String>,
}

impl<T: Copy> Parsed<T> {
    /// The value.
    pub fn get(&self) -> T {
        self.value
    }
}

impl<T> Parsed<T> {
    /// Why the text written was not a `T`, if it was not (`T`'s parse error).
    pub fn refusal(&self) -> Option<&str> {
        self.refusal.as_deref()
    }
}

impl<T> From<T> for Parsed<T> {
    fn from(value: T) -> Parsed<T> {
        Parsed {
            value,
            refusal: None,
        }
    }
}

impl<T: Default> Default for Parsed<T> {
    fn default() -> Parsed<T> {
        Parsed::from(T::default())
    }
}

impl<'de, T> Deserialize<'de> for Parsed<T>
where
    T: FromStr + Default,
    T::Err: Display,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Parsed<T>, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(match text.parse::<T>() {
            Ok(value) => Parsed::from(value),
            Err(e) => Parsed {
                value: T::default(),
                refusal: Some(e.to_string()),
            },
        })
    }
}

/// `text` as one of `choices` (its spelling in the file, its value), or the refusal naming them
/// all: "'brotli' is not one of none, gzip, lz4".
pub fn one_of<T: Copy>(text: &str, choices: &[(&str, T)]) -> Result<T, String> {
    choices
        .iter()
        .find(|(name, _)| *name == text)
        .map(|(_, value)| *value)
        .ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
            format!("'{text}' is not one of {}", names.join(", "))
        })
}

/// The spelling of `value` among `choices`.
pub fn name_of<T: Copy + PartialEq>(value: T, choices: &[(&'static str, T)]) -> &'static str {
    choices
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_of_names_every_choice_when_it_refuses() {
        let choices = [("on", true), ("off", false)];
        assert_eq!(one_of("off", &choices), Ok(false));
        assert_eq!(
            one_of("maybe", &choices),
            Err("'maybe' is not one of on, off".into())
        );
        assert_eq!(name_of(true, &choices), "on");
    }

    #[test]
    fn text_that_does_not_parse_is_kept_with_its_reason() {
        let ok: Parsed<u32> = serde_yaml::from_str("'7'").unwrap();
        assert_eq!((ok.get(), ok.refusal()), (7, None));
        let refused: Parsed<u32> = serde_yaml::from_str("seven").unwrap();
        assert_eq!(refused.get(), 0);
        assert_eq!(refused.refusal(), Some("invalid digit found in string"));
        assert!(
            serde_yaml::from_str::<Parsed<u32>>("[7]").is_err(),
            "not text at all"
        );
    }
}
