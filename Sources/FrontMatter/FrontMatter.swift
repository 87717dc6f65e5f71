// Public entry points: splitting a content file into front matter and body,
// and parsing whole YAML-subset files.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A content file split into its parsed front matter and its Markdown body.
public struct FrontMatterDocument: Sendable, Equatable {
    /// The front matter; always a ``YAMLValue/mapping(_:)`` (an empty block
    /// gives an empty mapping positioned at line 2, column 1).
    public var frontMatter: YAMLNode
    /// The text after the closing `---` line, with CRLF / CR line endings
    /// normalised to `\n`. When the file had no CR, this is a slice of the
    /// original string (no copy); call `String(body)` for an owned copy.
    public var body: Substring
    /// 1-based line number, in the original file, of the body's first line
    /// (the line after the closing `---`).
    public var bodyStartLine: Int
    /// Likely slips in the front matter that did not stop parsing, in source order.
    public var warnings: [FrontMatterWarning]

    /// Creates a document from its parts.
    public init(frontMatter: YAMLNode, body: Substring, bodyStartLine: Int, warnings: [FrontMatterWarning] = []) {
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.warnings = warnings
    }
}

/// Front-matter splitting and the strict YAML-subset parser.
///
/// The subset (YAML 1.2 block style, see ``YAMLValue`` for scalar resolution):
/// `key: value` mappings with keys matching `[a-z_][a-z0-9_]*`, nested block
/// mappings, block lists (`- item`, including lists of mappings), single-line
/// flow lists of scalars (`[a, "b"]`), plain, double-quoted and single-quoted
/// single-line scalars, `#` comments and blank lines. Everything else —
/// anchors, aliases, tags, block scalars, flow mappings, multi-line scalars,
/// several documents, duplicate keys, tabs in indentation — is rejected with a
/// ``FrontMatterError`` carrying the exact line and column.
///
/// Input is UTF-8; a leading byte-order mark is ignored (it does not count as a
/// column) and CRLF or lone CR line endings are treated as `\n`.
public enum FrontMatter {

    /// Splits and parses a content file.
    ///
    /// The file must start with a line holding exactly `---`; the front matter
    /// ends at the next line holding exactly `---`; everything after that line
    /// is the body. Reported lines are lines of the original file (line 1 is
    /// the opening `---`).
    ///
    /// - Throws: ``FrontMatterError`` — `.missingOpeningDelimiter` (at 1:1) if
    ///   the file does not start with `---`, `.unclosedFrontMatter` (at 1:1) if
    ///   no closing `---` line exists, `.frontMatterNotMapping`/`.expectedKey` if
    ///   the block is not a mapping, or any parse error of the block.
    ///   A `String` is always valid UTF-8; use ``parseDocument(utf8:)`` to
    ///   detect invalid bytes in a file.
    public static func parseDocument(_ text: String) throws(FrontMatterError) -> FrontMatterDocument {
        var text = text
        let result = text.withUTF8 { raw in
            Result { () throws(FrontMatterError) in try splitDocument(raw) }
        }
        let parts = try result.get()
        if let copied = parts.copiedBody {
            return FrontMatterDocument(
                frontMatter: parts.frontMatter, body: Substring(copied),
                bodyStartLine: parts.bodyStartLine, warnings: parts.warnings)
        }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: parts.bodyOffset)
        return FrontMatterDocument(
            frontMatter: parts.frontMatter, body: Substring(utf8[start...]),
            bodyStartLine: parts.bodyStartLine, warnings: parts.warnings)
    }

    /// Like ``parseDocument(_:)`` but from raw file bytes, which are first
    /// checked to be UTF-8.
    ///
    /// - Throws: `.invalidUTF8` at the position of the first malformed byte
    ///   (column counted in scalars before it), or any error of ``parseDocument(_:)``.
    public static func parseDocument(utf8 bytes: [UInt8]) throws(FrontMatterError) -> FrontMatterDocument {
        let result = bytes.withUnsafeBufferPointer { raw in
            Result { () throws(FrontMatterError) in
                try validateUTF8(raw, firstLine: 1)
                let parts = try splitDocument(raw)
                let body =
                    parts.copiedBody
                    ?? String(decoding: UnsafeBufferPointer(rebasing: raw[parts.bodyOffset...]), as: UTF8.self)
                return FrontMatterDocument(
                    frontMatter: parts.frontMatter, body: Substring(body),
                    bodyStartLine: parts.bodyStartLine, warnings: parts.warnings)
            }
        }
        return try result.get()
    }

    /// The parts of a split document. `bodyOffset` is the body's byte offset in
    /// the raw input when no copy was needed; otherwise `copiedBody` holds it.
    struct DocumentParts {
        var frontMatter: YAMLNode
        var bodyOffset: Int
        var copiedBody: String?
        var bodyStartLine: Int
        var warnings: [FrontMatterWarning]
    }

    static func splitDocument(_ raw: UnsafeBufferPointer<UInt8>) throws(FrontMatterError) -> DocumentParts {
        let bom = hasBOM(raw) ? 3 : 0
        return try withNormalized(raw) { (buf, isCopy) throws(FrontMatterError) in
            let (frontMatter, offset, line, warnings) = try parseDocumentBytes(buf)
            if isCopy {
                let body = String(decoding: UnsafeBufferPointer(rebasing: buf[offset...]), as: UTF8.self)
                return DocumentParts(
                    frontMatter: frontMatter, bodyOffset: 0, copiedBody: body, bodyStartLine: line,
                    warnings: warnings)
            }
            return DocumentParts(
                frontMatter: frontMatter, bodyOffset: bom + offset, copiedBody: nil,
                bodyStartLine: line, warnings: warnings)
        }
    }

    static func hasBOM(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
    }

    /// Parses a whole YAML-subset file (such as `site.yml` or `data/*.yml`),
    /// which has no `---` front-matter delimiters.
    ///
    /// An optional `---` document-start line before any content and an optional
    /// `...` document-end line after it are accepted (YAML 1.2 §9.1.4); a second
    /// document is an error. The root may be a mapping, a block list or a
    /// single-line scalar/flow list. A text with no content (only blank or
    /// comment lines) gives an empty mapping at (`firstLine`, 1).
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - firstLine: the line number reported for the text's first line
    ///     (use it when the text is an excerpt of a larger file).
    /// - Throws: ``FrontMatterError`` for anything outside the subset.
    public static func parseYAML(_ text: String, firstLine: Int = 1) throws(FrontMatterError) -> YAMLNode {
        try parseYAMLFile(text, firstLine: firstLine).root
    }

    /// ``parseYAML(_:firstLine:)`` with the parser's column cursor given (tests read its work counter).
    static func parseYAML(_ text: String, firstLine: Int, columnCursor: ColumnCursor) throws(FrontMatterError) -> YAMLNode {
        try parseYAMLFile(text, firstLine: firstLine, columnCursor: columnCursor).root
    }

    /// A parsed YAML-subset file and the likely slips that did not stop parsing.
    public struct YAMLFile: Sendable, Equatable {
        /// The root node (see ``FrontMatter/parseYAML(_:firstLine:)``).
        public var root: YAMLNode
        /// Warnings in source order.
        public var warnings: [FrontMatterWarning]
    }

    /// Like ``parseYAML(_:firstLine:)``, also returning the warnings.
    public static func parseYAMLFile(_ text: String, firstLine: Int = 1) throws(FrontMatterError) -> YAMLFile {
        try parseYAMLFile(text, firstLine: firstLine, columnCursor: ColumnCursor())
    }

    static func parseYAMLFile(_ text: String, firstLine: Int, columnCursor: ColumnCursor) throws(FrontMatterError) -> YAMLFile {
        var text = text
        let result = text.withUTF8 { raw in
            Result { () throws(FrontMatterError) in
                try withNormalized(raw) { (buf, _) throws(FrontMatterError) in
                    var parser = YAMLParser(buf, firstLine: firstLine, mode: .document, columnCursor: columnCursor)
                    let root = try parser.parseRoot()
                    return YAMLFile(root: root, warnings: parser.warnings)
                }
            }
        }
        return try result.get()
    }

    /// Like ``parseYAML(_:firstLine:)`` but from raw file bytes, which are first
    /// checked to be UTF-8.
    ///
    /// - Throws: `.invalidUTF8` at the first malformed byte, or any error of
    ///   ``parseYAML(_:firstLine:)``.
    public static func parseYAML(utf8 bytes: [UInt8], firstLine: Int = 1) throws(FrontMatterError) -> YAMLNode {
        let result = bytes.withUnsafeBufferPointer { raw in
            Result { () throws(FrontMatterError) in
                try validateUTF8(raw, firstLine: firstLine)
                return try withNormalized(raw) { (buf, _) throws(FrontMatterError) in
                    var parser = YAMLParser(buf, firstLine: firstLine, mode: .document)
                    return try parser.parseRoot()
                }
            }
        }
        return try result.get()
    }

    // MARK: - Implementation

    /// Calls `body` with the bytes minus a leading BOM and with CRLF / CR
    /// turned into LF; a copy is made only when a CR is present, and `body`'s
    /// second argument tells whether it was.
    static func withNormalized<R>(
        _ raw: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>, Bool) throws(FrontMatterError) -> R
    ) throws(FrontMatterError) -> R {
        let text = UnsafeBufferPointer(rebasing: raw[(hasBOM(raw) ? 3 : 0)...])
        guard let base = text.baseAddress, memchr(base, Int32(asciiCR), text.count) != nil else {
            return try body(text, false)
        }
        var copy: [UInt8] = []
        copy.reserveCapacity(text.count)
        var j = 0
        while j < text.count {
            let b = text[j]
            if b == asciiCR {
                copy.append(asciiLF)
                if j + 1 < text.count && text[j + 1] == asciiLF { j += 1 }
            } else {
                copy.append(b)
            }
            j += 1
        }
        let result = copy.withUnsafeBufferPointer { buf in
            Result { () throws(FrontMatterError) in try body(buf, true) }
        }
        return try result.get()
    }

    /// Splits normalised bytes at the `---` lines and parses the block.
    /// Returns the front matter, the body's byte offset and its line number.
    static func parseDocumentBytes(_ buf: UnsafeBufferPointer<UInt8>) throws(FrontMatterError)
        -> (YAMLNode, Int, Int, [FrontMatterWarning])
    {
        let n = buf.count
        func isDelimiter(_ s: Int, _ e: Int) -> Bool {
            e - s == 3 && buf[s] == asciiDash && buf[s + 1] == asciiDash && buf[s + 2] == asciiDash
        }
        var firstEnd = 0
        while firstEnd < n && buf[firstEnd] != asciiLF { firstEnd += 1 }
        guard isDelimiter(0, firstEnd) else {
            throw FrontMatterError(.missingOpeningDelimiter, line: 1, column: 1)
        }
        let blockStart = firstEnd + 1
        var s = blockStart
        var lineNumber = 2
        while s < n {
            var e = s
            while e < n && buf[e] != asciiLF { e += 1 }
            if isDelimiter(s, e) {
                var parser = YAMLParser(
                    UnsafeBufferPointer(rebasing: buf[blockStart..<s]),
                    firstLine: 2, mode: .frontMatter)
                let frontMatter = try parser.parseRoot()
                return (frontMatter, min(e + 1, n), lineNumber + 1, parser.warnings)
            }
            s = e + 1
            lineNumber += 1
        }
        throw FrontMatterError(.unclosedFrontMatter, line: 1, column: 1)
    }

    /// Throws `.invalidUTF8` at the first malformed byte (RFC 3629 well-formedness),
    /// or `.looksLikeGB18030` there when the whole text is well-formed GBK/GB18030.
    static func validateUTF8(_ raw: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(FrontMatterError) {
        let n = raw.count
        var j = 0
        while j < n {
            let b = raw[j]
            if b < 0x80 {
                j += 1
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED:
                need = 2
                hi = 0x9F
            case 0xF0:
                need = 3
                lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                hi = 0x8F
            default: throw utf8Error(raw, at: j, firstLine: firstLine)
            }
            for k in 1...need {
                guard j + k < n else { throw utf8Error(raw, at: j, firstLine: firstLine) }
                let c = raw[j + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                guard c >= l && c <= h else { throw utf8Error(raw, at: j, firstLine: firstLine) }
            }
            j += need + 1
        }
    }

    private static func utf8Error(_ raw: UnsafeBufferPointer<UInt8>, at bad: Int, firstLine: Int) -> FrontMatterError {
        let kind: FrontMatterError.Kind = looksLikeGB18030(raw) ? .looksLikeGB18030 : .invalidUTF8
        var line = firstLine
        var column = 1
        var j = 0
        if hasBOM(raw) { j = 3 }
        while j < bad {
            let b = raw[j]
            if b == asciiLF || b == asciiCR {
                if !(b == asciiLF && j > 0 && raw[j - 1] == asciiCR) { line += 1 }
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            j += 1
        }
        return FrontMatterError(kind, line: line, column: column)
    }
}
