//! What every fuzz target checks, shared with `tests/fuzz_corpus.rs` (which replays the seed
//! corpus in the normal test suite).

pub mod checks;
