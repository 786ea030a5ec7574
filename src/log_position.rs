//! Where a message sits in a partitioned log: a leaf, so the window aggregates can remember
//! which span-log message they came from without knowing the bus that carries them.

/// A message's place in a partitioned log (the span log's, to recognise a redelivered batch;
/// the aggregates log's, to commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LogPosition {
    /// Partition.
    pub partition: i32,
    /// Offset within the partition.
    pub offset: i64,
}
