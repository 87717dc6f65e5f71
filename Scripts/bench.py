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

Photos: the demo site plus --photos phone-like JPEGs (1600×1200, about 0.1 MB, with EXIF GPS,
so every one is cleaned on the way out) is built with and without the photos; the
difference ("media s") is compared with copying the same files (`cp -r`, into a new
folder each time; on /dev/shm when it is writable, see --photo-dir). Goal: media s ≤ 1.2 × copy s. Also printed: the median of each round's
own ratio (media s / copy s of one round of cp, build with, build without), steadier on a
disk whose file creation speed changes over time. Needs Pillow and piexif (pip), a
development tool only; without them the photo row is skipped.

Search index: the size of the first run's search/ folder (raw and gzipped, per document), and
one more build with a copy of the theme without search.mustache (no search page, no index):
the difference of wall times is what the index costs.

Usage: Scripts/bench.py [--sizes 1000,10000,30000] [--runs 3] [--photos 500] [--keep DIR] [--bin PATH]
"""
import argparse, gzip, os, shutil, statistics, subprocess, sys, tempfile, time

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


def index_size(site):
    """(bytes, gzipped bytes) of the site's search/ folder."""
    raw = packed = 0
    folder = os.path.join(site, "search")
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        data = open(os.path.join(folder, name), "rb").read()
        raw += len(data)
        packed += len(gzip.compress(data, 9, mtime=0))
    return raw, packed


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
    ap.add_argument("--photos", type=int, default=500, help="photos in the media corpus (0: skip)")
    ap.add_argument("--photo-dir", help="folder for the photo row's projects and outputs (default: /dev/shm when "
                    "writable, a memory file system, else the corpus folder)")
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
        plain = os.path.join(work, f"corpus-{n}-no-search")  # the same content with a theme without search
        shutil.rmtree(plain, ignore_errors=True)
        os.makedirs(plain)
        shutil.copytree(os.path.join(proj, "content"), os.path.join(plain, "content"))  # (links out are refused)
        shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(plain, "templates"))
        os.remove(os.path.join(plain, "templates", "search.mustache"))
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
        raw, packed = index_size(os.path.join(outs, f"{n}-0"))
        plain_wall = run([a.bin, "build", "--quiet", "--root", os.path.join(work, f"corpus-{n}-no-search"),
                          "--output", os.path.join(outs, f"{n}-no-search")])[0]
        rows.append([n, pages, w, c, m, n / w, floor, w / floor, None, raw, packed, plain_wall])
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
    photo_row = photo_bench(a, work) if a.photos else None
    remove_outputs(outs, stamp)

    print()
    print("| documents | pages | wall s | CPU s | peak MB | docs/s | cmark floor s | wall / floor | rebuild s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, p, w, c, m, dps, fl, ratio, rebuild, *_ in rows:
        print(f"| {n} | {p} | {w:.2f} | {c:.2f} | {m:.0f} | {dps:.0f} | {fl:.2f} | {ratio:.1f}× | {rebuild:.2f} |")
    print()
    print("| documents | search index MB | gzipped MB | gzipped bytes/doc (budget 1536 at 1k) | wall s without search | index cost s |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, p, w, *_, raw, packed, plain_wall in rows:
        print(f"| {n} | {raw / 1e6:.2f} | {packed / 1e6:.2f} | {packed / n:.0f} | {plain_wall:.2f} | {w - plain_wall:.2f} |")
    by = {r[0]: r for r in rows}
    if 10000 in by and 30000 in by:
        print(f"\n30k / 10k wall: {by[30000][2] / by[10000][2]:.2f}× (goal ≤ 3.3×)")
    if 10000 in by:
        r = by[10000]
        print(f"10k: {r[7]:.1f}× the cmark floor (goal ≤ 3×), peak {r[4]:.0f} MB (goal ≤ 250 MB)")
    if photo_row:
        n, mb, (copy, with_, without), (copy_cpu, with_cpu, without_cpu), ratios = photo_row
        media, media_cpu = with_ - without, with_cpu - without_cpu
        q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
        print()
        print("| photos | MB | copy s | build s | build without photos s | media s | media / copy | per round (quartiles) | media CPU / copy CPU |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(f"| {n} | {mb:.0f} | {copy:.3f} | {with_:.3f} | {without:.3f} | {media:.3f} | {media / copy:.2f}× "
              f"| {q[1]:.2f}× ({q[0]:.2f}–{q[2]:.2f}) | {media_cpu:.3f} / {copy_cpu:.3f} s = {media_cpu / copy_cpu:.2f}× |")
        print(f"photos: media handling {media:.3f} s for {n} photos, {media / copy:.2f}× the copy time; "
              f"per round {q[1]:.2f}× (goal ≤ 1.2×)")
    print(f"(medians of {a.runs} runs into new output folders; rebuild: one build over the first run's output; corpora in {work})")


def make_photos(folder, count):
    """count phone-like JPEGs (1600×1200 drawn scenes with noise, EXIF GPS, orientation 6) in folder."""
    import io, random
    import piexif
    from PIL import Image, ImageDraw, ImageFilter
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(15)
    bases = []
    for k in range(8):
        im = Image.new("RGB", (1600, 1200), (rng.randrange(100, 220), rng.randrange(150, 230), rng.randrange(200, 250)))
        d = ImageDraw.Draw(im)
        for _ in range(60):
            x, y = rng.randrange(0, 1600), rng.randrange(300, 1200)
            d.rectangle([x, y, x + rng.randrange(40, 200), 1200], fill=tuple(rng.randrange(40, 200) for _ in range(3)))
        noise = Image.effect_noise((1600, 1200), 18).convert("RGB")
        im = Image.blend(im, noise, 0.12).filter(ImageFilter.SMOOTH)
        bases.append(im)
    for i in range(count):
        exif = piexif.dump({
            "0th": {piexif.ImageIFD.Make: b"BenchPhone", piexif.ImageIFD.Model: b"BP-%d" % (i % 7), piexif.ImageIFD.Orientation: 6},
            "Exif": {piexif.ExifIFD.BodySerialNumber: b"SN%06d" % i},
            "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((22, 1), (i % 60, 1), (i, 100)),
                    piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((114, 1), (3, 1), (i, 100))}})
        b = io.BytesIO()
        bases[i % len(bases)].save(b, "JPEG", quality=80 + i % 5, exif=exif)
        open(os.path.join(folder, f"photo-{i:04d}.jpg"), "wb").write(b.getvalue())


def photo_bench(a, work):
    """Median (copy s, build s with photos, build s without) for the demo site plus a.photos photos."""
    try:
        import PIL, piexif  # noqa: F401
    except ImportError:
        print("  photos: skipped (pip install Pillow piexif)", file=sys.stderr)
        return None
    # The projects and outputs go on a memory file system when there is one: on a disk, file
    # creation slows down for minutes after large deletions (ext4 looks for inodes not freed
    # recently, and a `discard` mount trims), for cp as for the build, by factors up to 5.
    base = a.photo_dir or ("/dev/shm" if os.access("/dev/shm", os.W_OK) else work)
    place = tempfile.mkdtemp(prefix="honorsite-bench-photos-", dir=base)
    print(f"  photo row in {place}", file=sys.stderr)
    try:
        return photo_rounds(a, work, place)
    finally:
        shutil.rmtree(place, ignore_errors=True)


def photo_rounds(a, work, place):
    plain = os.path.join(place, "demo")
    photos = os.path.join(place, f"demo-photos-{a.photos}")
    outs = os.path.join(place, "outputs")
    os.makedirs(outs)
    for proj in (plain, photos):
        shutil.rmtree(proj, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "content"), os.path.join(proj, "content"))
        shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(proj, "templates"))
    cache = os.path.join(work, f"photos-{a.photos}")
    if not os.path.exists(os.path.join(cache, f"photo-{a.photos - 1:04d}.jpg")):
        print(f"  drawing {a.photos} photos (once; kept in {cache})", file=sys.stderr)
        make_photos(cache, a.photos)
    shutil.copytree(cache, os.path.join(photos, "content", "media", "bench"))
    source = os.path.join(place, "photos")
    shutil.copytree(cache, source)
    mb = sum(os.path.getsize(os.path.join(cache, f)) for f in os.listdir(cache)) / 1e6
    # interleaved, at least 5 runs each: wall (and CPU, steadier on a busy machine)
    walls, cpus = ([], [], []), ([], [], [])
    for r in range(max(a.runs, 5)):
        for k, cmd in enumerate([["cp", "-r", source, os.path.join(outs, f"copy-{r}")],
                                 [a.bin, "build", "--quiet", "--root", photos, "--output", os.path.join(outs, f"photos-{r}")],
                                 [a.bin, "build", "--quiet", "--root", plain, "--output", os.path.join(outs, f"plain-{r}")]]):
            subprocess.run(["sync"])
            w, c, _, _ = run(cmd)
            walls[k].append(w); cpus[k].append(c)
            shutil.rmtree(cmd[-1])
    med = statistics.median
    wall, cpu = tuple(med(x) for x in walls), tuple(med(x) for x in cpus)
    # Each round's own ratio: the three runs of a round meet the same state of the disk (file creation
    # slows for a while after large deletions, for cp as for the build), so this is the steadier figure.
    ratios = [(w - o) / c for c, w, o in zip(*walls)]
    print(f"  {a.photos} photos ({mb:.0f} MB): copy {wall[0]:.2f} s, build {wall[1]:.2f} s, without photos {wall[2]:.2f} s "
          f"(CPU {cpu[0]:.2f}, {cpu[1]:.2f}, {cpu[2]:.2f} s)", file=sys.stderr)
    return a.photos, mb, wall, cpu, ratios


if __name__ == "__main__":
    main()
