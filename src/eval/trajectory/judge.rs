//! Judging one agent run from the steps its trace kept: which steps are the run's, and what
//! went wrong in its shape.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Value, json};

use super::runs::{Arguments, Hasher, SCAN_STEPS, Step, Trace, What};
use crate::eval::format::schema::Violation;

/// Most names listed per kind in a score's detail.
const MAX_LISTED: usize = 10;

/// The thresholds of `evaluators.trajectory`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Thresholds {
    pub loop_min_calls: usize,
    pub ping_pong_min_calls: usize,
}

/// The steps of the run of the agent span `agent` (whose parent is `agent_parent`): the
/// spans below it. A step whose chain of parents reaches a span the trace did not keep (not
/// arrived, or over the bounds) counts for the run only when the trace has no other agent
/// span, so a run never takes a sibling agent's calls.
pub(super) fn run_steps(trace: &Trace, agent: [u8; 8]) -> Vec<&Step> {
    // A small trace's parents are found by a scan; a large one's through a table.
    let table: Option<HashMap<[u8; 8], Option<[u8; 8]>, Hasher>> = (trace.steps.len()
        >= SCAN_STEPS)
        .then(|| trace.steps.iter().map(|s| (s.span, s.parent)).collect());
    let parent_of = |id: [u8; 8]| match &table {
        Some(parents) => parents.get(&id).copied(),
        None => trace.steps.iter().find(|s| s.span == id).map(|s| s.parent),
    };
    let sole_agent = trace
        .steps
        .iter()
        .filter(|s| matches!(s.what, What::Agent(_)) && s.span != agent)
        .count()
        == 0;
    let below = |step: &Step| {
        let mut at = step.parent;
        // Bounded: a malformed trace may loop on itself.
        for _ in 0..=trace.steps.len() {
            match at {
                None => return false,
                Some(id) if id == agent => return true,
                Some(id) => match parent_of(id) {
                    Some(parent) => at = parent,
                    None => return sole_agent,
                },
            }
        }
        false
    };
    let mut steps: Vec<&Step> = trace
        .steps
        .iter()
        .filter(|s| s.span == agent || below(s))
        .collect();
    // Kept order is arrival order; the run's order is when each step started.
    steps.sort_by_key(|s| s.start);
    steps
}

/// What one run did, and what was wrong with it.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Verdict {
    /// Model calls and tool calls.
    pub steps: u64,
    /// Tool calls.
    pub tool_calls: u64,
    /// Tools called with the same arguments at least `loop_min_calls` times: (tool, calls).
    pub loops: Vec<(String, usize)>,
    /// The longest alternation of two tools, when at least `ping_pong_min_calls` long.
    pub ping_pong: Option<(String, String, usize)>,
    /// Whether any model or agent span of the run declared its tools (complete lists only).
    pub declared: bool,
    /// Tools called, or asked for by the model, that no span of the run declared.
    pub undeclared: Vec<String>,
    /// Tool calls whose arguments broke the declared schema: (tool, where).
    pub bad_arguments: Vec<(String, Violation)>,
}

impl Verdict {
    /// The kinds found, in a fixed order.
    pub fn kinds(&self) -> Vec<&'static str> {
        let mut kinds = Vec::new();
        if !self.loops.is_empty() {
            kinds.push("loop");
        }
        if self.ping_pong.is_some() {
            kinds.push("ping_pong");
        }
        if !self.undeclared.is_empty() {
            kinds.push("undeclared_tool");
        }
        if !self.bad_arguments.is_empty() {
            kinds.push("bad_arguments");
        }
        kinds
    }

    /// The evidence: kinds, counts and tool names, never an argument value.
    pub fn detail(&self) -> Value {
        let mut detail = json!({
            "kinds": self.kinds(),
            "steps": self.steps,
            "tool_calls": self.tool_calls,
            "declared": self.declared,
        });
        if !self.loops.is_empty() {
            detail["loop"] = self
                .loops
                .iter()
                .map(|(tool, calls)| json!({"tool": tool, "calls": calls}))
                .collect();
        }
        if let Some((a, b, calls)) = &self.ping_pong {
            detail["ping_pong"] = json!({"tools": [a, b], "calls": calls});
        }
        if !self.undeclared.is_empty() {
            detail["undeclared_tool"] = json!(self.undeclared);
        }
        if !self.bad_arguments.is_empty() {
            detail["bad_arguments"] = self
                .bad_arguments
                .iter()
                .map(|(tool, violation)| match violation {
                    Violation::MissingKey { path } => {
                        json!({"tool": tool, "path": path, "problem": "missing"})
                    }
                    Violation::WrongType {
                        path,
                        expected,
                        found,
                    } => json!({
                        "tool": tool,
                        "path": path,
                        "problem": "wrong_type",
                        "expected": expected.as_str(),
                        "found": found.as_str(),
                    }),
                })
                .collect();
        }
        detail
    }
}

/// Judge the run made of `steps`.
pub(super) fn judge(steps: &[&Step], thresholds: Thresholds) -> Verdict {
    let mut verdict = Verdict::default();
    let mut same_calls: HashMap<(&str, u64), usize, Hasher> = HashMap::default();
    let mut tools: Vec<&str> = Vec::new();
    let mut declared: BTreeSet<&str> = BTreeSet::new();
    let mut any_declared = false;
    let mut incomplete = false;
    let mut asked: Vec<&str> = Vec::new();
    let mut bad: BTreeMap<&str, &Violation> = BTreeMap::new();
    for step in steps {
        match &step.what {
            What::Llm(d) | What::Agent(d) => {
                if matches!(step.what, What::Llm(_)) {
                    verdict.steps += 1;
                }
                if let Some(names) = &d.names {
                    any_declared = true;
                    declared.extend(names.iter().map(|n| &**n));
                }
                incomplete |= d.truncated;
                asked.extend(d.requested_elsewhere.iter().map(|n| &**n));
            }
            What::Tool { name, args, fit } => {
                verdict.steps += 1;
                verdict.tool_calls += 1;
                tools.push(name);
                if let Some(args) = args {
                    *same_calls.entry((name, *args)).or_default() += 1;
                }
                if let Arguments::Break(violation) = fit {
                    bad.entry(name).or_insert(violation);
                }
            }
            What::Other => {}
        }
    }
    // Loops: the most repeated call of each tool, when repeated enough.
    let mut loops: BTreeMap<&str, usize> = BTreeMap::new();
    for ((name, _), calls) in same_calls {
        if calls >= thresholds.loop_min_calls {
            let most = loops.entry(name).or_default();
            *most = (*most).max(calls);
        }
    }
    verdict.loops = loops
        .into_iter()
        .take(MAX_LISTED)
        .map(|(n, c)| (n.to_owned(), c))
        .collect();
    verdict.ping_pong = ping_pong(&tools).filter(|(_, _, n)| *n >= thresholds.ping_pong_min_calls);
    verdict.declared = any_declared && !incomplete;
    if verdict.declared {
        let undeclared: BTreeSet<&str> = tools
            .iter()
            .chain(&asked)
            .copied()
            .filter(|n| !declared.contains(n))
            .collect();
        verdict.undeclared = undeclared
            .into_iter()
            .take(MAX_LISTED)
            .map(str::to_owned)
            .collect();
    }
    verdict.bad_arguments = bad
        .into_iter()
        .take(MAX_LISTED)
        .map(|(n, v)| (n.to_owned(), v.clone()))
        .collect();
    verdict
}

/// The longest stretch of consecutive calls alternating between two tools: (first tool,
/// second tool, calls). None with fewer than two different tools in a row.
fn ping_pong(tools: &[&str]) -> Option<(String, String, usize)> {
    let mut best: Option<(usize, usize)> = None; // (start, length)
    let mut length = 1;
    for i in 1..tools.len() {
        length = if tools[i] == tools[i - 1] {
            1
        } else if length >= 2 && tools[i] == tools[i - 2] {
            length + 1
        } else {
            2
        };
        if length >= 2 && best.is_none_or(|(_, l)| length > l) {
            best = Some((i + 1 - length, length));
        }
    }
    best.map(|(start, length)| (tools[start].to_owned(), tools[start + 1].to_owned(), length))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ping_pong_finds_the_longest_alternation() {
        assert_eq!(ping_pong(&[]), None);
        assert_eq!(ping_pong(&["a", "a", "a"]), None);
        assert_eq!(
            ping_pong(&["x", "a", "b", "a", "b", "a", "c", "a"]),
            Some(("a".into(), "b".into(), 5))
        );
        assert_eq!(
            ping_pong(&["a", "b", "b", "a", "b"]),
            Some(("b".into(), "a".into(), 3))
        );
        assert_eq!(
            ping_pong(&["a", "b", "c"]),
            Some(("a".into(), "b".into(), 2))
        );
    }
}
