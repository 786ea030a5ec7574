//! agentwatch's own protobuf messages (`proto/agentwatch/v1/aggregates.proto`), generated at
//! build time by prost from the `.proto` file, which is the contract.

#![allow(missing_docs)]

/// `agentwatch.v1`: the aggregates topic.
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/agentwatch.v1.rs"));
}
