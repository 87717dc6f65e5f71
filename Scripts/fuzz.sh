#!/usr/bin/env bash
# Fuzzing (issue 17): builds the libFuzzer targets of Fuzz/ (a separate package, so the main
# package's build and tests are unaffected) and runs each for FUZZ_SECONDS seconds.
#
#   Scripts/fuzz.sh                 every target, FUZZ_SECONDS (default 60) each
#   Scripts/fuzz.sh FuzzMustache    one target
#   FUZZ_SECONDS=5 Scripts/fuzz.sh  the short run CI does
#
# Corpora grow in Fuzz/.build/corpus/<target> (seeded from Fuzz/seeds/<target> and the demo
# project); crashes, leaks and timeouts are written to Fuzz/.build/artifacts/<target>/ and
# make the script exit 1. Needs a Swift toolchain with libFuzzer (swift.org Linux toolchains).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${FUZZ_SECONDS:-60}
CONFIG=${FUZZ_CONFIG:-release}
TARGETS=(FuzzFrontMatter FuzzMustache FuzzData FuzzPrivacy FuzzCompile)
[ $# -gt 0 ] && TARGETS=("$@")

if [ "$(uname -s)" != Linux ]; then echo "fuzz: libFuzzer targets are built on Linux only; skipped"; exit 0; fi
TOOLCHAIN=$(dirname "$(readlink -f "$(command -v swift)")")/..
if ! ls "$TOOLCHAIN"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 \
   && ! ls "$TOOLCHAIN"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz: this Swift toolchain has no libFuzzer runtime (libclang_rt.fuzzer); skipped"; exit 0
fi
echo "fuzz: building Fuzz/ ($CONFIG, -sanitize=fuzzer,address)"
mkdir -p Fuzz/.build
if ! (cd Fuzz && swift build -c "$CONFIG" -Xswiftc -sanitize=fuzzer,address) >Fuzz/.build/build.log 2>&1; then
    grep -E "error" Fuzz/.build/build.log | head -20; echo "fuzz: the build failed (Fuzz/.build/build.log)"; exit 1
fi
BIN=Fuzz/.build/$CONFIG

# Seeds from the demo project: every content file for the parsers and the privacy scanner,
# every template for the Mustache target, and one whole project for the compile target.
seed() {
    local t=$1 dir=Fuzz/.build/corpus/$1
    mkdir -p "$dir"
    cp Fuzz/seeds/"$t"/* "$dir"/ 2>/dev/null || true
    case $t in
        FuzzFrontMatter|FuzzPrivacy) for f in content/*.yml content/*/*.md content/data/*.yml; do cp "$f" "$dir/demo-$(basename "$f")"; done ;;
        FuzzData) for f in content/site.yml content/data/*.yml; do cp "$f" "$dir/demo-$(basename "$f")"; done ;;
        FuzzMustache) for f in templates/*.mustache templates/partials/*.mustache; do cp "$f" "$dir/demo-$(basename "$f")"; done ;;
        FuzzCompile)
            local sep=$'\n=====\n' parts=()
            parts+=("$(cat content/site.yml)" "$(cat content/pages/about.md)")
            parts+=("$(cat "$(ls content/events/*.md | head -1)")" "$(cat "$(ls content/riders/*.md | head -1)")")
            parts+=("$(cat "$(ls content/brands/*.md | head -1)")" "$(cat content/data/stats.yml)")
            local joined="${parts[0]}"
            for p in "${parts[@]:1}"; do joined+="$sep$p"; done
            printf '%s\n' "$joined" > "$dir/demo-project" ;;
    esac
}

status=0
for t in "${TARGETS[@]}"; do
    seed "$t"
    mkdir -p "Fuzz/.build/artifacts/$t"
    log=Fuzz/.build/$t.log
    # -timeout: one input may take at most 10 s (a hang is a finding); -rss_limit_mb: 2 GB.
    if "$BIN/$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="Fuzz/.build/artifacts/$t/" -print_final_stats=1 \
        "Fuzz/.build/corpus/$t" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and Fuzz/.build/artifacts/$t/)"; status=1
    fi
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "fuzz: $t: ${runs:-?} executions in ${SECONDS_EACH} s: $result"
done
exit $status
