import FrontMatter
import Testing

typealias Kind = FrontMatterError.Kind

struct ErrorCase: Sendable, CustomTestStringConvertible {
    enum Entry: Sendable { case yaml, document }
    var name: String
    var entry: Entry
    var input: String
    var kind: Kind
    var line: Int
    var column: Int
    var testDescription: String { name }

    static func yaml(_ name: String, _ input: String, _ kind: Kind, _ line: Int, _ column: Int) -> ErrorCase {
        ErrorCase(name: name, entry: .yaml, input: input, kind: kind, line: line, column: column)
    }
    static func doc(_ name: String, _ input: String, _ kind: Kind, _ line: Int, _ column: Int) -> ErrorCase {
        ErrorCase(name: name, entry: .document, input: input, kind: kind, line: line, column: column)
    }
}

/// Runs the parser and returns the error it throws (or `nil`).
func parseError(_ c: ErrorCase) -> FrontMatterError? {
    do {
        switch c.entry {
        case .yaml: _ = try FrontMatter.parseYAML(c.input)
        case .document: _ = try FrontMatter.parseDocument(c.input)
        }
        return nil
    } catch {
        return error
    }
}

let riderWithUnterminatedQuote = """
    ---
    title: 2024年度最美骑手
    name: "王小明
    year: 2024
    ---
    正文
    """

let errorCases: [ErrorCase] = [
    // Delimiters
    .doc("file not starting with ---", "title: x\n---\n", .missingOpeningDelimiter, 1, 1),
    .doc("empty file", "", .missingOpeningDelimiter, 1, 1),
    .doc("blank line before ---", "\n---\na: 1\n---\n", .missingOpeningDelimiter, 1, 1),
    .doc("opening --- with trailing space", "--- \na: 1\n---\n", .missingOpeningDelimiter, 1, 1),
    .doc("missing closing ---", "---\ntitle: x\nbody text\n", .unclosedFrontMatter, 1, 1),
    .doc("only the opening ---", "---", .unclosedFrontMatter, 1, 1),
    .doc("closing --- with trailing text is not a delimiter", "---\na: 1\n--- x\n", .unclosedFrontMatter, 1, 1),

    // Multi-document markers and directives
    .doc("... inside front matter", "---\na: 1\n...\nb: 2\n---\n", .unsupported(.multipleDocuments), 3, 1),
    .doc(
        "--- with trailing space inside front matter", "---\na: 1\n--- \nb: 2\n---\n",
        .unsupported(.multipleDocuments), 3, 1),
    .yaml("second document in a YAML file", "a: 1\n---\nb: 2\n", .unsupported(.multipleDocuments), 2, 1),
    .yaml("content after document end", "a: 1\n...\nb: 2\n", .unsupported(.multipleDocuments), 3, 1),
    .yaml("content on the --- line", "--- a: 1\n", .unsupported(.multipleDocuments), 1, 1),
    .yaml("directive", "%YAML 1.2\n---\na: 1\n", .unsupported(.directive), 1, 1),

    // Unsupported node properties and styles
    .yaml("anchor", "a: &x 1\n", .unsupported(.anchor), 1, 4),
    .yaml("anchor before a key", "&k a: 1\n", .unsupported(.anchor), 1, 1),
    .yaml("alias", "a: 1\nb: *x\n", .unsupported(.alias), 2, 4),
    .yaml("alias as a list item", "l:\n  - *x\n", .unsupported(.alias), 2, 5),
    .yaml("tag", "a: !str 1\n", .unsupported(.tag), 1, 4),
    .yaml("secondary tag", "a: !!int 1\n", .unsupported(.tag), 1, 4),
    .yaml("literal block scalar", "a: |\n  text\n", .unsupported(.blockScalar), 1, 4),
    .yaml("folded block scalar", "a: >-\n  text\n", .unsupported(.blockScalar), 1, 4),
    .yaml("flow mapping", "a: {b: 1}\n", .unsupported(.flowMapping), 1, 4),
    .yaml("flow mapping inside a flow list", "a: [x, {b: 1}]\n", .unsupported(.flowMapping), 1, 8),
    .yaml("nested flow list", "a: [x, [y]]\n", .unsupported(.nestedFlowCollection), 1, 8),
    .yaml("complex key", "? a\n: b\n", .unsupported(.complexKey), 1, 1),
    .yaml("multi-line plain value", "a: hello\n  world\n", .unsupported(.multiLinePlainScalar), 2, 3),
    .yaml(
        "multi-line plain value on its own lines", "a:\n  hello\n  world\n",
        .unsupported(.multiLinePlainScalar), 3, 3),

    // Tabs and indentation
    .yaml("tab indentation", "a:\n\tb: 1\n", .tabIndentation, 2, 1),
    .yaml("tab after spaces in indentation", "a:\n  \tb: 1\n", .tabIndentation, 2, 3),
    .yaml("tab after a list dash", "l:\n  -\tx\n", .tabIndentation, 2, 4),
    .doc("tab indentation in front matter", "---\nt: 1\n\tx: 2\n---\n", .tabIndentation, 3, 1),
    .yaml("dedent to an unknown level", "a:\n    b: 1\n  c: 2\n", .badIndentation, 3, 3),
    .yaml("indented entry after a scalar", "a: 1\n  b: 2\n", .badIndentation, 2, 3),
    .yaml("indented entry after a quoted scalar", "a: \"x\"\n  y\n", .badIndentation, 2, 3),
    .yaml("list item indented too far", "l:\n  - a\n   - b\n", .badIndentation, 3, 4),
    .yaml("list-item mapping entry indented too far", "- title: A\n   year: 1\n", .badIndentation, 2, 4),
    .yaml("list-item mapping entry indented too little", "- title: A\n year: 1\n", .badIndentation, 2, 2),
    .yaml("root less indented than first line", "  a: 1\nb: 2\n", .badIndentation, 2, 1),

    // Keys
    .yaml("uppercase key", "Title: x\n", .invalidKey("Title"), 1, 1),
    .yaml("key with a dash", "a: 1\nmy-key: 1\n", .invalidKey("my-key"), 2, 1),
    .yaml("key starting with a digit", "1st: x\n", .invalidKey("1st"), 1, 1),
    .yaml("quoted key", "\"title\": x\n", .invalidKey("\"title\""), 1, 1),
    .yaml("key with a space, nested", "a:\n  Bad Key: 1\n", .invalidKey("Bad Key"), 2, 3),
    .yaml("CJK key", "名字: 王\n", .invalidKey("名字"), 1, 1),
    .yaml("key containing a colon", "a:b: c\n", .invalidKey("a:b"), 1, 1),
    .yaml("duplicate key", "title: a\nyear: 1\ntitle: b\n", .duplicateKey("title", firstLine: 1), 3, 1),
    .doc(
        "duplicate key in front matter", "---\ntitle: a\ntitle: b\n---\n",
        .duplicateKey("title", firstLine: 2), 3, 1),
    .yaml("duplicate nested key", "a:\n  x: 1\n  x: 2\n", .duplicateKey("x", firstLine: 2), 3, 3),
    .yaml("duplicate key in a list-item mapping", "- a: 1\n  a: 2\n", .duplicateKey("a", firstLine: 1), 2, 3),
    .yaml(
        "duplicate key in a large mapping",
        (1...20).map { "k\($0): \($0)\n" }.joined() + "k3: again\n", .duplicateKey("k3", firstLine: 3), 21, 1),
    .yaml("not a key: value line", "a: 1\njust text\n", .expectedKey, 2, 1),
    .yaml("missing space after colon", "a: 1\nb:c\n", .missingSpaceAfterColon, 2, 2),
    .doc("front matter that is a scalar", "---\nhello\n---\n", .expectedKey, 2, 1),
    .doc("front matter that is a list", "---\n- a\n---\n", .frontMatterNotMapping, 2, 1),
    .yaml("non-item line in a list", "l:\n  - a\n  b\n", .expectedListItem, 3, 3),
    .yaml("list on the key's line", "a: - b\n", .unexpectedListItem, 1, 4),
    .yaml("list item in a mapping", "a: 1\n- b\n", .unexpectedListItem, 2, 1),

    // Quoted scalars
    .doc(
        "unterminated quote on line 3 of a rider file with CJK text before it",
        riderWithUnterminatedQuote, .unterminatedQuote(.double), 3, 7),
    .yaml("unterminated single quote", "a: 'abc\n", .unterminatedQuote(.single), 1, 4),
    .yaml("quote not closed on the same line", "a: \"abc\n  def\"\n", .unterminatedQuote(.double), 1, 4),
    .yaml("unterminated quote in a flow list", "a: [x, \"y]\n", .unterminatedQuote(.double), 1, 8),
    .yaml("escaped quote does not close", "a: \"x\\\"\n", .unterminatedQuote(.double), 1, 4),
    .yaml("unknown escape", "a: \"x\\q\"\n", .badEscape("\\q"), 1, 6),
    .yaml("bad \\u escape", "a: \"\\u12G4\"\n", .badEscape("\\u12G4"), 1, 5),
    .yaml("short \\u escape", "a: \"\\u12\"\n", .badEscape("\\u12\""), 1, 5),
    .yaml("lone surrogate", "a: \"\\uD800x\"\n", .badEscape("\\uD800"), 1, 5),
    .yaml("bad escape after CJK", "a: \"王\\z\"\n", .badEscape("\\z"), 1, 6),
    // Regression: escapes that produce control characters put invalid bytes into the XML feed.
    .yaml("escaped control \\u0001", "a: \"x\\u0001\"\n", .invalidCharacter("\u{01}"), 1, 6),
    .yaml("escaped NUL \\0", "a: \"\\0\"\n", .invalidCharacter("\u{00}"), 1, 5),
    .yaml("escaped form feed", "a: \"甲\\f\"\n", .invalidCharacter("\u{0C}"), 1, 6),
    .yaml("escaped C1 \\x85", "a: \"\\x85\"\n", .invalidCharacter("\u{85}"), 1, 5),
    // Issue 17 (minor): a raw NEL was accepted in front matter but rejected in bodies.
    .yaml("raw C1 NEL", "a: 甲\u{85}乙\n", .invalidCharacter("\u{85}"), 1, 5),
    // Regression: deep nesting crashed the parser (stack overflow) instead of an error.
    .yaml("nested lists too deep", "a:\n  " + String(repeating: "- ", count: 70) + "x\n", .nestingTooDeep(64), 2, 129),
    .yaml(
        "nested mappings too deep", (0..<70).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n",
        .nestingTooDeep(64), 65, 65),
    .yaml("text after closing quote", "a: \"x\" y\n", .textAfterClosingQuote, 1, 8),
    .yaml("comment without space after closing quote", "a: \"x\"#c\n", .textAfterClosingQuote, 1, 7),
    .yaml("text after closing single quote", "a: 'x'y\n", .textAfterClosingQuote, 1, 7),
    .yaml("text after closing quote in a flow list", "a: [\"x\" y]\n", .textAfterClosingQuote, 1, 9),

    // Plain scalars
    .yaml("plain value containing ': '", "title: Re: Zero\n", .plainValueContainsColon, 1, 10),
    .yaml("plain value ending in ':'", "a: foo:\n", .plainValueContainsColon, 1, 7),
    .yaml("plain value with ': ' in a list item mapping", "- a: b: c\n", .plainValueContainsColon, 1, 7),
    .yaml("flow item containing ': '", "a: [x: 1]\n", .plainValueContainsColon, 1, 6),
    .yaml("value starting with @", "a: @x\n", .unexpectedCharacter("@"), 1, 4),
    .yaml("value starting with a backquote", "a: `x`\n", .unexpectedCharacter("`"), 1, 4),
    .yaml("value starting with %", "a: %x\n", .unexpectedCharacter("%"), 1, 4),
    .yaml("value starting with ]", "a: ]\n", .unexpectedCharacter("]"), 1, 4),
    .yaml("flow item starting with @", "a: [x, @y]\n", .unexpectedCharacter("@"), 1, 8),

    // Flow lists
    .yaml("unterminated flow list", "a: [x, y\n", .unterminatedFlowList, 1, 4),
    .yaml("comment inside a flow list", "a: [x # c]\n", .unterminatedFlowList, 1, 4),
    .yaml("multi-line flow list", "a: [x,\n  y]\n", .unterminatedFlowList, 1, 4),
    .yaml("empty flow item", "a: [x, , y]\n", .emptyFlowListItem, 1, 8),
    .yaml("flow list with only a comma", "a: [,]\n", .emptyFlowListItem, 1, 5),
    .yaml("text after flow list", "a: [x] y\n", .textAfterFlowList, 1, 8),

    // Dates and integers
    .yaml("February 30th", "date: 2024-02-30\n", .invalidDate("2024-02-30"), 1, 7),
    .yaml("February 29th in a common year", "d: 2023-02-29\n", .invalidDate("2023-02-29"), 1, 4),
    .yaml("February 29th in 1900", "d: 1900-02-29\n", .invalidDate("1900-02-29"), 1, 4),
    .yaml("month 13", "d: 2024-13-01\n", .invalidDate("2024-13-01"), 1, 4),
    .yaml("April 31st", "d: 2024-04-31\n", .invalidDate("2024-04-31"), 1, 4),
    .yaml("day zero", "d: 2024-04-00\n", .invalidDate("2024-04-00"), 1, 4),
    .yaml("single-digit month and day", "d: 2024-1-5\n", .nonISODate("2024-1-5", iso: "2024-01-05"), 1, 4),
    .yaml("hour 25", "d: 2024-01-01T25:00\n", .invalidDate("2024-01-01T25:00"), 1, 4),
    .yaml("space instead of T", "d: 2024-01-01 10:00\n", .invalidDate("2024-01-01 10:00"), 1, 4),
    .yaml("offset without colon", "d: 2024-01-01T10:00+0800\n", .invalidDate("2024-01-01T10:00+0800"), 1, 4),
    .yaml("fractional seconds", "d: 2024-01-01T10:00:00.5Z\n", .invalidDate("2024-01-01T10:00:00.5Z"), 1, 4),
    .yaml("invalid date in a flow list", "d: [2024-01-01, 2024-02-31]\n", .invalidDate("2024-02-31"), 1, 17),
    .yaml("integer too large", "n: 9223372036854775808\n", .integerOutOfRange("9223372036854775808"), 1, 4),
    .yaml("integer too small", "n: -9223372036854775809\n", .integerOutOfRange("-9223372036854775809"), 1, 4),
    .yaml("hex integer too large", "n: 0x1FFFFFFFFFFFFFFFF\n", .integerOutOfRange("0x1FFFFFFFFFFFFFFFF"), 1, 4),

    // Characters, encodings, line endings
    .yaml("control character", "a: b\u{07}c\n", .invalidCharacter("\u{07}"), 1, 5),
    .yaml("C1 control character", "a: x\u{9F}\n", .invalidCharacter("\u{9F}"), 1, 5),
    .yaml("DEL", "a: \u{7F}\n", .invalidCharacter("\u{7F}"), 1, 4),
    .yaml("CRLF does not shift columns", "a: 1\r\nb: \"x\r\n", .unterminatedQuote(.double), 2, 4),
    .yaml("BOM is not a column", "\u{FEFF}a: &x\n", .unsupported(.anchor), 1, 4),
    .doc("BOM and CRLF in a document", "\u{FEFF}---\r\na: 1\r\nb: *x\r\n---\r\n", .unsupported(.alias), 3, 4),
]

@Test("invalid input", arguments: errorCases)
func reportsError(_ c: ErrorCase) {
    let error = parseError(c)
    #expect(error?.kind == c.kind)
    #expect(error?.line == c.line)
    #expect(error?.column == c.column)
}

// MARK: - Positions of whole documents
// (The words of each kind are tested in MessagesTests, where the catalogue lives.)

@Test func riderUnterminatedQuote() {
    #expect(throws: FrontMatterError(.unterminatedQuote(.double), line: 3, column: 7)) {
        try FrontMatter.parseDocument(riderWithUnterminatedQuote)
    }
}

@Test func firstLineOffsetsErrors() {
    #expect(throws: FrontMatterError(.unsupported(.alias), line: 5, column: 4)) {
        try FrontMatter.parseYAML("a: *x\n", firstLine: 5)
    }
}

// MARK: - Raw bytes

@Test func invalidUTF8InYAML() {
    let bytes = Array("a: 1\nb: ".utf8) + [0xFF]
    #expect(throws: FrontMatterError(.invalidUTF8, line: 2, column: 4)) {
        try FrontMatter.parseYAML(utf8: bytes)
    }
}

@Test func invalidUTF8AfterBOMAndCJK() {
    // BOM, "a: 王", then a truncated three-byte sequence.
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 王".utf8) + [0xE4, 0xB8]
    #expect(throws: FrontMatterError(.invalidUTF8, line: 1, column: 5)) {
        try FrontMatter.parseYAML(utf8: bytes)
    }
}

@Test func invalidUTF8InDocument() {
    let bytes = Array("---\r\ntitle: 王".utf8) + [0xC0, 0x80] + Array("\r\n---\r\n".utf8)
    #expect(throws: FrontMatterError(.invalidUTF8, line: 2, column: 9)) {
        try FrontMatter.parseDocument(utf8: bytes)
    }
}

@Test func surrogateCodePointIsInvalidUTF8() {
    let bytes = Array("a: ".utf8) + [0xED, 0xA0, 0x80]
    #expect(throws: FrontMatterError(.invalidUTF8, line: 1, column: 4)) {
        try FrontMatter.parseYAML(utf8: bytes)
    }
}
