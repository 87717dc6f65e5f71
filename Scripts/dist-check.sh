#!/usr/bin/env bash
# Checks a `make dist` archive the way a user without a Swift toolchain meets it:
# unpack it, remove the toolchain's folders from PATH and LD_LIBRARY_PATH, then
# `honorsite init`, `build`, `new rider zhang-san --name 张三`, fill in the rider and build --strict.
# Also checks that ldd lists no Swift, Foundation or cmark library.
#
# Usage: Scripts/dist-check.sh dist/honorsite-<version>-linux-x86_64.tar.gz   (make dist-check)
# Takes a few seconds once the archive exists; CI runs `make dist-check` as its own step.
set -euo pipefail
archive=$(realpath "${1:?usage: $0 ARCHIVE}")
tmp=$(mktemp -d /tmp/honorsite-dist-check.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "dist-check: FAIL: $*" >&2; exit 1; }

tar -xzf "$archive" -C "$tmp"
bin=$(echo "$tmp"/honorsite-*/honorsite)
[ -x "$bin" ] || fail "no honorsite executable in $archive"
for f in README.md NOTICE; do [ -f "$(dirname "$bin")/$f" ] || fail "$f missing from the archive"; done

if ldd "$bin" | grep -Ei 'swift|cmark|Foundation|dispatch|icu'; then fail "ldd lists the libraries above"; fi
echo "ldd: $(ldd "$bin" | awk '{print $1}' | tr '\n' ' ')"

# PATH and LD_LIBRARY_PATH without any folder holding the Swift toolchain (swift, swiftc, libswiftCore.so).
strip_toolchain() {
  local out=() dir
  IFS=: read -ra dirs <<< "${1:-}"
  for dir in "${dirs[@]}"; do
    [ -z "$dir" ] && continue
    if [ -e "$dir/swift" ] || [ -e "$dir/swiftc" ] || [ -e "$dir/libswiftCore.so" ] || [ -d "$dir/swift" ] \
       || [[ "$dir" == *swift* ]]; then continue; fi
    out+=("$dir")
  done
  (IFS=:; echo "${out[*]}")
}
clean_path=$(strip_toolchain "$PATH")
clean_ld=$(strip_toolchain "${LD_LIBRARY_PATH:-}")
mkdir -p "$tmp/bin" && ln -s "$bin" "$tmp/bin/honorsite"

env -i HOME="$tmp" LANG=C.UTF-8 PATH="$tmp/bin:$clean_path" LD_LIBRARY_PATH="$clean_ld" SITE="$tmp/x" bash -euo pipefail -c '
  if command -v swift >/dev/null; then echo "swift is still on PATH" >&2; exit 1; fi
  honorsite --version
  honorsite init "$SITE"
  cd "$SITE"
  honorsite build
  honorsite new rider zhang-san --name 张三
  # Fill in the placeholders, as an editor would, and publish it.
  sed -i -e "s/^district: .*/district: 福田区/" -e "s/^  - title: .*/  - title: 十大最美骑手/" \
         -e "s/^draft: true/draft: false/" content/riders/zhang-san.md
  honorsite build --strict
  test -f site/riders/zhang-san/index.html
  grep -q 张三 site/riders/zhang-san/index.html
' || fail "the unpacked binary did not init, build and add a rider (output above)"
echo "dist-check: OK ($archive)"
