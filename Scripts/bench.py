#!/usr/bin/env python3
"""Benchmark: HonorSite release builds of gen-corpus sites of 1k, 10k and 30k documents.

For each size: generate the corpus once (../shared/bench/gen-corpus, or $GEN_CORPUS),
copy the demo theme (templates/) beside it, then run `honorsite build --quiet` RUNS
times, each into a new, empty output folder, measuring wall time, CPU time (user+sys)
and peak RSS of the child with os.wait4. In the same run, the cmark CLI renders all
bodies concatenated (front matter stripped): the floor for any build that renders
that Markdown with cmark. Medians are printed. Then, per size, one more build into
the first run's folder measures a rebuild over a previous output ("rebuild s").

Why new folders rather than deleting the previous output before each run: on ext4
without a journal, creating files within a minute of deleting many others is several
times slower (the allocator skips recently freed inodes one by one), so a harness
that deletes 20,000 files right before each timed run measures its own deletion.
The outputs are deleted at the end; a later bench waits until that is a minute past
(see docs/benchmark.md).

Usage: Scripts/bench.py [--sizes 1000,10000,30000] [--runs 3] [--keep DIR] [--bin PATH]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "honorsite")
SETTLE = 65  # seconds after a large deletion before file creation is fast again


def run(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall s, cpu s, peak RSS MB, stderr text)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err.decode()}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, err.decode()


def bodies(content):
    out = []
    for kind in ("brands", "riders", "events"):
        d = os.path.join(content, kind)
        for name in sorted(os.listdir(d)):
            text = open(os.path.join(d, name), encoding="utf-8").read()
            parts = text.split("\n---\n", 1)
            out.append(parts[1] if len(parts) == 2 else text)
    return "\n\n".join(out)


def settle(stamp):
    """Waits until SETTLE seconds have passed since the time recorded in `stamp`."""
    if os.path.exists(stamp):
        left = SETTLE - (time.time() - os.path.getmtime(stamp))
        if left > 0:
            print(f"  waiting {left:.0f} s: outputs were deleted recently (see docs/benchmark.md)", file=sys.stderr)
            time.sleep(left)


def remove_outputs(outs, stamp):
    if os.path.exists(outs):
        print(f"  removing previous outputs in {outs}", file=sys.stderr)
        shutil.rmtree(outs, ignore_errors=True)
        subprocess.run(["sync"])
        open(stamp, "w").close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,30000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="folder for the corpora (reused when present)")
    ap.add_argument("--bin", default=BIN, help="the honorsite executable (default: .build/release/honorsite)")
    a = ap.parse_args()
    gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen-corpus"))
    if not os.path.exists(gen):
        sys.exit(f"gen-corpus not found at {gen}; set GEN_CORPUS")
    work = a.keep or tempfile.mkdtemp(prefix="honorsite-bench-")
    outs = os.path.join(work, "outputs")
    stamp = os.path.join(work, ".outputs-deleted")
    sizes = [int(s) for s in a.sizes.split(",")]

    projects = {}
    for n in sizes:
        proj = os.path.join(work, f"corpus-{n}")
        if not os.path.exists(os.path.join(proj, "content")):
            subprocess.run([sys.executable, gen, "--docs", str(n), "--out", proj], check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(os.path.join(proj, "templates"), ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(proj, "templates"))
        if os.path.exists(os.path.join(proj, "site")):  # from older versions of this script
            shutil.rmtree(os.path.join(proj, "site"), ignore_errors=True)
            open(stamp, "w").close()
        projects[n] = proj
    remove_outputs(outs, stamp)
    settle(stamp)
    os.makedirs(outs, exist_ok=True)

    rows = []
    for n in sizes:
        proj = projects[n]
        md = os.path.join(work, f"bodies-{n}.md")
        with open(md, "w", encoding="utf-8") as f:
            f.write(bodies(os.path.join(proj, "content")))
        floor = statistics.median(run(["cmark", md])[0] for _ in range(a.runs))
        walls, cpus, rss = [], [], []
        pages = "?"
        for r in range(a.runs):
            out = os.path.join(outs, f"{n}-{r}")
            subprocess.run(["sync"])
            w, c, m, err = run([a.bin, "build", "--quiet", "--root", proj, "--output", out])
            walls.append(w); cpus.append(c); rss.append(m)
            last = err.strip().splitlines()[-1]
            pages = last.split()[1] if last.startswith("built") else "?"
        w, c, m = statistics.median(walls), statistics.median(cpus), statistics.median(rss)
        rows.append([n, pages, w, c, m, n / w, floor, w / floor, None])
        print(f"  {n} documents: wall {w:.2f} s (runs: {', '.join(f'{x:.2f}' for x in walls)})", file=sys.stderr)

    # Rebuilds over the first run's output: unchanged files are hard-linked, the old
    # tree is removed by a detached process; wait for it before the next size.
    waited = False
    for row in rows:
        n = row[0]
        out = os.path.join(outs, f"{n}-0")
        if waited:
            open(stamp, "w").close()
            settle(stamp)  # the previous rebuild's old tree was just deleted
        subprocess.run(["sync"])
        w, _, _, _ = run([a.bin, "build", "--quiet", "--root", projects[n], "--output", out])
        row[8] = w
        print(f"  {n} documents, rebuild: wall {w:.2f} s", file=sys.stderr)
        parent, name = os.path.split(out)
        waited = False
        while any(e.startswith(f".{name}.old-") for e in os.listdir(parent)):
            waited = True
            time.sleep(0.5)
    remove_outputs(outs, stamp)

    print()
    print("| documents | pages | wall s | CPU s | peak MB | docs/s | cmark floor s | wall / floor | rebuild s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, p, w, c, m, dps, fl, ratio, rebuild in rows:
        print(f"| {n} | {p} | {w:.2f} | {c:.2f} | {m:.0f} | {dps:.0f} | {fl:.2f} | {ratio:.1f}× | {rebuild:.2f} |")
    by = {r[0]: r for r in rows}
    if 10000 in by and 30000 in by:
        print(f"\n30k / 10k wall: {by[30000][2] / by[10000][2]:.2f}× (goal ≤ 3.3×)")
    if 10000 in by:
        r = by[10000]
        print(f"10k: {r[7]:.1f}× the cmark floor (goal ≤ 3×), peak {r[4]:.0f} MB (goal ≤ 250 MB)")
    print(f"(medians of {a.runs} runs into new output folders; rebuild: one build over the first run's output; corpora in {work})")


if __name__ == "__main__":
    main()
