import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Emphasis next to Chinese punctuation: `**“十大最美骑手”**的评选` → `<strong>“十大最美骑手”</strong>的评选`.
///
/// A pass over cmark's tree, run right after parsing. For each inline scope (a
/// paragraph or heading, and the text of each link or image) that holds a `*` or
/// `_` delimiter run next to CJK text, the pass rebuilds the scope's emphasis: it
/// flattens cmark's emphasis nodes back into their delimiter runs, finds every
/// run in the source, decides whether each can open or close under the
/// CJK-friendly rules (``Flanking/cjkFriendly(_:_:)``), and pairs them again with
/// CommonMark's "process emphasis" procedure as cmark runs it (nearest opener,
/// `**` before `*`, the rule of three). Where no run's decision differs from
/// cmark's, the scope is left exactly as cmark built it.
///
/// Why a pass over the tree and not a rewritten source: the source given to cmark
/// stays the user's own, so every line and column cmark reports (links, headings,
/// diagnostics) is unchanged, and safe mode still sees raw HTML and URLs as
/// written. Links, images, code spans and raw HTML are moved into the new
/// emphasis nodes as cmark built them, never re-created.
///
/// Which `*` and `_` were delimiters (and not `\*` or `&ast;`) is decided against
/// the source: each text node's literal is matched to its source line, undoing
/// backslash escapes and entities, so the characters around each run are those
/// cmark saw. cmark's columns for continuation lines can be off by the line's
/// indentation; the offset learned from the matched text of that line corrects
/// them. A scope where anything cannot be matched is left as cmark built it.
func applyCJKFriendlyEmphasis(to document: OpaquePointer, source: String) {
    var hasDelimiter = false
    var hasNonASCII = false
    for byte in source.utf8 {
        if byte == asterisk || byte == underscore { hasDelimiter = true } else if byte >= 0x80 { hasNonASCII = true }
        if hasDelimiter && hasNonASCII { break }
    }
    guard hasDelimiter && hasNonASCII else { return }
    let text = SourceText(Array(source.utf8))
    var located = locateInlines(in: document, source: text)
    for scope in located.scopes where !isAutolink(scope) {
        rewriteEmphasis(in: scope, located: &located, source: text)
    }
}

private let asterisk = UInt8(ascii: "*")
private let underscore = UInt8(ascii: "_")
private let newline: Unicode.Scalar = "\n"

/// The Markdown source as bytes with its lines (cmark's line endings: LF, CR LF, CR).
private struct SourceText {
    let bytes: [UInt8]
    /// Byte offset where line n (1-based) starts, at index n - 1.
    let lineStarts: [Int]
    /// Byte offset where line n's content ends (before its line ending), at index n - 1.
    let lineEnds: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var ends: [Int] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                ends.append(i)
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        ends.append(bytes.count)
        lineStarts = starts
        lineEnds = ends
    }

    func range(ofLine line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return lineStarts[line - 1]..<lineEnds[line - 1]
    }

    /// The scalar that starts at `offset` (valid UTF-8: the bytes come from a `String`).
    func scalar(at offset: Int) -> Unicode.Scalar {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
        return "\u{FFFD}"
    }

    /// Where the scalar that ends just before `offset` starts.
    func start(ofScalarBefore offset: Int) -> Int {
        var i = offset - 1
        while i > 0, bytes[i] & 0xC0 == 0x80, offset - i < 4 { i -= 1 }
        return i
    }

    /// True when the byte at `offset` is backslash-escaped (an odd number of `\` before it).
    func isEscaped(_ offset: Int, lineStart: Int) -> Bool {
        var i = offset - 1
        var count = 0
        while i >= lineStart, bytes[i] == UInt8(ascii: "\\") {
            count += 1
            i -= 1
        }
        return count % 2 == 1
    }
}

/// A text node matched to its source line.
private struct LocatedText {
    /// The line's content (byte offsets in the source).
    var line: Range<Int>
    /// For each `*` and `_` of the literal that is that same byte in the source
    /// (not from a backslash escape or an entity): literal index → source offset.
    var delimiters: [Int: Int]
}

/// What the first pass learned about the document's inline nodes.
private struct LocatedInlines {
    /// Text nodes holding `*` or `_`, matched to the source.
    var texts: [OpaquePointer: LocatedText] = [:]
    /// Nodes that nothing precedes on their line (cmark sees a line start before them).
    var firstOnLine: Set<OpaquePointer> = []
    /// Per line: source offset of a node minus the offset cmark's column gives for it.
    var columnCorrection: [Int: Int] = [:]
    /// Per paragraph or heading: its lines in the source minus the lines cmark gives
    /// its inlines (nonzero after link reference definitions).
    var lineShift: [OpaquePointer: Int] = [:]
    /// Paragraphs, headings, links and images holding a delimiter or emphasis, in document order.
    var scopes: [OpaquePointer] = []
}

/// Matches the text nodes of paragraphs and headings that hold a delimiter to the source.
private func locateInlines(in document: OpaquePointer, source: SourceText) -> LocatedInlines {
    var result = LocatedInlines()
    var seenScopes: Set<OpaquePointer> = []
    var entities = EntityDecoder()
    var line = 0
    var atLineStart = false
    var block: OpaquePointer?
    var blockStart = 0
    var blockEnd = 0
    var shift = 0
    var cursor: [Int: Int] = [:]  // line → where the search for the next node starts
    let iterator = cmark_iter_new(document)
    defer { cmark_iter_free(iterator) }
    while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            block = node
            line = Int(cmark_node_get_start_line(node))
            blockStart = line
            blockEnd = Int(cmark_node_get_end_line(node))
            shift = 0
            atLineStart = true
            continue
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            line += 1
            atLineStart = true
            continue
        case CMARK_NODE_TEXT:
            let hasDelimiter = literalContainsDelimiter(node)
            let ownLine = Int(cmark_node_get_start_line(node))
            let cmarkLine = ownLine > 0 ? ownLine : line
            // cmark's columns are right on a block's first line; later lines may need a correction.
            guard hasDelimiter || (cmarkLine > blockStart && result.columnCorrection[cmarkLine + shift] == nil) else { break }
            let literal = literalBytes(node)
            guard hasDelimiter || literal.count >= 2 else { break }
            let column = Int(cmark_node_get_start_column(node))
            // cmark's line for the node; then, for a paragraph that began with link
            // reference definitions (cmark counts its lines from the first definition), later lines.
            var candidates = [cmarkLine + shift]
            if shift == 0 && cmarkLine < blockEnd { candidates += Array((cmarkLine + 1)...blockEnd) }
            for candidate in candidates {
                guard let range = source.range(ofLine: candidate) else { continue }
                let hint = ownLine > 0 ? range.lowerBound + column - 1 : nil
                let from = cursor[candidate] ?? range.lowerBound
                guard let found = match(literal, in: source, line: range, hint: hint, from: from, entities: &entities)
                else { continue }
                let end = found.end
                cursor[candidate] = end
                if candidate != cmarkLine + shift, let block {
                    shift = candidate - cmarkLine
                    result.lineShift[block] = shift
                }
                if let hint, result.columnCorrection[candidate] == nil {
                    result.columnCorrection[candidate] = found.start - hint
                }
                if hasDelimiter {
                    result.texts[node] = LocatedText(line: range, delimiters: found.delimiters)
                    if let scope = scope(of: node), seenScopes.insert(scope).inserted { result.scopes.append(scope) }
                }
                break
            }
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            if let scope = scope(of: node), seenScopes.insert(scope).inserted { result.scopes.append(scope) }
        default:
            break
        }
        if atLineStart { result.firstOnLine.insert(node) }
        atLineStart = false
    }
    return result
}

/// The paragraph, heading, link or image whose inline content holds `node`.
private func scope(of node: OpaquePointer) -> OpaquePointer? {
    var current = cmark_node_parent(node)
    while let n = current {
        let type = cmark_node_get_type(n)
        if type != CMARK_NODE_EMPH && type != CMARK_NODE_STRONG { return n }
        current = cmark_node_parent(n)
    }
    return nil
}

/// A text node's literal found in its source line.
private struct LiteralMatch {
    /// Where the literal starts and ends in the source.
    var start: Int, end: Int
    /// Literal index → source offset of each `*` and `_` that is written as such.
    var delimiters: [Int: Int]
}

/// Where `literal` sits in the line: tries `hint` first, then every offset from `from` on.
private func match(
    _ literal: [UInt8], in source: SourceText, line: Range<Int>, hint: Int?, from: Int,
    entities: inout EntityDecoder
) -> LiteralMatch? {
    if let hint, line.contains(hint), let found = match(literal, in: source, line: line, at: hint, entities: &entities) {
        return found
    }
    var start = max(from, line.lowerBound)
    while start < line.upperBound {
        if let found = match(literal, in: source, line: line, at: start, entities: &entities) { return found }
        start += 1
    }
    return nil
}

/// Matches `literal` to the source at `start`, undoing backslash escapes and entities.
private func match(
    _ literal: [UInt8], in source: SourceText, line: Range<Int>, at start: Int,
    entities: inout EntityDecoder
) -> LiteralMatch? {
    let bytes = source.bytes
    // Most candidate starts fail on the first byte.
    if let first = literal.first, bytes[start] != first, bytes[start] != UInt8(ascii: "\\"), bytes[start] != UInt8(ascii: "&") {
        return nil
    }
    var delimiters: [Int: Int] = [:]
    var i = start
    var j = 0
    while j < literal.count {
        guard i < line.upperBound else { return nil }
        let byte = bytes[i]
        if byte == UInt8(ascii: "\\"), i + 1 < line.upperBound, isASCIIPunctuation(bytes[i + 1]) {
            guard literal[j] == bytes[i + 1] else { return nil }
            i += 2
            j += 1
            continue
        }
        if byte == UInt8(ascii: "&"), let (length, decoded) = entities.entity(in: bytes, at: i, limit: line.upperBound) {
            guard j + decoded.count <= literal.count, literal[j..<(j + decoded.count)].elementsEqual(decoded) else { return nil }
            i += length
            j += decoded.count
            continue
        }
        guard literal[j] == byte else { return nil }
        if byte == asterisk || byte == underscore { delimiters[j] = i }
        i += 1
        j += 1
    }
    return LiteralMatch(start: start, end: i, delimiters: delimiters)
}

private func isASCIIPunctuation(_ b: UInt8) -> Bool {
    (b >= 33 && b <= 47) || (b >= 58 && b <= 64) || (b >= 91 && b <= 96) || (b >= 123 && b <= 126)
}

/// Decodes `&name;`, `&#123;` and `&#x1F;` exactly as cmark does, by asking cmark (cached).
private struct EntityDecoder {
    private var cache: [[UInt8]: [UInt8]?] = [:]

    /// The entity's length in the source and its decoded bytes, or nil when the
    /// text at `offset` is not an entity cmark decodes.
    mutating func entity(in bytes: [UInt8], at offset: Int, limit: Int) -> (Int, [UInt8])? {
        var end = offset + 1
        while end < limit, end - offset <= 40, isEntityByte(bytes[end]) { end += 1 }
        guard end < limit, end > offset + 1, bytes[end] == UInt8(ascii: ";") else { return nil }
        let raw = Array(bytes[offset...end])
        if let cached = cache[raw] { return cached.map { (raw.count, $0) } }
        let decoded = Self.decode(raw)
        cache[raw] = decoded
        return decoded.map { (raw.count, $0) }
    }

    private func isEntityByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "#")
    }

    private static func decode(_ raw: [UInt8]) -> [UInt8]? {
        let document = raw.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_VALIDATE_UTF8) }
        }
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        guard let paragraph = cmark_node_first_child(document), let text = cmark_node_first_child(paragraph),
            cmark_node_get_type(text) == CMARK_NODE_TEXT, cmark_node_next(text) == nil
        else { return nil }
        let literal = literalBytes(text)
        return literal == raw ? nil : literal
    }
}

/// Whether a text node's literal holds `*` or `_` (read in place, not copied).
private func literalContainsDelimiter(_ node: OpaquePointer) -> Bool {
    guard let c = cmark_node_get_literal(node) else { return false }
    return strpbrk(c, "*_") != nil
}

private func literalBytes(_ node: OpaquePointer) -> [UInt8] {
    guard let c = cmark_node_get_literal(node) else { return [] }
    return Array(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c)))
}

/// An autolink (`<https://…>`, `<a@b.cn>`): its text is the address, never parsed for emphasis.
private func isAutolink(_ node: OpaquePointer) -> Bool {
    guard cmark_node_get_type(node) == CMARK_NODE_LINK, let child = cmark_node_first_child(node),
        cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT
    else { return false }
    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    let text = String(decoding: literalBytes(child), as: UTF8.self)
    return url == text || url == "mailto:" + text
}

// MARK: - Pairing

/// A delimiter run of the source.
private struct Delimiter {
    let char: UInt8
    /// Length of the whole run in the source (for the rule of three).
    let length: Int
    /// Characters not yet used.
    var count: Int
    let flags: DelimiterFlags
}

/// The children of one inline scope while runs are paired.
private enum Inline {
    case node(OpaquePointer)
    case text([UInt8])
    case delimiter(Int)
    case emphasis(strong: Bool, [Inline])
}

/// A scope's content flattened: cmark's emphasis nodes undone into their runs.
private struct FlatScope {
    var items: [Inline] = []
    var delimiters: [Delimiter] = []
    /// Delimiter index by the source offset where its run starts.
    var runIndex: [Int: Int] = [:]
    /// Text and emphasis nodes replaced when the scope is rebuilt.
    var replaced: [OpaquePointer] = []
    /// True when some run opens or closes differently under the CJK rules than under cmark's.
    var changed = false
    /// Characters of each run found in the scope (must add up to the run's length).
    var seen: [Int: Int] = [:]
    /// False when a run's characters are not all in one place (then the scope is left alone).
    var consistent = true

    /// Adds `count` characters of the run starting at `run.start`.
    mutating func add(_ run: SourceRun, count: Int) {
        seen[run.start, default: 0] += count
        if let index = runIndex[run.start] {
            // The rest of a run cmark split (`**` left as text, then the `*` of an emphasis).
            if case .delimiter(index) = items.last {} else { consistent = false }
            delimiters[index].count += count
            return
        }
        let flags = Flanking.cjkFriendly(run.char, run.context)
        if flags != Flanking.cmark(run.char, run.context) { changed = true }
        delimiters.append(Delimiter(char: run.char, length: run.length, count: count, flags: flags))
        runIndex[run.start] = delimiters.count - 1
        items.append(.delimiter(delimiters.count - 1))
    }
}

/// Rebuilds `scope`'s emphasis under the CJK-friendly rules when they decide
/// differently from cmark's for some run; otherwise leaves it untouched.
private func rewriteEmphasis(in scope: OpaquePointer, located: inout LocatedInlines, source: SourceText) {
    var flat = FlatScope()
    guard flatten(scope, into: &flat, located: located, source: source), flat.changed, flat.consistent,
        flat.runIndex.allSatisfy({ flat.seen[$0.key] == flat.delimiters[$0.value].length })
    else { return }
    var items = flat.items
    var delimiters = flat.delimiters
    _ = processEmphasis(&items, &delimiters)
    var child = cmark_node_first_child(scope)
    while let c = child {
        child = cmark_node_next(c)
        cmark_node_unlink(c)
    }
    append(items, to: scope, delimiters: delimiters)
    for node in flat.replaced { cmark_node_unlink(node) }
    for node in flat.replaced {
        located.texts[node] = nil
        cmark_node_free(node)
    }
}

/// Flattens the children of `parent` (and of emphasis nodes within) into `flat`.
/// False when a delimiter cannot be matched to the source.
private func flatten(_ parent: OpaquePointer, into flat: inout FlatScope, located: LocatedInlines, source: SourceText) -> Bool {
    var child = cmark_node_first_child(parent)
    while let c = child {
        child = cmark_node_next(c)
        switch cmark_node_get_type(c) {
        case CMARK_NODE_TEXT:
            flat.replaced.append(c)
            let literal = literalBytes(c)
            guard literal.contains(asterisk) || literal.contains(underscore) else {
                flat.items.append(.text(literal))
                continue
            }
            guard let text = located.texts[c] else { return false }
            var j = 0
            var textStart = 0
            while j < literal.count {
                let char = literal[j]
                guard char == asterisk || char == underscore, let offset = text.delimiters[j] else {
                    j += 1
                    continue
                }
                var k = j + 1
                while k < literal.count, literal[k] == char, let next = text.delimiters[k], next == offset + (k - j) { k += 1 }
                if textStart < j { flat.items.append(.text(Array(literal[textStart..<j]))) }
                let atLineStart = j == 0 && located.firstOnLine.contains(c)
                flat.add(sourceRun(at: offset, line: text.line, atLineStart: atLineStart, source: source), count: k - j)
                j = k
                textStart = k
            }
            if textStart < literal.count { flat.items.append(.text(Array(literal[textStart...]))) }
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            flat.replaced.append(c)
            let count = cmark_node_get_type(c) == CMARK_NODE_STRONG ? 2 : 1
            guard let opener = emphasisRun(of: c, end: false, located: located, source: source),
                let closer = emphasisRun(of: c, end: true, located: located, source: source)
            else { return false }
            flat.add(opener, count: count)
            guard flatten(c, into: &flat, located: located, source: source) else { return false }
            flat.add(closer, count: count)
        default:
            flat.items.append(.node(c))
        }
    }
    return true
}

/// The run holding an emphasis node's opening (or closing) delimiters, from
/// cmark's position of the node corrected by what the line's text showed.
private func emphasisRun(of node: OpaquePointer, end: Bool, located: LocatedInlines, source: SourceText) -> SourceRun? {
    var block = cmark_node_parent(node)
    while let b = block, cmark_node_get_type(b) != CMARK_NODE_PARAGRAPH && cmark_node_get_type(b) != CMARK_NODE_HEADING {
        block = cmark_node_parent(b)
    }
    let shift = block.flatMap { located.lineShift[$0] } ?? 0
    let line = Int(end ? cmark_node_get_end_line(node) : cmark_node_get_start_line(node)) + shift
    let column = Int(end ? cmark_node_get_end_column(node) : cmark_node_get_start_column(node))
    guard let range = source.range(ofLine: line) else { return nil }
    let offset = range.lowerBound + column - 1 + (located.columnCorrection[line] ?? 0)
    guard range.contains(offset), source.bytes[offset] == asterisk || source.bytes[offset] == underscore else { return nil }
    let atLineStart = !end && located.firstOnLine.contains(node)
    return sourceRun(at: offset, line: range, atLineStart: atLineStart, source: source)
}

/// A whole delimiter run of the source and the characters around it.
private struct SourceRun {
    var start: Int
    var length: Int
    var char: UInt8
    var context: DelimiterNeighbours
}

/// The run containing the delimiter at `offset`: extended over the same
/// character both ways (not over an escaped one, nor back past a line start
/// that cmark sees), with the characters before and after it.
private func sourceRun(at offset: Int, line: Range<Int>, atLineStart: Bool, source: SourceText) -> SourceRun {
    let bytes = source.bytes
    let char = bytes[offset]
    var start = offset
    var end = offset + 1
    if !atLineStart {
        while start > line.lowerBound, bytes[start - 1] == char, !source.isEscaped(start - 1, lineStart: line.lowerBound) { start -= 1 }
    }
    while end < line.upperBound, bytes[end] == char { end += 1 }
    var context = DelimiterNeighbours(before: newline, beforeBase: nil, after: newline)
    if !atLineStart && start > line.lowerBound {
        let previous = source.start(ofScalarBefore: start)
        context.before = source.scalar(at: previous)
        if CJK.isNonEmojiVariationSelector(context.before), previous > line.lowerBound {
            context.beforeBase = source.scalar(at: source.start(ofScalarBefore: previous))
        }
    }
    if end < line.upperBound { context.after = source.scalar(at: end) }
    return SourceRun(start: start, length: end - start, char: char, context: context)
}

/// CommonMark's "process emphasis" (cmark 0.30.2's order and limits) over the
/// leftover runs of one container. Returns true when at least one pair was made.
private func processEmphasis(_ items: inout [Inline], _ delimiters: inout [Delimiter]) -> Bool {
    var stack = Array(delimiters.indices)  // runs that may still pair, in source order
    var openersBottom = [Int](repeating: 0, count: 9)  // per closer kind: openers before this run are not looked at
    var matched = false
    var ci = 0
    while ci < stack.count {
        let closer = stack[ci]
        let c = delimiters[closer]
        guard c.flags.canClose else {
            ci += 1
            continue
        }
        let kind = c.char == underscore ? 2 : 3 + (c.flags.canOpen ? 3 : 0) + c.length % 3
        var oi = ci - 1
        while oi >= 0 && stack[oi] >= openersBottom[kind] {
            let o = delimiters[stack[oi]]
            if o.flags.canOpen && o.char == c.char
                && (!(c.flags.canOpen || o.flags.canClose) || c.length % 3 == 0 || (o.length + c.length) % 3 != 0)
            {
                break
            }
            oi -= 1
        }
        guard oi >= 0 && stack[oi] >= openersBottom[kind] else {
            openersBottom[kind] = closer
            if c.flags.canOpen { ci += 1 } else { stack.remove(at: ci) }
            continue
        }
        let opener = stack[oi]
        let use = c.count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
        delimiters[opener].count -= use
        delimiters[closer].count -= use
        if let io = items.firstIndex(where: { if case .delimiter(opener) = $0 { true } else { false } }),
            let ic = items.firstIndex(where: { if case .delimiter(closer) = $0 { true } else { false } }), io < ic
        {
            items.replaceSubrange((io + 1)..<ic, with: [.emphasis(strong: use == 2, Array(items[(io + 1)..<ic]))])
        }
        matched = true
        stack.removeSubrange((oi + 1)..<ci)
        ci = oi + 1
        if delimiters[opener].count == 0 {
            stack.remove(at: oi)
            ci -= 1
        }
        if delimiters[closer].count == 0 { stack.remove(at: ci) }
    }
    return matched
}

/// Appends `items` as cmark nodes (adjacent text merged into one text node).
private func append(_ items: [Inline], to parent: OpaquePointer, delimiters: [Delimiter]) {
    var pending: [UInt8] = []
    func flush() {
        guard !pending.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) else { return }
        _ = String(decoding: pending, as: UTF8.self).withCString { cmark_node_set_literal(node, $0) }
        _ = cmark_node_append_child(parent, node)
        pending = []
    }
    for item in items {
        switch item {
        case .text(let bytes):
            pending += bytes
        case .delimiter(let id):
            pending += [UInt8](repeating: delimiters[id].char, count: delimiters[id].count)
        case .node(let node):
            flush()
            _ = cmark_node_append_child(parent, node)
        case .emphasis(let strong, let inner):
            flush()
            guard let node = cmark_node_new(strong ? CMARK_NODE_STRONG : CMARK_NODE_EMPH) else { continue }
            _ = cmark_node_append_child(parent, node)
            append(inner, to: node, delimiters: delimiters)
        }
    }
    flush()
}
