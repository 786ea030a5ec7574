#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this), on a fresh machine:
# installs what the tests need, then format check, lints, and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# A fresh clone gains nothing from incremental compilation, and its caches were gigabytes of the
# disk this run needs (a CI run once ran out of disk building the fuzz targets).
export CARGO_INCREMENTAL=0

# The official OpenTelemetry Python SDK, for the interop test (tests/python_sdk.rs), and chDB
# (a current ClickHouse engine, in process) for the current-server half of tests/clickhouse.rs.
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    -r tests/python/requirements.txt
export AGENTWATCH_REQUIRE_PYTHON_OTEL=1 AGENTWATCH_REQUIRE_CHDB=1

# OpenSSL's headers for librdkafka's TLS and SASL/SCRAM support (rdkafka's `ssl` feature
# links the system OpenSSL): libssl-dev and pkg-config, with apt when missing.
if ! pkg-config --exists openssl 2>/dev/null; then
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libssl-dev pkg-config >/dev/null \
        || { $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive \
                 apt-get install -y -qq libssl-dev pkg-config >/dev/null; }
fi

# ClickHouse for tests/clickhouse.rs: Debian's clickhouse-server and clickhouse-client. No
# service is started here: each test starts its own server on free 127.0.0.1 ports with its
# own data folder, and stops it by its process id.
if ! command -v clickhouse-server >/dev/null || ! command -v clickhouse-client >/dev/null; then
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        clickhouse-server clickhouse-client >/dev/null \
        || { $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive \
                 apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null; }
fi
export AGENTWATCH_REQUIRE_CLICKHOUSE=1

# A real browser for the page tests (tests/ui.rs): Debian's chromium and chromium-driver,
# driven headless over WebDriver; nothing is downloaded when the tests run.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
        || { $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive \
                 apt-get install -y -qq chromium chromium-driver >/dev/null; }
fi
export AGENTWATCH_REQUIRE_BROWSER=1

# A Kafka-protocol broker for tests/kafka.rs: tansu (Apache-2.0), built once per machine and
# reused. A debug build without debug info: the tests need a broker, not a fast one, and it
# builds in a fraction of the time. It builds in the background while our code compiles.
TANSU_VERSION=0.6.0
TANSU_ROOT="${TANSU_ROOT:-$HOME/.cache/agentwatch/tansu-$TANSU_VERSION}"
export TANSU="$TANSU_ROOT/bin/tansu"
tansu_build=""
if ! "$TANSU" --version 2>/dev/null | grep -qx "tansu $TANSU_VERSION"; then
    mkdir -p "$TANSU_ROOT"
    CARGO_PROFILE_DEV_DEBUG=0 cargo install tansu --version "$TANSU_VERSION" --locked --debug \
        --features dynostore --root "$TANSU_ROOT" --target-dir "$TANSU_ROOT/target" \
        > "$TANSU_ROOT/install.log" 2>&1 &
    tansu_build=$!
fi
export AGENTWATCH_REQUIRE_KAFKA=1

# No import cycle between the library's top-level modules (the checker checks itself first).
python3 scripts/check_module_cycles.py --self-test
python3 scripts/check_module_cycles.py
cargo fmt --all --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --all-targets --locked --no-run

if [ -n "$tansu_build" ]; then
    if ! wait "$tansu_build"; then
        tail -n 30 "$TANSU_ROOT/install.log" >&2
        echo "installing tansu failed; see $TANSU_ROOT/install.log" >&2
        exit 1
    fi
    rm -rf "$TANSU_ROOT/target"
fi

cargo test --all-targets --locked

# The sample evaluator, added in one folder plus one registry line, behind its test-only
# feature (its default rule would change the defaults every other test expects).
cargo clippy --locked --features sample-evaluator --test sample_evaluator -- -D warnings
cargo test --locked --features sample-evaluator --test sample_evaluator

# The fuzz build is a second, release build of every dependency. The debug build is not needed
# any more; where the disk is short (a CI machine's can be), it makes room for it.
free_kib=$(df --output=avail -k . | tail -n 1 | tr -d ' ')
echo "disk: $(du -sh target 2>/dev/null | cut -f1) in target/, $((free_kib / 1048576)) GiB free"
if [ "$free_kib" -lt $((24 * 1048576)) ]; then
    echo "less than 24 GiB free: removing target/debug before the fuzz build"
    rm -rf target/debug
fi

# A short fuzz run of every target (OTLP protobuf and JSON through to the evaluators, the
# pipeline loader), seeded with real payloads; `scripts/fuzz.sh` runs them for an hour.
# Without a sanitizer: the build is the cost here, not the search.
FUZZ_FLAGS="-s none" FUZZ_SECONDS="${AGENTWATCH_FUZZ_SECONDS:-20}" scripts/fuzz.sh
