extension Template {
    /// Turns template source into a node tree in four passes over a flat token list:
    ///
    /// 1. `scan` — tokenize (honouring set-delimiter tags), pair opening and closing tags,
    ///    split text at newlines so that every text token lies on one line;
    /// 2. `markStandalone` — decide which tags are standalone and which whitespace/newline
    ///    tokens therefore disappear (spec: "Standalone tags should be treated as a line on
    ///    their own");
    /// 3. `reindentBlocks` — compute block indentation (`~inheritance` "Block reindentation",
    ///    "Intrinsic indentation", "Nested block reindentation");
    /// 4. `build` — produce nodes.
    struct Parser {
        private let bytes: [UInt8]
        private let templateName: String
        private var tokens: [Token] = []
        private var openStack: [Int] = []

        // Per logical line (lines end at newlines in text, never inside a tag).
        private var lineFirst: [Int] = []
        private var firstSolid: [Int] = []
        private var lastSolid: [Int] = []
        private var stripped: [Int] = []

        // Per token.
        private var removed: [Bool] = []
        private var isStandalone: [Bool] = []
        private var blockIndent: [Int: [UInt8]] = [:]
        /// Bytes visited by searches and position counting (tests check it grows linearly).
        private(set) var work = 0

        init(source: String, templateName: String) {
            self.bytes = Array(source.utf8)
            self.templateName = templateName
        }

        mutating func parse() throws(MustacheError) -> [Node] {
            try scan()
            computeLines()
            markStandalone()
            reindentBlocks()
            return build()
        }
    }
}

// MARK: - Tokens

extension Template.Parser {
    fileprivate struct Token {
        enum Kind: Equatable {
            case text, variable, unescaped, comment, delimiters
            case section, inverted, close, partial, parent, block
        }

        var kind: Kind
        /// Tag: offset of the opening delimiter. Text: current content start.
        var start: Int
        /// Tag: offset after the closing delimiter. Text: content end.
        var end: Int
        /// Text: content start before any whitespace was removed.
        var originalStart: Int
        /// Trimmed tag content (partials/parents/closers: `*name` for dynamic names).
        var name: String = ""
        /// Opening tag ↔ closing tag.
        var match: Int = -1
        /// Innermost enclosing section/inverted/parent/block opener, or -1.
        var container: Int = -1
        /// Logical line index.
        var line: Int = 0
        /// Text made of spaces/tabs only, optionally ending with "\n" or "\r\n".
        var isBlank: Bool = false
    }
}

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

private func isInlineSpace(_ b: UInt8) -> Bool { b == space || b == tab }
private func isWhitespace(_ b: UInt8) -> Bool {
    b == space || b == tab || b == newline || b == carriageReturn || b == 0x0B || b == 0x0C
}

// MARK: - Pass 1: scanning

extension Template.Parser {
    private func error(_ kind: MustacheError.Kind, at offset: Int) -> MustacheError {
        let (line, column) = SourceLocator.location(of: offset, in: bytes)
        return MustacheError(kind: kind, templateName: templateName, line: line, column: column)
    }

    /// First occurrence of `needle` at or after `start` (Knuth–Morris–Pratt: linear in the
    /// bytes searched plus the needle, however long a set-delimiter tag makes it).
    private mutating func find(_ needle: [UInt8], from start: Int) -> Int? {
        let n = bytes.count
        let m = needle.count
        guard m > 0, start + m <= n else { return nil }
        var fail = [Int](repeating: 0, count: m)
        var k = 0
        for q in 1..<max(m, 1) {
            while k > 0 && needle[q] != needle[k] { k = fail[k - 1] }
            if needle[q] == needle[k] { k += 1 }
            fail[q] = k
        }
        work += m
        k = 0
        var i = start
        while i < n {
            while k > 0 && bytes[i] != needle[k] {
                k = fail[k - 1]
                work += 1
            }
            if bytes[i] == needle[k] { k += 1 }
            work += 1
            if k == m { return i - m + 1 }
            i += 1
        }
        return nil
    }

    private func trimmed(_ from: Int, _ to: Int) -> (Int, Int) {
        var a = from
        var b = to
        while a < b && isWhitespace(bytes[a]) { a += 1 }
        while b > a && isWhitespace(bytes[b - 1]) { b -= 1 }
        return (a, b)
    }

    private func containsWhitespace(_ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            if isWhitespace(bytes[i]) { return true }
            i += 1
        }
        return false
    }

    private func string(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    private mutating func appendText(from: Int, to: Int) {
        var start = from
        while start < to {
            var i = start
            while i < to && bytes[i] != newline { i += 1 }
            let end = i < to ? i + 1 : to
            var blank = true
            var k = start
            while k < end {
                let b = bytes[k]
                if isInlineSpace(b) || b == newline {
                    k += 1
                    continue
                }
                if b == carriageReturn && k + 2 == end && bytes[k + 1] == newline {
                    k += 1
                    continue
                }
                blank = false
                break
            }
            var token = Token(kind: .text, start: start, end: end, originalStart: start)
            token.isBlank = blank
            token.container = openStack.last ?? -1
            tokens.append(token)
            start = end
        }
    }

    /// Parses a tag name for partial, parent and closing tags: `*name` (dynamic) keeps its star,
    /// with the whitespace after the star dropped (spec `~dynamic-names` "Padding Whitespace").
    private func inclusionName(_ from: Int, _ to: Int, at tagStart: Int) throws(MustacheError) -> String {
        let (a, b) = trimmed(from, to)
        guard a < b else { throw error(.emptyTag, at: tagStart) }
        if bytes[a] == UInt8(ascii: "*") {
            let (c, d) = trimmed(a + 1, b)
            guard c < d else { throw error(.emptyTag, at: tagStart) }
            if containsWhitespace(c, d) { throw error(.invalidTagName(string(a, b)), at: tagStart) }
            return "*" + string(c, d)
        }
        if containsWhitespace(a, b) { throw error(.invalidTagName(string(a, b)), at: tagStart) }
        return string(a, b)
    }

    private mutating func scan() throws(MustacheError) {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        let n = bytes.count
        var pos = 0
        while pos < n {
            let tagStart = find(open, from: pos) ?? n
            appendText(from: pos, to: tagStart)
            if tagStart >= n { break }

            var p = tagStart + open.count
            guard p < n else { throw error(.unclosedTag, at: tagStart) }
            var terminator = close
            let kind: Token.Kind
            switch bytes[p] {
            case UInt8(ascii: "{"):
                kind = .unescaped
                terminator = [UInt8(ascii: "}")] + close
                p += 1
            case UInt8(ascii: "&"):
                kind = .unescaped
                p += 1
            case UInt8(ascii: "!"):
                kind = .comment
                p += 1
            case UInt8(ascii: "="):
                kind = .delimiters
                terminator = [UInt8(ascii: "=")] + close
                p += 1
            case UInt8(ascii: "#"):
                kind = .section
                p += 1
            case UInt8(ascii: "^"):
                kind = .inverted
                p += 1
            case UInt8(ascii: "/"):
                kind = .close
                p += 1
            case UInt8(ascii: ">"):
                kind = .partial
                p += 1
            case UInt8(ascii: "<"):
                kind = .parent
                p += 1
            case UInt8(ascii: "$"):
                kind = .block
                p += 1
            default: kind = .variable
            }
            guard let contentEnd = find(terminator, from: p) else {
                throw error(.unclosedTag, at: tagStart)
            }
            let tagEnd = contentEnd + terminator.count
            var token = Token(kind: kind, start: tagStart, end: tagEnd, originalStart: tagStart)

            switch kind {
            case .comment:
                break
            case .delimiters:
                // delimiters.json: "two non-whitespace sequences (separated by whitespace)".
                let (a, b) = trimmed(p, contentEnd)
                var i = a
                while i < b && !isWhitespace(bytes[i]) { i += 1 }
                let newOpen = Array(bytes[a..<i])
                while i < b && isWhitespace(bytes[i]) { i += 1 }
                let newClose = Array(bytes[i..<b])
                guard !newOpen.isEmpty, !newClose.isEmpty,
                    !newClose.contains(where: isWhitespace),
                    !newOpen.contains(UInt8(ascii: "=")), !newClose.contains(UInt8(ascii: "="))
                else { throw error(.invalidDelimiters, at: tagStart) }
                open = newOpen
                close = newClose
            case .partial, .parent, .close:
                token.name = try inclusionName(p, contentEnd, at: tagStart)
            default:
                let (a, b) = trimmed(p, contentEnd)
                guard a < b else { throw error(.emptyTag, at: tagStart) }
                if containsWhitespace(a, b) { throw error(.invalidTagName(string(a, b)), at: tagStart) }
                token.name = string(a, b)
            }

            let index = tokens.count
            switch kind {
            case .section, .inverted, .parent, .block:
                guard openStack.count < Template.maxNestingDepth else {
                    throw error(.nestingLimit(Template.maxNestingDepth), at: tagStart)
                }
                token.container = openStack.last ?? -1
                tokens.append(token)
                openStack.append(index)
            case .close:
                guard let top = openStack.last else {
                    throw error(.unexpectedSectionEnd(token.name), at: tagStart)
                }
                guard tokens[top].name == token.name else {
                    throw error(.mismatchedSectionEnd(expected: tokens[top].name, found: token.name), at: tagStart)
                }
                openStack.removeLast()
                token.match = top
                token.container = openStack.last ?? -1
                tokens[top].match = index
                tokens.append(token)
            default:
                token.container = openStack.last ?? -1
                tokens.append(token)
            }
            pos = tagEnd
        }
        if let top = openStack.last {
            throw error(.unclosedSection(tokens[top].name), at: tokens[top].start)
        }
    }
}

// MARK: - Pass 2: standalone tags

extension Template.Parser {
    private mutating func computeLines() {
        var line = 0
        lineFirst = [0]
        for i in tokens.indices {
            tokens[i].line = line
            if tokens[i].kind == .text && bytes[tokens[i].end - 1] == newline {
                line += 1
                lineFirst.append(i + 1)
            }
        }
        let lineCount = line + 1
        firstSolid = Array(repeating: -1, count: lineCount)
        lastSolid = Array(repeating: -1, count: lineCount)
        stripped = Array(repeating: 0, count: lineCount)
        for i in tokens.indices where !(tokens[i].kind == .text && tokens[i].isBlank) {
            let l = tokens[i].line
            if firstSolid[l] < 0 { firstSolid[l] = i }
            lastSolid[l] = i
        }
        removed = Array(repeating: false, count: tokens.count)
        isStandalone = Array(repeating: false, count: tokens.count)
    }

    /// Only whitespace precedes token `i` on its line.
    private func leftClear(_ i: Int) -> Bool { firstSolid[tokens[i].line] == i }
    /// Only whitespace (and the line end) follows token `i` on its line.
    private func rightClear(_ i: Int) -> Bool { lastSolid[tokens[i].line] == i }

    private func isInParent(_ i: Int) -> Bool {
        let c = tokens[i].container
        return c >= 0 && tokens[c].kind == .parent
    }

    private mutating func removeLeading(_ i: Int) {
        var j = i - 1
        let line = tokens[i].line
        while j >= 0 && tokens[j].line == line && tokens[j].kind == .text && tokens[j].isBlank {
            removed[j] = true
            j -= 1
        }
    }

    private mutating func removeTrailing(_ i: Int) {
        var j = i + 1
        let line = tokens[i].line
        while j < tokens.count && tokens[j].line == line && tokens[j].kind == .text && tokens[j].isBlank {
            removed[j] = true
            j += 1
        }
    }

    private mutating func markStandalone() {
        for i in tokens.indices {
            switch tokens[i].kind {
            case .text, .variable, .unescaped:
                // interpolation.json: "The Interpolation tags MUST NOT be treated as standalone."
                continue
            case .comment, .delimiters, .section, .inverted, .partial:
                if leftClear(i) && rightClear(i) { isStandalone[i] = true }
            case .parent:
                // ~inheritance "Standalone parent": the opening and closing tags need not be on
                // separate lines; the pair is standalone when the opener starts its line and
                // the closer ends its line (the content between them is ignored anyway).
                let c = tokens[i].match
                if leftClear(i) && rightClear(c) {
                    isStandalone[i] = true
                    isStandalone[c] = true
                }
            case .block:
                // Inside a parent only the right side matters (text before is ignored);
                // elsewhere the usual rule applies. ~inheritance "Standalone block".
                isStandalone[i] = rightClear(i) && (isInParent(i) || leftClear(i))
            case .close:
                let o = tokens[i].match
                switch tokens[o].kind {
                case .parent:
                    break  // decided with its opener
                case .block where isInParent(o):
                    // Whatever follows is ignored parent content; only the indentation before
                    // the tag belongs to it rather than to the block's content.
                    isStandalone[i] = leftClear(i)
                default:
                    isStandalone[i] = leftClear(i) && rightClear(i)
                }
            }
        }
        for i in tokens.indices where isStandalone[i] {
            let kind = tokens[i].kind
            if kind == .close, tokens[tokens[i].match].kind == .block, isInParent(tokens[i].match) {
                removeLeading(i)
            } else if kind == .parent {
                removeLeading(i)
            } else if kind == .close && tokens[tokens[i].match].kind == .parent {
                removeTrailing(i)
            } else {
                removeLeading(i)
                removeTrailing(i)
            }
        }
    }
}

// MARK: - Pass 3: block indentation

extension Template.Parser {
    /// Current indentation of line `l`: its leading spaces/tabs minus what enclosing block
    /// definitions already stripped. Byte range into `bytes`.
    private func effectiveIndent(_ l: Int) -> (Int, Int) {
        let f = lineFirst[l]
        guard f < tokens.count, tokens[f].line == l, tokens[f].kind == .text else { return (0, 0) }
        let start = tokens[f].originalStart
        var e = start
        while e < tokens[f].end && isInlineSpace(bytes[e]) { e += 1 }
        return (min(start + stripped[l], e), e)
    }

    private func isBlankLine(_ l: Int) -> Bool { firstSolid[l] < 0 }

    /// For each standalone block opener: its intrinsic indentation is the indentation of the
    /// first non-blank line after it (~inheritance "Intrinsic indentation"). Expansion sites
    /// remember it to indent overriding content; definition sites (blocks inside a parent)
    /// strip it from their content lines (~inheritance "Block reindentation").
    private mutating func reindentBlocks() {
        for o in tokens.indices where tokens[o].kind == .block && isStandalone[o] {
            let c = tokens[o].match
            let firstLine = tokens[o].line + 1
            let lastLine = tokens[c].line
            guard firstLine <= lastLine else { continue }
            var l = firstLine
            while l < lastLine && isBlankLine(l) { l += 1 }
            let (ia, ib) = effectiveIndent(l)
            let intrinsic = Array(bytes[ia..<ib])
            guard isInParent(o) else {
                blockIndent[o] = intrinsic
                continue
            }
            guard !intrinsic.isEmpty else { continue }
            for line in firstLine...lastLine {
                let (a, b) = effectiveIndent(line)
                var k = 0
                while k < intrinsic.count && a + k < b && bytes[a + k] == intrinsic[k] { k += 1 }
                guard k > 0 else { continue }
                stripped[line] += k
                let f = lineFirst[line]
                tokens[f].start = min(max(tokens[f].start, a + k), tokens[f].end)
            }
        }
    }
}

// MARK: - Pass 4: tree building

extension Template.Parser {
    private struct Frame {
        var opener: Int
        var children: [Template.Node] = []
        var pendingText: [UInt8] = []
        var overrides: [String: [Template.Node]] = [:]
        let isParent: Bool
        /// Parent tags: the tag itself. Sections and blocks: location of the opener.
        var inclusion: Template.Inclusion? = nil
        var line = 0
        var column = 0

        mutating func flushText() {
            if !pendingText.isEmpty {
                children.append(.text(pendingText))
                pendingText = []
            }
        }

        mutating func append(_ node: Template.Node) {
            flushText()
            children.append(node)
        }
    }

    /// Leading whitespace of token `i`'s line when only whitespace precedes it.
    private func leadingIndent(_ i: Int) -> [UInt8] {
        let j = i - 1
        guard j >= 0, tokens[j].line == tokens[i].line, tokens[j].kind == .text, tokens[j].isBlank else {
            return []
        }
        return Array(bytes[tokens[j].start..<tokens[j].end])
    }

    private func inclusion(_ i: Int, indent: [UInt8]?, locator: inout IncrementalLocator) -> Template.Inclusion {
        let name = tokens[i].name
        let target: Template.Inclusion.Target =
            name.hasPrefix("*") ? .dynamic(Template.Path(String(name.dropFirst()))) : .fixed(name)
        let (line, column) = locator.location(of: tokens[i].start)
        return Template.Inclusion(target: target, indent: indent, line: line, column: column)
    }

    private mutating func build() -> [Template.Node] {
        // Capture indentation before the whitespace it comes from is dropped.
        var indents: [Int: [UInt8]] = [:]
        for i in tokens.indices {
            switch tokens[i].kind {
            case .partial where isStandalone[i], .parent where isStandalone[i]:
                indents[i] = leadingIndent(i)
            case .block where !isInParent(i):
                if isStandalone[i] {
                    indents[i] = blockIndent[i] ?? []
                } else if leftClear(i) && rightClear(tokens[i].match) {
                    // ~inheritance "Standalone block": a pair alone on its line indents
                    // overriding content by the whitespace before it (which stays as text).
                    indents[i] = leadingIndent(i)
                }
            default:
                break
            }
        }
        for i in tokens.indices where removed[i] { tokens[i].start = tokens[i].end }

        var locator = IncrementalLocator(bytes: bytes)
        var stack: [Frame] = [Frame(opener: -1, isParent: false)]
        for i in tokens.indices {
            let token = tokens[i]
            switch token.kind {
            case .text:
                if token.start < token.end, !stack[stack.count - 1].isParent {
                    stack[stack.count - 1].pendingText.append(contentsOf: bytes[token.start..<token.end])
                }
            case .variable:
                stack[stack.count - 1].append(.variable(Template.Path(token.name), escaped: true))
            case .unescaped:
                stack[stack.count - 1].append(.variable(Template.Path(token.name), escaped: false))
            case .comment, .delimiters:
                break
            case .partial:
                let node = Template.Node.partial(inclusion(i, indent: indents[i], locator: &locator))
                stack[stack.count - 1].append(node)
            case .section, .inverted, .block:
                var frame = Frame(opener: i, isParent: false)
                (frame.line, frame.column) = locator.location(of: token.start)
                stack.append(frame)
            case .parent:
                var frame = Frame(opener: i, isParent: true)
                frame.inclusion = inclusion(i, indent: indents[i], locator: &locator)
                stack.append(frame)
            case .close:
                var frame = stack.removeLast()
                frame.flushText()
                let o = frame.opener
                let opener = tokens[o]
                switch opener.kind {
                case .section, .inverted:
                    let section = Template.Section(
                        path: Template.Path(opener.name),
                        children: frame.children,
                        inverted: opener.kind == .inverted,
                        line: frame.line,
                        column: frame.column
                    )
                    stack[stack.count - 1].append(.section(section))
                case .parent:
                    if let inc = frame.inclusion {
                        stack[stack.count - 1].append(.parent(inc, overrides: frame.overrides))
                    }
                case .block:
                    if stack[stack.count - 1].isParent {
                        stack[stack.count - 1].overrides[opener.name] = frame.children
                    } else {
                        let block = Template.Block(
                            name: opener.name,
                            children: frame.children,
                            overrideIndent: indents[o] ?? [],
                            standaloneOpener: isStandalone[o],
                            line: frame.line,
                            column: frame.column
                        )
                        stack[stack.count - 1].append(.block(block))
                    }
                default:
                    break
                }
            }
        }
        stack[0].flushText()
        work += locator.steps
        return stack[0].children
    }
}

/// Computes line/column for non-decreasing byte offsets in one pass over the source
/// (the column is carried along, so many tags on one long line cost linear time).
private struct IncrementalLocator {
    let bytes: [UInt8]
    var scanned = 0
    var line = 1
    var column = 1
    /// Bytes visited (see ``Template/Parser/work``).
    var steps = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func location(of offset: Int) -> (Int, Int) {
        if offset < scanned {
            steps += offset
            return SourceLocator.location(of: offset, in: bytes)
        }
        while scanned < offset {
            let b = bytes[scanned]
            if b == newline {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            scanned += 1
            steps += 1
        }
        return (line, column)
    }
}
