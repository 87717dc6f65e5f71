/// A parsed Mustache template: an immutable tree of nodes, cheap to copy and safe to share
/// between concurrently rendering tasks.
///
/// Supported syntax (the official Mustache spec, github.com/mustache/spec): interpolation
/// `{{x}}` (HTML-escaped) / `{{{x}}}` / `{{&x}}`, sections `{{#x}}…{{/x}}`, inverted sections
/// `{{^x}}…{{/x}}`, comments `{{! … }}`, partials `{{>name}}`, set delimiters `{{=<% %>=}}`,
/// and the optional modules `~inheritance` (parents `{{<name}}…{{/name}}`, blocks
/// `{{$name}}…{{/name}}`) and `~dynamic-names` (`{{>*path}}`, `{{<*path}}…{{/*path}}`).
/// Lambdas are not supported.
///
/// Render a template with ``TemplateLibrary/render(_:context:strictPartials:)``, which also
/// resolves its partials and parents.
public struct Template: Sendable {
    /// Name used in error messages (typically the template's file path relative to the site root).
    public let name: String

    /// Top-level nodes.
    let nodes: [Node]

    /// Parses `source`; `name` is used in error messages (typically the template's file path
    /// relative to the site root).
    ///
    /// Standalone lines (a line holding only whitespace and one section, inverted, closing,
    /// comment, partial, set-delimiters, parent or block tag) are removed as the spec requires;
    /// the indentation of a standalone partial or parent is re-applied to each line it renders.
    ///
    /// - Throws: ``MustacheError`` located at the offending tag, with kind
    ///   ``MustacheError/Kind/unclosedTag``, ``MustacheError/Kind/unclosedSection(_:)``,
    ///   ``MustacheError/Kind/mismatchedSectionEnd(expected:found:)``,
    ///   ``MustacheError/Kind/unexpectedSectionEnd(_:)``, ``MustacheError/Kind/invalidDelimiters``,
    ///   ``MustacheError/Kind/emptyTag``, ``MustacheError/Kind/invalidTagName(_:)`` or
    ///   ``MustacheError/Kind/nestingLimit(_:)`` (more than ``Template/maxNestingDepth`` nested
    ///   sections, inverted sections, parents and blocks).
    public init(_ source: String, name: String = "") throws(MustacheError) {
        self.name = name
        var parser = Parser(source: source, templateName: name)
        self.nodes = try parser.parse()
    }
}

// MARK: - Isolated copies

/// `s` in new storage (small strings have none to share).
func freshString(_ s: String) -> String {
    s.utf8.count <= 15 ? s : String(decoding: s.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(s.utf8), as: UTF8.self)
}

extension Template {
    /// This template with every node array, text and name in new storage; see
    /// ``TemplateLibrary/isolatedCopy()``.
    func isolatedCopy() -> Template { Template(name: freshString(name), nodes: Template.copy(nodes)) }

    private init(name: String, nodes: [Node]) {
        self.name = name
        self.nodes = nodes
    }

    private static func copy(_ nodes: [Node]) -> [Node] {
        var out: [Node] = []
        out.reserveCapacity(nodes.count)
        for node in nodes { out.append(copy(node)) }
        return out
    }

    private static func copy(_ bytes: [UInt8]) -> [UInt8] { bytes.withUnsafeBufferPointer { Array($0) } }

    private static func copy(_ path: Path) -> Path { Path(copying: path) }

    private static func copy(_ inclusion: Inclusion) -> Inclusion {
        let target: Inclusion.Target
        switch inclusion.target {
        case .fixed(let name): target = .fixed(freshString(name))
        case .dynamic(let path): target = .dynamic(copy(path))
        }
        return Inclusion(target: target, indent: inclusion.indent.map(copy), line: inclusion.line, column: inclusion.column)
    }

    private static func copy(_ node: Node) -> Node {
        switch node {
        case .text(let bytes): return .text(copy(bytes))
        case .variable(let path, let escaped): return .variable(copy(path), escaped: escaped)
        case .section(let s):
            return .section(Section(path: copy(s.path), children: copy(s.children), inverted: s.inverted, line: s.line, column: s.column))
        case .partial(let inclusion): return .partial(copy(inclusion))
        case .parent(let inclusion, let overrides):
            var blocks: [String: [Node]] = [:]
            for (name, nodes) in overrides { blocks[freshString(name)] = copy(nodes) }
            return .parent(copy(inclusion), overrides: blocks)
        case .block(let b):
            return .block(
                Block(
                    name: freshString(b.name), children: copy(b.children), overrideIndent: copy(b.overrideIndent),
                    standaloneOpener: b.standaloneOpener, line: b.line, column: b.column))
        }
    }
}

// MARK: - Syntax tree

extension Template {
    /// One node of a parsed template.
    enum Node: Sendable {
        /// Literal UTF-8 text.
        case text([UInt8])
        /// `{{x}}` (escaped) or `{{{x}}}` / `{{&x}}` (not escaped).
        case variable(Path, escaped: Bool)
        /// `{{#x}}…{{/x}}` or `{{^x}}…{{/x}}`.
        case section(Section)
        /// `{{>name}}`.
        case partial(Inclusion)
        /// `{{<name}}…{{/name}}` with the blocks it passes, by block name.
        case parent(Inclusion, overrides: [String: [Node]])
        /// `{{$name}}…{{/name}}` outside a parent tag: an overridable position.
        case block(Block)
    }

    /// A dotted name split into parts; no parts means the implicit iterator `.`.
    struct Path: Sendable {
        let parts: [String]
        /// `parts.first` and `parts.count`, stored apart so that a lookup of a plain
        /// name (most tags) does not touch the array.
        let head: String?
        let count: Int

        init(_ name: String) {
            if name == "." {
                parts = []
            } else {
                parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            }
            head = parts.first
            count = parts.count
        }

        /// `other` with its names in new storage.
        init(copying other: Path) {
            parts = other.parts.map(freshString)
            head = parts.first
            count = parts.count
        }
    }

    /// A section or inverted section.
    struct Section: Sendable {
        let path: Path
        let children: [Node]
        let inverted: Bool
        /// 1-based location of the opening tag, for errors.
        let line: Int
        let column: Int
    }

    /// A partial or parent tag.
    struct Inclusion: Sendable {
        enum Target: Sendable {
            /// A literal template name.
            case fixed(String)
            /// `*path`: the name is the interpolation of `path` (spec `~dynamic-names`).
            case dynamic(Path)
        }

        let target: Target
        /// Indentation prepended to every rendered line when the tag is standalone; nil otherwise.
        let indent: [UInt8]?
        /// 1-based location of the tag, for errors.
        let line: Int
        let column: Int
    }

    /// A block tag outside any parent tag.
    struct Block: Sendable {
        let name: String
        /// Default content, rendered when no enclosing parent overrides the block.
        let children: [Node]
        /// Indentation applied to overriding content (`~inheritance`: "Block indentation is
        /// removed at the site of definition and added at the site of expansion").
        let overrideIndent: [UInt8]
        /// Whether the opening tag was standalone (overriding content then starts a fresh line).
        let standaloneOpener: Bool
        /// 1-based location of the tag, for errors.
        let line: Int
        let column: Int
    }
}
