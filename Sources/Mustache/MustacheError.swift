/// An error raised while parsing or rendering a Mustache template, with its location.
///
/// Parse errors are located in the template being parsed; render errors at the tag that
/// caused them, in the template that contains that tag (for a tag inside a partial, the
/// partial's name). ``Kind/missingTemplate(_:)`` has no location (`line` and `column` are 0).
public struct MustacheError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// A section, inverted section, parent or block opened with this name is never closed.
        /// Located at the opening tag.
        case unclosedSection(String)
        /// A closing tag `{{/found}}` closes the section `expected`. Located at the closing tag.
        case mismatchedSectionEnd(expected: String, found: String)
        /// A closing tag with this name has no open section. Located at the closing tag.
        case unexpectedSectionEnd(String)
        /// A tag's opening delimiter has no matching closing delimiter. Located at the tag.
        case unclosedTag
        /// A set-delimiters tag `{{=a b=}}` does not hold exactly two non-empty delimiters
        /// free of whitespace and `=`. Located at the tag.
        case invalidDelimiters
        /// A non-comment tag has no name, e.g. `{{}}` or `{{# }}`. Located at the tag.
        case emptyTag
        /// A tag name contains whitespace, e.g. `{{first name}}` (spec: tag content MUST be a
        /// non-whitespace character sequence). Located at the tag.
        case invalidTagName(String)
        /// With `strictPartials`, a partial or parent with this name is not in the library.
        /// Located at the partial/parent tag.
        case missingPartial(String)
        /// More than this many partial/parent/block expansions are nested (e.g. a partial that
        /// includes itself without end). Located at the tag that would exceed the limit.
        case recursionLimit(Int)
        /// Sections, inverted sections, parents and blocks nest more than this many levels
        /// within one template, or sections plus partial/parent/block expansions nest more than
        /// this many levels while rendering. Located at the tag that would exceed the limit.
        case nestingLimit(Int)
        /// One render expanded partials, parents and blocks more than this many times in
        /// total (e.g. partials that each include the next one twice: exponential output).
        /// Located at the tag that would exceed the budget.
        case expansionLimit(Int)
        /// Sections of one render went through more than this many list items in total
        /// (e.g. the same list nested in itself: exponential work, even with no output).
        /// Located at the section that would exceed the budget.
        case iterationLimit(Int)
        /// One render produced more than this many bytes of output.
        case outputLimit(Int)
        /// `TemplateLibrary.render(named:…)` was asked for a template that is not registered.
        case missingTemplate(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// Name of the template holding the offending tag (typically a path relative to the site root).
    public var templateName: String
    /// 1-based line of the offending tag; 0 when the error has no location.
    public var line: Int
    /// 1-based column of the offending tag's first character, counted in Unicode scalars of
    /// that line; 0 when the error has no location.
    public var column: Int

    /// Creates an error.
    public init(kind: Kind, templateName: String, line: Int, column: Int) {
        self.kind = kind
        self.templateName = templateName
        self.line = line
        self.column = column
    }

    /// `"<templateName>:<line>:<column>: <kind>"` (or without the position), for debugging;
    /// the words shown to people come from the message catalogue (module `Messages`).
    public var description: String {
        if line == 0 { return "\(templateName): \(kind)" }
        return "\(templateName):\(line):\(column): \(kind)"
    }
}

/// Line/column computation for byte offsets into a UTF-8 source.
struct SourceLocator {
    /// Returns the 1-based line and 1-based Unicode-scalar column of `offset` in `bytes`.
    static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}
