#!/usr/bin/env python3
"""Browser test of the site search (make browser-test): headless Chromium over the DevTools protocol.

1. Builds the demo (content/, templates/) under the sub-path /honorsite/, serves it on 127.0.0.1,
   loads /honorsite/search/?q=… for every query in QUERIES and compares the links inside
   #search-results with a substring search (written here, in Python) over the documents' stored
   text (search/x*.js) after folding: full-width ASCII to ASCII, U+3000 to a space, A–Z to a–z.
   Any difference fails the test.
2. Runs Pagefind's extended build (pip install 'pagefind[extended]', a development tool) over the
   same built site (--root-selector main) and the same queries through its JavaScript API, and
   prints both recall figures and both index sizes side by side (reported, not asserted).
3. Opens the honor rolls at 1280 and 390 px and checks that the names of each row line up and
   that no page is wider than the window.
4. With --corpus N (default 1000): builds gen-corpus N with the demo theme, checks the index
   budget (gzipped bytes per document ≤ 1536), repeats generic queries against the substring
   search, and measures the time from typing (an input event) to the first result link on
   screen (next animation frame), reported against the 100 ms goal.

Dev tools only: chromium (apt), websocket-client and pagefind[extended] (pip). Exit 1 on a mismatch.
Usage: Scripts/browser-test.py [--bin PATH] [--corpus N] [--no-pagefind]
"""
import argparse, gzip, http.server, json, os, shutil, socketserver, statistics, subprocess, sys, tempfile, threading
import time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

QUERIES = [
    # names
    "田富", "田大利", "欧阳志远", "欧阳", "陈敏", "丁浩", "王振华", "白晓松", "司文涛",
    # streets and places
    "沙头街道", "沙头", "沙头角", "东门街道", "坂田", "民治街道", "粤海", "福田区",
    # brand names
    "骑士议事厅", "红色驿站", "码上暖蜂", "个转企加油站", "信用红盾", "商圈红管家", "海风驿家", "红链市集", "蜂行守护",
    # 2-, 3- and 4-character terms, longer terms, odd substrings
    "骑手", "驿站", "党建", "培训", "志愿", "小个专", "新就业", "议事厅", "最美骑手", "党建引领", "应急救护", "实训基地",
    "十大最美骑手", "手歇脚", "有处、议事", "小个专”党建",
    # one character
    "田", "富", "骑", "蜂", "站",
    # Latin and digits
    "AI", "ai", "AI夜校", "ai夜", "2025", "2026", "202", "5", "2024年5月", "第一期", "（第一期）",
    # full-width input
    "ＡＩ", "ＡＩ夜校", "２０２５", "　田富", "Ａｉ",
    # nothing / punctuation / spaces
    "不存在的词", "“", "沙头 街道",
]
CORPUS_QUERIES = ["骑手", "驿站", "小哥驿站", "莲塘街道", "议事会", "党员骨干", "圆通速递", "2025", "6169", "骑", "城市的温度",
                  "九成以上", "暖", "服务点位", "ai", "，"]

TYPING_QUERIES = ["田", "骑手", "小哥驿站", "莲塘街道", "党员骨干", "议事会", "2025", "城市的温度", "暖", "服务点位"]


def fold(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 0xFF01 <= c <= 0xFF5E:
            c -= 0xFEE0
        elif c == 0x3000:
            c = 0x20
        if 0x41 <= c <= 0x5A:
            c += 0x20
        out.append(chr(c))
    return "".join(out)


def load_index(site):
    """(docs, texts): the documents of search/index.js and their stored texts."""
    folder = os.path.join(site, "search")
    meta = open(os.path.join(folder, "index.js"), encoding="utf-8").read()
    body = meta[meta.index("=") + 1:].rstrip().rstrip(";")
    index = json.loads(body)
    texts = []
    k = 0
    while os.path.exists(os.path.join(folder, f"x{k}.js")):
        part = open(os.path.join(folder, f"x{k}.js"), encoding="utf-8").read()
        texts += json.loads(part[part.index("=") + 1:].rstrip().rstrip(";"))
        k += 1
    assert len(texts) == len(index["docs"]), "one stored text per document"
    return index["docs"], texts


def expected(query, docs, texts):
    q = fold(query).strip()
    if not q:
        return set()
    return {docs[i][0] for i, t in enumerate(texts) if q in fold(t)}


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = lambda *a, **k: Quiet(*a, directory=folder, **k)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


class Browser:
    """Headless Chromium, one page, driven over the DevTools protocol."""

    def __init__(self):
        import websocket  # websocket-client, a development tool
        self.profile = tempfile.mkdtemp(prefix="hs-chromium-")
        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
             f"--user-data-dir={self.profile}", "--window-size=1280,1000", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and len(open(port_file).read().split()) >= 2:
                break
            time.sleep(0.1)
        port = open(port_file).read().split()[0]
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
        url = next(p["webSocketDebuggerUrl"] for p in pages if p["type"] == "page")
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events = []
        self.call("Page.enable")

    def receive(self, deadline):
        """The next message; an error once `deadline` (time.monotonic) has passed."""
        self.ws.settimeout(max(0.1, deadline - time.monotonic()))
        msg = json.loads(self.ws.recv())
        if "method" in msg:
            self.events.append(msg["method"])
        return msg

    def call(self, method, timeout=30, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{method}: no answer after {timeout} s")
            msg = self.receive(deadline)
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def evaluate(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(json.dumps(r["exceptionDetails"])[:500])
        return r["result"].get("value")

    def open(self, url):
        """Navigates and waits for the load event of the new document."""
        self.events = []
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + 30
        while "Page.loadEventFired" not in self.events:
            if time.monotonic() > deadline:
                raise RuntimeError(f"page did not load: {url}")
            self.receive(deadline)

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


RESULTS_JS = """new Promise((resolve, reject) => {
  const t0 = performance.now();
  (function poll() {
    const status = document.getElementById('search-status'), box = document.getElementById('search-results');
    if (status && status.textContent !== '' && box.getAttribute('aria-busy') === 'false') {
      resolve(Array.from(document.querySelectorAll('#search-results a')).map(a => a.href));
    } else if (performance.now() - t0 > 10000) reject(new Error('no search status after 10 s'));
    else setTimeout(poll, 5);
  })();
})"""

PAGEFIND_JS = """(async (q) => {
  const pf = await import('%spagefind/pagefind.js');
  await pf.options({ baseUrl: '%s' });
  const found = await pf.search(q);
  const data = await Promise.all(found.results.map(r => r.data()));
  return data.map(d => d.url);
})(%s)"""

TYPING_JS = """(async (q) => {
  const input = document.getElementById('search-input'), box = document.getElementById('search-results');
  input.value = ''; input.dispatchEvent(new Event('input'));
  await new Promise(r => setTimeout(r, 50));
  const t0 = performance.now();
  input.value = q; input.dispatchEvent(new Event('input'));
  return await new Promise((resolve, reject) => {
    (function frame() {
      if (box.querySelector('a')) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 5000) reject(new Error('no result for ' + q));
      else requestAnimationFrame(frame);
    })();
  });
})(%s)"""


def site_paths(urls, prefix):
    return [u[len(prefix):] for u in urls if u.startswith(prefix)]


def build(binary, root, out, base_url):
    subprocess.run([binary, "build", "--root", root, "--output", out, "--base-url", base_url, "--quiet"], check=True)


def dir_bytes(folder, gz=False):
    total = 0
    for dirpath, _, names in os.walk(folder):
        for n in names:
            data = open(os.path.join(dirpath, n), "rb").read()
            total += len(gzip.compress(data, 9, mtime=0)) if gz else len(data)
    return total


def pagefind_sizes(folder):
    """(index bytes, everything bytes) of a pagefind/ folder: the index is pagefind-entry.json, *.pf_meta and
    the index/, fragment/ and filter/ folders; the rest is its runtime (JavaScript, WebAssembly) and UI."""
    index = 0
    for dirpath, _, names in os.walk(folder):
        for n in names:
            rel = os.path.relpath(os.path.join(dirpath, n), folder)
            if rel.split(os.sep)[0] in ("index", "fragment", "filter") or n.endswith(".pf_meta") or n == "pagefind-entry.json":
                index += os.path.getsize(os.path.join(dirpath, n))
    return index, dir_bytes(folder)


def run_queries(browser, prefix, queries, docs, texts, pagefind):
    """Per query: (query, expected, ours, pagefind or None)."""
    rows = []
    for q in queries:
        want = expected(q, docs, texts)
        browser.open(prefix + "search/?q=" + urllib.parse.quote(q))
        got = site_paths(browser.evaluate(RESULTS_JS), prefix)
        pf = None
        if pagefind:
            js = PAGEFIND_JS % (prefix, urllib.parse.urlparse(prefix).path, json.dumps(q))
            pf = set(site_paths([urllib.parse.urljoin(prefix, u) for u in browser.evaluate(js)], prefix)) & set(d[0] for d in docs)
        rows.append((q, want, got, pf))
    return rows


def check_facets_and_history(browser, prefix, docs, texts):
    """A kind facet narrows without a new query; submit puts q in the URL; back after a result restores it."""
    failures = 0
    browser.open(prefix + "search/?q=" + urllib.parse.quote("骑手"))
    everything = set(site_paths(browser.evaluate(RESULTS_JS), prefix))
    browser.evaluate("document.querySelector('#search-facets button[data-facet=kind][data-value=riders]').click()")
    riders = set(site_paths(browser.evaluate(RESULTS_JS), prefix))
    want = {p for p in expected("骑手", docs, texts) if p.startswith("riders/")}
    ok = riders == want and everything == expected("骑手", docs, texts)
    print(f"  {'ok  ' if ok else 'FAIL'} facet 最美骑手 narrows {len(everything)} results to {len(riders)} (expected {len(want)})")
    failures += not ok
    browser.evaluate("(() => { const i = document.getElementById('search-input'); i.value = '沙头'; i.form.requestSubmit(); })()")
    url = browser.evaluate("location.href")
    first = browser.evaluate(RESULTS_JS)
    ok = url == prefix + "search/?q=" + urllib.parse.quote("沙头") and set(site_paths(first, prefix)) == expected("沙头", docs, texts)
    print(f"  {'ok  ' if ok else 'FAIL'} submitting 沙头 shows its results at {url}")
    failures += not ok
    browser.open(first[0])  # as a click on the first result would
    browser.evaluate("history.back()")
    for _ in range(400):
        if browser.evaluate("location.href") == url and browser.evaluate("document.readyState") == "complete":
            break
        time.sleep(0.025)
    back = browser.evaluate(RESULTS_JS)
    query = browser.evaluate("document.getElementById('search-input').value")
    ok = back == first and query == "沙头"
    print(f"  {'ok  ' if ok else 'FAIL'} back from {first[0][len(prefix):]} shows the 沙头 results again ({len(back)})")
    failures += not ok
    return failures


def check_file_url(browser, site, docs, texts):
    """From file://: the search page with a relative script URL (as the relative-URL mode writes it)
    loads the index with <script> elements and links to index.html files that exist."""
    page = os.path.join(site, "search", "index.html")
    html = open(page, encoding="utf-8").read()
    relative = os.path.join(site, "search", "file-test.html")
    with open(relative, "w", encoding="utf-8") as f:
        f.write(html.replace('src="/honorsite/search.js"', 'src="../search.js"'))
    root = "file://" + urllib.parse.quote(site) + "/"
    browser.open(root + "search/file-test.html?q=" + urllib.parse.quote("田富"))
    got = browser.evaluate(RESULTS_JS)
    os.remove(relative)
    paths = [u[len(root):] for u in got]
    ok = ({p[:-len("index.html")] for p in paths} == expected("田富", docs, texts)
          and all(os.path.exists(os.path.join(site, urllib.parse.unquote(p))) for p in paths))
    print(f"  {'ok  ' if ok else 'FAIL'} file:// search for 田富: {len(paths)} results, links to existing index.html files")
    return not ok


def report(rows, label):
    failures = 0
    for q, want, got, pf in rows:
        ok = set(got) == want and len(got) == len(set(got))
        failures += not ok
        extra = "" if pf is None else f"  pagefind {len(pf & want)}/{len(want)} (+{len(pf - want)} extra)"
        print(f"  {'ok  ' if ok else 'FAIL'} {q!r:16} expected {len(want):3} got {len(got):3}{extra}")
        if not ok:
            print(f"       missing {sorted(want - set(got))} unexpected {sorted(set(got) - want)}")
    total = sum(len(w) for _, w, _, _ in rows)
    ours = sum(len(set(g) & w) for _, w, g, _ in rows)
    print(f"{label}: {len(rows)} queries, {len(rows) - failures} equal to the substring search; recall {ours}/{total}")
    if rows and rows[0][3] is not None:
        pf_found = sum(len(p & w) for _, w, _, p in rows)
        pf_extra = sum(len(p - w) for _, w, _, p in rows)
        pf_equal = sum(p == w for _, w, _, p in rows)
        print(f"{label}: pagefind recall {pf_found}/{total} ({100 * pf_found / max(1, total):.1f} %), "
              f"{pf_equal}/{len(rows)} queries equal, {pf_extra} results outside the substring set")
    return failures


ROLL_ALIGNMENT_JS = """(() => {
  const problems = [];
  document.querySelectorAll('.roll__names').forEach((list, k) => {
    const rows = new Map();
    list.querySelectorAll('.roll__entry').forEach(e => {
      const top = Math.round(e.getBoundingClientRect().top);
      const name = e.querySelector('.roll__name');
      if (!rows.has(top)) rows.set(top, []);
      rows.get(top).push([name.textContent, Math.round(name.getBoundingClientRect().top)]);
    });
    rows.forEach(names => {
      const tops = new Set(names.map(n => n[1]));
      if (tops.size > 1) problems.push(`roll ${k + 1}: names of one row at different heights: ${names.map(n => n[0] + '@' + n[1]).join(', ')}`);
    });
  });
  if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page wider than the window: ${document.documentElement.scrollWidth} px`);
  return problems;
})()"""


def check_roll_layout(browser, prefix):
    """On screen, the names of one row of an honor roll line up, at 1280 and 390 px (a station name
    on two lines under one name pushed the names of its row out of line at 390 px)."""
    failures = 0
    for width in (1280, 390):
        browser.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 500)
        for year in ("2024", "2025", "2026"):
            problems = browser.evaluate(ROLL_ALIGNMENT_JS) if browser.open(prefix + f"honors/{year}/") is None else []
            for p in problems:
                print(f"honor roll {year} at {width} px: {p}")
            failures += len(problems)
    browser.call("Emulation.clearDeviceMetricsOverride")
    print(f"honor rolls: names aligned in every row at 1280 and 390 px: {'ok' if not failures else 'FAILED'}")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "honorsite"))
    ap.add_argument("--corpus", type=int, default=1000)
    ap.add_argument("--no-pagefind", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="hs-browser-test-")
    server, port = serve(work)
    prefix = f"http://127.0.0.1:{port}/honorsite/"
    browser = Browser()
    failures = 0
    try:
        site = os.path.join(work, "honorsite")
        build(args.bin, ROOT, site, prefix)
        docs, texts = load_index(site)
        ours_raw = dir_bytes(os.path.join(site, "search"))
        ours_gz = dir_bytes(os.path.join(site, "search"), gz=True)
        pagefind = not args.no_pagefind
        if pagefind:
            subprocess.run([sys.executable, "-m", "pagefind", "--site", site, "--root-selector", "main", "--silent"], check=True)
        print(f"demo: {len(docs)} documents, {len(QUERIES)} queries, served at {prefix}")
        failures += report(run_queries(browser, prefix, QUERIES, docs, texts, pagefind), "demo")
        failures += check_facets_and_history(browser, prefix, docs, texts)
        failures += check_file_url(browser, site, docs, texts)
        failures += check_roll_layout(browser, prefix)
        print(f"index size, demo ({len(docs)} documents): HonorSite search/ {ours_raw} bytes ({ours_gz} gzipped; "
              f"search.js {os.path.getsize(os.path.join(site, 'search.js'))} bytes)", end="")
        if pagefind:
            pf_index, pf_all = pagefind_sizes(os.path.join(site, "pagefind"))
            print(f"; Pagefind index {pf_index} bytes (stored compressed), pagefind/ with runtime and UI {pf_all} bytes")
        else:
            print()

        if args.corpus:
            project = os.path.join(work, "corpus")
            gen = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen-corpus"))
            if not os.path.exists(gen):
                gen = "/work/shared/bench/gen-corpus"
            subprocess.run([sys.executable, gen, "--docs", str(args.corpus), "--out", project], check=True, stdout=subprocess.DEVNULL)
            shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(project, "templates"))
            site = os.path.join(work, "c")
            cprefix = f"http://127.0.0.1:{port}/c/"
            build(args.bin, project, site, cprefix)
            docs, texts = load_index(site)
            gz = dir_bytes(os.path.join(site, "search"), gz=True)
            raw = dir_bytes(os.path.join(site, "search"))
            per_doc = gz / len(docs)
            print(f"corpus {len(docs)} documents: index {raw} bytes, {gz} gzipped = {per_doc:.0f} bytes/document "
                  f"(budget 1536) {'ok' if per_doc <= 1536 else 'OVER BUDGET'}")
            failures += per_doc > 1536
            if pagefind:
                subprocess.run([sys.executable, "-m", "pagefind", "--site", site, "--root-selector", "main", "--silent"], check=True)
                pf_index, pf_all = pagefind_sizes(os.path.join(site, "pagefind"))
                print(f"corpus {len(docs)} documents: Pagefind index {pf_index} bytes (stored compressed), "
                      f"pagefind/ with runtime and UI {pf_all} bytes")
            failures += report(run_queries(browser, cprefix, CORPUS_QUERIES, docs, texts, pagefind), f"corpus {len(docs)}")
            # Three rounds, each on a freshly loaded page (its shards not yet loaded); the load average
            # is printed because other work on the machine slows the browser.
            times = {q: [] for q in TYPING_QUERIES}
            for _ in range(3):
                browser.open(cprefix + "search/")
                browser.evaluate(RESULTS_JS)
                for q in TYPING_QUERIES:
                    times[q].append(browser.evaluate(TYPING_JS % json.dumps(q)))
            medians = [statistics.median(times[q]) for q in TYPING_QUERIES]
            print("  " + ", ".join(f"{q} {m:.0f} ms" for q, m in zip(TYPING_QUERIES, medians)))
            print(f"corpus {len(docs)}: typing to first result on screen (median of 3 rounds per query): median {statistics.median(medians):.1f} ms, "
                  f"max {max(medians):.1f} ms over {len(medians)} queries (goal 100 ms; load average {os.getloadavg()[0]:.1f})")
    finally:
        browser.close()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print("browser test: " + ("FAILED" if failures else "passed"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
