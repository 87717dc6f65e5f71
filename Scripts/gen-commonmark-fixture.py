#!/usr/bin/env python3
"""Generate Tests/MarkdownTests/Fixtures/commonmark-spec-0.30.json and random-non-cjk.json.

Every example of the CommonMark spec that ships with cmark 0.30.2 (the version
of Debian's libcmark-dev that HonorSite links), with the HTML that Debian's
`cmark` 0.30.2 command renders for it in safe mode (the default) and with
--unsafe, and with --unsafe after appending a Chinese paragraph. The Markdown tests compare HonorSite's renderer against these
outputs, so the CJK-friendly emphasis pass is shown not to change any example.

Source (not committed; fetch it to regenerate): the Debian source package
cmark 0.30.2-6 (`apt-get source cmark` with a deb-src line for bookworm), file
cmark-0.30.2/test/spec.txt, sha256
b74aec17b162406c847fe0849aaee880c9bbba241e50e09ecb6664f13ce8a7a6
(CommonMark Spec 0.30, 2021-06-19, by John MacFarlane, CC-BY-SA 4.0; see NOTICE).

random-non-cjk.json holds 1,000 random documents without CJK text (a fixed
seed) followed by a Chinese paragraph, with cmark's --unsafe output: HonorSite's
renderer must agree on every one.

Usage: Scripts/gen-commonmark-fixture.py PATH/TO/spec.txt
Needs the `cmark` command 0.30.2 (Debian package cmark), at generation time only.
"""
import hashlib
import json
import subprocess
import sys

FENCE = "`" * 32
EXPECTED_SHA256 = "b74aec17b162406c847fe0849aaee880c9bbba241e50e09ecb6664f13ce8a7a6"
# Appended to every example for a third expectation: with a Chinese paragraph in the
# document the CJK emphasis pass looks at every `*` and `_` of the example.
CHINESE_TAIL = "\n\n中文\n"
OUT = "Tests/MarkdownTests/Fixtures/commonmark-spec-0.30.json"


def examples(text):
    """Yields (number, section, markdown) in spec order (the spec's own test extractor's rules)."""
    section = ""
    number = 0
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#") and not line.startswith(FENCE):
            heading = line.lstrip("#").strip()
            if heading:
                section = heading
        if line.startswith(FENCE + " example"):
            i += 1
            md = []
            while lines[i] != ".":
                md.append(lines[i] + "\n")
                i += 1
            i += 1
            while not lines[i].startswith(FENCE):
                i += 1
            number += 1
            yield number, section, "".join(md).replace("\u2192", "\t")
        i += 1


def cmark(markdown, *flags):
    version = subprocess.run(["cmark", "--version"], capture_output=True, text=True).stdout
    assert "0.30.2" in version, version
    return subprocess.run(["cmark", *flags], input=markdown.encode(), capture_output=True, check=True).stdout.decode()


# Random documents without CJK (but followed by a Chinese paragraph, so the pass
# looks at them): pieces of Markdown syntax, punctuation, a variation selector.
RANDOM_OUT = "Tests/MarkdownTests/Fixtures/random-non-cjk.json"
PIECES = ["*", "**", "_", "__", "\"", "a", "b", " ", "\n", "> ", "- ", "[", "]", "(u)", "`", "\\", "&ast;", ".",
          "# ", "  ", "\t", "(", ")", "1.", "<b>", "![", "&amp;", "\ufe00", "\n\n", "[x]: /u\n", "\u00e9", "\u201c",
          "\u201d", "\u2026"]


def random_documents(count, seed=20261201):
    state = seed
    def next_int():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return state >> 33
    for _ in range(count):
        yield "".join(PIECES[next_int() % len(PIECES)] for _ in range(next_int() % 30)) + CHINESE_TAIL


def main():
    data = open(sys.argv[1], "rb").read()
    if hashlib.sha256(data).hexdigest() != EXPECTED_SHA256:
        sys.exit("spec.txt is not the one of cmark 0.30.2")
    cases = []
    for number, section, md in examples(data.decode()):
        cases.append({"example": number, "section": section, "markdown": md,
                      "html": cmark(md), "htmlUnsafe": cmark(md, "--unsafe"),
                      "htmlWithChineseTail": cmark(md + CHINESE_TAIL, "--unsafe")})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"source": "cmark 0.30.2 test/spec.txt (CommonMark Spec 0.30), CC-BY-SA 4.0",
                   "renderer": "cmark 0.30.2 (Debian cmark 0.30.2-6)", "examples": cases},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases)} examples written to {OUT}")
    docs = [{"markdown": md, "htmlUnsafe": cmark(md, "--unsafe")} for md in random_documents(1000)]
    with open(RANDOM_OUT, "w", encoding="utf-8") as f:
        json.dump({"renderer": "cmark 0.30.2 --unsafe (Debian cmark 0.30.2-6)", "documents": docs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(docs)} random documents written to {RANDOM_OUT}")


if __name__ == "__main__":
    main()
