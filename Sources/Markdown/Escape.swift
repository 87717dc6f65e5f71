/// `text` as Markdown that renders as exactly that text: the characters CommonMark would read as
/// syntax are backslash-escaped (`*` `_` `` ` `` `[` `]` `<` `>` `|` `~` `\`, `#` `+` `-` `=` at the
/// start, `&` only where it would start an entity such as `&amp;`), line breaks become spaces;
/// everything else, Chinese text and quotes included, stays as written.
///
/// Used for values filled into Markdown (the statistics in work reports), so `A&B` stays `A&B`
/// in the Markdown and `<script>` shows as text in the HTML.
public func escapeMarkdownText(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var o = String.UnicodeScalarView()
    for (i, c) in scalars.enumerated() {
        switch c {
        case "\n", "\r":
            o.append(" ")
            continue
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
            o.append("\\")
        case "#", "+", "-", "=":
            if i == 0 { o.append("\\") }
        case "&" where startsEntity(scalars[(i + 1)...]):
            o.append("\\")
        default:
            break
        }
        o.append(c)
    }
    return String(o)
}

/// Whether the text after a `&` reads as an entity or a numeric character reference (`amp;`, `#38;`).
private func startsEntity(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    var n = 0
    for c in rest {
        if c == ";" { return n > 0 }
        guard c == "#" || ("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) else { return false }
        n += 1
        if n > 32 { return false }
    }
    return false
}
