//! The steps of each trace seen so far, for the agent spans that close their runs.
//!
//! What is kept per span: its id, its parent's id, its start, and for
//! - tool spans: the tool's name, a hash of its arguments (canonical JSON: keys sorted, so
//!   `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same call) and whether they fit the schema
//!   declared for the tool — checked when the span is stored, against the definitions the
//!   trace's model and agent spans carried so far; never the arguments themselves;
//! - model and agent spans: the names of the tools declared to them (a list shared while it
//!   does not change from one model call to the next), and the names of the calls their reply
//!   asked for that their own declaration lacks;
//! - any other span, only in a trace that already has state: ancestry, to find which agent
//!   run a tool call belongs to. Traces with no model, tool or agent span cost nothing.
//!
//! Bounded like the token totals (`eval/usage/traces.rs`): at most `max_traces` traces in two
//! generations; when the newer is full the older is dropped whole, and its traces that held
//! model or tool steps but were never judged (no agent span came in time, or the trace has
//! none) are counted as dropped. At most `max_spans_per_trace` spans of a trace are kept;
//! further ones are counted as dropped too (that run's counts are then lower bounds). The
//! generations also rotate when the newer one holds `max_spans / 2` steps, so the spans kept
//! over all traces are at most `max_spans` (plus the trace being added to).

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::eval::format::schema::{Schema, Violation};
use crate::normalize::{AgentSpan, OperationKind};
use crate::stable_hash::StableHasher;

/// The tables' hasher: keyed per process (ids come from clients), and several times faster
/// than the standard one on the 8- and 16-byte ids looked up for every span.
pub(super) type Hasher = foldhash::fast::RandomState;

/// Longest tool name kept (longer names are cut at a char boundary).
const MAX_NAME_BYTES: usize = 128;

/// Most declared schemas kept per trace.
const MAX_SCHEMAS_PER_TRACE: usize = 256;

/// Steps of a trace below which its span ids are found by scanning its steps.
pub(super) const SCAN_STEPS: usize = 32;

/// Whether a tool call's arguments fit the schema declared for its tool.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Arguments {
    /// No schema was declared for the tool (yet), or the arguments were not captured whole
    /// or are not JSON: not judged.
    NotJudged,
    /// They fit.
    Fit,
    /// They break it here (schema path and types: no value).
    Break(Violation),
}

/// One span of a trace, as much of it as the trajectory needs.
#[derive(Debug, Clone)]
pub(super) struct Step {
    pub span: [u8; 8],
    pub parent: Option<[u8; 8]>,
    pub start: u64,
    pub what: What,
}

/// What kind of step, with what the judgement reads of it.
#[derive(Debug, Clone)]
pub(super) enum What {
    /// A model call.
    Llm(Declared),
    /// An agent span (a run, or a nested one).
    Agent(Declared),
    /// A tool execution.
    Tool {
        name: Box<str>,
        /// Hash of the canonical arguments; None when the span captured none (or cut them).
        args: Option<u64>,
        fit: Arguments,
    },
    /// Anything else: only its place in the tree matters.
    Other,
}

/// What a model or agent span said about tools.
#[derive(Debug, Clone, Default)]
pub(super) struct Declared {
    /// The declared tool names; None when the span carried no definitions.
    pub names: Option<Arc<[Box<str>]>>,
    /// The definitions were incomplete (cut at the limits): nothing is judged undeclared.
    pub truncated: bool,
    /// Calls the reply asked for whose names this span's own declaration lacks.
    pub requested_elsewhere: Vec<Box<str>>,
}

/// The kept state of one trace.
#[derive(Default)]
pub(super) struct Trace {
    pub steps: Vec<Step>,
    /// The steps' span ids, once the trace holds [`SCAN_STEPS`] steps (below that a scan of
    /// `steps` is cheaper than a table).
    ids: Option<HashSet<[u8; 8], Hasher>>,
    schemas: HashMap<Box<str>, Schema, Hasher>,
    last_declared: Option<Arc<[Box<str>]>>,
    /// Holds model or tool steps (worth counting when dropped unjudged).
    has_work: bool,
    judged: bool,
}

impl Trace {
    /// Whether a step of span `id` is kept.
    fn holds(&self, id: [u8; 8]) -> bool {
        match &self.ids {
            Some(ids) => ids.contains(&id),
            None => self.steps.iter().any(|s| s.span == id),
        }
    }

    /// Note span `id` as about to be kept; false when it already is (a redelivery).
    fn insert_id(&mut self, id: [u8; 8]) -> bool {
        if let Some(ids) = &mut self.ids {
            return ids.insert(id);
        }
        if self.holds(id) {
            return false;
        }
        if self.steps.len() + 1 >= SCAN_STEPS {
            let mut ids: HashSet<[u8; 8], Hasher> = self.steps.iter().map(|s| s.span).collect();
            ids.insert(id);
            self.ids = Some(ids);
        }
        true
    }
}

#[derive(Default)]
struct Generations {
    current: HashMap<[u8; 16], Trace, Hasher>,
    previous: HashMap<[u8; 16], Trace, Hasher>,
    /// Steps held by the current generation.
    current_steps: usize,
}

/// The bounds of a [`Runs`] table (see the module doc).
#[derive(Debug, Clone, Copy)]
pub(super) struct Bounds {
    pub max_traces: usize,
    pub max_spans_per_trace: usize,
    pub max_spans: usize,
}

/// Per-trace steps, bounded (see the module doc).
pub(super) struct Runs {
    generation_cap: usize,
    /// Most steps of the current generation.
    generation_steps: usize,
    max_spans: usize,
    inner: Mutex<Generations>,
    dropped: AtomicU64,
}

impl Runs {
    /// At most `bounds.max_traces` traces (at least 2) of at most `bounds.max_spans_per_trace`
    /// spans each, and `bounds.max_spans` spans in all.
    pub(super) fn new(bounds: Bounds) -> Runs {
        Runs {
            generation_cap: (bounds.max_traces / 2).max(1),
            generation_steps: (bounds.max_spans / 2).max(1),
            max_spans: bounds.max_spans_per_trace.max(1),
            inner: Mutex::new(Generations::default()),
            dropped: AtomicU64::new(0),
        }
    }

    /// Store the steps among `spans`; returns how many traces or spans were dropped to stay
    /// within the bounds.
    pub(super) fn add(&self, spans: &[AgentSpan]) -> u64 {
        let starts = |s: &&AgentSpan| {
            matches!(
                s.kind,
                OperationKind::Llm | OperationKind::Tool | OperationKind::Agent
            )
        };
        if !spans.iter().any(|s| starts(&s)) && self.is_empty() {
            return 0;
        }
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let before = self.dropped();
        // Declarations first, so a tool call in the same batch as its model call is checked
        // against what the model was given.
        for span in spans.iter().filter(starts) {
            let trace = self.entry(&mut g, span.trace_id);
            if let Some(definitions) = &span.tools.definitions {
                for d in definitions {
                    if trace.schemas.len() >= MAX_SCHEMAS_PER_TRACE {
                        break;
                    }
                    if let Some(p) = &d.parameters
                        && !trace.schemas.contains_key(d.name.as_str())
                    {
                        trace
                            .schemas
                            .insert(cut_name(&d.name), Schema::from_json(p));
                    }
                }
            }
        }
        let mut refused = 0;
        for span in spans {
            if !starts(&span) && lookup(&mut g, &span.trace_id).is_none() {
                continue;
            }
            let trace = self.entry(&mut g, span.trace_id);
            if trace.steps.len() >= self.max_spans {
                // A redelivered span is not refused again.
                refused += u64::from(!trace.holds(span.span_id));
                continue;
            }
            if !trace.insert_id(span.span_id) {
                continue;
            }
            let what = self.what(trace, span);
            trace.has_work |= matches!(what, What::Llm(_) | What::Tool { .. });
            trace.steps.push(Step {
                span: span.span_id,
                parent: span.parent_span_id,
                start: span.start_unix_nano,
                what,
            });
            g.current_steps += 1;
        }
        if refused > 0 {
            self.dropped.fetch_add(refused, Ordering::Relaxed);
        }
        self.dropped() - before
    }

    /// Call `judge` with the state of `trace`, marking it judged; None when nothing of the
    /// trace is kept.
    pub(super) fn judge<T>(&self, trace: &[u8; 16], judge: impl FnOnce(&Trace) -> T) -> Option<T> {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let t = lookup(&mut g, trace)?;
        t.judged = true;
        Some(judge(t))
    }

    /// Traces and spans dropped to stay within the bounds, since start.
    pub(super) fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    fn is_empty(&self) -> bool {
        let g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.current.is_empty() && g.previous.is_empty()
    }

    fn what(&self, trace: &mut Trace, span: &AgentSpan) -> What {
        match span.kind {
            OperationKind::Llm => What::Llm(self.declared(trace, span)),
            OperationKind::Agent => What::Agent(self.declared(trace, span)),
            OperationKind::Tool => {
                let name = cut_name(span.tool.as_deref().unwrap_or(&span.name));
                let text = span.input.text.as_deref().filter(|_| !span.input.truncated);
                let parsed = text.and_then(|t| serde_json::from_str::<Value>(t.trim()).ok());
                let args = match (&parsed, text) {
                    (Some(v), _) => Some(canonical_hash(v)),
                    (None, Some(t)) => {
                        Some(StableHasher::new().write(t.trim().as_bytes()).finish())
                    }
                    (None, None) => None,
                };
                let fit = match (parsed, trace.schemas.get(&*name)) {
                    (Some(v), Some(schema)) => match schema.check(&v) {
                        None => Arguments::Fit,
                        Some(violation) => Arguments::Break(violation),
                    },
                    _ => Arguments::NotJudged,
                };
                What::Tool { name, args, fit }
            }
            OperationKind::Retrieval | OperationKind::Other => What::Other,
        }
    }

    fn declared(&self, trace: &mut Trace, span: &AgentSpan) -> Declared {
        let Some(definitions) = span.tools.definitions.as_ref() else {
            return Declared::default();
        };
        let names: Vec<Box<str>> = definitions.iter().map(|d| cut_name(&d.name)).collect();
        let shared = match &trace.last_declared {
            Some(last) if **last == *names => last.clone(),
            _ => {
                let fresh: Arc<[Box<str>]> = names.into();
                trace.last_declared = Some(fresh.clone());
                fresh
            }
        };
        let requested_elsewhere = span
            .tools
            .requested
            .iter()
            .map(|r| cut_name(r))
            .filter(|r| !shared.contains(r))
            .collect();
        Declared {
            names: Some(shared),
            truncated: span.tools.definitions_truncated,
            requested_elsewhere,
        }
    }

    /// The state of `trace` in the current generation: moved there from the previous one, or
    /// new (dropping the previous generation first when the current one is full).
    /// The generations rotate when the current one holds `max_traces / 2` traces or
    /// `max_spans / 2` steps.
    fn entry<'g>(&self, g: &'g mut Generations, trace: [u8; 16]) -> &'g mut Trace {
        if g.current_steps >= self.generation_steps {
            self.rotate(g);
        }
        if g.current.len() >= self.generation_cap && !g.current.contains_key(&trace) {
            // Full: rotate, keeping the trace if the older generation had it.
            let moved = g.previous.remove(&trace);
            self.rotate(g);
            if let Some(moved) = moved {
                g.current_steps += moved.steps.len();
                g.current.insert(trace, moved);
            }
        }
        // One hash for a trace already here (the usual case).
        let Generations {
            current,
            previous,
            current_steps,
        } = g;
        current.entry(trace).or_insert_with(|| {
            let moved = previous.remove(&trace).unwrap_or_default();
            *current_steps += moved.steps.len();
            moved
        })
    }

    /// Drop the previous generation (counting its unjudged traces); the current one becomes
    /// the previous.
    fn rotate(&self, g: &mut Generations) {
        let old = std::mem::take(&mut g.current);
        g.current_steps = 0;
        let unjudged = g
            .previous
            .values()
            .filter(|t| t.has_work && !t.judged)
            .count() as u64;
        g.previous = old;
        if unjudged > 0 {
            let total = self.dropped.fetch_add(unjudged, Ordering::Relaxed) + unjudged;
            // Traces without agent spans are dropped this way all the time: said once at
            // warn level, then at debug.
            if total == unjudged {
                tracing::warn!(
                    traces = unjudged,
                    "trajectory state full: steps of traces no agent span had judged were dropped (traces without agent spans, or agent spans arriving after many other traces)"
                );
            } else {
                tracing::debug!(traces = unjudged, total, "trajectory traces dropped");
            }
        }
    }
}

/// The state of `trace` wherever it is (not moved).
fn lookup<'g>(g: &'g mut Generations, trace: &[u8; 16]) -> Option<&'g mut Trace> {
    let g = &mut *g;
    g.current
        .get_mut(trace)
        .or_else(|| g.previous.get_mut(trace))
}

/// A tool name, cut to [`MAX_NAME_BYTES`].
fn cut_name(name: &str) -> Box<str> {
    let mut end = name.len().min(MAX_NAME_BYTES);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].into()
}

/// A hash of `value` that does not depend on the order of object keys or on whitespace.
pub(super) fn canonical_hash(value: &Value) -> u64 {
    fn feed(h: StableHasher, v: &Value) -> StableHasher {
        match v {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let mut h = h.write(b"{");
                for k in keys {
                    h = h.write(&(k.len() as u64).to_le_bytes()).write(k.as_bytes());
                    h = feed(h, &map[k]);
                }
                h.write(b"}")
            }
            Value::Array(items) => items.iter().fold(h.write(b"["), feed).write(b"]"),
            Value::String(s) => h
                .write(b"s")
                .write(&(s.len() as u64).to_le_bytes())
                .write(s.as_bytes()),
            other => h.write(other.to_string().as_bytes()).write(b","),
        }
    }
    feed(StableHasher::new(), value).finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_span;
    use crate::normalize::{Content, ToolDefinition};
    use serde_json::json;

    fn bounds(max_traces: usize, max_spans_per_trace: usize, max_spans: usize) -> Bounds {
        Bounds {
            max_traces,
            max_spans_per_trace,
            max_spans,
        }
    }

    #[test]
    fn the_spans_of_all_traces_are_bounded_too() {
        // Two generations of at most 3 steps each.
        let runs = Runs::new(bounds(100, 100, 6));
        runs.add(&[
            tool(1, 1, "a", "{}"),
            tool(1, 2, "a", "{}"),
            tool(1, 3, "a", "{}"),
        ]);
        runs.add(&[tool(2, 1, "a", "{}"), tool(2, 2, "a", "{}")]);
        // Trace 1 (3 steps) went to the older generation when trace 2 came; trace 3 fills the
        // newer one, and its third step drops trace 1, unjudged.
        assert_eq!(runs.add(&[tool(3, 1, "a", "{}")]), 0);
        assert_eq!(runs.add(&[tool(3, 2, "a", "{}")]), 1);
        assert!(runs.judge(&[1; 16], |_| ()).is_none());
        assert_eq!(runs.judge(&[2; 16], |t| t.steps.len()), Some(2));
        let g = runs.inner.lock().unwrap();
        let held: usize = g
            .current
            .values()
            .chain(g.previous.values())
            .map(|t| t.steps.len())
            .sum();
        assert!(held <= 6, "{held} steps held");
    }

    pub(crate) fn tool(trace: u8, span: u8, name: &str, args: &str) -> AgentSpan {
        let mut s = test_span();
        s.kind = OperationKind::Tool;
        s.trace_id = [trace; 16];
        s.span_id = [span; 8];
        s.parent_span_id = Some([100; 8]);
        s.tool = Some(name.into());
        s.input = Content {
            text: Some(args.into()),
            truncated: false,
        };
        s
    }

    #[test]
    fn large_traces_find_their_ids_and_parents_through_tables() {
        let runs = Runs::new(bounds(10, 100, 1000));
        let mut agent = test_span();
        agent.kind = OperationKind::Agent;
        agent.trace_id = [1; 16];
        agent.span_id = [100; 8];
        agent.parent_span_id = None;
        let mut batch: Vec<AgentSpan> = (1..=40).map(|i| tool(1, i, "a", "{}")).collect();
        // A second agent with a step of its own, which the first run must not take.
        let mut other = agent.clone();
        other.span_id = [200; 8];
        let mut theirs = tool(1, 41, "b", "{}");
        theirs.parent_span_id = Some([200; 8]);
        assert_eq!(runs.add(&batch[..20]), 0);
        batch.extend([agent, other, theirs]);
        // Half of it again, crossing SCAN_STEPS on the way, then all of it once more.
        assert_eq!(runs.add(&batch), 0);
        assert_eq!(runs.add(&batch), 0);
        let (kept, run) = runs
            .judge(&[1; 16], |t| {
                assert!(t.steps.len() >= SCAN_STEPS && t.ids.is_some());
                (
                    t.steps.len(),
                    super::super::judge::run_steps(t, [100; 8]).len(),
                )
            })
            .unwrap();
        assert_eq!(
            (kept, run),
            (43, 41),
            "redeliveries kept once; the run is the agent and its 40 tools"
        );
    }

    #[test]
    fn argument_hashes_ignore_key_order_and_whitespace() {
        let a = canonical_hash(&json!({"city": "Paris", "days": [1, 2], "x": {"b": 1, "a": 2}}));
        let b: Value =
            serde_json::from_str(r#"{ "x": {"a":2,"b":1}, "days":[1,2], "city":"Paris" }"#)
                .unwrap();
        assert_eq!(a, canonical_hash(&b));
        assert_ne!(
            a,
            canonical_hash(&json!({"city": "Paris", "days": [2, 1], "x": {"b": 1, "a": 2}}))
        );
        assert_ne!(canonical_hash(&json!("1")), canonical_hash(&json!(1)));
    }

    #[test]
    fn arguments_are_checked_against_the_declared_schema_of_the_trace() {
        let runs = Runs::new(bounds(10, 100, 1000));
        let mut llm = test_span();
        llm.kind = OperationKind::Llm;
        llm.span_id = [9; 8];
        llm.tools.definitions = Some(vec![ToolDefinition {
            name: "book".into(),
            parameters: Some(json!({"type": "object", "required": ["to"]})),
        }]);
        // The tool calls come in the same batch as the model call, before it.
        let batch = [
            tool(1, 1, "book", r#"{"to": "OPO"}"#),
            tool(1, 2, "book", r#"{"from": "LIS"}"#),
            tool(1, 3, "search", r#"{"q": 1}"#),
            llm,
        ];
        runs.add(&batch);
        let fits: Vec<Arguments> = runs
            .judge(&[1; 16], |t| {
                t.steps
                    .iter()
                    .filter_map(|s| match &s.what {
                        What::Tool { fit, .. } => Some(fit.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap();
        assert_eq!(
            fits,
            [
                Arguments::Fit,
                Arguments::Break(Violation::MissingKey {
                    path: "$.to".into()
                }),
                Arguments::NotJudged
            ]
        );
    }

    #[test]
    fn bounded_with_drops_counted_and_redeliveries_ignored() {
        let runs = Runs::new(bounds(4, 3, 1000));
        let batch = [tool(1, 1, "a", "{}"), tool(1, 2, "a", "{}")];
        assert_eq!(runs.add(&batch), 0);
        assert_eq!(runs.add(&batch), 0, "a redelivery adds nothing");
        // A third and fourth span: one fits, one is over max_spans_per_trace.
        assert_eq!(runs.add(&[tool(1, 3, "a", "{}"), tool(1, 4, "a", "{}")]), 1);
        assert_eq!(runs.judge(&[1; 16], |t| t.steps.len()), Some(3));
        // Traces 2 and 3 fill the generations; 4 and 5 drop trace 1 (judged: not counted)
        // and trace 2 (never judged: counted).
        runs.add(&[tool(2, 1, "a", "{}")]);
        runs.add(&[tool(3, 1, "a", "{}"), tool(4, 1, "a", "{}")]);
        assert_eq!(runs.add(&[tool(5, 1, "a", "{}")]), 1);
        assert!(runs.judge(&[2; 16], |_| ()).is_none());
        assert_eq!(runs.dropped(), 2);
        // Spans of other kinds only join traces that have state.
        let mut other = test_span();
        other.trace_id = [7; 16];
        runs.add(&[other.clone()]);
        assert!(runs.judge(&[7; 16], |_| ()).is_none());
        other.trace_id = [5; 16];
        runs.add(&[other]);
        assert_eq!(runs.judge(&[5; 16], |t| t.steps.len()), Some(2));
    }
}
