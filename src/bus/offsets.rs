//! Which aggregates-log positions the detect stage may commit.
//!
//! The detect stage keeps open windows in memory. A message's position can be committed only
//! once every window it fed is closed and written: until then a crash must deliver it again
//! to rebuild those windows. The tracker remembers, per open window, the lowest position per
//! partition that fed it; the committable position of a partition is the lowest of those, or
//! just past the last message seen when no open window holds any.

use std::collections::{BTreeMap, HashMap};

use crate::log_position::LogPosition;

/// Tracks what the detect stage may commit; see the module docs.
#[derive(Debug, Default)]
pub struct OffsetTracker {
    /// Window start → partition → lowest offset that fed it.
    held: BTreeMap<u64, HashMap<i32, i64>>,
    /// Partition → next offset after the last message seen.
    next: HashMap<i32, i64>,
}

impl OffsetTracker {
    /// Record a message at `position` that fed the windows starting at `windows` (empty when
    /// everything in it was late or dropped).
    pub fn received(&mut self, position: LogPosition, windows: impl IntoIterator<Item = u64>) {
        for start in windows {
            let lowest = self
                .held
                .entry(start)
                .or_default()
                .entry(position.partition)
                .or_insert(position.offset);
            *lowest = (*lowest).min(position.offset);
        }
        let next = self.next.entry(position.partition).or_insert(0);
        *next = (*next).max(position.offset + 1);
    }

    /// Windows starting before `closed_before` are closed and written: release what they held.
    pub fn closed_before(&mut self, closed_before: u64) {
        self.held = self.held.split_off(&closed_before);
    }

    /// Per partition, the position up to which everything is durable (the offset to commit).
    pub fn committable(&self) -> Vec<LogPosition> {
        let mut positions: Vec<LogPosition> = self
            .next
            .iter()
            .map(|(&partition, &next)| {
                let held = self
                    .held
                    .values()
                    .filter_map(|by_partition| by_partition.get(&partition))
                    .min()
                    .copied()
                    .unwrap_or(next);
                LogPosition {
                    partition,
                    offset: held.min(next),
                }
            })
            .collect();
        positions.sort_by_key(|p| p.partition);
        positions
    }

    /// Forget everything (the consumer was reassigned).
    pub fn clear(&mut self) {
        self.held.clear();
        self.next.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(partition: i32, offset: i64) -> LogPosition {
        LogPosition { partition, offset }
    }

    #[test]
    fn commits_stop_at_the_oldest_message_of_an_open_window() {
        let mut t = OffsetTracker::default();
        t.received(at(0, 10), [100]);
        t.received(at(0, 11), [100, 200]);
        t.received(at(1, 5), [200]);
        t.received(at(0, 12), []);
        // Window 100 holds partition 0 from offset 10; window 200 holds partition 1 from 5.
        assert_eq!(t.committable(), vec![at(0, 10), at(1, 5)]);
        t.closed_before(200);
        // Window 200 still holds offset 11 of partition 0.
        assert_eq!(t.committable(), vec![at(0, 11), at(1, 5)]);
        t.closed_before(300);
        assert_eq!(t.committable(), vec![at(0, 13), at(1, 6)]);
    }

    #[test]
    fn late_messages_are_committable_at_once() {
        let mut t = OffsetTracker::default();
        t.received(at(2, 7), []);
        assert_eq!(t.committable(), vec![at(2, 8)]);
        t.clear();
        assert!(t.committable().is_empty());
    }
}
