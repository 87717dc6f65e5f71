#!/usr/bin/env bash
# Formatting with swift-format (part of the Swift 6 toolchain) and the repository's .swift-format.
#
#   Scripts/format.sh          rewrite Sources, Tests and Package.swift in place
#   Scripts/format.sh --lint   report every finding and exit non-zero if there is one (make lint)
#
# Generated files (*.generated.swift) are left as their generators write them, so regenerating
# never produces a formatting diff; Fuzz/ is formatted with the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t paths < <(find Sources Tests Fuzz -name '*.swift' ! -name '*.generated.swift' ! -path '*/.build/*' | LC_ALL=C sort)
paths+=(Package.swift Fuzz/Package.swift)
if ! swift format --version >/dev/null 2>&1; then
  echo "format: 'swift format' is not available (it ships with Swift 6 toolchains)" >&2
  exit 1
fi
case "${1:-}" in
  --lint) exec swift format lint --strict --parallel "${paths[@]}" ;;
  "") exec swift format format --in-place --parallel "${paths[@]}" ;;
  *) echo "usage: Scripts/format.sh [--lint]" >&2; exit 64 ;;
esac
