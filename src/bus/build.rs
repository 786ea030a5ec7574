//! Build every end of the two logs a process needs, from the pipeline file's `bus:` section:
//! the span log always, the aggregates log's producer and consumer when asked for. For Kafka
//! the topics are created first when `bus.create_topics` says so.

use std::sync::Arc;

use anyhow::Context;
use tokio_util::sync::CancellationToken;

use super::config::BusConfig;
use super::{AggregateConsumer, AggregateLog, EmbeddedBus, SpanLog, embedded_aggregates, kafka};
use crate::telemetry::Metrics;
use crate::window::Aggregator;

/// Capacity of the embedded aggregates channel, in batches of partials.
const EMBEDDED_AGGREGATES_CAPACITY: usize = 1024;

/// Which ends of the aggregates log a process needs (the span log it always gets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    /// The producer: the process runs score workers.
    pub aggregates_out: bool,
    /// The consumer: the process runs the detect stage.
    pub aggregates_in: bool,
}

/// The ends of the span and aggregates logs one process uses.
pub struct BusEnds {
    /// The span log: ingest publishes to it, score workers consume from it.
    pub spans: Arc<dyn SpanLog>,
    /// The aggregates log's producer (score workers → detect), when needed. The embedded bus
    /// always has both ends: it lives in one process.
    pub aggregates_out: Option<Arc<dyn AggregateLog>>,
    /// The aggregates log's consumer (the detect stage), when needed.
    pub aggregates_in: Option<Box<dyn AggregateConsumer>>,
}

/// Build the ends `needs` asks for on the bus the pipeline file names. `aggregator` gives the
/// window length the aggregates' wire format is read and written with; cancelling
/// `stop_aggregates` ends a Kafka aggregates consumer's stream (shutdown).
pub async fn build(
    config: &BusConfig,
    needs: Needs,
    aggregator: &Aggregator,
    stop_aggregates: CancellationToken,
    metrics: Arc<Metrics>,
) -> anyhow::Result<BusEnds> {
    let kafka = match config {
        BusConfig::Embedded { max_queued_spans } => {
            let (out, into) = embedded_aggregates(EMBEDDED_AGGREGATES_CAPACITY);
            return Ok(BusEnds {
                spans: Arc::new(EmbeddedBus::new(*max_queued_spans, metrics)),
                aggregates_out: Some(out),
                aggregates_in: Some(into),
            });
        }
        BusConfig::Kafka(kafka) => kafka.as_ref(),
    };
    kafka::ensure_topics(kafka)
        .await
        .context("preparing the Kafka topics (bus.*)")?;
    let spans: Arc<dyn SpanLog> = Arc::new(kafka::KafkaSpanLog::new(kafka, metrics.clone())?);
    let aggregates_out = match needs.aggregates_out {
        true => Some(Arc::new(kafka::KafkaAggregates::new(
            kafka,
            aggregator,
            metrics.clone(),
        )?) as Arc<dyn AggregateLog>),
        false => None,
    };
    let aggregates_in = match needs.aggregates_in {
        true => Some(Box::new(kafka::KafkaAggregateConsumer::new(
            kafka,
            aggregator,
            stop_aggregates,
            metrics,
        )?) as Box<dyn AggregateConsumer>),
        false => None,
    };
    Ok(BusEnds {
        spans,
        aggregates_out,
        aggregates_in,
    })
}
