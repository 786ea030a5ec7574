//! A real headless Chromium for the page tests, driven over chromedriver's WebDriver HTTP API
//! (Debian's `chromium` and `chromium-driver`, which scripts/test.sh installs): load a page,
//! run a query in it, collect what its console logged, take a screenshot.
//!
//! chromedriver is started on a free 127.0.0.1 port and stopped by its own process id.
//! scripts/test.sh sets AGENTWATCH_REQUIRE_BROWSER=1, so in CI a missing browser fails the
//! tests loudly; elsewhere they say they are skipped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

use super::free_port;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A chromedriver process with one browser session; both end on drop.
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    client: reqwest::Client,
    _profile: tempfile::TempDir,
}

/// Where the page tests write their screenshots: `target/ui-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("ui-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Browser {
    /// Start chromedriver and a headless Chromium session, or None (after saying so) when
    /// they are not installed and CI did not ask for them; panics when CI did.
    pub async fn start() -> Option<Browser> {
        let installed = Path::new(CHROMIUM).is_file() && Path::new(CHROMEDRIVER).is_file();
        if !installed {
            if std::env::var("AGENTWATCH_REQUIRE_BROWSER").as_deref() == Ok("1") {
                panic!(
                    "AGENTWATCH_REQUIRE_BROWSER=1 but {CHROMIUM} / {CHROMEDRIVER} are not installed \
                     (apt-get install chromium chromium-driver)"
                );
            }
            eprintln!("skipped: no {CHROMIUM} / {CHROMEDRIVER}");
            return None;
        }
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap();
        let mut browser = Browser {
            driver,
            base,
            session: String::new(),
            client,
            _profile: tempfile::tempdir().unwrap(),
        };
        browser.wait_driver().await;
        let profile = browser._profile.path().display().to_string();
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1360,1000",
                    format!("--user-data-dir={profile}"),
                ],
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }}});
        let answer = browser.call("POST", "/session", Some(capabilities)).await;
        browser.session = answer["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session from chromedriver: {answer}"))
            .to_owned();
        Some(browser)
    }

    async fn wait_driver(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let status = self.client.get(format!("{}/status", self.base)).send();
            if status.await.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            if let Some(status) = self.driver.try_wait().unwrap() {
                panic!("chromedriver exited ({status})");
            }
            assert!(Instant::now() < deadline, "chromedriver not ready in 20 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// One WebDriver command; its `value`, or a panic with the driver's error.
    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let request = match method {
            "GET" => self.client.get(url),
            "DELETE" => self.client.delete(url),
            _ => self.client.post(url).json(&body.unwrap_or(json!({}))),
        };
        let response = request.send().await.expect("chromedriver request");
        let status = response.status();
        let answer: Value = response.json().await.expect("chromedriver answer");
        assert!(
            status.is_success(),
            "{method} {path}: {status} {}",
            answer["value"]
        );
        answer["value"].clone()
    }

    fn path(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    /// Load `url` and wait for it (WebDriver's page-load strategy `normal`).
    pub async fn goto(&self, url: &str) {
        self.call("POST", &self.path("/url"), Some(json!({ "url": url })))
            .await;
    }

    /// Run `script` (a function body that `return`s) in the page; its result.
    pub async fn eval(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.path("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        )
        .await
    }

    /// How many elements match the CSS `selector`.
    pub async fn count(&self, selector: &str) -> u64 {
        let script = format!(
            "return document.querySelectorAll({}).length;",
            serde_json::to_string(selector).unwrap()
        );
        self.eval(&script).await.as_u64().unwrap()
    }

    /// The text of every element matching `selector`.
    pub async fn texts(&self, selector: &str) -> Vec<String> {
        let script = format!(
            "return Array.from(document.querySelectorAll({})).map(e => e.textContent);",
            serde_json::to_string(selector).unwrap()
        );
        serde_json::from_value(self.eval(&script).await).unwrap()
    }

    /// An attribute of every element matching `selector`.
    pub async fn attributes(&self, selector: &str, attribute: &str) -> Vec<String> {
        let script = format!(
            "return Array.from(document.querySelectorAll({})).map(e => e.getAttribute({}) || '');",
            serde_json::to_string(selector).unwrap(),
            serde_json::to_string(attribute).unwrap()
        );
        serde_json::from_value(self.eval(&script).await).unwrap()
    }

    /// What the console logged since the last call (level, message), errors included.
    pub async fn console(&self) -> Vec<(String, String)> {
        let answer = self
            .call(
                "POST",
                &self.path("/se/log"),
                Some(json!({"type": "browser"})),
            )
            .await;
        answer
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| {
                        (
                            e["level"].as_str().unwrap_or("").to_owned(),
                            e["message"].as_str().unwrap_or("").to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Panic if the console logged an error (level SEVERE) since the last look: a script
    /// error, a resource that failed to load, a policy violation.
    pub async fn assert_no_console_errors(&self, page: &str) {
        let errors: Vec<_> = self
            .console()
            .await
            .into_iter()
            .filter(|(level, _)| level == "SEVERE")
            .collect();
        assert!(errors.is_empty(), "{page}: console errors: {errors:?}");
    }

    /// A PNG of the window, written to `path`.
    pub async fn screenshot(&self, path: &Path) {
        let data = self.call("GET", &self.path("/screenshot"), None).await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap())
            .unwrap();
        std::fs::write(path, png).unwrap();
    }

    /// A PNG of the whole page (not only the window), by sizing the window to it first.
    pub async fn full_screenshot(&self, path: &Path) {
        let size = self
            .eval("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];")
            .await;
        let (w, h) = (
            size[0].as_u64().unwrap_or(1360).max(1360),
            size[1].as_u64().unwrap_or(1000).clamp(600, 4000),
        );
        self.call(
            "POST",
            &self.path("/window/rect"),
            Some(json!({"width": w, "height": h + 120})),
        )
        .await;
        self.screenshot(path).await;
        self.call(
            "POST",
            &self.path("/window/rect"),
            Some(json!({"width": 1360, "height": 1000})),
        )
        .await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ending the session closes Chromium; then chromedriver is stopped by its pid.
        if !self.session.is_empty() {
            let url = format!("{}/session/{}", self.base, self.session);
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    let _ = reqwest::Client::new()
                        .delete(url)
                        .timeout(Duration::from_secs(10))
                        .send()
                        .await;
                });
            })
            .join();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
