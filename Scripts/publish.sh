#!/usr/bin/env bash
# Build, check and publish a HonorSite site from any CI (or by hand).
#
#   Scripts/publish.sh                       build + strict check into site/ (no upload)
#   PUBLISH_RSYNC=user@host:/var/www/site/ Scripts/publish.sh
#                                            … then upload site/ with rsync --delete
#
# Environment:
#   HONORSITE_BASE_URL   base URL of this deployment (staging or production); overrides site.yml
#   SITE_ROOT            the site project (content/ and templates/); default: this repository
#   PUBLISH_RSYNC        rsync destination; unset = do not upload
#   DIAGNOSTICS          human (default) or github (annotations in GitHub Actions)
# Exit status: non-zero as soon as a step fails; nothing is uploaded after a failed check.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${SITE_ROOT:-.}
format=${DIAGNOSTICS:-human}

echo "== 1/4 install libcmark-dev (if missing)"
make deps

echo "== 2/4 build the honorsite binary (release)"
swift build -c release --product honorsite
bin=.build/release/honorsite

# SOURCE_DATE_EPOCH = the commit time, so a rebuild of the same commit is byte-identical
# (it fixes "today", which decides which events are upcoming) — for check and build alike.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

echo "== 3/4 check --strict (validation, links, privacy; writes nothing)"
"$bin" check --root "$root" --strict --diagnostics "$format"

echo "== 4/4 build the site into $root/site"
"$bin" build --root "$root" --strict --quiet --diagnostics "$format"

if [ -n "${PUBLISH_RSYNC:-}" ]; then
  echo "== upload to $PUBLISH_RSYNC"
  rsync -rlt --delete --checksum --exclude .honorsite-output "$root/site/" "$PUBLISH_RSYNC"
else
  echo "== PUBLISH_RSYNC not set: site built in $root/site, not uploaded"
fi
