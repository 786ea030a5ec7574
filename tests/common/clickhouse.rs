//! A real ClickHouse server for the tests: `clickhouse-server` (Debian's package, which
//! scripts/test.sh installs) started on free loopback ports with its own data folder, stopped
//! and restarted by its process id, queried with `clickhouse-client`.
//!
//! scripts/test.sh sets AGENTWATCH_REQUIRE_CLICKHOUSE=1, so in CI a missing server fails the
//! tests loudly; elsewhere the ClickHouse tests say they are skipped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{free_port, http_get_status};

/// A running ClickHouse server; stopped on drop.
pub struct ClickhouseServer {
    child: Option<Child>,
    server: PathBuf,
    client: PathBuf,
    dir: tempfile::TempDir,
    /// HTTP port on 127.0.0.1 (what agentwatch talks to).
    pub http_port: u16,
    /// Native protocol port on 127.0.0.1 (what clickhouse-client talks to).
    pub tcp_port: u16,
    /// HTTPS port on 127.0.0.1, when started with [`ClickhouseServer::start_https`].
    pub https_port: Option<u16>,
    /// The `<openSSL>` settings of an HTTPS server.
    openssl: String,
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .chain(["/usr/bin".into(), "/usr/sbin".into()])
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

impl ClickhouseServer {
    /// Start a server with an empty data folder, or None (after saying so) when ClickHouse is
    /// not installed and CI did not ask for it; panics when CI did.
    pub fn start() -> Option<ClickhouseServer> {
        Self::start_with(None, String::new())
    }

    /// Like [`start`](Self::start), with an HTTPS port too, serving `pki`'s server certificate;
    /// when `require_client_cert`, connections without a client certificate signed by `pki`'s
    /// CA are refused (OpenSSL's `strict` verification).
    pub fn start_https(
        pki: &super::tls::TestPki,
        require_client_cert: bool,
    ) -> Option<ClickhouseServer> {
        let verification = if require_client_cert {
            format!(
                "<verificationMode>strict</verificationMode><caConfig>{}</caConfig>",
                pki.path("ca.pem").display()
            )
        } else {
            "<verificationMode>none</verificationMode>".to_owned()
        };
        let openssl = format!(
            "<openSSL><server>
    <certificateFile>{}</certificateFile><privateKeyFile>{}</privateKeyFile>
    {verification}<loadDefaultCAFile>false</loadDefaultCAFile>
    <cacheSessions>true</cacheSessions><disableProtocols>sslv2,sslv3</disableProtocols>
    <preferServerCiphers>true</preferServerCiphers>
  </server></openSSL>",
            pki.path("server.pem").display(),
            pki.path("server.key").display(),
        );
        Self::start_with(Some(free_port()), openssl)
    }

    fn start_with(https_port: Option<u16>, openssl: String) -> Option<ClickhouseServer> {
        let (Some(server), Some(client)) =
            (on_path("clickhouse-server"), on_path("clickhouse-client"))
        else {
            if std::env::var("AGENTWATCH_REQUIRE_CLICKHOUSE").as_deref() == Ok("1") {
                panic!(
                    "AGENTWATCH_REQUIRE_CLICKHOUSE=1 but clickhouse-server / clickhouse-client are not installed; \
                     scripts/test.sh installs them"
                );
            }
            eprintln!("SKIPPED: ClickHouse is not installed; run scripts/test.sh to install it");
            return None;
        };
        let mut ch = ClickhouseServer {
            child: None,
            server,
            client,
            dir: tempfile::tempdir().unwrap(),
            http_port: free_port(),
            tcp_port: free_port(),
            https_port,
            openssl,
        };
        ch.write_config();
        ch.spawn();
        Some(ch)
    }

    fn write_config(&self) {
        let d = self.dir.path();
        let data = d.join("data");
        std::fs::create_dir_all(&data).unwrap();
        let config = format!(
            "<yandex>
  <logger><level>warning</level><console>1</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>{http}</http_port><tcp_port>{tcp}</tcp_port>{https}
  <path>{data}/</path><tmp_path>{data}/tmp/</tmp_path>
  <user_files_path>{data}/user_files/</user_files_path>
  <format_schema_path>{data}/format_schemas/</format_schema_path>
  <users_config>{users}</users_config>
  <default_profile>default</default_profile><default_database>default</default_database>
  <timezone>UTC</timezone><mark_cache_size>268435456</mark_cache_size>
</yandex>
",
            http = self.http_port,
            tcp = self.tcp_port,
            https = match self.https_port {
                Some(port) => format!("<https_port>{port}</https_port>\n  {}", self.openssl),
                None => String::new(),
            },
            data = data.display(),
            users = d.join("users.xml").display(),
        );
        std::fs::write(d.join("config.xml"), config).unwrap();
        std::fs::write(
            d.join("users.xml"),
            "<yandex>
  <profiles><default></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
",
        )
        .unwrap();
    }

    fn spawn(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("server.log"))
            .unwrap();
        let child = Command::new(&self.server)
            .arg(format!(
                "--config-file={}",
                self.dir.path().join("config.xml").display()
            ))
            .current_dir(self.dir.path())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("starting clickhouse-server");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        while http_get_status(self.http_port, "/ping") != Some(200) {
            assert!(
                Instant::now() < deadline,
                "clickhouse-server did not answer on {} within 30 s:\n{}",
                self.http_port,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `http://127.0.0.1:PORT`, for `store.url`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.http_port)
    }

    /// `https://127.0.0.1:PORT` of a server started with [`start_https`](Self::start_https).
    pub fn https_url(&self) -> String {
        format!(
            "https://127.0.0.1:{}",
            self.https_port.expect("started with HTTPS")
        )
    }

    /// Stop the server at once (SIGKILL: a graceful stop waits seconds for open keep-alive
    /// connections) and wait for it to exit; what it acknowledged stays for a restart.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Start a stopped server again, on the same ports and data.
    pub fn restart(&mut self) {
        assert!(self.child.is_none(), "stop the server first");
        self.spawn();
    }

    /// Run `sql` with clickhouse-client; its output (TSV) or its error.
    pub fn try_query(&self, sql: &str) -> Result<String, String> {
        let out = Command::new(&self.client)
            .args(["--host", "127.0.0.1", "--port", &self.tcp_port.to_string()])
            .args(["--multiquery", "--query", sql])
            .stdin(Stdio::null())
            .output()
            .expect("running clickhouse-client");
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// Run `sql`; panics with the server's error.
    pub fn query(&self, sql: &str) -> String {
        self.try_query(sql)
            .unwrap_or_else(|e| panic!("clickhouse-client failed on `{sql}`:\n{e}"))
    }

    /// Poll `sql` until it prints `expected`; returns the last output, panicking after
    /// `within` with what it printed instead.
    pub fn wait_for(&self, sql: &str, expected: &str, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            let got = self.try_query(sql).unwrap_or_else(|e| e);
            if got == expected {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "`{sql}` printed {got:?}, not {expected:?}, after {within:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The server's own log.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    /// Where the server keeps its files.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for ClickhouseServer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
