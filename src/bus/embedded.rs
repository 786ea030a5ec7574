//! The embedded span log: a queue bounded in spans (not requests), in this process.
//!
//! Capacity is a semaphore of span permits. A publisher takes one permit per span (a batch
//! larger than the whole capacity takes all of it), and the permits come back only when a score
//! worker acknowledges the batch after writing its scores — so the bound covers everything
//! accepted but not yet durable, and a slow store pushes back all the way to the clients.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};

use super::{
    AggregateConsumer, AggregateEvent, AggregateLog, Delivery, LogPosition, PublishError,
    SpanBatch, SpanLog, SpanLogConsumer,
};
use crate::telemetry::Metrics;
use crate::window::Partials;

type Queued = (SpanBatch, OwnedSemaphorePermit);

/// In-process bounded span log.
pub struct EmbeddedBus {
    capacity: usize,
    permits: Arc<Semaphore>,
    sender: Mutex<Option<mpsc::UnboundedSender<Queued>>>,
    receiver: Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<Queued>>>,
    metrics: Arc<Metrics>,
}

impl EmbeddedBus {
    /// A bus holding at most `capacity` spans queued or in flight.
    pub fn new(capacity: usize, metrics: Arc<Metrics>) -> EmbeddedBus {
        // The semaphore's limit is below u32::MAX permits per acquire and usize::MAX >> 3 total.
        let capacity = capacity.clamp(1, u32::MAX as usize);
        let (sender, receiver) = mpsc::unbounded_channel();
        metrics.bus_capacity.set(capacity as i64);
        EmbeddedBus {
            capacity,
            permits: Arc::new(Semaphore::new(capacity)),
            sender: Mutex::new(Some(sender)),
            receiver: Arc::new(tokio::sync::Mutex::new(receiver)),
            metrics,
        }
    }

    fn queued(&self) -> usize {
        self.capacity - self.permits.available_permits()
    }
}

#[async_trait]
impl SpanLog for EmbeddedBus {
    async fn publish(&self, batch: SpanBatch, wait: Duration) -> Result<(), PublishError> {
        let wanted = batch.span_count.clamp(1, self.capacity) as u32;
        let acquire = self.permits.clone().acquire_many_owned(wanted);
        let permit = match tokio::time::timeout(wait, acquire).await {
            Ok(Ok(permit)) => permit,
            Ok(Err(_closed)) => {
                return Err(PublishError::Unavailable("shutting down".into()));
            }
            Err(_elapsed) => {
                return Err(PublishError::Overloaded {
                    queued: self.queued(),
                    capacity: self.capacity,
                });
            }
        };
        let sender = self.sender.lock().expect("bus sender lock").clone();
        let Some(sender) = sender else {
            return Err(PublishError::Unavailable("shutting down".into()));
        };
        sender
            .send((batch, permit))
            .map_err(|_| PublishError::Unavailable("shutting down".into()))?;
        self.metrics.bus_queue_depth.set(self.queued() as i64);
        Ok(())
    }

    fn consumer(&self) -> anyhow::Result<Box<dyn SpanLogConsumer>> {
        Ok(Box::new(EmbeddedConsumer {
            receiver: self.receiver.clone(),
            permits: self.permits.clone(),
            capacity: self.capacity,
            metrics: self.metrics.clone(),
        }))
    }

    fn close(&self) {
        // Dropping the sender ends the stream once the queue is drained; closing the semaphore
        // wakes publishers still waiting for room with an "unavailable" answer.
        self.sender.lock().expect("bus sender lock").take();
        self.permits.close();
    }
}

struct EmbeddedConsumer {
    receiver: Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<Queued>>>,
    permits: Arc<Semaphore>,
    capacity: usize,
    metrics: Arc<Metrics>,
}

#[async_trait]
impl SpanLogConsumer for EmbeddedConsumer {
    async fn next(&mut self) -> Option<Delivery> {
        let (batch, permit) = self.receiver.lock().await.recv().await?;
        let permits = self.permits.clone();
        let capacity = self.capacity;
        let metrics = self.metrics.clone();
        Some(Delivery::new(batch, move || {
            drop(permit);
            metrics
                .bus_queue_depth
                .set((capacity - permits.available_permits()) as i64);
        }))
    }
}

/// The embedded aggregates log: a bounded channel from the score workers to the detect stage.
/// It ends when every publisher is dropped.
pub fn embedded_aggregates(capacity: usize) -> (Arc<dyn AggregateLog>, Box<dyn AggregateConsumer>) {
    let (sender, receiver) = mpsc::channel(capacity.max(1));
    (
        Arc::new(EmbeddedAggregates { sender }),
        Box::new(EmbeddedAggregateConsumer { receiver }),
    )
}

struct EmbeddedAggregates {
    sender: mpsc::Sender<Partials>,
}

#[async_trait]
impl AggregateLog for EmbeddedAggregates {
    async fn publish(&self, partials: Partials) -> Result<(), (PublishError, Partials)> {
        self.sender.send(partials).await.map_err(|unsent| {
            let error = PublishError::Refused("the detect stage has stopped".into());
            (error, unsent.0)
        })
    }
}

struct EmbeddedAggregateConsumer {
    receiver: mpsc::Receiver<Partials>,
}

#[async_trait]
impl AggregateConsumer for EmbeddedAggregateConsumer {
    async fn next(&mut self) -> Option<AggregateEvent> {
        let partials = self.receiver.recv().await?;
        Some(AggregateEvent::Partials(partials, None))
    }

    fn commit(&mut self, _positions: &[LogPosition]) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otlp::count_spans;
    use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
    use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

    fn batch(spans: usize) -> SpanBatch {
        let request = ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                scope_spans: vec![ScopeSpans {
                    spans: vec![Span::default(); spans],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        assert_eq!(count_spans(&request), spans);
        SpanBatch::new(request)
    }

    #[tokio::test]
    async fn full_bus_pushes_back_until_a_delivery_is_acked() {
        let bus = EmbeddedBus::new(10, Metrics::new());
        let mut consumer = bus.consumer().unwrap();
        bus.publish(batch(6), Duration::ZERO).await.unwrap();
        bus.publish(batch(4), Duration::ZERO).await.unwrap();
        let err = bus
            .publish(batch(1), Duration::from_millis(20))
            .await
            .unwrap_err();
        assert_eq!(
            err,
            PublishError::Overloaded {
                queued: 10,
                capacity: 10
            }
        );
        // Taking a delivery is not enough: its capacity is held until it is acknowledged.
        let first = consumer.next().await.unwrap();
        assert_eq!(first.batch.span_count, 6);
        assert!(
            bus.publish(batch(1), Duration::from_millis(20))
                .await
                .is_err()
        );
        first.ack();
        bus.publish(batch(5), Duration::ZERO).await.unwrap();
    }

    #[tokio::test]
    async fn batch_larger_than_capacity_waits_for_an_empty_bus() {
        let bus = EmbeddedBus::new(4, Metrics::new());
        let mut consumer = bus.consumer().unwrap();
        bus.publish(batch(100), Duration::ZERO).await.unwrap();
        assert!(bus.publish(batch(1), Duration::ZERO).await.is_err());
        consumer.next().await.unwrap().ack();
        bus.publish(batch(1), Duration::ZERO).await.unwrap();
    }

    #[tokio::test]
    async fn close_drains_then_ends_and_refuses_publishers() {
        let bus = EmbeddedBus::new(100, Metrics::new());
        let mut consumer = bus.consumer().unwrap();
        bus.publish(batch(3), Duration::ZERO).await.unwrap();
        bus.close();
        assert!(matches!(
            bus.publish(batch(1), Duration::from_secs(1)).await,
            Err(PublishError::Unavailable(_))
        ));
        assert_eq!(consumer.next().await.unwrap().batch.span_count, 3);
        assert!(consumer.next().await.is_none());
    }
}
