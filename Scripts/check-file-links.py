#!/usr/bin/env python3
"""Check that a site built with --relative-urls works when opened from a folder (file://).

Walks every .html file under SITE and checks each href/src/action value:
  * absolute URLs (with a scheme), protocol-relative '//…', mailto:, data: are external: skipped;
  * a root-relative value ('/…') is an error: from a folder it leads to the disk's root;
  * any other value, percent-decoded and without ?query/#fragment, must name an existing
    *file* relative to the page (a folder is an error: no web server adds index.html);
  * a #fragment must be an id="…" (or name="…") on the target page.

Usage: Scripts/check-file-links.py SITE      (make check-file-links)
Exit status 0 when every link resolves, 1 otherwise (each broken link printed).
"""
import html.parser
import os
import sys
import urllib.parse


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.values.append(value)
            if name in ("id", "name") and value:
                self.ids.add(value)


def parse(path, cache={}):
    if path not in cache:
        p = Links()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        cache[path] = p
    return cache[path]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    site = os.path.realpath(sys.argv[1])
    broken, checked, pages = [], 0, 0
    for folder, _, files in os.walk(site):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            page = os.path.join(folder, name)
            rel_page = os.path.relpath(page, site)
            pages += 1
            for value in parse(page).values:
                parts = urllib.parse.urlsplit(value)
                if parts.scheme or value.startswith("//"):
                    continue
                checked += 1
                if value.startswith("/"):
                    broken.append(f"{rel_page}: {value} (root-relative)")
                    continue
                target = page
                if parts.path:
                    target = os.path.normpath(os.path.join(folder, urllib.parse.unquote(parts.path)))
                    if not (target == site or target.startswith(site + os.sep)):
                        broken.append(f"{rel_page}: {value} (leaves the site)")
                        continue
                    if not os.path.isfile(target):
                        what = "a folder, not a file" if os.path.isdir(target) else "no such file"
                        broken.append(f"{rel_page}: {value} ({what})")
                        continue
                fragment = urllib.parse.unquote(parts.fragment)
                if fragment and target.endswith(".html") and fragment not in parse(target).ids:
                    broken.append(f"{rel_page}: {value} (no id '{fragment}')")
    for line in broken:
        print(line)
    print(f"{pages} pages, {checked} internal links, {len(broken)} broken", file=sys.stderr)
    sys.exit(1 if broken or pages == 0 else 0)


if __name__ == "__main__":
    main()
