//! The in-flight memory budget: bytes of request bodies being read, bodies being inflated and
//! decoded requests not yet handed on (embedded bus: not yet scored; Kafka: not yet produced)
//! share one bound, `receivers.otlp.max_in_flight_bytes`. A request is charged as its bytes
//! arrive and, before it is decoded, for what decoding will allocate
//! ([`crate::otlp::cost`]); a charge that cannot fit within `backpressure_timeout` is pushed
//! back (429 / RESOURCE_EXHAUSTED with a retry hint), one that could never fit is refused.
//! Memory is bounded by configuration, whatever clients send.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Buf;
use http_body::{Body, Frame, SizeHint};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The budget counts in KiB: a semaphore takes at most `u32::MAX` permits at once.
const UNIT: usize = 1024;

/// Why a charge was not granted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BudgetError {
    /// The request alone needs more than the whole budget. Permanent.
    #[error(
        "request needs {needed} bytes in memory once decoded, over the limit of {limit} bytes \
         (receivers.otlp.max_in_flight_bytes)"
    )]
    TooLarge {
        /// Bytes the request needs.
        needed: usize,
        /// The budget.
        limit: usize,
    },
    /// Other requests hold the budget and none released enough in time. Retryable.
    #[error(
        "agentwatch is overloaded: {limit} bytes of requests are in memory \
         (receivers.otlp.max_in_flight_bytes)"
    )]
    Exhausted {
        /// The budget.
        limit: usize,
    },
}

/// One receiver's budget (both transports share it).
pub struct MemoryBudget {
    permits: Arc<Semaphore>,
    limit: usize,
    units: u32,
    wait: Duration,
    in_flight: prometheus_client::metrics::gauge::Gauge,
}

impl MemoryBudget {
    /// A budget of `limit` bytes; charges wait up to `wait` for room.
    pub fn new(
        limit: usize,
        wait: Duration,
        in_flight: prometheus_client::metrics::gauge::Gauge,
    ) -> Arc<MemoryBudget> {
        let units = limit.div_ceil(UNIT).clamp(1, u32::MAX as usize) as u32;
        Arc::new(MemoryBudget {
            permits: Arc::new(Semaphore::new(units as usize)),
            limit,
            units,
            wait,
            in_flight,
        })
    }

    /// The budget in bytes.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// A new, empty charge against this budget.
    pub fn charge(self: &Arc<Self>) -> Charge {
        Charge {
            budget: self.clone(),
            permit: None,
        }
    }

    fn units_for(&self, bytes: usize) -> Result<u32, BudgetError> {
        let units = bytes.div_ceil(UNIT);
        if units > self.units as usize {
            return Err(BudgetError::TooLarge {
                needed: bytes,
                limit: self.limit,
            });
        }
        Ok(units as u32)
    }

    fn update_gauge(&self) {
        let used = self.units as usize - self.permits.available_permits();
        self.in_flight.set((used * UNIT) as i64);
    }
}

/// Bytes held by one request; released when dropped (or shrunk).
pub struct Charge {
    budget: Arc<MemoryBudget>,
    permit: Option<OwnedSemaphorePermit>,
}

impl Charge {
    /// Bytes held (rounded up to KiB).
    pub fn bytes(&self) -> usize {
        self.held() as usize * UNIT
    }

    fn held(&self) -> u32 {
        self.permit.as_ref().map_or(0, |p| p.num_permits() as u32)
    }

    /// Hold at least `bytes` in all, waiting up to the budget's wait for room.
    pub async fn grow_to(&mut self, bytes: usize) -> Result<(), BudgetError> {
        let more = self.more_needed(bytes)?;
        if more == 0 {
            return Ok(());
        }
        let acquire = self.budget.permits.clone().acquire_many_owned(more);
        match tokio::time::timeout(self.budget.wait, acquire).await {
            Ok(Ok(permit)) => {
                self.add(permit);
                Ok(())
            }
            // Closed never happens (the semaphore is never closed); elapsed is overload.
            _ => Err(BudgetError::Exhausted {
                limit: self.budget.limit,
            }),
        }
    }

    /// Hold at least `bytes` in all if there is room now.
    fn try_grow_to(&mut self, bytes: usize) -> Result<bool, BudgetError> {
        let more = self.more_needed(bytes)?;
        if more == 0 {
            return Ok(true);
        }
        match self.budget.permits.clone().try_acquire_many_owned(more) {
            Ok(permit) => {
                self.add(permit);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    fn more_needed(&self, bytes: usize) -> Result<u32, BudgetError> {
        let units = self.budget.units_for(bytes)?;
        Ok(units.saturating_sub(self.held()))
    }

    fn add(&mut self, permit: OwnedSemaphorePermit) {
        match &mut self.permit {
            Some(held) => held.merge(permit),
            None => self.permit = Some(permit),
        }
        self.budget.update_gauge();
    }

    /// Hold no more than `bytes` (what is still in memory), releasing the rest.
    pub fn shrink_to(&mut self, bytes: usize) {
        let keep = bytes.div_ceil(UNIT) as u32;
        if let Some(held) = &mut self.permit
            && held.num_permits() as u32 > keep
        {
            let release = held.num_permits() - keep as usize;
            drop(held.split(release));
            self.budget.update_gauge();
        }
    }
}

impl Drop for Charge {
    fn drop(&mut self) {
        if self.permit.take().is_some() {
            self.budget.update_gauge();
        }
    }
}

/// A charge several owners pass along: the body being read fills it, the handler takes it.
pub type SharedCharge = Arc<Mutex<Option<Charge>>>;

type Pending = Pin<Box<dyn Future<Output = Result<Charge, BudgetError>> + Send>>;

/// A request body that charges each frame's bytes to the budget before handing it on: a
/// client cannot make the receiver buffer more than the budget, however many connections it
/// opens. When the budget is full the frame waits (up to the budget's wait), then the body
/// fails with what `refuse` makes of the [`BudgetError`].
pub struct BudgetedBody<B: Body, F> {
    inner: Pin<Box<B>>,
    charge: SharedCharge,
    read: usize,
    waiting: Option<(Frame<B::Data>, Pending)>,
    refuse: F,
}

impl<B: Body, F> BudgetedBody<B, F> {
    /// Wrap `inner`, charging to `charge` (which must hold a charge).
    pub fn new(inner: B, charge: SharedCharge, refuse: F) -> Self {
        BudgetedBody {
            inner: Box::pin(inner),
            charge,
            read: 0,
            waiting: None,
            refuse,
        }
    }
}

/// Errors of a budgeted body: the inner body's, or the budget's as `refuse` made it.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

impl<B, F> Body for BudgetedBody<B, F>
where
    B: Body,
    B::Data: Buf + Send + Unpin + 'static,
    B::Error: Into<BoxError>,
    F: Fn(BudgetError) -> BoxError + Unpin,
{
    type Data = B::Data;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = self.get_mut();
        if let Some((_, pending)) = &mut this.waiting {
            let granted = std::task::ready!(pending.as_mut().poll(cx));
            let (frame, _) = this.waiting.take().expect("waiting");
            return Poll::Ready(Some(match granted {
                Ok(charge) => {
                    *this.charge.lock().expect("charge lock") = Some(charge);
                    Ok(frame)
                }
                Err(e) => Err((this.refuse)(e)),
            }));
        }
        let frame = match std::task::ready!(this.inner.as_mut().poll_frame(cx)) {
            None => return Poll::Ready(None),
            Some(Err(e)) => return Poll::Ready(Some(Err(e.into()))),
            Some(Ok(frame)) => frame,
        };
        let Some(data) = frame.data_ref() else {
            return Poll::Ready(Some(Ok(frame)));
        };
        this.read = this.read.saturating_add(data.remaining());
        let wanted = this.read;
        let mut slot = this.charge.lock().expect("charge lock");
        let Some(charge) = slot.as_mut() else {
            return Poll::Ready(Some(Ok(frame)));
        };
        match charge.try_grow_to(wanted) {
            Ok(true) => Poll::Ready(Some(Ok(frame))),
            Err(e) => Poll::Ready(Some(Err((this.refuse)(e)))),
            Ok(false) => {
                // Wait for room with the charge taken out of the slot, then put it back.
                let mut charge = slot.take().expect("charge present");
                drop(slot);
                let pending: Pending = Box::pin(async move {
                    charge.grow_to(wanted).await?;
                    Ok(charge)
                });
                this.waiting = Some((frame, pending));
                Pin::new(this).poll_frame(cx)
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.waiting.is_none() && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(limit: usize) -> Arc<MemoryBudget> {
        MemoryBudget::new(limit, Duration::from_millis(50), Default::default())
    }

    #[tokio::test]
    async fn charges_grow_shrink_and_release_on_drop() {
        let b = budget(64 * 1024);
        let mut one = b.charge();
        one.grow_to(40 * 1024).await.unwrap();
        let mut two = b.charge();
        assert_eq!(
            two.grow_to(30 * 1024).await,
            Err(BudgetError::Exhausted { limit: 64 * 1024 })
        );
        one.shrink_to(10 * 1024);
        two.grow_to(30 * 1024).await.unwrap();
        assert_eq!(b.permits.available_permits(), 24);
        drop(one);
        drop(two);
        assert_eq!(b.permits.available_permits(), 64);
    }

    #[tokio::test]
    async fn a_request_larger_than_the_budget_is_refused_at_once() {
        let b = budget(1024 * 1024);
        let mut c = b.charge();
        let err = c.grow_to(2 * 1024 * 1024).await.unwrap_err();
        assert!(matches!(err, BudgetError::TooLarge { .. }));
        assert!(err.to_string().contains("max_in_flight_bytes"), "{err}");
    }

    #[tokio::test]
    async fn a_body_waits_for_room_then_fails_with_the_budget_error() {
        use http_body_util::BodyExt;
        let b = budget(8 * 1024);
        let mut hog = b.charge();
        hog.grow_to(6 * 1024).await.unwrap();
        let slot: SharedCharge = Arc::new(Mutex::new(Some(b.charge())));
        let body = http_body_util::Full::new(bytes::Bytes::from(vec![0u8; 4 * 1024]));
        let refuse = |e: BudgetError| -> BoxError { Box::new(e) };
        let err = BudgetedBody::new(body, slot.clone(), refuse)
            .collect()
            .await
            .expect_err("no room for 4 KiB");
        assert!(err.to_string().contains("overloaded"), "{err}");
        // With room, the same body goes through and its bytes stay charged.
        drop(hog);
        let body = http_body_util::Full::new(bytes::Bytes::from(vec![0u8; 4 * 1024]));
        let slot: SharedCharge = Arc::new(Mutex::new(Some(b.charge())));
        let got = BudgetedBody::new(body, slot.clone(), refuse)
            .collect()
            .await
            .unwrap()
            .to_bytes();
        assert_eq!(got.len(), 4096);
        assert_eq!(slot.lock().unwrap().as_ref().unwrap().bytes(), 4096);
    }
}
