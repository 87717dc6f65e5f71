import Markdown

/// Derives a plain-text summary of at most `limit` characters (docs/content.md,
/// "Rules you will notice": Summaries); every shortened text of the site (meta
/// description, cards, feed summaries) is this summary.
///
/// Never cuts inside a character (works on `Character`s) or a tag (the input is
/// plain text). When the text is longer than `limit`, the summary is cut by
/// ``cutAtBoundary(_:following:)``: at a sentence end when one is near, else at a
/// boundary in either script, followed by `…`.
/// - Parameters:
///   - text: plain text (paragraphs separated by newlines).
///   - limit: maximum characters, ≥ 1 (the `…` not counted).
/// - Returns: the summary; empty for empty text.
///
/// Only the paragraphs that reach the summary are looked at, and of the last
/// one only as many characters as can matter: joining stops once more than
/// `limit` characters are collected. (A string's characters are those of any
/// longer string that starts with it, except possibly the last one, which may
/// merge with what follows; so the first `limit` characters, and the fact that
/// there are more, are then settled.)
func deriveSummary(_ text: String, limit: Int) -> String {
    var joined = ""
    // Once joined has more than `limit` characters: where the first `limit` end.
    var settled: String.Index?
    // Counting resumes where the last character counted starts (UTF-8 offset):
    // appending can merge only that one with what follows.
    var resumeOffset = 0
    var resumeCount = 0
    func walk() {
        let utf8 = joined.utf8
        var i = utf8.index(utf8.startIndex, offsetBy: resumeOffset)
        var n = resumeCount
        var lastStart = i
        var lastCount = n
        while i < joined.endIndex && n < limit {
            lastStart = i
            lastCount = n
            i = joined.index(after: i)
            n += 1
        }
        if n == limit && i < joined.endIndex {
            settled = i
        } else {
            resumeOffset = utf8.distance(from: utf8.startIndex, to: lastStart)
            resumeCount = lastCount
        }
    }
    func append(_ line: Substring) -> Bool {
        let part = trimmedWhitespace(line)
        guard !part.isEmpty else { return true }
        if let last = joined.unicodeScalars.last, let first = part.unicodeScalars.first,
            !(CJK.isWide(last) || CJK.isWide(first))
        {
            joined += " "
        }
        joined += part
        if joined.utf8.count > limit { walk() }  // fewer bytes means at most that many characters
        return settled == nil
    }
    // Lines split at LF bytes: the Characters "\n" of the text, unless a CR
    // precedes one ("\r\n" is a single Character); then split as Characters.
    var sawCRLF = false
    var start = text.utf8.startIndex
    let end = text.utf8.endIndex
    while start < end {
        let stop = text.utf8[start...].firstIndex(of: 0x0A) ?? end
        if stop < end, stop > text.utf8.startIndex, text.utf8[text.utf8.index(before: stop)] == 0x0D {
            sawCRLF = true
            break
        }
        if stop > start, !append(text[start..<stop]) { break }
        start = stop < end ? text.utf8.index(after: stop) : end
    }
    if sawCRLF {
        joined = ""
        settled = nil
        resumeOffset = 0
        resumeCount = 0
        for line in text.split(separator: "\n") where !append(line) { break }
    }
    guard let headEnd = settled else { return joined }
    return cutAtBoundary(Array(joined[..<headEnd]), following: Array(joined[headEnd...].prefix(2)))
}

/// Shortens text whose first characters are `head` (and which goes on with
/// `following`, one or two characters):
/// 1. at the last sentence end (`。！？!?`, or `.` before a space or CJK), with any
///    closing quotes or brackets after it, when that keeps at least half of `head`;
/// 2. else at the last boundary where the text may break: anywhere next to a CJK
///    character or a space, never inside a Latin word or a number (`2025`,
///    `10,000`, `3.5` and `Shenzhen` stay whole); trailing spaces, pauses
///    (`，、；：,;:`) and opening quotes or brackets are dropped, and `…` added.
///    Only when `head` is one single word is it cut at its end.
func cutAtBoundary(_ head: [Character], following: [Character]) -> String {
    let n = head.count
    var sentenceEnd = 0
    var i = 0
    while i < n {
        if isSentenceEnd(head[i], next: i + 1 < n ? head[i + 1] : following.first) {
            var j = i + 1
            while j < n, isClosingMark(head[j]) { j += 1 }
            sentenceEnd = j
            i = j
        } else {
            i += 1
        }
    }
    if sentenceEnd > 0 && sentenceEnd >= n / 2 { return String(head[..<sentenceEnd]) }

    let chars = head + following
    func insideWord(_ i: Int) -> Bool {  // between chars[i - 1] and chars[i]
        guard i > 0 && i < chars.count else { return false }
        let a = chars[i - 1]
        let b = chars[i]
        if isWordCharacter(a) && isWordCharacter(b) { return true }
        if isWordJoiner(a) && i >= 2 && isWordCharacter(chars[i - 2]) && isWordCharacter(b) { return true }
        if isWordCharacter(a) && isWordJoiner(b) && i + 1 < chars.count && isWordCharacter(chars[i + 1]) { return true }
        return false
    }
    var cut = n
    while cut > 0 && insideWord(cut) { cut -= 1 }
    if cut == 0 { cut = n }
    var kept = head[..<cut]
    while let last = kept.last, last.isWhitespace || isDroppedAtCut(last) { kept.removeLast() }
    if kept.isEmpty { kept = head[...] }
    return String(kept) + "…"
}

/// `。！？!?`, and `.` followed by whitespace, a CJK character or nothing.
private func isSentenceEnd(_ c: Character, next: Character?) -> Bool {
    switch c {
    case "。", "！", "？", "!", "?": return true
    case ".":
        guard let next else { return true }
        return next.isWhitespace || next.unicodeScalars.first.map(CJK.isWide) == true
    default: return false
    }
}

/// Closing quotes and brackets that stay with the sentence mark before them.
private func isClosingMark(_ c: Character) -> Bool {
    "”’」』）)］]》〉】\"'".contains(c)
}

/// Dropped from the end of a cut text before the `…`: pauses, opening marks, dashes, ellipses.
private func isDroppedAtCut(_ c: Character) -> Bool {
    "，、；：,;:“‘「『（(［[《〈【{—–-…·".contains(c)
}

/// A letter or digit of a space-separated script (Latin, Cyrillic…), or a
/// full-width Latin letter or digit: text that must not be cut inside.
private func isWordCharacter(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    if s.value >= 0xFF10 && s.value <= 0xFF5A { return c.isLetter || c.isNumber }  // ０-９ Ａ-Ｚ ａ-ｚ
    return (c.isLetter || c.isNumber) && !CJK.isWide(s)
}

/// Punctuation that joins two word characters into one token: `10,000`, `3.5`, `e-mail`, `10:30`.
private func isWordJoiner(_ c: Character) -> Bool {
    ".,'’-_:/".contains(c)
}

/// `line.trimmingCharacters(in: .whitespaces)`, without Foundation when neither
/// end can be trimmed (the common case).
func trimmedWhitespace(_ line: Substring) -> String {
    guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { return "" }
    if !mayBeTrimmed(first) && !mayBeTrimmed(last) { return String(line) }
    return line.trimmingCharacters(in: .whitespaces)
}

/// A superset of what `CharacterSet.whitespaces` trims: controls, spaces,
/// separators and format characters (U+FEFF and the like).
private func mayBeTrimmed(_ s: Unicode.Scalar) -> Bool {
    if s.value <= 0x20 || (s.value >= 0x7F && s.value <= 0xA0) { return true }
    if s.value < 0x1680 { return false }
    switch s.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .format, .control: return true
    default: return false
    }
}

/// Reading time in whole minutes (at least 1): Han characters count one by one
/// at 300 a minute, other text by words at 200 a minute.
func readingMinutes(_ text: String) -> Int {
    var han = 0
    var words = 0
    var inWord = false
    let alphabetic = alphabeticBMP
    var text = text
    // Decoded from the UTF-8 bytes directly (a String's UTF-8 is always valid).
    text.withUTF8 { b in
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    if !inWord { words += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
                i += 1
                continue
            }
            let v: UInt32
            if c < 0xE0 {
                v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                i += 2
            } else if c < 0xF0 {
                v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                i += 3
            } else {
                v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                i += 4
            }
            let s = Unicode.Scalar(v)!
            if CJK.isHan(s) {
                han += 1
                inWord = false
            } else if isAlphabetic(s, alphabetic) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
    }
    let minutes = Double(han) / 300 + Double(words) / 200
    return max(1, Int(minutes.rounded(.up)))
}

/// `Unicode.Scalar.Properties.isAlphabetic`, from a bit table for the BMP (the
/// property lookup dominated reading-time counts of Chinese text).
@inline(__always)
private func isAlphabetic(_ s: Unicode.Scalar, _ table: [UInt64]) -> Bool {
    s.value < 0x10000 ? table[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0 : s.properties.isAlphabetic
}

/// One bit per BMP code point: set when it is a scalar with the Alphabetic property.
private let alphabeticBMP: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for v in UInt32(0)..<0x10000 {
        if let s = Unicode.Scalar(v), s.properties.isAlphabetic { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
    }
    return bits
}()

/// Escapes text for HTML and XML content and attribute values.
///
/// `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`; C0 control characters
/// other than tab, line feed and carriage return, and the noncharacters
/// U+FFFE and U+FFFF (none allowed in XML 1.0, §2.2) become U+FFFD. Text without any of these is returned unchanged.
public func escapeHTML(_ s: String) -> String {
    // 0xEF leads the UTF-8 of U+FFFE and U+FFFF (and of full-width forms: slow path only).
    guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF }) else {
        return s
    }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        // Control characters are not allowed in XML 1.0: replaced, so the feed stays valid.
        case "\u{00}"..."\u{08}", "\u{0B}", "\u{0C}", "\u{0E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

// MARK: - Character references

/// Named character references decoded by ``characterReference(_:_:)``: markup characters and
/// the spaces, joiners and hyphens that can stand inside a number.
let namedCharacterReferences: [String: Unicode.Scalar] = [
    "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{00AD}",
    "zwnj": "\u{200C}", "zwj": "\u{200D}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    "hyphen": "\u{2010}", "dash": "\u{2010}", "minus": "\u{2212}", "period": ".", "num": "#",
]

func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
    c.value >= 0x30 && c.value <= 0x39 ? c.value - 0x30 : nil
}

func hexLetter(_ c: Unicode.Scalar) -> UInt32? {
    switch c.value {
    case 0x41...0x46: c.value - 0x41 + 10
    case 0x61...0x66: c.value - 0x61 + 10
    default: nil
    }
}

/// The character reference starting at the `&` at `k`: its scalar (nil for one that
/// decodes to nothing visible) and the offset after it; nil when it is no reference.
func characterReference(_ s: [Unicode.Scalar], _ k: Int) -> (Unicode.Scalar?, Int)? {
    var e = k + 1
    if e < s.count && s[e] == "#" {
        e += 1
        let hex = e < s.count && (s[e] == "x" || s[e] == "X")
        if hex { e += 1 }
        var v: UInt32 = 0
        let digitsStart = e
        while e < s.count, e - digitsStart < 8, let d = hex ? (hexDigit(s[e]) ?? hexLetter(s[e])) : hexDigit(s[e]) {
            v = v * (hex ? 16 : 10) + d
            e += 1
        }
        guard e > digitsStart else { return nil }
        if e < s.count && s[e] == ";" { e += 1 }
        return (Unicode.Scalar(v), e)
    }
    let nameStart = e
    while e < s.count, e - nameStart < 8, s[e].isASCII, s[e].properties.isAlphabetic { e += 1 }
    guard e < s.count, s[e] == ";" else { return nil }
    guard let scalar = namedCharacterReferences[String(String.UnicodeScalarView(s[nameStart..<e]))] else { return nil }
    return (scalar, e + 1)
}

/// `s` with HTML character references decoded in one pass: numeric (`&#39;`, `&#x27;`) and the
/// named ones of ``namedCharacterReferences`` (`&amp;`, `&quot;`, …); other `&` text is kept.
func htmlUnescape(_ s: String) -> String {
    guard s.utf8.contains(0x26) else { return s }
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var k = 0
    while k < scalars.count {
        if scalars[k] == "&", let (decoded, next) = characterReference(scalars, k) {
            out.append(decoded ?? "\u{FFFD}")
            k = next
        } else {
            out.append(scalars[k])
            k += 1
        }
    }
    return String(out)
}
