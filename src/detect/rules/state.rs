//! The state machine of a (rule, series) pair: consecutive verdicts become pending, firing
//! and resolved.

use serde::Serialize;

pub use crate::alert_state::AlertState;

use super::Verdict;
use super::config::RuleConfig;

/// Why a firing alert resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResolvedReason {
    /// `recover` calm windows in a row.
    Recovered,
    /// The change lasted `adapt_after`: the baseline re-learned from the windows since it, and
    /// the new level is the new normal.
    Adapted,
    /// The series sent nothing for `no_data_after`.
    NoData,
}

impl ResolvedReason {
    /// Stored spelling (`resolved_reason`).
    pub fn as_str(self) -> &'static str {
        match self {
            ResolvedReason::Recovered => "recovered",
            ResolvedReason::Adapted => "adapted",
            ResolvedReason::NoData => "no_data",
        }
    }
}

/// The state machine of one (rule, series).
///
/// Hysteresis: a rule fires after `for` breaching windows, but resolves only after `recover`
/// *calm* windows in a row — within `recover_sigma`, not merely below `sigma` — so a value
/// hovering at the threshold is one incident, not a fire/resolve cycle per window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleState {
    /// Current state.
    pub state: AlertState,
    breaching: u32,
    normal: u32,
    /// Start of the first breaching window of the current incident.
    pub incident_start: Option<u64>,
    /// Why the last resolve happened (set with [`AlertState::Resolved`]).
    pub resolved_reason: Option<ResolvedReason>,
}

impl Default for RuleState {
    fn default() -> Self {
        RuleState {
            state: AlertState::Inactive,
            breaching: 0,
            normal: 0,
            incident_start: None,
            resolved_reason: None,
        }
    }
}

impl RuleState {
    /// Apply the verdict (and z, for anomaly rules) on the window starting at `window_start`:
    /// an `Ok` window counts towards recovery only when calm, and a breach beyond
    /// `fire_now_sigma` fires without waiting for `for`. Returns the new state.
    pub fn apply(
        &mut self,
        rule: &RuleConfig,
        verdict: Verdict,
        z: Option<f64>,
        window_start: u64,
    ) -> AlertState {
        let calm = rule.is_calm(verdict, z);
        let now = verdict == Verdict::Breach && rule.fires_now(z);
        if self.state == AlertState::Resolved {
            self.state = AlertState::Inactive;
            self.resolved_reason = None;
        }
        match verdict {
            Verdict::Breach => {
                self.breaching += 1;
                self.normal = 0;
                self.incident_start.get_or_insert(window_start);
                if self.breaching >= rule.for_windows || now {
                    self.state = AlertState::Firing;
                } else if self.state == AlertState::Inactive {
                    self.state = AlertState::Pending;
                }
            }
            Verdict::Ok => {
                self.breaching = 0;
                self.normal = if calm { self.normal + 1 } else { 0 };
                match self.state {
                    AlertState::Pending => {
                        self.state = AlertState::Inactive;
                        self.incident_start = None;
                    }
                    AlertState::Firing if self.normal >= rule.recover_windows => {
                        self.resolve(ResolvedReason::Recovered)
                    }
                    _ => {}
                }
            }
            // Not judgeable: neither evidence of trouble nor of recovery.
            Verdict::InsufficientData | Verdict::WarmingUp | Verdict::None => {}
        }
        self.state
    }

    /// When a firing incident has lasted `adapt_after` by the end of the window ending at
    /// `window_end`: the start of the change the baseline should re-learn from.
    pub fn adapt_due(&self, rule: &RuleConfig, window_end: u64) -> Option<u64> {
        let after = rule.adapt_after.as_nanos() as u64;
        if self.state != AlertState::Firing || after == 0 {
            return None;
        }
        let since = self.incident_start?;
        (window_end.saturating_sub(since) >= after).then_some(since)
    }

    /// Resolve a firing alert now, for `reason`.
    pub fn resolve(&mut self, reason: ResolvedReason) {
        self.state = AlertState::Resolved;
        self.resolved_reason = Some(reason);
        self.breaching = 0;
        self.normal = 0;
        self.incident_start = None;
    }

    /// Forget the incident without a transition (restored state whose resolve was already
    /// written).
    pub fn clear(&mut self) {
        *self = RuleState::default();
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
            assert_eq!(s.apply(&r, verdict, None, i as u64), expected, "step {i}");
        }
        assert_eq!(s.resolved_reason, None);
    }
}

#[cfg(test)]
mod hysteresis_tests {
    use super::*;
    use crate::detect::rules::config::default_rules;
    use std::time::Duration;

    #[test]
    fn a_value_hovering_at_the_threshold_is_one_incident() {
        let mut r = default_rules()
            .into_iter()
            .find(|r| r.name == "latency_p95_anomaly")
            .unwrap();
        r.for_windows = 1;
        r.recover_windows = 2;
        r.adapt_after = Duration::ZERO;
        let mut s = RuleState::default();
        // breach, ok-but-not-calm, breach, ok-but-not-calm ... : stays firing.
        for i in 0..20u64 {
            let (verdict, z) = if i % 2 == 0 {
                (Verdict::Breach, Some(3.5))
            } else {
                (Verdict::Ok, Some(2.5))
            };
            assert_eq!(s.apply(&r, verdict, z, i), AlertState::Firing, "window {i}");
        }
        assert_eq!(s.incident_start, Some(0));
        // Two calm windows resolve it, as recovered.
        assert_eq!(s.apply(&r, Verdict::Ok, Some(0.5), 20), AlertState::Firing);
        assert_eq!(
            s.apply(&r, Verdict::Ok, Some(-1.0), 21),
            AlertState::Resolved
        );
        assert_eq!(s.resolved_reason, Some(ResolvedReason::Recovered));
        assert_eq!(s.incident_start, None);
    }

    #[test]
    fn a_lasting_incident_is_due_to_adapt_after_adapt_after() {
        let mut r = default_rules()
            .into_iter()
            .find(|r| r.name == "latency_p95_anomaly")
            .unwrap();
        r.for_windows = 2;
        r.adapt_after = Duration::from_secs(3600);
        let mut s = RuleState::default();
        let window = 300_000_000_000u64;
        let t0 = 1_000 * window;
        for i in 0..12 {
            s.apply(&r, Verdict::Breach, Some(4.0), t0 + i * window);
            let due = s.adapt_due(&r, t0 + (i + 1) * window);
            assert_eq!(due.is_some(), i == 11, "window {i}");
        }
        assert_eq!(s.adapt_due(&r, t0 + 12 * window), Some(t0));
        s.resolve(ResolvedReason::Adapted);
        assert_eq!(s.state, AlertState::Resolved);
        // Reported once: the next window starts afresh.
        assert_eq!(
            s.apply(&r, Verdict::Ok, Some(0.0), t0 + 12 * window),
            AlertState::Inactive
        );
        assert_eq!(s.resolved_reason, None);
    }

    #[test]
    fn an_extreme_breach_fires_without_waiting_for_for() {
        let r = default_rules()
            .into_iter()
            .find(|r| r.name == "latency_p95_anomaly")
            .unwrap();
        assert_eq!(r.for_windows, 2);
        let mut s = RuleState::default();
        assert_eq!(
            s.apply(&r, Verdict::Breach, Some(5.0), 0),
            AlertState::Pending
        );
        let mut s = RuleState::default();
        assert_eq!(
            s.apply(&r, Verdict::Breach, Some(-9.0), 0),
            AlertState::Firing
        );
        // Never below sigma: with sigma 10, a 9σ breach waits.
        let mut wide = r.clone();
        wide.sigma = 10.0;
        let mut s = RuleState::default();
        assert_eq!(
            s.apply(&wide, Verdict::Breach, Some(9.0), 0),
            AlertState::Pending
        );
    }
}
