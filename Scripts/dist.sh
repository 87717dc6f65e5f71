#!/usr/bin/env bash
# make dist: one self-contained Linux x86_64 binary in dist/honorsite-<version>-linux-x86_64.tar.gz.
#
# The Swift runtime and Foundation are linked statically (--static-swift-stdlib), and libcmark from
# Debian's static archive (libcmark-dev ships /usr/lib/x86_64-linux-gnu/libcmark.a): a pkg-config file
# used only here points the linker at a folder that holds libcmark.a and no libcmark.so, so the normal
# dynamic build (make build, swift build) is unchanged. Only libc and its usual companions stay dynamic.
#
# Environment: VERSION (required; the Makefile reads it from Sources/HonorSiteCLI/Version.swift),
# GIT_COMMIT (optional), SWIFT (default swift), SOURCE_DATE_EPOCH (tar timestamps; default: commit time).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${VERSION:?VERSION is not set (run make dist)}"
SWIFT=${SWIFT:-swift}
work=$PWD/.build-dist
name=honorsite-$VERSION-linux-x86_64
archive=$(pkg-config --variable=libdir libcmark)/libcmark.a
if [ ! -f "$archive" ]; then
  echo "dist: $archive not found; install libcmark-dev (it ships the static archive)" >&2
  exit 1
fi

mkdir -p "$work/staticlib" "$work/pkgconfig"
ln -sf "$archive" "$work/staticlib/libcmark.a"
cat > "$work/pkgconfig/libcmark.pc" <<PC
Name: libcmark
Description: CommonMark, linked from its static archive (make dist only)
Version: $(pkg-config --modversion libcmark)
Libs: -L$work/staticlib -lcmark
Cflags: $(pkg-config --cflags libcmark)
PC

flags=(-c release --product honorsite --scratch-path "$work/build" --static-swift-stdlib)
[ -n "${GIT_COMMIT:-}" ] && flags+=(-Xcc "-DHONORSITE_GIT_COMMIT=\"$GIT_COMMIT\"")
PKG_CONFIG_PATH=$work/pkgconfig "$SWIFT" build "${flags[@]}"

stage=$work/stage/$name
rm -rf "$work/stage" && mkdir -p "$stage"
cp "$work/build/release/honorsite" "$stage/honorsite"
strip "$stage/honorsite"
cp README.md NOTICE "$stage/"
if [ -d docs/zh ]; then
  mkdir -p "$stage/docs" && cp -R docs/zh "$stage/docs/zh"
else
  echo "dist: docs/zh/ (the Chinese editor's guide) is not in this checkout; the archive has none" >&2
fi

# Refuse a binary that still needs Swift or cmark libraries.
if ldd "$stage/honorsite" | grep -Ei 'swift|cmark|Foundation|dispatch|icu'; then
  echo "dist: the binary links the libraries above dynamically" >&2
  exit 1
fi

# A reproducible archive: sorted names, fixed owner and time, no gzip timestamp.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
mkdir -p dist
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$work/stage" -cf - "$name" \
  | gzip -n -9 > "dist/$name.tar.gz"

"$stage/honorsite" --version
echo "binary: $(stat -c %s "$stage/honorsite") bytes (stripped); archive dist/$name.tar.gz: $(stat -c %s "dist/$name.tar.gz") bytes"
echo "dynamic libraries:"
ldd "$stage/honorsite" | sed 's/ (0x[0-9a-f]*)//; s/^/  /'
