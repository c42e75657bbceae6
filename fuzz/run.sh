#!/bin/sh
# Builds the libFuzzer targets with CMake (the `fuzz` preset: clang-14, -DBURNRATE_FUZZ=ON, ASan + UBSan)
# and runs each for a bounded time, one after the other, starting from the seed corpus in
# fuzz/corpus/<target>/. Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#   OUT=dir      build folder (default build/fuzz); NOBUILD=1 skips the build
#   JOBS=n       build jobs (default 2)
#   KEEPGOING=1  libFuzzer fork mode: record a crash and go on fuzzing for the whole time
# Exit status: 0 when no target crashed; crashes are left in $OUT/artifacts/<target>/, logs in $OUT/fuzz_<target>.log.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/build/fuzz}
SECS=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-"openai anthropic litellm prometheus requestlog importstore aws gcpbilling"}
JOBS=${JOBS:-2}

if [ "${NOBUILD:-0}" != 1 ]; then
    cmake -S "$ROOT" -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" \
        -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" -DBURNRATE_FUZZ=ON -DBURNRATE_BUILD_UI=OFF \
        -DBURNRATE_BUILD_TESTS=OFF -DBURNRATE_BUILD_BENCH=OFF >/dev/null
    cmake --build "$OUT" --target fuzzers -j "$JOBS"
fi

failed=""
for t in $TARGETS; do
    bin="$OUT/fuzz/fuzz_$t"
    [ -x "$bin" ] || { echo "no fuzz target $bin"; exit 2; }
    corpus="$OUT/corpus/$t"
    mkdir -p "$corpus" "$OUT/artifacts/$t"
    cp -n "$ROOT/fuzz/corpus/$t"/* "$corpus"/ 2>/dev/null || true
    echo "== fuzz_$t: running for $SECS s"
    mode=""
    [ "${KEEPGOING:-0}" = 1 ] && mode="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
    # shellcheck disable=SC2086
    if ! "$bin" $mode -max_total_time="$SECS" -max_len=131072 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$OUT/artifacts/$t/" -print_final_stats=1 "$corpus" > "$OUT/fuzz_$t.log" 2>&1; then
        echo "!! fuzz_$t found a problem: see $OUT/fuzz_$t.log and $OUT/artifacts/$t/"
        failed="$failed $t"
    fi
    grep -E "^stat::number_of_executed_runs|^stat::average_exec_per_sec|^Done|ERROR|cov: " "$OUT/fuzz_$t.log" \
        | grep -v "^#.*NEW\|REDUCE\|pulse" | tail -6
done
if [ -n "$failed" ]; then
    echo "crashes in:$failed"
    exit 1
fi
echo "no crashes"
