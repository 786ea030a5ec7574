#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this), on a fresh machine:
# installs what the tests need, then format check, lints, and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The official OpenTelemetry Python SDK, for the interop test (tests/python_sdk.rs).
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    -r tests/python/requirements.txt
export AGENTWATCH_REQUIRE_PYTHON_OTEL=1

cargo fmt --all --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --all-targets --locked
