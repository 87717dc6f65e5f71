#!/usr/bin/env python3
"""Generate Sources/HonorSiteCore/Theme/DefaultTheme.generated.swift from templates/.

templates/ in the repository is the source of truth for the default theme; the
binary carries a copy of every file under it, so a project without templates/
builds, and a project's own templates/ overrides it file by file.

Text files (UTF-8, no carriage return, no control characters other than tab
and line feed) become raw multi-line string literals, so a change to a template
shows as a readable diff; any other file becomes a base64 string.

Run `make theme` (or this script from the repository root) after changing
anything under templates/. The test DefaultThemeTests fails while the
generated file and templates/ differ.
"""
import base64
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "templates")
OUTPUT = os.path.join(ROOT, "Sources", "HonorSiteCore", "Theme", "DefaultTheme.generated.swift")


def theme_files():
    """Site-relative paths of every regular file under templates/, sorted by their UTF-8 bytes."""
    paths = []
    for folder, dirs, files in os.walk(SOURCE):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            paths.append(os.path.relpath(full, ROOT).replace(os.sep, "/"))
    return sorted(paths, key=lambda p: p.encode("utf-8"))


def as_text(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any((ord(c) < 0x20 and c not in "\t\n") or ord(c) == 0x7F for c in text):
        return None
    return text


def swift_entry(path, data):
    text = as_text(data)
    if text is None:
        encoded = base64.b64encode(data).decode("ascii")
        return f'        EmbeddedFile(\n            path: "{path}",\n            base64: "{encoded}"\n        ),\n'
    # Enough '#' that no '"""' or backslash in the text ends the literal or starts an escape.
    hashes = "#" * (1 + max((len(m) for m in re.findall(r"#+", text)), default=0))
    # Laid out as swift-format lays it out (make lint): the literal's lines indented like its closing
    # delimiter, which Swift strips again, so the value is exactly the file.
    indent = " " * 16
    body = "\n".join(indent + line if line else "" for line in text.split("\n"))
    return f'        EmbeddedFile(\n            path: "{path}",\n            text: {hashes}"""\n{body}\n{indent}"""{hashes}),\n'


def main():
    paths = theme_files()
    out = [
        "// GENERATED FILE - DO NOT EDIT. Regenerate with Scripts/gen-theme.py (make theme).\n",
        "// The default theme: a copy of every file under templates/.\n\n",
        "extension DefaultTheme {\n",
        "    /// Every file of the default theme, site-relative (`templates/…`), sorted by path.\n",
        "    public static let files: [EmbeddedFile] = [\n",
    ]
    for path in paths:
        with open(os.path.join(ROOT, path), "rb") as f:
            out.append(swift_entry(path, f.read()))
    out.append("    ]\n}\n")
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(paths)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
