#!/usr/bin/env bash
# make bench: build speed and memory on synthetic corpora (see docs/benchmark.md).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cmark >/dev/null 2>&1 || { echo "installing cmark (the reference CLI, for the floor)"; \
  $( [ "$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq cmark >/dev/null; }
command -v python3 >/dev/null 2>&1 || { echo "bench needs python3 (gen-corpus is a Python script)"; exit 1; }
# BENCH_SCRATCH=/path builds there instead of .build (when .build is busy).
if [ -n "${BENCH_SCRATCH:-}" ]; then
  swift build -c release --product honorsite --scratch-path "$BENCH_SCRATCH"
  exec python3 Scripts/bench.py --bin "$BENCH_SCRATCH/release/honorsite" "$@"
fi
swift build -c release --product honorsite
exec python3 Scripts/bench.py "$@"
