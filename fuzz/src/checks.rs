//! The properties every fuzz input must keep. No input may panic anywhere on the way from bytes
//! to scores, and the memory the receiver charges before decoding a body must cover what
//! decoding it allocates (a counting allocator measures it).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use agentwatch::app::PipelineConfig;
use agentwatch::eval::EvaluatorSet;
use agentwatch::eval::config::EvaluatorsConfig;
use agentwatch::normalize::{NormalizeOptions, normalize_request};
use agentwatch::otlp::cost;
use agentwatch::otlp::validate::validate_request;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

/// Allocation noise besides the decoded request itself (error values, small temporaries).
const SLACK: usize = 16 * 1024;

/// Counts bytes allocated and their peak.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = CURRENT.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                - layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes allocated at the peak of `f`, above what was allocated before it.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(before))
}

fn evaluators() -> &'static EvaluatorSet {
    static SET: OnceLock<EvaluatorSet> = OnceLock::new();
    SET.get_or_init(|| EvaluatorSet::from_config(&EvaluatorsConfig::default()).unwrap())
}

/// What happens to an accepted request: validation, normalization, every evaluator.
fn score(mut request: ExportTraceServiceRequest) {
    let _ = validate_request(&mut request);
    for span in normalize_request(&request, &NormalizeOptions::default()) {
        evaluators().evaluate(&span, |_| {});
    }
}

/// An OTLP protobuf body: the cost walk accepts whatever the decoder accepts, and its
/// estimate covers what decoding allocates.
pub fn otlp_protobuf(data: &[u8]) {
    let estimate = cost::protobuf_decoded_bytes(data);
    let (decoded, peak) = peak_of(|| ExportTraceServiceRequest::decode(data));
    let Ok(request) = decoded else {
        return;
    };
    let estimate = match estimate {
        Ok(e) => e,
        Err(e) => panic!("the decoder accepted a body the cost walk refused: {e}"),
    };
    assert!(
        peak <= estimate + SLACK,
        "decoding allocated {peak} bytes, the estimate was {estimate}"
    );
    score(request);
}

/// An OTLP/JSON body: the bound covers what decoding allocates.
pub fn otlp_json(data: &[u8]) {
    let bound = cost::json_decoded_bytes(data);
    let (decoded, peak) = peak_of(|| serde_json::from_slice::<ExportTraceServiceRequest>(data));
    let Ok(request) = decoded else {
        return;
    };
    assert!(
        peak <= bound + SLACK,
        "decoding allocated {peak} bytes, the bound was {bound}"
    );
    score(request);
}

/// A pipeline file: loaded and checked, or refused with an error; never a panic.
pub fn pipeline_config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `${file:…}` reads files named by the operator's own config: not the fuzzer's to open.
    if text.contains("${file:") {
        return;
    }
    if let Ok(config) = PipelineConfig::from_yaml(text, "fuzz") {
        let _ = config.validate();
    }
}
