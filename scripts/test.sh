#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this), on a fresh machine:
# installs what the tests need, then format check, lints, and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The official OpenTelemetry Python SDK, for the interop test (tests/python_sdk.rs).
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    -r tests/python/requirements.txt
export AGENTWATCH_REQUIRE_PYTHON_OTEL=1

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
