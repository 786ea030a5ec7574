//! Evaluator panics never reach the log with their message: a panic message can quote the
//! text being scanned (a string-slicing panic prints the string), and span content must not
//! leak to stderr or log pipelines. While an evaluator runs under [`guarded`], the process
//! panic hook logs only the evaluator's name and the code location; any other panic goes to
//! the hook that was installed before (Rust's default prints it as usual).

use std::cell::Cell;
use std::sync::Once;

thread_local! {
    /// The evaluator running on this thread under [`guarded`], if any.
    static RUNNING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

static INSTALL: Once = Once::new();

/// Run `evaluate` (evaluator `name`) catching a panic; its message is not logged.
pub(super) fn guarded<T>(name: &'static str, evaluate: impl FnOnce() -> T) -> Option<T> {
    INSTALL.call_once(install);
    RUNNING.with(|r| r.set(Some(name)));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(evaluate));
    RUNNING.with(|r| r.set(None));
    result.ok()
}

fn install() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| match RUNNING.with(Cell::get) {
        Some(evaluator) => {
            let location = info.location().map(ToString::to_string).unwrap_or_default();
            tracing::error!(
                evaluator,
                %location,
                "evaluator panicked: the span is scored unscoreable (the panic message is not logged: it may quote span content)"
            );
        }
        None => previous(info),
    }));
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_panic_quoting_span_text_is_logged_without_it() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let span_text = "card 4111 1111 1111 1111, call me";
        let outcome = tracing::subscriber::with_default(subscriber, || {
            guarded("slicer", || {
                // The standard library's own message quotes the string.
                let cut = &span_text[..span_text.len() + 1];
                cut.len()
            })
        });
        assert_eq!(outcome, None);
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert!(log.contains("evaluator panicked"), "{log}");
        assert!(
            log.contains("slicer") && log.contains("panic_guard.rs"),
            "{log}"
        );
        assert!(!log.contains("4111"), "span text leaked: {log}");
        // Outside an evaluator the flag is clear again.
        assert_eq!(RUNNING.with(Cell::get), None);
        assert_eq!(guarded("fine", || 7), Some(7));
    }
}
