//! OTLP protobuf bytes → cost walk → decode → validate → normalize → every evaluator.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    agentwatch_fuzz::checks::otlp_protobuf(data);
});
