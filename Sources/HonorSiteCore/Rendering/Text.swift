import Markdown

/// Derives a plain-text summary of at most `limit` characters (content-model.md,
/// "CJK-aware summaries").
///
/// Never cuts inside a character (works on `Character`s) or a tag (the input is
/// plain text). When the text is longer than `limit`, it ends at the last
/// sentence mark (。！？!?) within the limit if that keeps at least half of it,
/// else at the limit followed by `…`.
/// - Parameters:
///   - text: plain text (paragraphs separated by newlines).
///   - limit: maximum characters, ≥ 1.
/// - Returns: the summary; empty for empty text.
func deriveSummary(_ text: String, limit: Int) -> String {
    let flat = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var joined = ""
    for part in flat {
        if let last = joined.unicodeScalars.last, let first = part.unicodeScalars.first,
           !(CJK.isWide(last) || CJK.isWide(first)) { joined += " " }
        joined += part
    }
    guard joined.count > limit else { return joined }
    let head = Array(joined.prefix(limit))
    if let end = head.lastIndex(where: { "。！？!?".contains($0) }), end + 1 >= limit / 2 {
        return String(head[...end])
    }
    var cut = String(head)
    while let last = cut.last, last.isWhitespace || "，、；：,;:".contains(last) { cut.removeLast() }
    return cut + "…"
}

/// Reading time in whole minutes (at least 1): Han characters count one by one
/// at 300 a minute, other text by words at 200 a minute.
func readingMinutes(_ text: String) -> Int {
    var han = 0, words = 0, inWord = false
    for s in text.unicodeScalars {
        if CJK.isHan(s) { han += 1; inWord = false }
        else if s.properties.isAlphabetic || ("0"..."9").contains(s) { if !inWord { words += 1 }; inWord = true }
        else { inWord = false }
    }
    let minutes = Double(han) / 300 + Double(words) / 200
    return max(1, Int(minutes.rounded(.up)))
}

/// Escapes text for HTML and XML content and attribute values (`& < > " '`).
func escapeHTML(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}
