//! Pipeline YAML → loader → every section's checks: errors, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    agentwatch_fuzz::checks::pipeline_config(data);
});
