//! Connections as both transports (and the admin endpoint) accept them: at most
//! `max_connections` open per listener (more wait in the kernel's backlog), each closed after
//! `idle_timeout` without a byte either way — a client that opens sockets and sends nothing
//! holds nothing for long. With TLS, each handshake runs in a task of its own, bounded by
//! `handshake_timeout`, so a slow or silent client never holds up the next accept.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use prometheus_client::metrics::gauge::Gauge;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};
use tokio_util::sync::CancellationToken;

use crate::security::ServerTls;

/// Limits every accepted connection shares.
#[derive(Clone)]
pub struct ConnectionLimits {
    /// Open connections at once.
    pub max_connections: usize,
    /// Close a connection silent this long.
    pub idle_timeout: Duration,
    /// A TLS handshake must finish within this.
    pub handshake_timeout: Duration,
    /// Open connections, for the metrics.
    pub open: Gauge,
}

/// TLS on a listener: the (reloading) certificate, and what to do with a failed handshake.
#[derive(Clone)]
pub struct TlsAccept {
    /// The server's TLS.
    pub tls: Arc<ServerTls>,
    /// Called once per failed handshake (counted by the caller; never holds secrets).
    pub on_failure: Arc<dyn Fn(&io::Error) + Send + Sync>,
}

/// Accept connections within the limits, as a stream the servers consume; with `tls`, only
/// connections whose handshake succeeded come out.
pub fn accept(
    listener: TcpListener,
    limits: ConnectionLimits,
    tls: Option<TlsAccept>,
) -> futures::stream::BoxStream<'static, io::Result<ServerStream>> {
    use futures::StreamExt;
    match tls {
        None => accept_tcp(listener, limits)
            .map(|next| next.map(ServerStream::Plain))
            .boxed(),
        Some(tls) => accept_tls(listener, limits, tls).boxed(),
    }
}

fn accept_tcp(
    listener: TcpListener,
    limits: ConnectionLimits,
) -> impl futures::Stream<Item = io::Result<GuardedStream>> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    futures::stream::unfold(
        (listener, slots, limits),
        |(listener, slots, limits)| async move {
            // Wait for a free slot before accepting: extra clients queue in the backlog.
            let slot = slots
                .clone()
                .acquire_owned()
                .await
                .expect("the slot semaphore is never closed");
            let next = listener.accept().await.map(|(stream, _)| {
                let _ = stream.set_nodelay(true);
                GuardedStream::new(stream, slot, &limits)
            });
            Some((next, (listener, slots, limits)))
        },
    )
}

/// TCP accepts feed handshake tasks; finished handshakes come out of a channel. Accepting
/// stops when the consumer drops the stream.
fn accept_tls(
    listener: TcpListener,
    limits: ConnectionLimits,
    tls: TlsAccept,
) -> impl futures::Stream<Item = io::Result<ServerStream>> {
    use futures::StreamExt;
    let (tx, rx) = tokio::sync::mpsc::channel::<io::Result<ServerStream>>(16);
    let stop = CancellationToken::new();
    let handshake_timeout = limits.handshake_timeout;
    let accepting = stop.clone();
    tokio::spawn(async move {
        let tcp = accept_tcp(listener, limits);
        futures::pin_mut!(tcp);
        loop {
            let next = tokio::select! {
                _ = tx.closed() => break,
                next = tcp.next() => next,
            };
            let stream = match next {
                Some(Ok(stream)) => stream,
                Some(Err(e)) => {
                    if tx.send(Err(e)).await.is_err() {
                        break;
                    }
                    continue;
                }
                None => break,
            };
            let (tx, tls, stop) = (tx.clone(), tls.clone(), accepting.clone());
            tokio::spawn(async move {
                let handshake = tls.tls.acceptor().accept(stream);
                let result = tokio::select! {
                    _ = stop.cancelled() => return,
                    r = tokio::time::timeout(handshake_timeout, handshake) => r,
                };
                match result {
                    Ok(Ok(stream)) => {
                        let _ = tx.send(Ok(ServerStream::Tls(Box::new(stream)))).await;
                    }
                    Ok(Err(e)) => (tls.on_failure)(&e),
                    Err(_elapsed) => (tls.on_failure)(&io::Error::new(
                        io::ErrorKind::TimedOut,
                        format!("TLS handshake not finished within {handshake_timeout:?}"),
                    )),
                }
            });
        }
        accepting.cancel();
    });
    let guard = stop.drop_guard();
    futures::stream::unfold((rx, guard), |(mut rx, guard)| async move {
        rx.recv().await.map(|next| (next, (rx, guard)))
    })
}

/// An accepted connection: plain TCP or TLS over it.
pub enum ServerStream {
    /// Plain text.
    Plain(GuardedStream),
    /// TLS (boxed: its state is large).
    Tls(Box<tokio_rustls::server::TlsStream<GuardedStream>>),
}

impl AsyncRead for ServerStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for ServerStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_flush(cx),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

impl tonic::transport::server::Connected for ServerStream {
    type ConnectInfo = tonic::transport::server::TcpConnectInfo;

    fn connect_info(&self) -> Self::ConnectInfo {
        match self {
            ServerStream::Plain(s) => s.inner.connect_info(),
            ServerStream::Tls(s) => s.get_ref().0.inner.connect_info(),
        }
    }
}

/// Serve HTTP/1.1 `service` on `incoming` connections until `shutdown` fires; open
/// connections finish their requests first.
pub async fn serve_http1<S>(
    incoming: futures::stream::BoxStream<'static, io::Result<ServerStream>>,
    service: S,
    read_header_timeout: Duration,
    shutdown: CancellationToken,
    name: &'static str,
) where
    S: hyper::service::Service<
            http::Request<hyper::body::Incoming>,
            Response = http::Response<axum::body::Body>,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    use futures::StreamExt;
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(read_header_timeout)
        .keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut incoming = incoming;
    loop {
        let stream = tokio::select! {
            _ = shutdown.cancelled() => break,
            next = incoming.next() => match next {
                Some(Ok(stream)) => stream,
                Some(Err(e)) => {
                    tracing::debug!(error = %e, "{name}: accept failed");
                    continue;
                }
                None => break,
            },
        };
        let connection =
            http.serve_connection(hyper_util::rt::TokioIo::new(stream), service.clone());
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "{name}: connection ended");
            }
        });
    }
    graceful.shutdown().await;
}

/// A TCP stream that holds a connection slot and times out when idle.
pub struct GuardedStream {
    inner: TcpStream,
    idle_timeout: Duration,
    idle: Pin<Box<Sleep>>,
    open: Gauge,
    _slot: OwnedSemaphorePermit,
}

impl GuardedStream {
    fn new(inner: TcpStream, slot: OwnedSemaphorePermit, limits: &ConnectionLimits) -> Self {
        limits.open.inc();
        GuardedStream {
            inner,
            idle_timeout: limits.idle_timeout,
            idle: Box::pin(tokio::time::sleep(limits.idle_timeout)),
            open: limits.open.clone(),
            _slot: slot,
        }
    }

    fn active(&mut self) {
        let deadline = Instant::now() + self.idle_timeout;
        self.idle.as_mut().reset(deadline);
    }

    /// Pending I/O: an error once the connection has been idle too long.
    fn check_idle<T>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        match self.idle.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "connection idle past receivers.otlp.idle_timeout",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl Drop for GuardedStream {
    fn drop(&mut self) {
        self.open.dec();
    }
}

impl AsyncRead for GuardedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before {
                    self.active();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => self.check_idle(cx),
        }
    }
}

impl AsyncWrite for GuardedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write(cx, buf) {
            Poll::Ready(Ok(n)) => {
                if n > 0 {
                    self.active();
                }
                Poll::Ready(Ok(n))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => self.check_idle(cx),
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
