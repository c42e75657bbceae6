#!/usr/bin/env bash
# One-command entry points for a fresh Debian 12 machine:
#   bash packaging/quickstart.sh demo   install what is missing, build, open the app on a demo dataset
#   bash packaging/quickstart.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  demo|test) ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

# The test run may use another preset (CI runs the suite once, under the sanitizers: BURNRATE_PRESET=asan).
preset=dev
if [ "$mode" = test ]; then preset="${BURNRATE_PRESET:-dev}"; fi

bash packaging/install-deps.sh
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake --preset "$preset" "${launcher[@]}" >/dev/null
cmake --build --preset "$preset"

if [ "$mode" = test ]; then
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  exec ctest --preset "$preset" -j "$(nproc)"
fi

db="${BURNRATE_DEMO_DB:-$HOME/.local/share/burnrate/demo.db}"
if [ -e "$db" ] && [ ! -s "$db" ]; then rm -f "$db"; fi # an empty file is not a database: start afresh
if [ ! -s "$db" ]; then
  ./build/dev/bin/burnrate --db "$db" demo
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Burnrate under xvfb-run (use --screenshot to look at a page)." >&2
  exec xvfb-run -a ./build/dev/bin/burnrate --db "$db"
fi
exec ./build/dev/bin/burnrate --db "$db"
