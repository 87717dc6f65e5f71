/// Something in a front matter or YAML-subset file that parses but is most
/// likely not what the writer meant, with its exact position.
///
/// Positions follow ``FrontMatterError``: 1-based lines of the whole file,
/// 1-based columns in Unicode scalars.
public struct FrontMatterWarning: Sendable, Equatable, CustomStringConvertible {
    /// The kind of slip.
    public enum Kind: Sendable, Hashable {
        /// `，`, `、` or `；` inside an unquoted flow-list item, where a `,` was
        /// meant (`[最美骑手，志愿服务]` is one item); reported at that character.
        case chineseListSeparator(Character)
        /// A whole unquoted value wrapped in Chinese or mismatched quotes
        /// (`”刘洋“`, `“志愿服务”`), which become part of the text; payload: the value.
        case quotesAroundValue(String)
        /// A quote without its partner inside an unquoted value (`刘洋”`);
        /// payload: that character.
        case strayQuote(Character)
    }

    /// What looks wrong.
    public var kind: Kind
    /// 1-based line in the coordinates of the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    /// Creates a warning at a 1-based position.
    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// `"<line>:<column>: <kind>"`, for debugging (the catalogue words it for people).
    public var description: String { "\(line):\(column): \(kind)" }
}
