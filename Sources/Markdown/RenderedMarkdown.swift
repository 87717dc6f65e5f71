/// The result of rendering one Markdown document: plain values, no cmark pointers.
///
/// Every position is 1-based and relative to the Markdown text that was passed in
/// (callers add the body's line offset in the source file).
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML fragment (UTF-8 text). Headings carry `id` attributes.
    public var html: String
    /// Headings in document order.
    public var headings: [Heading]
    /// Every link and image destination in document order, after rewriting.
    public var links: [Link]
    /// The text of the document's paragraphs, headings excluded, with markup
    /// removed and CJK soft breaks joined; paragraphs separated by `"\n"`.
    public var plainText: String

    /// A heading of the document.
    public struct Heading: Sendable, Equatable {
        /// 1…6.
        public var level: Int
        /// The heading's plain text.
        public var text: String
        /// The `id` attribute given to the heading; unique within the document.
        public var id: String
        /// 1-based line of the heading in the Markdown text.
        public var line: Int
    }

    /// A link (`[text](url)`) or image (`![alt](src)`) destination.
    public struct Link: Sendable, Equatable {
        /// The destination as written in the Markdown source.
        public var original: String
        /// The destination as emitted into the HTML (after ``MarkdownOptions/rewriteURL``).
        public var url: String
        /// True for images.
        public var isImage: Bool
        /// 1-based line of the link (cmark's inline source position when known,
        /// else the line of the enclosing block).
        public var line: Int
        /// 1-based column in Unicode scalars, or 1 when unknown.
        public var column: Int
    }
}

/// Options for ``renderMarkdown(_:options:)``.
public struct MarkdownOptions: Sendable {
    /// When false (the default) cmark's safe mode drops raw HTML and
    /// `javascript:`, `vbscript:`, `file:` and most `data:` URLs.
    public var unsafeHTML: Bool
    /// Maps each link or image destination to the one written into the HTML;
    /// return `nil` to keep it. Receives the destination and its 1-based line.
    public var rewriteURL: (@Sendable (String, Int) -> String?)?

    /// Creates options; see the properties for meanings.
    public init(unsafeHTML: Bool = false, rewriteURL: (@Sendable (String, Int) -> String?)? = nil) {
        self.unsafeHTML = unsafeHTML
        self.rewriteURL = rewriteURL
    }
}
