// The block-structure parser of the YAML subset.
//
// Input: UTF-8 bytes with no byte-order mark and only `\n` line breaks (the
// public entry points in FrontMatter.swift normalise first). The parser first
// splits the text into lines, drops blank and comment-only lines and checks the
// things that are per-line (control characters, tabs in indentation, document
// markers, directives). It then parses the remaining "content lines" by
// indentation, in the manner of YAML 1.2 §8 (block collections), restricted to
// the documented subset. Scalars on a line are handled in Scalars.swift.

// MARK: - Byte constants

let asciiSpace: UInt8 = 0x20
let asciiTab: UInt8 = 0x09
let asciiLF: UInt8 = 0x0A
let asciiCR: UInt8 = 0x0D
let asciiHash: UInt8 = 0x23  // #
let asciiColon: UInt8 = 0x3A  // :
let asciiDash: UInt8 = 0x2D  // -
let asciiDot: UInt8 = 0x2E  // .
let asciiQuote: UInt8 = 0x22  // "
let asciiApostrophe: UInt8 = 0x27  // '
let asciiBackslash: UInt8 = 0x5C  // \
let asciiLBracket: UInt8 = 0x5B  // [
let asciiRBracket: UInt8 = 0x5D  // ]
let asciiLBrace: UInt8 = 0x7B  // {
let asciiRBrace: UInt8 = 0x7D  // }
let asciiComma: UInt8 = 0x2C  // ,
let asciiPercent: UInt8 = 0x25  // %

@inline(__always) func isWhite(_ b: UInt8) -> Bool { b == asciiSpace || b == asciiTab }

/// One non-blank, non-comment line of the YAML text.
struct LineInfo {
    /// Byte offset of the line's first byte.
    var start: Int
    /// Byte offset just past the line's last byte (the `\n` is excluded).
    var end: Int
    /// Number of leading spaces.
    var indent: Int
    /// Reported (1-based, whole-file) line number.
    var number: Int
    /// Byte offset of the first non-space byte.
    var content: Int { start + indent }
}

/// How the text being parsed is framed.
enum ParseMode {
    /// The inside of a `---` … `---` front-matter block: no document markers at all,
    /// and the root must be a mapping.
    case frontMatter
    /// A whole YAML file: an optional leading `---` and an optional trailing `...` are accepted.
    case document
}

/// Remembers the last column answer so the next one on the same line continues from it;
/// `bytesScanned` lets tests check that the work stays linear.
final class ColumnCursor {
    var lineStart = -1, offset = 0, column = 1
    var bytesScanned = 0
}

struct YAMLParser {
    let buf: UnsafeBufferPointer<UInt8>
    let firstLine: Int
    let mode: ParseMode
    var lines: [LineInfo] = []
    /// Index of the current content line.
    var i = 0
    /// Nesting of block mappings and lists being parsed; limited to ``maxDepth``
    /// so hostile input cannot exhaust the stack.
    var depth = 0
    /// The deepest nesting accepted (front matter needs 3).
    static let maxDepth = 64
    /// The last column computed (see ``column(lineStart:_:)``).
    let columnCursor: ColumnCursor
    /// Slips found on the way that do not stop parsing (see Mistakes.swift).
    var warnings: [FrontMatterWarning] = []

    init(_ buf: UnsafeBufferPointer<UInt8>, firstLine: Int, mode: ParseMode, columnCursor: ColumnCursor = ColumnCursor()) {
        self.buf = buf
        self.columnCursor = columnCursor
        self.firstLine = firstLine
        self.mode = mode
    }

    // MARK: Positions and errors

    /// 1-based column of byte offset `off` in the line starting at `lineStart`,
    /// counted in Unicode scalars (UTF-8 continuation bytes are not counted).
    ///
    /// Counting resumes from the previous answer when it lies earlier on the same
    /// line, so the nodes of a long one-line flow list cost linear time in total.
    func column(lineStart: Int, _ off: Int) -> Int {
        let cursor = columnCursor
        let resume = cursor.lineStart == lineStart && cursor.offset <= off
        var (j, c) = resume ? (cursor.offset, cursor.column) : (lineStart, 1)
        cursor.bytesScanned += max(0, off - j)
        while j < off {
            if buf[j] & 0xC0 != 0x80 { c += 1 }
            j += 1
        }
        (cursor.lineStart, cursor.offset, cursor.column) = (lineStart, off, c)
        return c
    }

    func error(_ kind: FrontMatterError.Kind, _ line: LineInfo, _ off: Int) -> FrontMatterError {
        FrontMatterError(kind, line: line.number, column: column(lineStart: line.start, off))
    }

    func node(_ value: YAMLValue, _ line: LineInfo, _ off: Int) -> YAMLNode {
        YAMLNode(value, line: line.number, column: column(lineStart: line.start, off))
    }

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buf[from..<to]), as: UTF8.self)
    }

    // MARK: Line splitting

    /// Splits the text into content lines, rejecting control characters, tabs
    /// in indentation, document markers and directives.
    mutating func scanLines() throws(FrontMatterError) {
        let n = buf.count
        var pos = 0
        var number = firstLine
        var seenContent = false
        var seenStartMarker = false
        var endMarkerSeen = false
        lines.reserveCapacity(16)
        while pos < n {
            let start = pos
            var p = pos
            // Find the end of the line; reject characters YAML 1.2 §5.1 excludes.
            while p < n {
                let b = buf[p]
                if b >= 0x20 && b < 0x7F {
                    p += 1
                    continue
                }  // fast path: printable ASCII
                if b == asciiLF { break }
                if b < 0x20 {
                    if b != asciiTab {
                        throw lineError(.invalidCharacter(Unicode.Scalar(b)), start, number, p)
                    }
                } else if b == 0x7F {
                    throw lineError(.invalidCharacter(Unicode.Scalar(b)), start, number, p)
                } else if b == 0xC2, p + 1 < n, buf[p + 1] >= 0x80, buf[p + 1] <= 0x9F {
                    // U+0085 (NEL) too, although YAML allows it: Markdown bodies, data files and
                    // escapes reject every C1 control, and a NEL renders differently everywhere.
                    throw lineError(.invalidCharacter(Unicode.Scalar(buf[p + 1])), start, number, p)
                }
                p += 1
            }
            let end = p
            pos = p < n ? p + 1 : n
            defer { number += 1 }

            var q = start
            while q < end && buf[q] == asciiSpace { q += 1 }
            if q == end { continue }  // blank line
            let ideographicSpace = buf[q] == 0xE3 && q + 2 < end && buf[q + 1] == 0x80 && buf[q + 2] == 0x80
            if buf[q] == asciiTab || ideographicSpace {
                // Tabs and full-width spaces `　` (U+3000) may not indent; report whichever comes first.
                var r = q
                while r < end {
                    if isWhite(buf[r]) {
                        r += 1
                    } else if buf[r] == 0xE3 && r + 2 < end && buf[r + 1] == 0x80 && buf[r + 2] == 0x80 {
                        r += 3
                    } else {
                        break
                    }
                }
                if r == end || buf[r] == asciiHash { continue }  // blank or comment line
                throw lineError(ideographicSpace ? .fullWidthSpace : .tabIndentation, start, number, q)
            }
            if buf[q] == asciiHash { continue }  // comment line

            // Document markers `---` / `...` at column 1 (YAML 1.2 §9.1.4).
            if q == start, end - start >= 3,
                (buf[start] == asciiDash && buf[start + 1] == asciiDash && buf[start + 2] == asciiDash)
                    || (buf[start] == asciiDot && buf[start + 1] == asciiDot && buf[start + 2] == asciiDot),
                end - start == 3 || isWhite(buf[start + 3])
            {
                let markerError = lineError(.unsupported(.multipleDocuments), start, number, start)
                guard mode == .document else { throw markerError }
                var r = start + 3
                while r < end && isWhite(buf[r]) { r += 1 }
                if r < end && buf[r] != asciiHash { throw markerError }  // content after a marker
                if buf[start] == asciiDash {
                    if seenContent || seenStartMarker || endMarkerSeen { throw markerError }
                    seenStartMarker = true
                } else {
                    if endMarkerSeen { throw markerError }
                    endMarkerSeen = true
                }
                continue
            }
            if q == start && buf[q] == asciiPercent {
                throw lineError(.unsupported(.directive), start, number, q)
            }
            if endMarkerSeen {
                throw lineError(.unsupported(.multipleDocuments), start, number, q)
            }
            seenContent = true
            lines.append(LineInfo(start: start, end: end, indent: q - start, number: number))
        }
    }

    private func lineError(_ kind: FrontMatterError.Kind, _ start: Int, _ number: Int, _ off: Int)
        -> FrontMatterError
    {
        FrontMatterError(kind, line: number, column: column(lineStart: start, off))
    }

    // MARK: Root

    /// Parses the whole text. An empty text (only blank/comment lines) is an
    /// empty mapping at (`firstLine`, 1).
    mutating func parseRoot() throws(FrontMatterError) -> YAMLNode {
        try scanLines()
        guard !lines.isEmpty else {
            return YAMLNode(.mapping([]), line: firstLine, column: 1)
        }
        if mode == .frontMatter {
            // Front matter must be a mapping; say so before parsing anything else.
            let line = lines[0]
            switch try classify(line, line.content) {
            case .entry: break
            case .dash: throw error(.frontMatterNotMapping, line, line.content)
            case .scalar:
                throw keyLineMistake(line, line.content, entryExpected: true) ?? error(.expectedKey, line, line.content)
            }
        }
        let (root, plain) = try parseNodeOnOwnLine()
        if i < lines.count {
            throw unexpectedLine(lines[i], afterPlainScalar: plain)
        }
        return root
    }

    // MARK: Classification

    enum Start {
        /// `- ` block-list item indicator.
        case dash
        /// A `key: …` entry; payload is the byte offset of the `:`.
        case entry(colon: Int)
        /// Anything else: a scalar or flow list on this line.
        case scalar
    }

    /// Whether the byte at `p` is a `-` block-sequence indicator (followed by white space or end of line).
    @inline(__always) func isDash(_ line: LineInfo, _ p: Int) -> Bool {
        buf[p] == asciiDash && (p + 1 == line.end || isWhite(buf[p + 1]))
    }

    /// Classifies the node that starts at byte `p` of `line` (block context).
    /// Throws for indicators outside the subset (anchors, tags, …).
    func classify(_ line: LineInfo, _ p: Int) throws(FrontMatterError) -> Start {
        if isDash(line, p) { return .dash }
        if let mistake = listDashMistake(line, p) { throw mistake }
        let b = buf[p]
        if b == asciiQuote || b == asciiApostrophe {
            // A quoted key (`"a": b`) is valid YAML but not in the subset: report it as an invalid key.
            let after = try quotedScalar(line, p).after
            var r = after
            while r < line.end && isWhite(buf[r]) { r += 1 }
            if r < line.end && buf[r] == asciiColon && (r + 1 == line.end || isWhite(buf[r + 1])) {
                return .entry(colon: r)
            }
            return .scalar
        }
        if b == asciiLBracket { return .scalar }
        try checkNodeStart(line, p, flow: false)
        if let colon = plainEntryColon(line, p) { return .entry(colon: colon) }
        if let mistake = keyLineMistake(line, p, entryExpected: false) { throw mistake }
        return .scalar
    }

    /// In a plain text starting at `p`, the offset of the first `:` followed by
    /// white space or end of line, before any comment; `nil` if none.
    func plainEntryColon(_ line: LineInfo, _ p: Int) -> Int? {
        var j = p
        let end = line.end
        while j < end {
            let b = buf[j]
            if b == asciiColon && (j + 1 == end || isWhite(buf[j + 1])) { return j }
            if b == asciiHash && j > p && isWhite(buf[j - 1]) { return nil }
            j += 1
        }
        return nil
    }

    /// The error for a content line that no enclosing node can take.
    func unexpectedLine(_ line: LineInfo, afterPlainScalar: Bool) -> FrontMatterError {
        let p = line.content
        if afterPlainScalar && !isDash(line, p) {
            let b = buf[p]
            let quotedOrFlow = b == asciiQuote || b == asciiApostrophe || b == asciiLBracket
            if quotedOrFlow || plainEntryColon(line, p) == nil {
                return error(.unsupported(.multiLinePlainScalar), line, p)
            }
        }
        return error(.badIndentation, line, p)
    }

    // MARK: Block nodes

    /// Parses the node that starts at the first content of the current line,
    /// which is the first line of that node. Returns the node and whether it
    /// was a plain scalar.
    mutating func parseNodeOnOwnLine() throws(FrontMatterError) -> (YAMLNode, Bool) {
        let line = lines[i]
        let p = line.content
        switch try classify(line, p) {
        case .dash:
            return (try parseList(indent: line.indent, firstDash: p, mayEndAtSameIndent: false), false)
        case .entry(let colon):
            return (try parseMapping(indent: line.indent, firstKey: p, firstColon: colon), false)
        case .scalar:
            return try parseLineScalar(line, p)
        }
    }

    /// Parses a block mapping whose entries start at column offset `indent`.
    /// The first entry starts at byte `firstKey` of the current line (possibly
    /// after a `- `), with its `:` at `firstColon`.
    mutating func parseMapping(indent m: Int, firstKey: Int, firstColon: Int) throws(FrontMatterError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error(.nestingTooDeep(Self.maxDepth), lines[i], firstKey) }
        var entries: [YAMLEntry] = []
        var index: [String: Int]? = nil  // key → first line, once the mapping is large
        var keyStart = firstKey
        var colon = firstColon
        let first = lines[i]
        let mappingNode = node(.null, first, firstKey)
        while true {
            let line = lines[i]
            // The key: trimmed text before the colon, matching [a-z_][a-z0-9_]*.
            var keyEnd = colon
            while keyEnd > keyStart && isWhite(buf[keyEnd - 1]) { keyEnd -= 1 }
            guard isValidKey(keyStart, keyEnd) else {
                throw error(.invalidKey(string(keyStart, keyEnd)), line, keyStart)
            }
            let key = string(keyStart, keyEnd)
            if let idx = index {
                if let firstLine = idx[key] {
                    throw error(.duplicateKey(key, firstLine: firstLine), line, keyStart)
                }
            } else {
                let count = keyEnd - keyStart
                for e in entries where e.key.utf8.count == count && e.key == key {
                    throw error(.duplicateKey(key, firstLine: e.keyLine), line, keyStart)
                }
            }
            let keyColumn = column(lineStart: line.start, keyStart)

            // The value.
            var v = colon + 1
            while v < line.end && isWhite(buf[v]) { v += 1 }
            let value: YAMLNode
            var plain = false
            if v == line.end || buf[v] == asciiHash {
                // Nothing on the key's line: a nested node on the following lines, or null.
                i += 1
                if i < lines.count && lines[i].indent > m {
                    (value, plain) = try parseNodeOnOwnLine()
                } else if i < lines.count && lines[i].indent == m && isDash(lines[i], lines[i].content) {
                    // A block list at the key's own indentation (YAML 1.2 §8.2.1, example 8.22).
                    value = try parseList(indent: m, firstDash: lines[i].content, mayEndAtSameIndent: true)
                } else {
                    value = node(.null, line, colon + 1)
                }
            } else {
                if isDash(line, v) { throw error(.unexpectedListItem, line, v) }
                (value, plain) = try parseLineScalar(line, v)
            }
            entries.append(YAMLEntry(key: key, keyLine: line.number, keyColumn: keyColumn, value: value))
            if index != nil {
                index![key] = line.number
            } else if entries.count >= 16 {
                var idx: [String: Int] = [:]
                for e in entries { idx[e.key] = e.keyLine }
                index = idx
            }

            // The next entry, if any, starts a line at exactly `m`.
            guard i < lines.count else { break }
            let next = lines[i]
            if next.indent < m { break }
            if next.indent > m { throw unexpectedLine(next, afterPlainScalar: plain) }
            keyStart = next.content
            switch try classify(next, keyStart) {
            case .entry(let c): colon = c
            case .dash: throw error(.unexpectedListItem, next, keyStart)
            case .scalar: throw keyLineMistake(next, keyStart, entryExpected: true) ?? error(.expectedKey, next, keyStart)
            }
        }
        var result = mappingNode
        result.value = .mapping(entries)
        return result
    }

    func isValidKey(_ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        let f = buf[from]
        guard (f >= 0x61 && f <= 0x7A) || f == 0x5F else { return false }
        var j = from + 1
        while j < to {
            let b = buf[j]
            guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F else { return false }
            j += 1
        }
        return true
    }

    /// Parses a block list whose `-` indicators are at column offset `indent`.
    /// The first `-` is at byte `firstDash` of the current line. When
    /// `mayEndAtSameIndent` is true (a list at its parent key's indentation),
    /// a non-`-` line at that indentation ends the list instead of being an error.
    mutating func parseList(indent d: Int, firstDash: Int, mayEndAtSameIndent: Bool) throws(FrontMatterError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error(.nestingTooDeep(Self.maxDepth), lines[i], firstDash) }
        var items: [YAMLNode] = []
        var dash = firstDash
        let listNode = node(.null, lines[i], firstDash)
        while true {
            let line = lines[i]
            var q = dash + 1
            while q < line.end && buf[q] == asciiSpace { q += 1 }
            if q < line.end && buf[q] == asciiTab { throw error(.tabIndentation, line, q) }
            let item: YAMLNode
            var plain = false
            if q == line.end || buf[q] == asciiHash {
                i += 1
                if i < lines.count && lines[i].indent > d {
                    (item, plain) = try parseNodeOnOwnLine()
                } else {
                    item = node(.null, line, dash + 1)
                }
            } else {
                // Compact nested collections (YAML 1.2 §8.2.1, example 8.15/8.16).
                let inner = q - line.start
                switch try classify(line, q) {
                case .dash:
                    item = try parseList(indent: inner, firstDash: q, mayEndAtSameIndent: false)
                case .entry(let colon):
                    item = try parseMapping(indent: inner, firstKey: q, firstColon: colon)
                case .scalar:
                    (item, plain) = try parseLineScalar(line, q)
                }
            }
            items.append(item)

            guard i < lines.count else { break }
            let next = lines[i]
            if next.indent < d { break }
            if next.indent > d { throw unexpectedLine(next, afterPlainScalar: plain) }
            guard isDash(next, next.content) else {
                if let mistake = listDashMistake(next, next.content) { throw mistake }
                if mayEndAtSameIndent { break }
                throw error(.expectedListItem, next, next.content)
            }
            dash = next.content
        }
        var result = listNode
        result.value = .list(items)
        return result
    }

    /// Parses a scalar or flow list that starts at byte `p` of `line` and must
    /// end on that line; moves to the next line. Returns the node and whether
    /// it was a plain scalar.
    mutating func parseLineScalar(_ line: LineInfo, _ p: Int) throws(FrontMatterError) -> (YAMLNode, Bool) {
        let b = buf[p]
        let result: (YAMLNode, Bool)
        if b == asciiQuote || b == asciiApostrophe {
            let q = try quotedScalar(line, p)
            try checkAfterQuote(line, q.after, flow: false)
            result = (node(.string(q.value), line, p), false)
        } else if b == asciiLBracket {
            result = (try flowList(line, p), false)
        } else {
            try checkNodeStart(line, p, flow: false)
            let end = try plainEnd(line, p, flow: false)
            if let mistake = bracketMistake(line, p, end) { throw mistake }
            let value = try resolvePlain(line, p, end)
            if case .string = value { checkQuotes(line, p, end) }
            result = (node(value, line, p), true)
        }
        i += 1
        return result
    }
}
