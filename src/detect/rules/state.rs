//! The state machine of a (rule, series) pair: consecutive verdicts become pending, firing
//! and resolved.

use serde::Serialize;

use super::Verdict;
use super::config::RuleConfig;

/// Where a (rule, series) pair stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
}

/// The state machine of one (rule, series).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleState {
    /// Current state.
    pub state: AlertState,
    breaching: u32,
    normal: u32,
}

impl Default for RuleState {
    fn default() -> Self {
        RuleState {
            state: AlertState::Inactive,
            breaching: 0,
            normal: 0,
        }
    }
}

impl RuleState {
    /// Apply one window's verdict; returns the new state.
    pub fn apply(&mut self, rule: &RuleConfig, verdict: Verdict) -> AlertState {
        if self.state == AlertState::Resolved {
            self.state = AlertState::Inactive;
        }
        match verdict {
            Verdict::Breach => {
                self.breaching += 1;
                self.normal = 0;
                if self.breaching >= rule.for_windows {
                    self.state = AlertState::Firing;
                } else if self.state == AlertState::Inactive {
                    self.state = AlertState::Pending;
                }
            }
            Verdict::Ok => {
                self.normal += 1;
                self.breaching = 0;
                match self.state {
                    AlertState::Pending => self.state = AlertState::Inactive,
                    AlertState::Firing if self.normal >= rule.recover_windows => {
                        self.state = AlertState::Resolved
                    }
                    _ => {}
                }
            }
            // Not judgeable: neither evidence of trouble nor of recovery.
            Verdict::InsufficientData | Verdict::WarmingUp | Verdict::None => {}
        }
        self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::rules::config::default_rules;

    fn rule(name: &str) -> RuleConfig {
        default_rules()
            .into_iter()
            .find(|r| r.name == name)
            .unwrap()
    }

    #[test]
    fn for_and_recover_shape_the_state() {
        let mut r = rule("refusal_rate_anomaly");
        r.for_windows = 2;
        r.recover_windows = 2;
        let mut s = RuleState::default();
        let seq = [
            (Verdict::Breach, AlertState::Pending),
            (Verdict::Ok, AlertState::Inactive),
            (Verdict::Breach, AlertState::Pending),
            (Verdict::InsufficientData, AlertState::Pending),
            (Verdict::Breach, AlertState::Firing),
            (Verdict::Ok, AlertState::Firing),
            (Verdict::Breach, AlertState::Firing),
            (Verdict::Ok, AlertState::Firing),
            (Verdict::Ok, AlertState::Resolved),
            (Verdict::Ok, AlertState::Inactive),
        ];
        for (i, (verdict, expected)) in seq.into_iter().enumerate() {
            assert_eq!(s.apply(&r, verdict), expected, "step {i}");
        }
    }
}
