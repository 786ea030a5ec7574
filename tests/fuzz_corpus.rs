//! The fuzz targets' checks (`fuzz/src/checks.rs`) over their seed corpus, in the normal test
//! suite: real payloads of every instrumentation we support, the shipped and test pipeline
//! files, each as is and truncated at every length class. A finding of a fuzz run goes into
//! the corpus and stays tested here.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::path::Path;

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

/// The input, and cut short at a spread of lengths (truncation is what breaks decoders).
fn with_prefixes(data: &[u8]) -> Vec<&[u8]> {
    let mut cuts = vec![data];
    let mut n = data.len();
    while n > 0 {
        n = n * 2 / 3;
        cuts.push(&data[..n]);
    }
    cuts
}

// One test: the checks measure allocation with a process-wide counter.
#[test]
fn fuzz_checks_hold_on_the_seed_corpus() {
    let json = corpus("otlp_json");
    assert!(json.len() >= 10, "the JSON seeds are real payloads");
    for (name, data) in &json {
        let request: ExportTraceServiceRequest = serde_json::from_slice(data)
            .unwrap_or_else(|e| panic!("{name} is a valid OTLP/JSON seed: {e}"));
        for cut in with_prefixes(data) {
            checks::otlp_json(cut);
        }
        let protobuf = request.encode_to_vec();
        for cut in with_prefixes(&protobuf) {
            checks::otlp_protobuf(cut);
        }
    }
    for (_, data) in corpus("otlp_protobuf") {
        checks::otlp_protobuf(&data);
    }
    let configs = corpus("config");
    assert!(configs.len() >= 10);
    for (_, data) in &configs {
        for cut in with_prefixes(data) {
            checks::pipeline_config(cut);
        }
    }
}
