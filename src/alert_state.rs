//! Where a (rule, series) pair stands: the states detect decides, the store keeps and alert
//! notifies about.

use serde::{Deserialize, Serialize};

/// Where a (rule, series) pair stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertState {
    /// Nothing wrong.
    Inactive,
    /// Breaching, not yet for `for` windows.
    Pending,
    /// Breaching for `for` windows and not yet recovered.
    Firing,
    /// Was firing; `recover` normal windows in a row (reported once, then inactive).
    Resolved,
}

impl AlertState {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertState::Inactive => "inactive",
            AlertState::Pending => "pending",
            AlertState::Firing => "firing",
            AlertState::Resolved => "resolved",
        }
    }

    /// The state of a stored spelling.
    pub fn parse(text: &str) -> Option<AlertState> {
        match text {
            "inactive" => Some(AlertState::Inactive),
            "pending" => Some(AlertState::Pending),
            "firing" => Some(AlertState::Firing),
            "resolved" => Some(AlertState::Resolved),
            _ => None,
        }
    }
}

/// Compared with its stored spelling (`row.state == "firing"`).
impl PartialEq<str> for AlertState {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// Compared with its stored spelling (`row.state == "firing"`).
impl PartialEq<&str> for AlertState {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
