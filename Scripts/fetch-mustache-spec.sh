#!/usr/bin/env bash
# make spec: fetch the official Mustache spec (github.com/mustache/spec) at a pinned
# commit into .mustache-spec/, where the spec tests look after MUSTACHE_SPEC_DIR and
# ../shared/mustache-spec. Only the JSON files the tests run and the LICENSE are kept.
#
#   Scripts/fetch-mustache-spec.sh               fetch unless the pinned copy is there; exit 1 if it cannot
#   Scripts/fetch-mustache-spec.sh --if-missing  do nothing when any spec folder the tests use exists;
#                                                otherwise try to fetch, and only warn when that fails
#                                                (the spec tests then fail and say where they looked)
set -euo pipefail
cd "$(dirname "$0")/.."

# The commit of ../shared/mustache-spec (Jan 2025); change both together.
COMMIT=9cb20c3d6ed32f4b800fd9db36b0706aec485b6a
URL="${MUSTACHE_SPEC_URL:-https://github.com/mustache/spec/archive/$COMMIT.tar.gz}"  # override to test the script
DEST=.mustache-spec
FILES="comments delimiters interpolation inverted partials sections ~inheritance ~dynamic-names"

complete() {  # a folder holding every spec file
  local f
  for f in $FILES; do [ -f "$1/$f.json" ] || return 1; done
}

if [ "${1:-}" = "--if-missing" ]; then
  if [ -n "${MUSTACHE_SPEC_SKIP:-}" ] || [ -n "${MUSTACHE_SPEC_DIR:-}" ] || complete ../shared/mustache-spec || complete "$DEST"; then
    exit 0
  fi
  soft=1
else
  soft=0
fi

if complete "$DEST" && grep -q "$COMMIT" "$DEST/SOURCE" 2>/dev/null; then
  echo "Mustache spec: $DEST is the pinned copy ($COMMIT)"
  exit 0
fi

fail() {
  echo "Mustache spec: $1" >&2
  echo "  Could not fetch $URL; set MUSTACHE_SPEC_DIR to a copy of its specs/ folder instead." >&2
  if [ "$soft" = 1 ]; then exit 0; else exit 1; fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mustache-spec.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "Mustache spec: fetching $URL"
if command -v curl >/dev/null 2>&1; then
  curl -fsSL --connect-timeout 10 --max-time 60 -o "$tmp/spec.tar.gz" "$URL" || fail "download failed (no network?)"
else
  python3 -c 'import sys, urllib.request; open(sys.argv[2], "wb").write(urllib.request.urlopen(sys.argv[1], timeout=60).read())' \
    "$URL" "$tmp/spec.tar.gz" 2>/dev/null || fail "download failed (no network?)"
fi
tar -xzf "$tmp/spec.tar.gz" -C "$tmp" 2>/dev/null || fail "the download is not a tar.gz archive"
src="$tmp/spec-$COMMIT"
mkdir -p "$tmp/out"
for f in $FILES; do
  [ -f "$src/specs/$f.json" ] || fail "the archive has no specs/$f.json"
  python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$src/specs/$f.json" 2>/dev/null \
    || fail "specs/$f.json is not valid JSON"
  cp "$src/specs/$f.json" "$tmp/out/"
done
cp "$src/LICENSE" "$tmp/out/" 2>/dev/null || true
echo "mustache/spec commit $COMMIT, fetched from $URL" > "$tmp/out/SOURCE"
# Into place in one rename, so a broken download never leaves a half copy.
rm -rf "$DEST.old"
[ -e "$DEST" ] && mv "$DEST" "$DEST.old"
mv "$tmp/out" "$DEST"
rm -rf "$DEST.old"
echo "Mustache spec: pinned copy in $DEST"
