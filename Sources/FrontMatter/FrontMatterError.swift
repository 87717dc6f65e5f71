/// An error in a content file's front matter or in a YAML-subset file,
/// with the exact position of the mistake.
///
/// `line` is 1-based in the coordinates of the whole file; `column` is 1-based
/// and counted in Unicode scalars of that line (a leading byte-order mark does
/// not count, CRLF line endings do not shift columns).
public struct FrontMatterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which quote character opened an unterminated string.
    public enum QuoteStyle: Sendable, Hashable {
        /// `"…"`
        case double
        /// `'…'`
        case single
    }

    /// A YAML feature that is valid YAML 1.2 but deliberately outside the subset.
    public enum Feature: Sendable, Hashable {
        /// Node anchors `&name` (YAML 1.2 §6.9.2).
        case anchor
        /// Alias nodes `*name` (YAML 1.2 §7.1).
        case alias
        /// Node tags `!tag` (YAML 1.2 §6.9.1).
        case tag
        /// Literal `|` and folded `>` block scalars (YAML 1.2 §8.1).
        case blockScalar
        /// Flow mappings `{ … }` (YAML 1.2 §7.4.2).
        case flowMapping
        /// A flow collection nested inside a flow list, e.g. `[a, [b]]`.
        case nestedFlowCollection
        /// Document markers `---`/`...` separating several documents (YAML 1.2 §9.2).
        case multipleDocuments
        /// Directives such as `%YAML 1.2` (YAML 1.2 §6.8).
        case directive
        /// Complex mapping keys introduced by `? ` (YAML 1.2 §8.2.2).
        case complexKey
        /// A plain scalar continued on following lines (YAML 1.2 §7.3.3 multi-line plain scalars).
        case multiLinePlainScalar
    }

    /// The kind of mistake. Each case has a fixed ``FrontMatterError/message``.
    public enum Kind: Sendable, Hashable {
        /// The raw bytes are not valid UTF-8 (only from the `utf8:` entry points).
        case invalidUTF8
        /// A content file does not start with a line holding exactly `---`. Reported at 1:1.
        case missingOpeningDelimiter
        /// The opening `---` has no matching closing `---` line. Reported at 1:1.
        case unclosedFrontMatter
        /// A control character (C0 other than tab/line feed, DEL, C1 other than
        /// NEL) appears in the YAML text; YAML 1.2 §5.1 excludes them.
        case invalidCharacter(Unicode.Scalar)
        /// A tab character in the indentation of a line (YAML 1.2 §6.1 forbids tabs in indentation).
        case tabIndentation
        /// A line whose indentation does not line up with any enclosing mapping or list.
        case badIndentation
        /// A mapping key that does not match `[a-z_][a-z0-9_]*` (payload: the key as written).
        case invalidKey(String)
        /// A key that already occurs in the same mapping; reported at the second
        /// occurrence. `firstLine` is the line of the first occurrence.
        case duplicateKey(String, firstLine: Int)
        /// A line inside a mapping that is not a `key: value` entry.
        case expectedKey
        /// A line inside a block list that is not a `- item`.
        case expectedListItem
        /// A `- item` where a list cannot start (e.g. `key: - a` on one line).
        case unexpectedListItem
        /// A quoted string that is not closed on the same line; reported at the opening quote.
        case unterminatedQuote(QuoteStyle)
        /// An unknown or malformed escape in a double-quoted string
        /// (payload: the escape as written, e.g. `\q`); reported at the backslash.
        case badEscape(String)
        /// Something other than a comment, `,` or `]` follows a closing quote;
        /// reported at that text.
        case textAfterClosingQuote
        /// A plain (unquoted) value contains `: ` (or ends in `:`); reported at the `:`.
        case plainValueContainsColon
        /// A character that cannot appear here unquoted (e.g. a plain value
        /// starting with `@`, `` ` ``, `%`, `,`, `]`, `}`).
        case unexpectedCharacter(Character)
        /// A `[` flow list not closed by `]` on the same line; reported at the `[`.
        case unterminatedFlowList
        /// An empty item between commas in a flow list (`[a, , b]`); reported at the comma.
        case emptyFlowListItem
        /// Something other than a comment follows the `]` that closes a flow list.
        case textAfterFlowList
        /// A plain value shaped like a date (`YYYY-M-D…`) that is not a valid
        /// date in the accepted forms (payload: the value as written).
        case invalidDate(String)
        /// An integer that does not fit in `Int` (payload: the value as written).
        case integerOutOfRange(String)
        /// The front matter is a block list rather than a mapping
        /// (a lone scalar is reported as ``expectedKey``).
        case frontMatterNotMapping
        /// A YAML feature outside the supported subset.
        case unsupported(Feature)
        /// Block mappings and lists nested deeper than the limit (payload: the limit).
        case nestingTooDeep(Int)

        // MARK: Chinese-keyboard mistakes (see Mistakes.swift)

        /// The bytes are not UTF-8 but read as GBK/GB18030 (a file saved by a
        /// Chinese-locale editor); reported at the first byte that is not UTF-8.
        case looksLikeGB18030
        /// A full-width colon `：` (U+FF1A) after a key; reported at the `：`.
        case fullWidthColon
        /// `key:value` with no space after the ASCII colon; reported at the `:`.
        case missingSpaceAfterColon
        /// An ideographic space `　` (U+3000) where YAML needs ordinary spaces
        /// (indentation, after a colon); reported at the first one.
        case fullWidthSpace
        /// A full-width bracket (`［` `］` `【` `】`) where a `[ ]` flow list is meant.
        case fullWidthBracket(Character)
        /// A dash or bullet other than ASCII `-` (`－` `—` `–` `•` …) starting a list item.
        case listDash(Character)
        /// A string opened with an ASCII quote and closed with a Chinese one
        /// (`"刘洋”`); reported at the Chinese quote (payload: that character).
        case mismatchedQuote(Character)
        /// A number or date typed with full-width digits (`２０２５`); payload: the
        /// value as written and its ASCII form.
        case fullWidthDigits(String, ascii: String)
        /// A date written `2025年10月1日`, `2025.10.1`, `2025/10/01` or `2025-10-1`;
        /// payload: the value as written and the `YYYY-MM-DD` form.
        case nonISODate(String, iso: String)
        /// A number followed by a unit (`30人`) where an integer is expected;
        /// payload: the value as written and the number alone.
        case numberWithUnit(String, number: String)
        /// `是`/`否`, `对`/`错` … where `true`/`false` is expected; payload: the value
        /// as written and what it means.
        case chineseBoolean(String, Bool)
    }

    /// What went wrong.
    public var kind: Kind
    /// 1-based line of the mistake, in the coordinates of the whole file.
    public var line: Int
    /// 1-based column of the mistake, counted in Unicode scalars of that line.
    public var column: Int

    /// Creates an error at a 1-based position.
    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// `"<line>:<column>: <kind>"`, for debugging. The words shown to people
    /// come from the message catalogue (module `Messages`), which translates the kind.
    public var description: String {
        "\(line):\(column): \(kind)"
    }
}
