//! The embedded span log: a queue bounded in spans (not requests), in this process.
//!
//! Capacity is a semaphore of span permits. A publisher takes one permit per span (a batch
//! larger than the whole capacity takes all of it), and the permits come back only when a score
//! worker acknowledges the batch after writing its scores — so the bound covers everything
//! accepted but not yet durable, and a slow store pushes back all the way to the clients.
//!
//! `publish` returns only once a score worker acknowledged the batch, i.e. once its scores
//! (and the partial aggregates that rebuild its windows) are committed to the store: the
//! client's OK then means durable, and a `kill -9` loses nothing a client was told was
//! accepted. A batch dropped unacknowledged (a shutdown that did not drain it, a scoring bug)
//! is answered "unavailable", which clients retry; the store's writes are idempotent, so a
//! retry of a batch that did commit leaves one copy.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};

use super::{
    AggregateConsumer, AggregateEvent, AggregateLog, Delivery, LogPosition, PublishError,
    SpanBatch, SpanLog, SpanLogConsumer,
};
use crate::telemetry::Metrics;
use crate::window::Partials;

/// A queued batch, the room it holds, and where to say it is durable.
type Queued = (SpanBatch, OwnedSemaphorePermit, oneshot::Sender<()>);

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
        let (durable, wait_durable) = oneshot::channel();
        sender
            .send((batch, permit, durable))
            .map_err(|_| PublishError::Unavailable("shutting down".into()))?;
        self.metrics.bus_queue_depth.set(self.queued() as i64);
        // Held open until a score worker committed the batch: no deadline of our own, the
        // client's timeout is the one that counts (a retry is idempotent), and the bus's
        // capacity bounds how many batches can wait here.
        wait_durable.await.map_err(|_| {
            PublishError::Unavailable(
                "the batch was not scored (shutting down, or scoring it failed); retry".into(),
            )
        })
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
        let (batch, permit, durable) = self.receiver.lock().await.recv().await?;
        let permits = self.permits.clone();
        let capacity = self.capacity;
        let metrics = self.metrics.clone();
        Some(Delivery::new(batch, move || {
            drop(permit);
            metrics
                .bus_queue_depth
                .set((capacity - permits.available_permits()) as i64);
            // The publisher may have gone (its client hung up): the batch is durable anyway.
            let _ = durable.send(());
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

    /// Publish in a task of its own: `publish` returns only once the batch is acknowledged.
    fn publish(
        bus: &Arc<EmbeddedBus>,
        spans: usize,
        wait: Duration,
    ) -> tokio::task::JoinHandle<Result<(), PublishError>> {
        let bus = bus.clone();
        tokio::spawn(async move { bus.publish(batch(spans), wait).await })
    }

    /// Let spawned publishers run up to their next wait.
    async fn settle() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    #[tokio::test]
    async fn publish_returns_only_once_the_batch_is_acknowledged() {
        let bus = Arc::new(EmbeddedBus::new(10, Metrics::new()));
        let mut consumer = bus.consumer().unwrap();
        let published = publish(&bus, 3, Duration::ZERO);
        let delivery = consumer.next().await.unwrap();
        settle().await;
        assert!(
            !published.is_finished(),
            "answered before the batch was durable"
        );
        delivery.ack();
        published.await.unwrap().unwrap();
    }

    #[tokio::test]
    async fn a_batch_dropped_unacknowledged_is_answered_unavailable() {
        let bus = Arc::new(EmbeddedBus::new(10, Metrics::new()));
        let mut consumer = bus.consumer().unwrap();
        let published = publish(&bus, 3, Duration::ZERO);
        drop(consumer.next().await.unwrap());
        assert!(matches!(
            published.await.unwrap(),
            Err(PublishError::Unavailable(_))
        ));
        // Its room came back.
        let next = publish(&bus, 10, Duration::ZERO);
        consumer.next().await.unwrap().ack();
        next.await.unwrap().unwrap();
    }

    #[tokio::test]
    async fn full_bus_pushes_back_until_a_delivery_is_acked() {
        let bus = Arc::new(EmbeddedBus::new(10, Metrics::new()));
        let mut consumer = bus.consumer().unwrap();
        let six = publish(&bus, 6, Duration::ZERO);
        let four = publish(&bus, 4, Duration::ZERO);
        settle().await;
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
        let first_spans = first.batch.span_count;
        assert!(
            bus.publish(batch(1), Duration::from_millis(20))
                .await
                .is_err()
        );
        first.ack();
        let five = publish(&bus, first_spans.min(5), Duration::ZERO);
        consumer.next().await.unwrap().ack();
        consumer.next().await.unwrap().ack();
        for published in [six, four, five] {
            published.await.unwrap().unwrap();
        }
    }

    #[tokio::test]
    async fn batch_larger_than_capacity_waits_for_an_empty_bus() {
        let bus = Arc::new(EmbeddedBus::new(4, Metrics::new()));
        let mut consumer = bus.consumer().unwrap();
        let large = publish(&bus, 100, Duration::ZERO);
        settle().await;
        assert!(bus.publish(batch(1), Duration::ZERO).await.is_err());
        consumer.next().await.unwrap().ack();
        large.await.unwrap().unwrap();
        let small = publish(&bus, 1, Duration::ZERO);
        consumer.next().await.unwrap().ack();
        small.await.unwrap().unwrap();
    }

    #[tokio::test]
    async fn close_drains_then_ends_and_refuses_publishers() {
        let bus = Arc::new(EmbeddedBus::new(100, Metrics::new()));
        let mut consumer = bus.consumer().unwrap();
        let queued = publish(&bus, 3, Duration::ZERO);
        settle().await;
        bus.close();
        assert!(matches!(
            bus.publish(batch(1), Duration::from_secs(1)).await,
            Err(PublishError::Unavailable(_))
        ));
        let last = consumer.next().await.unwrap();
        assert_eq!(last.batch.span_count, 3);
        last.ack();
        queued.await.unwrap().unwrap();
        assert!(consumer.next().await.is_none());
    }
}
