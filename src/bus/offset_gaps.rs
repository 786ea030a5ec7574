//! Offsets a broker never delivered.
//!
//! A consumer reads each partition in order from its group's committed offset, so on a span
//! or aggregates topic (neither compacted nor transactional) the offsets it sees are
//! contiguous: the first message after an assignment is at the committed offset, each next
//! one right after the last. A jump means messages were skipped — deleted by retention before
//! they were read, or lost by the broker (tansu 0.6.0 answers a fetch from the middle of a
//! record batch with the *next* batch). Nothing can bring them back from here; the consumer
//! names them (a warning and `agentwatch_kafka_skipped_offsets_total`) so that the loss is
//! never silent.

use std::collections::HashMap;

/// What one received message says about the offsets before it.
#[derive(Debug, PartialEq, Eq)]
pub enum Received {
    /// The first message of the partition in this assignment: compare it with the group's
    /// committed offset ([`first_after_commit`]).
    First,
    /// Right after the previous one (or earlier: delivered again).
    InOrder,
    /// `from..to` were skipped: the message is at `to`, the previous one was at `from - 1`.
    Skipped { from: i64, to: i64 },
}

/// Per partition, the offset the next message should have, for the current assignment.
#[derive(Debug, Default)]
pub struct GapTracker {
    /// The assignment generation the expectations belong to.
    generation: u64,
    /// Partition → offset after the last message received.
    next: HashMap<i32, i64>,
}

impl GapTracker {
    /// Record a message at `offset` of `partition`, received while the consumer's assignment
    /// generation (bumped at every rebalance) was `generation`.
    pub fn received(&mut self, generation: u64, partition: i32, offset: i64) -> Received {
        if generation != self.generation {
            // After a rebalance each partition starts again from its committed offset.
            self.generation = generation;
            self.next.clear();
        }
        let seen = match self.next.get(&partition) {
            None => Received::First,
            Some(&expected) if offset > expected => Received::Skipped {
                from: expected,
                to: offset,
            },
            Some(_) => Received::InOrder,
        };
        self.next.insert(partition, offset + 1);
        seen
    }
}

/// The skipped range when the first message of an assignment, at `offset`, lies past the
/// group's `committed` offset (None when nothing was committed yet: the start is then the
/// topic's earliest message, which retention may have moved).
pub fn first_after_commit(committed: Option<i64>, offset: i64) -> Option<(i64, i64)> {
    committed
        .filter(|&committed| offset > committed)
        .map(|committed| (committed, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguous_offsets_are_in_order_and_a_jump_is_named() {
        let mut gaps = GapTracker::default();
        assert_eq!(gaps.received(1, 0, 10), Received::First);
        assert_eq!(gaps.received(1, 0, 11), Received::InOrder);
        assert_eq!(gaps.received(1, 1, 3), Received::First);
        assert_eq!(
            gaps.received(1, 0, 15),
            Received::Skipped { from: 12, to: 15 }
        );
        assert_eq!(gaps.received(1, 0, 16), Received::InOrder);
        // Delivered again (a seek back): not a gap.
        assert_eq!(gaps.received(1, 0, 12), Received::InOrder);
        assert_eq!(gaps.received(1, 1, 4), Received::InOrder);
    }

    #[test]
    fn a_rebalance_starts_every_partition_again() {
        let mut gaps = GapTracker::default();
        gaps.received(1, 0, 10);
        assert_eq!(gaps.received(2, 0, 40), Received::First);
        assert_eq!(gaps.received(2, 0, 41), Received::InOrder);
    }

    #[test]
    fn the_first_message_is_checked_against_the_commit() {
        assert_eq!(first_after_commit(Some(5), 10), Some((5, 10)));
        assert_eq!(first_after_commit(Some(5), 5), None);
        assert_eq!(first_after_commit(Some(7), 5), None, "delivered again");
        assert_eq!(first_after_commit(None, 10), None);
    }
}
