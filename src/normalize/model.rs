//! The agent span: one internal model for every tracing convention agentwatch understands.

use serde::Serialize;

/// What kind of step of an agent a span records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationKind {
    /// A model call: chat, text completion, content generation, embeddings.
    Llm,
    /// A tool execution.
    Tool,
    /// An agent invocation or creation.
    Agent,
    /// A retriever / vector-store lookup.
    Retrieval,
    /// Anything else (chains, workflows, plain HTTP spans ...). Still counts for latency.
    Other,
}

impl OperationKind {
    /// The lower-case name stored in the `operation` column.
    pub fn as_str(self) -> &'static str {
        match self {
            OperationKind::Llm => "llm",
            OperationKind::Tool => "tool",
            OperationKind::Agent => "agent",
            OperationKind::Retrieval => "retrieval",
            OperationKind::Other => "other",
        }
    }

    /// The kind stored as `text` in the `operation` column (see [`OperationKind::as_str`]).
    pub fn parse(text: &str) -> Option<OperationKind> {
        [
            OperationKind::Llm,
            OperationKind::Tool,
            OperationKind::Agent,
            OperationKind::Retrieval,
            OperationKind::Other,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// Where the evidence that a span failed came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorSource {
    /// Span status code ERROR.
    Status,
    /// An `error.type` attribute.
    ErrorType,
    /// An `exception` span event.
    Exception,
}

/// A failure recorded on the span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanError {
    /// `error.type`, else the first exception's `exception.type`, else None.
    pub error_type: Option<String>,
    /// Status message or exception message. May contain user data: never store it unmasked.
    pub message: Option<String>,
    /// Every source of evidence present, in the order Status, ErrorType, Exception.
    pub sources: Vec<ErrorSource>,
}

/// Captured text of one side (input or output) of a span.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Content {
    /// The text, messages joined with "\n". None when the span captured no content on this side:
    /// content evaluators must then report "unscoreable", never a pass.
    pub text: Option<String>,
    /// True when the text was cut at the configured content limit.
    pub truncated: bool,
}

impl Content {
    /// True when the span carried content on this side.
    pub fn is_captured(&self) -> bool {
        self.text.is_some()
    }
}

/// Token counts reported by the span, when present.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TokenUsage {
    /// Prompt / input tokens. The conventions count cached tokens in them
    /// (`gen_ai.usage.cache_read.input_tokens`: "SHOULD be included"); some providers
    /// (Anthropic) report them apart, which [`TokenUsage::uncached_input`] tells apart.
    pub input: Option<u64>,
    /// Completion / output tokens.
    pub output: Option<u64>,
    /// Input tokens served from a provider-managed cache (cache read).
    pub cache_read: Option<u64>,
    /// Input tokens written to a provider-managed cache (cache creation).
    pub cache_write: Option<u64>,
}

impl TokenUsage {
    /// True when the span reported any token count.
    pub fn is_reported(&self) -> bool {
        self.input.is_some() || self.output.is_some()
    }

    /// Input plus output tokens (cache reads and writes are part of the input).
    pub fn total(&self) -> u64 {
        self.input
            .unwrap_or(0)
            .saturating_add(self.output.unwrap_or(0))
    }

    /// Input tokens neither read from nor written to a cache. When the cache counts exceed
    /// the input count, the input was reported without them (Anthropic's `input_tokens`),
    /// and is all uncached.
    pub fn uncached_input(&self) -> u64 {
        let input = self.input.unwrap_or(0);
        let cached = self
            .cache_read
            .unwrap_or(0)
            .saturating_add(self.cache_write.unwrap_or(0));
        if cached <= input {
            input - cached
        } else {
            input
        }
    }
}

/// Why the model stopped generating, as the span reports it (`gen_ai.response.finish_reasons`
/// and the conventions' equivalents). With several choices, the most telling one is kept:
/// a content filter, then a length limit, then tool calls, then a natural stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    /// Any reason not listed here (`error`, `pause_turn`, a provider's own word).
    Other,
    /// A natural stop or a stop sequence (`stop`, `end_turn`, `stop_sequence`, `STOP`).
    Stop,
    /// The model asked for tools (`tool_calls`, `tool_call`, `tool_use`, `function_call`).
    ToolCalls,
    /// Cut at the token limit (`length`, `max_tokens`, `MAX_TOKENS`).
    Length,
    /// Blocked or cut by a safety filter (`content_filter`, `SAFETY`, `RECITATION`,
    /// `PROHIBITED_CONTENT`, `BLOCKLIST`, `SPII`, `refusal`).
    ContentFilter,
}

impl FinishReason {
    /// The reason a convention's word stands for (case-insensitive).
    pub fn parse(word: &str) -> FinishReason {
        const TABLE: [(&str, FinishReason); 18] = [
            ("stop", FinishReason::Stop),
            ("end_turn", FinishReason::Stop),
            ("stop_sequence", FinishReason::Stop),
            ("finish_reason_unspecified", FinishReason::Other),
            ("length", FinishReason::Length),
            ("max_tokens", FinishReason::Length),
            ("model_context_window_exceeded", FinishReason::Length),
            ("content_filter", FinishReason::ContentFilter),
            ("safety", FinishReason::ContentFilter),
            ("recitation", FinishReason::ContentFilter),
            ("prohibited_content", FinishReason::ContentFilter),
            ("blocklist", FinishReason::ContentFilter),
            ("spii", FinishReason::ContentFilter),
            ("refusal", FinishReason::ContentFilter),
            ("tool_calls", FinishReason::ToolCalls),
            ("tool_use", FinishReason::ToolCalls),
            ("tool_call", FinishReason::ToolCalls),
            ("function_call", FinishReason::ToolCalls),
        ];
        let word = word.trim();
        TABLE
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map_or(FinishReason::Other, |(_, r)| *r)
    }

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            FinishReason::Other => "other",
            FinishReason::Stop => "stop",
            FinishReason::ToolCalls => "tool_calls",
            FinishReason::Length => "length",
            FinishReason::ContentFilter => "content_filter",
        }
    }

    /// The more telling of two reasons (see the type's doc).
    pub fn most_telling(a: Option<FinishReason>, b: FinishReason) -> FinishReason {
        a.map_or(b, |a| a.max(b))
    }
}

/// One tool declared to a model (`gen_ai.tool.definitions` and the conventions' equivalents).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolDefinition {
    /// The tool's name, as the model calls it.
    pub name: String,
    /// The JSON Schema of its arguments, when the instrumentation captured it.
    pub parameters: Option<serde_json::Value>,
}

/// What a span says about tools beyond its own name: the tools declared to the model, and the
/// tools the model's reply asked to call. Bounded while normalizing (see [`ToolUse::MAX_TOOLS`]
/// and the content size limit).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ToolUse {
    /// The tools declared to the model; None when the span captured no definitions (then no
    /// call can be judged undeclared).
    pub definitions: Option<Vec<ToolDefinition>>,
    /// True when definitions were left out to stay within the limits: the list is incomplete.
    pub definitions_truncated: bool,
    /// Names of the tools the model's reply asked to call (read only from spans that carry
    /// definitions), at most [`ToolUse::MAX_TOOLS`].
    pub requested: Vec<String>,
}

impl ToolUse {
    /// Most definitions, and most requested calls, kept per span.
    pub const MAX_TOOLS: usize = 128;
}

/// One span, normalized from whichever convention it used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentSpan {
    /// Trace id, 16 bytes (validated at ingest).
    pub trace_id: [u8; 16],
    /// Span id, 8 bytes (validated at ingest).
    pub span_id: [u8; 8],
    /// The parent's span id; None for a root span (or a parent id of the wrong length).
    pub parent_span_id: Option<[u8; 8]>,
    /// `gen_ai.response.id`: the provider's id of the completion, when the span carried one.
    pub response_id: Option<String>,
    /// Start time, Unix nanoseconds.
    pub start_unix_nano: u64,
    /// End time, Unix nanoseconds (>= start).
    pub end_unix_nano: u64,
    /// The span's name as emitted.
    pub name: String,
    /// `service.name` of the resource, "unknown_service" when absent (as the SDKs do).
    pub service: String,
    /// `gen_ai.agent.name` (or the convention's equivalent), if any.
    pub agent: Option<String>,
    /// Operation kind.
    pub kind: OperationKind,
    /// Operation name as the convention spells it (`chat`, `execute_tool`, `LLM`, ...), if any.
    pub operation: Option<String>,
    /// Response model if present, else request model.
    pub model: Option<String>,
    /// `gen_ai.provider.name` / `gen_ai.system` / `llm.provider` / `llm.system`.
    pub provider: Option<String>,
    /// Tool name for tool spans.
    pub tool: Option<String>,
    /// Failure, if the span recorded one.
    pub error: Option<SpanError>,
    /// Prompt / tool arguments.
    pub input: Content,
    /// Model reply / tool result.
    pub output: Content,
    /// Token usage.
    pub usage: TokenUsage,
    /// Why the model stopped (LLM spans that report it).
    pub finish_reason: Option<FinishReason>,
    /// Tools declared to the model and asked for by its reply.
    pub tools: ToolUse,
}

impl AgentSpan {
    /// A span of kind `other` with these ids, times, name and service and nothing else: what
    /// a score that comes from no span of ours (an external evaluation) stands for in windows.
    pub fn bare(
        (trace_id, span_id): ([u8; 16], [u8; 8]),
        (start_unix_nano, end_unix_nano): (u64, u64),
        name: String,
        service: String,
    ) -> AgentSpan {
        AgentSpan {
            trace_id,
            span_id,
            parent_span_id: None,
            response_id: None,
            start_unix_nano,
            end_unix_nano,
            name,
            service,
            agent: None,
            kind: OperationKind::Other,
            operation: None,
            model: None,
            provider: None,
            tool: None,
            error: None,
            input: Content::default(),
            output: Content::default(),
            usage: TokenUsage::default(),
            finish_reason: None,
            tools: ToolUse::default(),
        }
    }

    /// Span duration in nanoseconds.
    pub fn duration_nanos(&self) -> u64 {
        self.end_unix_nano.saturating_sub(self.start_unix_nano)
    }

    /// Lower-case hex trace id.
    pub fn trace_id_hex(&self) -> String {
        hex_id(&self.trace_id)
    }

    /// Lower-case hex span id.
    pub fn span_id_hex(&self) -> String {
        hex_id(&self.span_id)
    }
}

/// Lower-case hex of an id, in one allocation of the exact size (`hex::encode` collects char
/// by char, growing the string; ids are written for every score row and exemplar).
pub fn hex_id<const N: usize>(id: &[u8; N]) -> String {
    let mut text = vec![0u8; 2 * N];
    hex::encode_to_slice(id, &mut text).expect("twice the bytes");
    String::from_utf8(text).expect("hex is ASCII")
}
