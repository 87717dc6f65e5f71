/// An error in a content file's front matter or in a YAML-subset file,
/// with the exact position of the mistake.
///
/// `line` is 1-based in the coordinates of the whole file; `column` is 1-based
/// and counted in Unicode scalars of that line (a leading byte-order mark does
/// not count, CRLF line endings do not shift columns).
public struct FrontMatterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which quote character opened an unterminated string.
    public enum QuoteStyle: Sendable, Equatable {
        /// `"…"`
        case double
        /// `'…'`
        case single
    }

    /// A YAML feature that is valid YAML 1.2 but deliberately outside the subset.
    public enum Feature: Sendable, Equatable {
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
    public enum Kind: Sendable, Equatable {
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

    /// A lowercase sentence describing the mistake, without position,
    /// e.g. `unterminated double-quoted string`.
    public var message: String {
        switch kind {
        case .invalidUTF8:
            return "file is not valid UTF-8"
        case .missingOpeningDelimiter:
            return "file must start with a front matter block opened by a line holding exactly '---'"
        case .unclosedFrontMatter:
            return "front matter opened here is never closed (expected a line holding exactly '---')"
        case .nestingTooDeep(let limit):
            return "nesting deeper than \(limit) levels is not supported"
        case .invalidCharacter(let scalar):
            return "control character \(Self.uPlus(scalar)) is not allowed"
        case .tabIndentation:
            return "tab used for indentation; indent with spaces"
        case .badIndentation:
            return "bad indentation: this line does not line up with the entries around it"
        case .invalidKey(let key):
            return "invalid key '\(key)'; keys must match [a-z_][a-z0-9_]*"
        case .duplicateKey(let key, let firstLine):
            return "duplicate key '\(key)' (first defined on line \(firstLine))"
        case .expectedKey:
            return "expected a 'key: value' entry (with a space after ':')"
        case .expectedListItem:
            return "expected a '- ' list item"
        case .unexpectedListItem:
            return "a '- ' list item cannot start here; start the list on its own line below the key"
        case .unterminatedQuote(.double):
            return "unterminated double-quoted string"
        case .unterminatedQuote(.single):
            return "unterminated single-quoted string"
        case .badEscape(let esc):
            return "invalid escape sequence '\(esc)' in double-quoted string"
        case .textAfterClosingQuote:
            return "unexpected text after closing quote"
        case .plainValueContainsColon:
            return "unquoted value contains ': '; put the whole value in quotes"
        case .unexpectedCharacter(let c):
            return "unexpected character '\(c)'; put the value in quotes if it is text"
        case .unterminatedFlowList:
            return "unterminated flow list; '[' must be closed by ']' on the same line"
        case .emptyFlowListItem:
            return "empty item in flow list"
        case .textAfterFlowList:
            return "unexpected text after closing ']'"
        case .invalidDate(let text):
            return "invalid date '\(text)'; expected a real date as YYYY-MM-DD or "
                + "YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] (quote the value if it is text)"
        case .integerOutOfRange(let text):
            return "integer '\(text)' is out of range"
        case .frontMatterNotMapping:
            return "front matter must be a mapping of 'key: value' entries"
        case .unsupported(let feature):
            switch feature {
            case .anchor: return "anchors ('&name') are not supported"
            case .alias: return "aliases ('*name') are not supported"
            case .tag: return "tags ('!tag') are not supported"
            case .blockScalar:
                return "block scalars ('|' and '>') are not supported; use a quoted string with \\n"
            case .flowMapping:
                return "flow mappings ('{...}') are not supported; use an indented block mapping"
            case .nestedFlowCollection: return "nested flow collections are not supported"
            case .multipleDocuments:
                return "multiple documents ('---' or '...' markers) are not supported"
            case .directive: return "directives ('%...') are not supported"
            case .complexKey: return "complex mapping keys ('? ') are not supported"
            case .multiLinePlainScalar:
                return "multi-line values are not supported; put the value on one line, in quotes if needed"
            }
        }
    }

    /// `"<line>:<column>: error: <message>"`.
    public var description: String {
        "\(line):\(column): error: \(message)"
    }

    private static func uPlus(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
