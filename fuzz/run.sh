#!/bin/sh
# Builds the libFuzzer targets standalone with clang-14 (ASan + UBSan) and runs each for a bounded
# time with seed corpora copied from tests/data. Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Exit status: 0 when no target crashed; crashes are left in build/fuzz/artifacts/<target>/.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/build/fuzz}
SECS=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-"openai anthropic litellm prometheus requestlog"}
CXX=${CXX:-clang++-14}
JOBS=${JOBS:-2}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
FLAGS="-std=c++20 -g -O1 $SAN -fsanitize=fuzzer-no-link -include $OUT/fuzzconfig.h -I$ROOT/core"

mkdir -p "$OUT/obj" "$OUT/bin"
echo '#define BURNRATE_VERSION "fuzz"' > "$OUT/fuzzconfig.h"
cmake -DINPUT="$ROOT/resources/prices/catalog.json" -DOUTPUT="$OUT/catalog_data.cpp" -P "$ROOT/core/embed.cmake"

# The whole engine (the request-log parser lives beside its importer, which needs the store).
SOURCES=$(ls "$ROOT"/core/*/*.cpp)
echo "compiling core for fuzzing ($(echo "$SOURCES" | wc -l) files, -j$JOBS)..."
for s in $SOURCES "$OUT/catalog_data.cpp"; do echo "$s"; done | xargs -P "$JOBS" -I{} sh -c '
    src={}; obj="'"$OUT"'/obj/$(echo "$src" | sed "s|/|_|g").o"
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then '"$CXX $FLAGS"' -c "$src" -o "$obj" || exit 255; fi'

failed=""
for t in $TARGETS; do
    echo "== fuzz_$t: linking"
    $CXX $FLAGS -fsanitize=fuzzer "$ROOT/fuzz/fuzz_$t.cpp" "$OUT"/obj/*.o -lsqlite3 -lcurl -lpthread -o "$OUT/bin/fuzz_$t"
    corpus="$OUT/corpus/$t"
    mkdir -p "$corpus" "$OUT/artifacts/$t"
    case $t in
        openai) seeds="$ROOT/tests/data/openai" ;;
        anthropic) seeds="$ROOT/tests/data/anthropic" ;;
        litellm) seeds="$ROOT/tests/data/litellm" ;;
        prometheus) seeds="$ROOT/tests/data/prometheus" ;;
        requestlog) seeds="$ROOT/tests/data/import" ;;
    esac
    cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
    echo "== fuzz_$t: running for $SECS s"
    if ! "$OUT/bin/fuzz_$t" -max_total_time="$SECS" -max_len=131072 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$OUT/artifacts/$t/" -print_final_stats=1 "$corpus" > "$OUT/fuzz_$t.log" 2>&1; then
        echo "!! fuzz_$t found a problem: see $OUT/fuzz_$t.log and $OUT/artifacts/$t/"
        failed="$failed $t"
    fi
    grep -E "^stat::number_of_executed_runs|^Done|ERROR" "$OUT/fuzz_$t.log" | head -5
done
if [ -n "$failed" ]; then
    echo "crashes in:$failed"
    exit 1
fi
echo "no crashes"
