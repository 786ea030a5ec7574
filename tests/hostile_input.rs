//! Valid but expensive requests and slow clients against the real binary: memory stays within
//! the configured budget and well-behaved clients keep being served.

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use prost::Message;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn varint(mut v: usize, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// An OTLP protobuf request of `spans` empty spans: two bytes each on the wire, a few hundred
/// once decoded.
fn empty_spans(spans: usize) -> Vec<u8> {
    let scope: Vec<u8> = [0x12u8, 0x00].repeat(spans);
    let mut resource = vec![0x12];
    varint(scope.len(), &mut resource);
    resource.extend(scope);
    let mut request = vec![0x0a];
    varint(resource.len(), &mut request);
    request.extend(resource);
    request
}

/// Peak resident memory of a process, from /proc.
fn peak_rss_bytes(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .expect("VmHWM in /proc/PID/status");
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

/// POST a gzip-compressed OTLP protobuf body.
async fn post_gzip(http: reqwest::Client, url: String, body: Vec<u8>) -> reqwest::Response {
    http.post(url)
        .header("content-type", "application/x-protobuf")
        .header("content-encoding", "gzip")
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn good_http(aw: &Agentwatch, http: &reqwest::Client, n: u64) -> u16 {
    let body = request(
        "well-behaved",
        vec![chat_span(&trace_id(n), 0, "The museum opens at 10:00.")],
    )
    .encode_to_vec();
    http.post(aw.http_url("/v1/traces"))
        .header("content-type", "application/x-protobuf")
        .body(body)
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

async fn good_grpc(aw: &Agentwatch, n: u64) -> bool {
    let Ok(mut client) = TraceServiceClient::connect(aw.grpc_url()).await else {
        return false;
    };
    let request = request(
        "well-behaved",
        vec![chat_span(&trace_id(n), 0, "Trains leave every 20 minutes.")],
    );
    client.export(request).await.is_ok()
}

/// The amplification request: ~16 KB of gzip that inflates to 16 MB of empty spans
/// (8 million of them, gigabytes once decoded), sent 64 times at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn decode_amplification_is_refused_within_the_memory_budget() {
    let aw = Agentwatch::start("");
    let bomb = gzip(&empty_spans(8_000_000));
    assert!(bomb.len() < 64 * 1024, "{} bytes of gzip", bomb.len());
    let http = reqwest::Client::new();
    let mut attacks = Vec::new();
    for _ in 0..64 {
        let (http, url, bomb) = (http.clone(), aw.http_url("/v1/traces"), bomb.clone());
        attacks.push(tokio::spawn(async move {
            let response = post_gzip(http, url, bomb).await;
            let status = response.status().as_u16();
            (status, response.text().await.unwrap_or_default())
        }));
    }
    // Meanwhile, well-behaved clients on both transports.
    let mut served = 0;
    let attempts = 40;
    for n in 0..attempts {
        if n % 2 == 0 {
            served += usize::from(good_http(&aw, &http, n).await == 200);
        } else {
            served += usize::from(good_grpc(&aw, n).await);
        }
    }
    for attack in attacks {
        let (status, text) = attack.await.unwrap();
        assert_eq!(status, 413, "{text}");
        assert!(text.contains("max_in_flight_bytes"), "{text}");
    }
    let peak = peak_rss_bytes(aw.child.id());
    assert!(
        peak < 512 * 1024 * 1024,
        "peak RSS {} MiB over 512 MiB",
        peak >> 20
    );
    assert!(
        served * 100 >= attempts as usize * 99,
        "{served} of {attempts} well-behaved requests served"
    );
    aw.wait_rows("service = 'well-behaved'", served as i64);
    assert_eq!(
        aw.metric(
            "agentwatch_receiver_refused_requests_total{transport=\"http\",reason=\"too_large\"}"
        ),
        64.0
    );
    eprintln!("peak RSS {} MiB", peak >> 20);
}

/// Requests that fit the budget one or two at a time, 64 at once: the rest are pushed back
/// with a retry hint, memory stays bounded, and the charges all come back.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn requests_over_the_budget_together_are_pushed_back_and_release_it() {
    let aw = Agentwatch::start_with("", "    max_in_flight_bytes: 134217728\n");
    // ~200 k empty spans: about 90 MB in memory once decoded.
    let heavy = gzip(&empty_spans(200_000));
    let http = reqwest::Client::new();
    let mut sends = Vec::new();
    for _ in 0..64 {
        let (http, url, body) = (http.clone(), aw.http_url("/v1/traces"), heavy.clone());
        sends.push(tokio::spawn(async move {
            let r = post_gzip(http, url, body).await;
            (r.status().as_u16(), r.headers().contains_key("retry-after"))
        }));
    }
    let mut statuses = Vec::new();
    for send in sends {
        statuses.push(send.await.unwrap());
    }
    let ok = statuses.iter().filter(|(s, _)| *s == 200).count();
    let pushed_back = statuses
        .iter()
        .filter(|(s, retry)| *s == 429 && *retry)
        .count();
    assert!(ok >= 1, "{statuses:?}");
    assert_eq!(ok + pushed_back, 64, "{statuses:?}");
    let peak = peak_rss_bytes(aw.child.id());
    assert!(peak < 512 * 1024 * 1024, "peak RSS {} MiB", peak >> 20);
    // Once scored, every charge is released.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let metrics = reqwest::get(aw.admin_url("/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if metrics.contains("agentwatch_receiver_in_flight_bytes 0\n") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "charges not released:\n{metrics}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// 64 uploads that send a byte now and then and 64 gRPC calls that never finish their
/// message hold no turn: a normal client still gets its requests through, and the slow ones
/// end at `request_timeout`.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn slow_uploads_and_stalled_streams_do_not_lock_others_out() {
    let aw = Agentwatch::start_with(
        "",
        "    request_timeout: 3s\n    idle_timeout: 2s\n    max_concurrent_requests: 4\n",
    );
    let started = Instant::now();
    // 64 slow HTTP uploads: headers promise 100 kB, the body trickles.
    let mut slow = Vec::new();
    for _ in 0..64 {
        let port = aw.http;
        slow.push(tokio::spawn(async move {
            let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap();
            s.write_all(
                b"POST /v1/traces HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-protobuf\r\n\
                  content-length: 100000\r\n\r\n",
            )
            .await
            .unwrap();
            for _ in 0..20 {
                if s.write_all(b"\x0a").await.is_err() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            let mut answer = Vec::new();
            let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut answer)).await;
            String::from_utf8_lossy(&answer).into_owned()
        }));
    }
    // 64 gRPC calls on 8 connections whose message never completes.
    let mut stalled = Vec::new();
    for _ in 0..8 {
        let tcp = tokio::net::TcpStream::connect(("127.0.0.1", aw.grpc))
            .await
            .unwrap();
        let (client, connection) = h2::client::handshake(tcp).await.unwrap();
        tokio::spawn(connection);
        let mut client = client.ready().await.unwrap();
        for _ in 0..8 {
            let request = http::Request::post(format!(
                "http://127.0.0.1:{}/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                aw.grpc
            ))
            .header("content-type", "application/grpc")
            .header("te", "trailers")
            .body(())
            .unwrap();
            let (response, mut body) = client.send_request(request, false).unwrap();
            // A gRPC frame header announcing 1000 bytes, then 10 of them, then nothing.
            let mut frame = vec![0u8, 0, 0, 0x03, 0xe8];
            frame.extend([0x0a; 10]);
            body.send_data(frame.into(), false).unwrap();
            stalled.push((response, body));
            client = client.ready().await.unwrap();
        }
    }
    // A normal client, both transports, while all of that is open.
    let http = reqwest::Client::new();
    let mut served = 0;
    let attempts = 100;
    for n in 0..attempts {
        if n % 2 == 0 {
            served += usize::from(good_http(&aw, &http, 1000 + n).await == 200);
        } else {
            served += usize::from(good_grpc(&aw, 1000 + n).await);
        }
    }
    assert!(
        served * 100 >= attempts as usize * 99,
        "{served} of {attempts} served while slow clients held connections"
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "normal requests were slowed down: {:?}",
        started.elapsed()
    );
    // The slow uploads end at request_timeout with 408.
    for upload in slow {
        let answer = upload.await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
        assert!(answer.contains("request_timeout"), "{answer:?}");
    }
    // The stalled calls end at the deadline too, with an error status.
    for (response, _body) in stalled {
        let response = tokio::time::timeout(Duration::from_secs(10), response)
            .await
            .expect("a stalled call is answered by its deadline");
        if let Ok(response) = response {
            let status = response.headers().get("grpc-status").cloned();
            let (_, mut body) = response.into_parts();
            let trailers = body.trailers().await.ok().flatten();
            let code = status.or_else(|| trailers.and_then(|t| t.get("grpc-status").cloned()));
            assert!(
                code.is_some_and(|c| c != "0"),
                "a stalled call must not succeed"
            );
        }
    }
}

/// A connection that sends nothing is closed after `idle_timeout`.
#[tokio::test(flavor = "multi_thread")]
async fn idle_connections_are_closed() {
    let aw = Agentwatch::start_with("", "    idle_timeout: 1s\n");
    for port in [aw.http, aw.grpc] {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        let started = Instant::now();
        let mut buf = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut buf)).await;
        assert!(
            read.is_ok(),
            "port {port}: idle connection still open after 10 s"
        );
        assert!(
            started.elapsed() >= Duration::from_millis(900),
            "closed too early"
        );
    }
}
