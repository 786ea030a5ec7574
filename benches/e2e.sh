#!/usr/bin/env bash
# End-to-end benchmark: start agentwatch, drive it with `agentwatch-loadgen` for a fixed time,
# check that every accepted span was scored (by counting the scores table), and print one
# summary line. In the Kafka modes it also prints each process's CPU and peak RSS from the first
# request until the score stage caught up, and (kafka-clickhouse) the score process's INSERTs.
#
#   benches/e2e.sh [MODE] [loadgen options...]
#
# MODE:
#   embedded          one process, embedded bus, SQLite, all four evaluators (default)
#   ingest            the receivers alone: `agentwatch run --role ingest` over a Kafka broker
#                     (tansu, started here) — no scoring, so no scores to count
#   kafka-clickhouse  ingest, one score worker and detect as separate processes over a Kafka
#                     broker (tansu) and ClickHouse (Debian's clickhouse-server), started here
#                     on free loopback ports and stopped by pid at the end
#
# loadgen options go through unchanged, e.g. `--duration 60s --rate 50000 --protocol http`;
# see `agentwatch-loadgen --help`. The defaults here: --duration 30s.
#
# Environment: AGENTWATCH (binary to use; default: build it with cargo's PROFILE and use
# $CARGO_TARGET_DIR/PROFILE/agentwatch), PROFILE (default release: the stripped binary users
# run; `profiling` is the same code with debug info, for `perf record -p` on the server),
# LOADGEN (the load generator; default: agentwatch-loadgen next to AGENTWATCH),
# KEEP=1 keeps the work directory (databases, logs), TANSU (broker binary), EXTRA_CONFIG
# (YAML sections appended to the generated pipeline file, e.g. 'score: {workers: 4}'),
# SECURE=1 (the receivers speak TLS and want a bearer token: certificates and token from
# deploy/gen-certs.sh, the load generator sends with --tls-ca and --token).
set -euo pipefail

mode=embedded
case "${1:-}" in
embedded | ingest | kafka-clickhouse)
    mode=$1
    shift
    ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${AGENTWATCH:-}" ]]; then
    profile=${PROFILE:-release}
    (cd "$root" && cargo build --profile "$profile" --bins --quiet)
    AGENTWATCH=${CARGO_TARGET_DIR:-$root/target}/$profile/agentwatch
fi
LOADGEN=${LOADGEN:-$(dirname "$AGENTWATCH")/agentwatch-loadgen}
work=$(mktemp -d -t agentwatch-e2e.XXXXXX)
pids=()    # every process started here, killed at exit
declare -A pid_names # pid → what it is, for the CPU report
aw_pids=() # the agentwatch ones, stopped gracefully before counting
cleanup() {
    exec 2>/dev/null # no "Killed" job notices
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    wait || true
    if [[ "${KEEP:-0}" == 1 ]]; then echo "work directory kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { # port, what
    for _ in $(seq 1 600); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    echo "e2e: $2 did not listen on 127.0.0.1:$1" >&2
    exit 1
}
# cpu_ticks: "name=ticks:peak_rss_kb" (CPU as user + system clock ticks) of every process
# started here.
cpu_ticks() {
    local pid
    for pid in "${pids[@]}"; do
        [[ -r /proc/$pid/stat ]] || continue
        # Fields 14 and 15 of /proc/PID/stat, counted after the command name's closing ")".
        echo "${pid_names[$pid]:-$pid}=$(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'):$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")"
    done
}
json_field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

# start_agentwatch NAME ROLE: runs `agentwatch run --role ROLE` on $work/pipeline.yaml and sets
# AW_PID, AW_GRPC, AW_HTTP, AW_ADMIN from the line it prints once listening.
start_agentwatch() {
    local name=$1 role=$2
    "$AGENTWATCH" run --config "$work/pipeline.yaml" --role "$role" \
        >"$work/$name.out" 2>"$work/$name.log" &
    AW_PID=$!
    pids+=("$AW_PID")
    pid_names[$AW_PID]=$name
    aw_pids+=("$AW_PID")
    for _ in $(seq 1 1200); do
        if grep -q '"event":"listening"' "$work/$name.out" 2>/dev/null; then break; fi
        if ! kill -0 "$AW_PID" 2>/dev/null; then
            echo "e2e: agentwatch ($name) exited:" >&2
            cat "$work/$name.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    local line
    line=$(grep '"event":"listening"' "$work/$name.out")
    AW_GRPC=$(json_field "$line" otlp_grpc)
    AW_HTTP=$(json_field "$line" otlp_http)
    AW_ADMIN=$(json_field "$line" admin)
}

metric() { # admin address, metric name: the sum of its samples
    curl -sf "http://$1/metrics" | awk -v m="$2" '$1 == m || index($1, m "{") == 1 { s += $2 } END { printf "%d", s }'
}

start_tansu() {
    local tansu=${TANSU:-$(command -v tansu || echo "$HOME/.cargo/bin/tansu")}
    [[ -x "$tansu" ]] || {
        echo "e2e: no tansu broker (scripts/test.sh installs one into ~/.cargo/bin)" >&2
        exit 2
    }
    KAFKA_PORT=$(free_port)
    (cd "$work" && RUST_LOG=warn exec "$tansu" broker --listener-url "tcp://127.0.0.1:$KAFKA_PORT" \
        --advertised-listener-url "tcp://127.0.0.1:$KAFKA_PORT" --storage-engine memory://tansu/ \
        >/dev/null 2>"$work/tansu.log") &
    pids+=($!)
    pid_names[$!]=tansu
    wait_port "$KAFKA_PORT" tansu
}

start_clickhouse() {
    command -v clickhouse-server >/dev/null || {
        echo "e2e: no clickhouse-server (apt-get install clickhouse-server clickhouse-client)" >&2
        exit 2
    }
    CH_HTTP=$(free_port)
    local tcp
    tcp=$(free_port)
    mkdir -p "$work/ch/data"
    cat >"$work/ch/config.xml" <<EOF
<yandex>
  <logger><level>warning</level><console>1</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$CH_HTTP</http_port><tcp_port>$tcp</tcp_port>
  <path>$work/ch/data/</path><tmp_path>$work/ch/data/tmp/</tmp_path>
  <user_files_path>$work/ch/data/user_files/</user_files_path>
  <format_schema_path>$work/ch/data/format_schemas/</format_schema_path>
  <users_config>$work/ch/users.xml</users_config>
  <default_profile>default</default_profile><default_database>default</default_database>
  <timezone>UTC</timezone><mark_cache_size>268435456</mark_cache_size>
</yandex>
EOF
    cat >"$work/ch/users.xml" <<EOF
<yandex>
  <profiles><default></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
EOF
    (cd "$work/ch" && exec clickhouse-server --config-file="$work/ch/config.xml" >"$work/ch/server.log" 2>&1) &
    pids+=($!)
    pid_names[$!]=clickhouse
    CH_TCP=$tcp
    wait_port "$CH_HTTP" clickhouse-server
}

receivers="receivers:
  otlp:
    protocols:
      grpc: {endpoint: 127.0.0.1:0}
      http: {endpoint: 127.0.0.1:0}
admin: {endpoint: 127.0.0.1:0}"
secure_args=()
if [[ "${SECURE:-0}" == 1 ]]; then
    "$root/deploy/gen-certs.sh" "$work/certs" >/dev/null
    tls="tls: {cert_file: $work/certs/server.crt, key_file: $work/certs/server.key}"
    receivers="receivers:
  otlp:
    protocols:
      grpc: {endpoint: 127.0.0.1:0, $tls}
      http: {endpoint: 127.0.0.1:0, $tls}
    auth: {tokens: [{name: e2e, token: \"\${file:$work/certs/ingest.token}\"}]}
admin: {endpoint: 127.0.0.1:0}"
    secure_args=(--tls-ca "$work/certs/ca.crt" --token "$(cat "$work/certs/ingest.token")")
fi

case $mode in
embedded)
    printf '%s\nstore: {kind: sqlite, path: %s}\n' "$receivers" "$work/agentwatch.db" >"$work/pipeline.yaml"
    echo "${EXTRA_CONFIG:-}" >>"$work/pipeline.yaml"
    start_agentwatch agentwatch all
    INGEST_PID=$AW_PID INGEST_GRPC=$AW_GRPC INGEST_HTTP=$AW_HTTP
    admins=("$AW_ADMIN")
    ;;
ingest | kafka-clickhouse)
    start_tansu
    store="store: {kind: sqlite, path: $work/agentwatch.db}"
    if [[ $mode == kafka-clickhouse ]]; then
        start_clickhouse
        store="store: {kind: clickhouse, url: 'http://127.0.0.1:$CH_HTTP', database: agentwatch_e2e}"
    fi
    # One local broker: topics with one replica (the default, 3, is for production clusters).
    printf '%s\nbus: {kind: kafka, brokers: "127.0.0.1:%s", create_topics: {replication_factor: 1}}\n%s\n' \
        "$receivers" "$KAFKA_PORT" "$store" >"$work/pipeline.yaml"
    echo "${EXTRA_CONFIG:-}" >>"$work/pipeline.yaml"
    start_agentwatch ingest ingest
    INGEST_PID=$AW_PID INGEST_GRPC=$AW_GRPC INGEST_HTTP=$AW_HTTP
    admins=("$AW_ADMIN")
    if [[ $mode == kafka-clickhouse ]]; then
        start_agentwatch score score
        admins+=("$AW_ADMIN")
        start_agentwatch detect detect
    fi
    ;;
esac

target=$INGEST_GRPC
for arg in "$@"; do [[ $arg == http || $arg == --protocol=http ]] && target=$INGEST_HTTP; done
defaults=(--duration 30s)
for arg in "$@"; do [[ $arg == --duration* ]] && defaults=(); done
started=$(date +%s.%N)
ticks_before=$(cpu_ticks)
report=$("$LOADGEN" --target "$target" --server-pid "$INGEST_PID" "${defaults[@]}" "${secure_args[@]}" "$@" --json)
echo "$report" >"$work/loadgen.json"
accepted=$(json_field "$report" accepted_spans)

scored=n/a
verdict=""
if [[ $mode != ingest ]]; then
    # Wait for the score stage to catch up (the bus holds what was accepted but not yet
    # written), then stop gracefully so every write is flushed, then count the table.
    score_admin=${admins[-1]}
    for _ in $(seq 1 3000); do
        [[ $(metric "$score_admin" agentwatch_scored_spans_total) -ge $accepted ]] && break
        sleep 0.1
    done
    caught_up=$(date +%s.%N)
    ticks_after=$(cpu_ticks)
    if [[ $mode == kafka-clickhouse ]]; then
        # How large the score process's INSERTs were, and how long they took.
        inserts=$(metric "$score_admin" agentwatch_store_write_duration_seconds_count)
        insert_seconds=$(curl -sf "http://$score_admin/metrics" | awk '$1 == "agentwatch_store_write_duration_seconds_sum" { print $2 }')
        rows=$(metric "$score_admin" agentwatch_store_rows_written_total)
        python3 -c 'import sys; n, s, r = int(sys.argv[1]), float(sys.argv[2] or 0), int(sys.argv[3]); print(f"score INSERTs: {n:,}, {r / max(n, 1):,.0f} rows each on average, {1000 * s / max(n, 1):.0f} ms each, {s:.1f} s in all")' \
            "$inserts" "$insert_seconds" "$rows"
    fi
    for pid in "${aw_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${aw_pids[@]}"; do wait "$pid" || true; done
    if [[ $mode == embedded ]]; then
        scored=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM (SELECT DISTINCT trace_id, span_id FROM scores)").fetchone()[0])' "$work/agentwatch.db")
    else
        scored=$(clickhouse-client --port "$CH_TCP" -q "SELECT uniqExact(trace_id, span_id) FROM agentwatch_e2e.scores")
    fi
fi

python3 - "$mode" "$report" "$scored" "$started" "${caught_up:-}" "${ticks_before:-}" "${ticks_after:-}" "$(getconf CLK_TCK)" <<'EOF'
import json, os, sys
mode, report, scored = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
started, caught_up = float(sys.argv[4]), sys.argv[5]
ticks = [dict(line.split("=") for line in arg.split()) for arg in sys.argv[6:8]]
clk_tck = int(sys.argv[8])
mem = report.get("server") or {}
line = (f"e2e {mode}{' tls+token' if os.environ.get('SECURE') == '1' else ''} {report['protocol']}: {report['accepted_spans_per_s']:,.0f} spans/s accepted"
        f" ({report['offered_spans_per_s']:,.0f} offered, {report['average_span_bytes']:.0f} B/span,"
        f" {report['content_mb_per_s']:.1f} MB/s content), {report['accepted_spans']:,} accepted")
if scored != "n/a":
    ok = int(scored) == report["accepted_spans"]
    line += f", {int(scored):,} scored ({'all' if ok else 'MISSING ' + str(report['accepted_spans'] - int(scored))}"
    if caught_up:
        took = float(caught_up) - started
        line += f" within {took:.1f} s of the first request: {int(scored) / took:,.0f} spans/s scored end to end"
    line += ")"
line += (f"; latency p50 {report['latency_p50_ms']:.0f} ms p99 {report['latency_p99_ms']:.0f} ms;"
         f" pushed back {report['pushed_back_requests']} req, failed {report['failed_requests']};"
         f" server {mem.get('cpu_seconds', 0) / report['elapsed_s']:.2f} cores, {mem.get('cpu_us_per_span', 0):.1f} µs CPU/span;"
         f" RSS peak {mem.get('peak_rss_mb', 0):.0f} MB"
         f" (max {mem.get('max_rss_first_half_mb', 0):.0f} / {mem.get('max_rss_second_half_mb', 0):.0f} MB by half)")
print(line)
if caught_up and len(ticks[1]) > 1:
    # Where the CPU went between the first request and the score stage catching up.
    took = float(caught_up) - started
    cpu = lambda t: int(t.split(":")[0])
    use = {name: (cpu(t) - cpu(ticks[0].get(name, "0"))) / clk_tck for name, t in ticks[1].items()}
    peak = {name: int(t.split(":")[1] or 0) / 1024 for name, t in ticks[1].items()}
    print("CPU from the first request until scored (peak RSS):",
          ", ".join(f"{name} {sec / took:.2f} cores ({sec:.0f} s, {peak[name]:.0f} MB)" for name, sec in use.items()),
          f"— {sum(use.values()) / took:.2f} cores in all over {took:.1f} s")
if report.get("first_failure"):
    print("first failure:", report["first_failure"])
sys.exit(0 if scored == "n/a" or int(scored) == report["accepted_spans"] else 1)
EOF
