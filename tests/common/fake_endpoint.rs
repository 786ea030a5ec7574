//! A real local HTTP server that impersonates PagerDuty, Slack and webhook receivers: every
//! request is recorded, and each path answers from a script (429 with Retry-After, 500, hang,
//! 400, ...) before falling back to its normal answer.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

/// How a path answers one request.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Status, body, and optional `Retry-After`.
    Status(u16, &'static str, Option<&'static str>),
    /// Hold the request this long before answering 200 (longer than the client's timeout).
    Hang(Duration),
}

/// One request received.
#[derive(Debug, Clone)]
pub struct Received {
    /// Path, e.g. `/pd`.
    pub path: String,
    /// Headers, lower-case names.
    pub headers: HashMap<String, String>,
    /// Raw body.
    pub body: String,
    /// When it arrived.
    pub at: Instant,
    /// Status answered (0 for a hang).
    pub answered: u16,
}

impl Received {
    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

#[derive(Default)]
struct Scripts {
    scripts: HashMap<String, VecDeque<Answer>>,
    normal: HashMap<String, Answer>,
    received: Vec<Received>,
}

/// The running server (on its own thread and runtime, so sync and async tests can both use
/// it); stopped when dropped.
pub struct FakeEndpoints {
    /// Port on 127.0.0.1.
    pub port: u16,
    state: Arc<Mutex<Scripts>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for FakeEndpoints {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

async fn handle(
    State(state): State<Arc<Mutex<Scripts>>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let answer = {
        let mut s = state.lock().unwrap();
        let scripted = s.scripts.get_mut(&path).and_then(|q| q.pop_front());
        scripted
            .or_else(|| s.normal.get(&path).cloned())
            .unwrap_or(Answer::Status(404, "no such path", None))
    };
    let received = Received {
        path,
        headers: headers
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
            .collect(),
        body: String::from_utf8_lossy(&body).into_owned(),
        at: Instant::now(),
        answered: match &answer {
            Answer::Status(code, _, _) => *code,
            Answer::Hang(_) => 0,
        },
    };
    state.lock().unwrap().received.push(received);
    match answer {
        Answer::Status(code, body, retry_after) => {
            let mut response = (StatusCode::from_u16(code).unwrap(), body).into_response();
            if let Some(ra) = retry_after {
                response
                    .headers_mut()
                    .insert("retry-after", ra.parse().unwrap());
            }
            response
        }
        Answer::Hang(d) => {
            tokio::time::sleep(d).await;
            (StatusCode::OK, "too late").into_response()
        }
    }
}

impl FakeEndpoints {
    /// Start with `/pd` answering like PagerDuty (202), `/slack` like Slack (200 `ok`) and
    /// `/hook` like a webhook receiver (200).
    pub fn start() -> FakeEndpoints {
        let state = Arc::new(Mutex::new(Scripts::default()));
        {
            let mut s = state.lock().unwrap();
            s.normal.insert(
                "/pd".into(),
                Answer::Status(
                    202,
                    r#"{"status":"success","message":"Event processed"}"#,
                    None,
                ),
            );
            s.normal
                .insert("/slack".into(), Answer::Status(200, "ok", None));
            s.normal
                .insert("/hook".into(), Answer::Status(200, "", None));
        }
        let (port_tx, port_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                port_tx.send(listener.local_addr().unwrap().port()).unwrap();
                tokio::select! {
                    result = axum::serve(listener, app) => result.unwrap(),
                    _ = stopped => {}
                }
            });
            // Requests still hanging are dropped with the runtime.
            runtime.shutdown_background();
        });
        let port = port_rx.recv().unwrap();
        FakeEndpoints {
            port,
            state,
            stop: Some(stop),
        }
    }

    /// `http://127.0.0.1:PORT{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Answer the next requests to `path` with `answers`, in order.
    pub fn script(&self, path: &str, answers: Vec<Answer>) {
        self.state
            .lock()
            .unwrap()
            .scripts
            .entry(path.into())
            .or_default()
            .extend(answers);
    }

    /// Answer `path` with `answer` once its script is used up.
    pub fn set_normal(&self, path: &str, answer: Answer) {
        self.state
            .lock()
            .unwrap()
            .normal
            .insert(path.into(), answer);
    }

    /// Every request to `path` so far.
    pub fn received(&self, path: &str) -> Vec<Received> {
        self.state
            .lock()
            .unwrap()
            .received
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    /// Requests to `path` answered with a 2xx: the deliveries.
    pub fn delivered(&self, path: &str) -> Vec<Received> {
        self.received(path)
            .into_iter()
            .filter(|r| (200..300).contains(&r.answered))
            .collect()
    }

    /// Wait until `path` has had `n` requests matching `pred`; panics with `context()` after 20 s.
    pub fn wait_for(
        &self,
        path: &str,
        n: usize,
        pred: impl Fn(&Received) -> bool,
        context: impl Fn() -> String,
    ) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let got: Vec<Received> = self
                .received(path)
                .into_iter()
                .filter(|r| pred(r))
                .collect();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "expected {n} matching requests to {path}, got {}: {:#?}\n{}",
                got.len(),
                self.received(path),
                context()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}
