#!/usr/bin/env python3
"""Benchmark: HonorSite release builds of gen-corpus sites of 1k, 10k and 30k documents.

For each size: generate the corpus once (../shared/bench/gen-corpus, or $GEN_CORPUS),
copy the demo theme (templates/) beside it, then run `honorsite build --quiet` RUNS
times into an empty output folder, measuring wall time, CPU time (user+sys) and peak
RSS of the child with os.wait4. In the same run, the cmark CLI renders all bodies
concatenated (front matter stripped): the floor for any build that renders that
Markdown with cmark. Medians are printed.

Usage: Scripts/bench.py [--sizes 1000,10000,30000] [--runs 3] [--keep DIR]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "honorsite")


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,30000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="folder for the corpora (reused when present)")
    a = ap.parse_args()
    gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen-corpus"))
    if not os.path.exists(gen):
        sys.exit(f"gen-corpus not found at {gen}; set GEN_CORPUS")
    work = a.keep or tempfile.mkdtemp(prefix="honorsite-bench-")
    rows = []
    for n in [int(s) for s in a.sizes.split(",")]:
        proj = os.path.join(work, f"corpus-{n}")
        if not os.path.exists(os.path.join(proj, "content")):
            subprocess.run([sys.executable, gen, "--docs", str(n), "--out", proj], check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(os.path.join(proj, "templates"), ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(proj, "templates"))
        md = os.path.join(work, f"bodies-{n}.md")
        with open(md, "w", encoding="utf-8") as f:
            f.write(bodies(os.path.join(proj, "content")))
        floor = statistics.median(run(["cmark", md])[0] for _ in range(a.runs))
        walls, cpus, rss = [], [], []
        pages = "?"
        for _ in range(a.runs):
            out = os.path.join(proj, "site")
            shutil.rmtree(out, ignore_errors=True)
            subprocess.run(["sync"])
            w, c, m, err = run([BIN, "build", "--quiet", "--root", proj])
            walls.append(w); cpus.append(c); rss.append(m)
            last = err.strip().splitlines()[-1]
            pages = last.split()[1] if last.startswith("built") else "?"
        w, c, m = statistics.median(walls), statistics.median(cpus), statistics.median(rss)
        rows.append((n, pages, w, c, m, n / w, floor, w / floor))
        print(f"  {n} documents: wall {w:.2f} s (runs: {', '.join(f'{x:.2f}' for x in walls)})", file=sys.stderr)
    print()
    print("| documents | pages | wall s | CPU s | peak MB | docs/s | cmark floor s | wall / floor |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, p, w, c, m, dps, fl, ratio in rows:
        print(f"| {n} | {p} | {w:.2f} | {c:.2f} | {m:.0f} | {dps:.0f} | {fl:.2f} | {ratio:.1f}× |")
    by = {r[0]: r for r in rows}
    if 10000 in by and 30000 in by:
        print(f"\n30k / 10k wall: {by[30000][2] / by[10000][2]:.2f}× (goal ≤ 3.3×)")
    if 10000 in by:
        r = by[10000]
        print(f"10k: {r[7]:.1f}× the cmark floor (goal ≤ 3×), peak {r[4]:.0f} MB (goal ≤ 250 MB)")
    print(f"(medians of {a.runs} runs; corpora in {work})")


if __name__ == "__main__":
    main()
