#!/usr/bin/env bash
# Run the fuzz targets (fuzz/fuzz_targets/) with libFuzzer through cargo-fuzz.
#   scripts/fuzz.sh                 every target for FUZZ_SECONDS each (default 1200: an hour in all)
#   scripts/fuzz.sh otlp_json 600   one target for 10 minutes
# The seeds are fuzz/corpus/<target>/ (real payloads and pipeline files); inputs that reach new
# code collect in fuzz/corpus-work/<target>/ (not committed). A crash is saved under
# fuzz/artifacts/<target>/ with the command that reproduces it: add the input to
# fuzz/corpus/<target>/ with the fix, and tests/fuzz_corpus.rs replays it in the normal suite. cargo-fuzz needs nightly
# flags: RUSTC_BOOTSTRAP lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
export RUSTC_BOOTSTRAP=1

targets=(otlp_protobuf otlp_json config)
seconds="${FUZZ_SECONDS:-1200}"
if [ $# -ge 1 ]; then
    targets=("$1")
    seconds="${2:-$seconds}"
fi
for target in "${targets[@]}"; do
    echo "fuzzing $target for ${seconds}s"
    # -rss_limit_mb: a decode that allocates past it is a finding, not a slow machine.
    mkdir -p "fuzz/corpus-work/$target"
    # FUZZ_FLAGS: extra cargo-fuzz options, e.g. "-s none" (no sanitizer: a faster build, as CI uses).
    # shellcheck disable=SC2086
    cargo fuzz run ${FUZZ_FLAGS:-} --fuzz-dir fuzz "$target" "fuzz/corpus-work/$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1
done
