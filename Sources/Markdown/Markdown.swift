import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders CommonMark with libcmark and returns plain Swift values.
///
/// Steps: parse with cmark (UTF-8 validated, safe mode unless
/// `options.unsafeHTML`), let emphasis open and close next to Chinese punctuation
/// (see ``applyCJKFriendlyEmphasis(to:source:)``), remove soft breaks that sit between two CJK characters
/// (so hard-wrapped Chinese shows no stray space), rewrite link and image
/// destinations through `options.rewriteURL`, give each heading a unique `id`
/// (see ``headingID(for:)``), render HTML, and collect headings, links and the
/// plain text. All memory cmark allocates is freed before returning.
///
/// - Parameters:
///   - text: Markdown source (UTF-8).
///   - options: rendering options.
/// - Returns: the rendered document. Never fails: CommonMark has no syntax errors.
public func renderMarkdown(_ text: String, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
    var cmarkOptions = CMARK_OPT_VALIDATE_UTF8
    if options.unsafeHTML { cmarkOptions |= CMARK_OPT_UNSAFE }
    var text = text
    guard
        let document = text.withUTF8({ buffer -> OpaquePointer? in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, cmarkOptions)
            }
        })
    else {
        preconditionFailure("cmark_parse_document returned NULL (out of memory)")
    }
    defer { cmark_node_free(document) }

    applyCJKFriendlyEmphasis(to: document, source: text)

    // Collect first, mutate after: cmark iterators must not see unlinked nodes.
    var softBreaks: [OpaquePointer] = []
    var links: [OpaquePointer] = []
    var headings: [OpaquePointer] = []
    var paragraphs: [OpaquePointer] = []
    forEachNode(in: document) { node in
        switch cmark_node_get_type(node) {
        case CMARK_NODE_SOFTBREAK: softBreaks.append(node)
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
        case CMARK_NODE_HEADING: headings.append(node)
        case CMARK_NODE_PARAGRAPH: paragraphs.append(node)
        default: break
        }
    }

    for node in softBreaks where joinsCJK(node) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    var renderedLinks: [RenderedMarkdown.Link] = []
    renderedLinks.reserveCapacity(links.count)
    var columns = ColumnCounter()
    for node in links {
        let original = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let (line, byteColumn) = position(of: node)
        // cmark counts columns in bytes; convert to Unicode scalars.
        let column = text.withUTF8 { columns.scalarColumn(line: line, byteColumn: byteColumn, in: $0) }
        var url = original
        if let rewrite = options.rewriteURL, let replaced = rewrite(original, line) {
            url = replaced
            _ = cmark_node_set_url(node, replaced)
        }
        renderedLinks.append(
            .init(
                original: original, url: url,
                isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                line: line, column: column))
    }

    var renderedHeadings: [RenderedMarkdown.Heading] = []
    var usedIDs = UsedIDs()
    for node in headings {
        let level = Int(cmark_node_get_heading_level(node))
        let text = plainText(of: node)
        let id = uniqueID(headingID(for: text), used: &usedIDs)
        renderedHeadings.append(.init(level: level, text: text, id: id, line: Int(cmark_node_get_start_line(node))))
        // Replace the heading by a custom block holding the same HTML plus an id:
        // cmark's HTML renderer has no attribute hook, and custom blocks are
        // emitted verbatim in safe mode too (their content is ours, already escaped).
        guard let rendered = cmark_render_html(node, cmarkOptions) else { continue }
        let html = String(cString: rendered)
        free(rendered)
        let open = "<h\(level)>"
        guard html.hasPrefix(open) else { continue }
        let replacement = "<h\(level) id=\"\(escapeAttribute(id))\">" + html.dropFirst(open.count)
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
        _ = cmark_node_set_on_enter(custom, replacement)
        _ = cmark_node_set_on_exit(custom, "")
        _ = cmark_node_insert_before(node, custom)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    let plain = paragraphs.map { plainText(of: $0) }.filter { !$0.isEmpty }.joined(separator: "\n")

    guard let htmlPointer = cmark_render_html(document, cmarkOptions) else {
        preconditionFailure("cmark_render_html returned NULL (out of memory)")
    }
    let html = String(cString: htmlPointer)
    free(htmlPointer)
    return RenderedMarkdown(html: html, headings: renderedHeadings, links: renderedLinks, plainText: plain)
}

/// The `id` for a heading: letters (Chinese included), marks and digits are
/// kept, ASCII letters lowercased, runs of anything else become one `-`;
/// never empty (`"section"` when nothing is left).
///
/// - Parameter text: the heading's plain text.
/// - Returns: an id such as `"主要做法"` or `"2024-年度回顾"`.
public func headingID(for text: String) -> String {
    unicodeSlug(text, fallback: "section")
}

/// A URL- and id-friendly form of `text` that keeps Chinese: letters, marks and
/// decimal digits (Unicode general categories L*, Mn, Mc, Nd) are kept, ASCII
/// letters lowercased, and each run of anything else becomes one `-` (none at
/// either end).
///
/// - Parameters:
///   - text: any text, e.g. a heading or a tag.
///   - fallback: returned when nothing is left (the result is never empty).
/// - Returns: e.g. `"党建引领"`, `"ai夜校"`, `"red-star"`.
public func unicodeSlug(_ text: String, fallback: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in text.unicodeScalars {
        let p = scalar.properties
        if p.isAlphabetic || p.generalCategory == .decimalNumber
            || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
        {
            if pendingDash && !result.isEmpty { result.append("-") }
            pendingDash = false
            if scalar.isASCII {
                result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                result.unicodeScalars.append(scalar)
            }
        } else {
            pendingDash = true
        }
    }
    return result.isEmpty ? fallback : result
}

/// Ids already given in one document, and for each base the next suffix to try.
struct UsedIDs {
    var ids: Set<String> = []
    var nextSuffix: [String: Int] = [:]
    /// Candidates tried (tests check that repeated headings cost linear work).
    var tries = 0
}

/// `base`, or `base-1`, `base-2`, … : the first not yet used. The search for a base resumes
/// after its last suffix, so 20,000 equal headings take linear time.
func uniqueID(_ base: String, used: inout UsedIDs) -> String {
    var candidate = base
    var n = used.nextSuffix[base] ?? 1
    used.tries += 1
    while used.ids.contains(candidate) {
        candidate = "\(base)-\(n)"
        n += 1
        used.tries += 1
    }
    if candidate != base || used.nextSuffix[base] == nil { used.nextSuffix[base] = n }
    used.ids.insert(candidate)
    return candidate
}

/// Converts cmark's byte columns to Unicode-scalar columns. Links come in document order, so
/// the count resumes from the previous link on the same line: linear in the text, however
/// many links share a line.
struct ColumnCounter {
    private var lineStarts: [Int] = []
    private var line = 0, byteOffset = 0, scalars = 0
    /// Bytes examined (tests check linear work).
    private(set) var steps = 0

    mutating func scalarColumn(line: Int, byteColumn: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        if lineStarts.isEmpty {
            lineStarts.append(0)
            for i in 0..<b.count where b[i] == 0x0A { lineStarts.append(i + 1) }
            steps += b.count
        }
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : b.count
        let target = min(end, start + max(0, byteColumn - 1))
        if self.line != line || byteOffset > target - start { (self.line, byteOffset, scalars) = (line, 0, 0) }
        // Scalars are the non-continuation bytes (the text is a Swift String: valid UTF-8).
        while byteOffset < target - start {
            if b[start + byteOffset] & 0xC0 != 0x80 { scalars += 1 }
            byteOffset += 1
            steps += 1
        }
        // A column inside a character counts that character as begun.
        return scalars + 1
    }
}

func escapeAttribute(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

/// Line and column of an inline node; falls back to the nearest ancestor with a position.
private func position(of node: OpaquePointer) -> (Int, Int) {
    var current: OpaquePointer? = node
    while let n = current {
        let line = Int(cmark_node_get_start_line(n))
        if line > 0 { return (line, max(1, Int(cmark_node_get_start_column(n)))) }
        current = cmark_node_parent(n)
    }
    return (1, 1)
}

/// True when the soft break sits between two wide (CJK) characters.
private func joinsCJK(_ node: OpaquePointer) -> Bool {
    guard let before = lastScalar(before: node), let after = firstScalar(after: node) else { return false }
    return CJK.joinsAcrossSoftBreak(before, after)
}

private func lastScalar(before node: OpaquePointer) -> Unicode.Scalar? {
    var current = cmark_node_previous(node)
    while let n = current {
        let type = cmark_node_get_type(n)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            return literalScalar(n, last: true)
        }
        if let child = cmark_node_last_child(n) {
            current = child
            continue
        }
        return nil
    }
    return nil
}

private func firstScalar(after node: OpaquePointer) -> Unicode.Scalar? {
    var current = cmark_node_next(node)
    while let n = current {
        let type = cmark_node_get_type(n)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            return literalScalar(n, last: false)
        }
        if let child = cmark_node_first_child(n) {
            current = child
            continue
        }
        return nil
    }
    return nil
}

private func literal(_ node: OpaquePointer) -> String? {
    cmark_node_get_literal(node).map { String(cString: $0) }
}

/// The first or last scalar of a node's literal, read from cmark's bytes without
/// building a `String` (same result as `literal(node)?.unicodeScalars.first/last`).
private func literalScalar(_ node: OpaquePointer, last: Bool) -> Unicode.Scalar? {
    guard let c = cmark_node_get_literal(node) else { return nil }
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c))
    guard !bytes.isEmpty else { return nil }
    var start = 0
    if last {
        start = bytes.count - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, bytes.count - start < 4 { start -= 1 }
    }
    var iterator = bytes[start...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator), !last || iterator.next() == nil { return scalar }
    // Not valid UTF-8 there: let String's repair decide, as before.
    return last ? literal(node)?.unicodeScalars.last : literal(node)?.unicodeScalars.first
}

/// Calls `body` for every node of the subtree at `root`, in document order
/// (cmark's iterator, `CMARK_EVENT_ENTER` events only). `body` must not unlink nodes.
private func forEachNode(in root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
    let iterator = cmark_iter_new(root)
    defer { cmark_iter_free(iterator) }
    while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
    }
}

/// Concatenated text of a subtree: text and code literals; soft breaks that
/// survived CJK joining become a space, hard breaks a space.
///
/// Literal bytes are collected and decoded once; cmark never splits a character
/// between nodes, and its input is a Swift `String` (valid UTF-8).
private func plainText(of root: OpaquePointer) -> String {
    var out: [UInt8] = []
    forEachNode(in: root) { node in
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if let c = cmark_node_get_literal(node) {
                out.append(
                    contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c)))
            }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            out.append(0x20)
        default: break
        }
    }
    return String(decoding: out, as: UTF8.self)
}
