//! Replies that came back cut or empty, from what the model call reports:
//! - [`TruncationEvaluator`] (`truncation`): LLM spans that report a finish reason, 1 when
//!   the model stopped at its token limit (`length`, `max_tokens`) or a content filter
//!   (`content_filter`, `SAFETY`, …) — the reply the user got is not the whole answer;
//! - [`EmptyReplyEvaluator`] (`empty_reply`): LLM spans that captured their reply, 1 when it
//!   holds nothing but white space (a turn that only calls tools is not empty: its calls are
//!   its content).
//!
//! Both are per service and agent, like `format`: a model update changes the model name, and
//! the series must keep its baseline across it.

mod empty;
mod truncation;

pub use empty::{EmptyReplyConfig, EmptyReplyEvaluator, is_empty_reply};
pub use truncation::{TruncationConfig, TruncationEvaluator};
