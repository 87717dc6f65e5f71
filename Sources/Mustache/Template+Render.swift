extension Template {
    /// Maximum number of nested partial, parent and overridden-block expansions before
    /// rendering stops with ``MustacheError/Kind/recursionLimit(_:)``.
    public static let maxExpansionDepth = 200

    /// Maximum nesting of sections, inverted sections, parents and blocks within one template
    /// (checked when parsing), and of rendered sections, blocks and partial/parent expansions
    /// while rendering; deeper nesting fails with ``MustacheError/Kind/nestingLimit(_:)``
    /// instead of exhausting the stack.
    public static let maxNestingDepth = 1000

    /// Budget of partial, parent and overridden-block expansions in one render: past it
    /// rendering stops with ``MustacheError/Kind/expansionLimit(_:)``, so templates whose
    /// expansions grow exponentially fail quickly instead of running for hours.
    public static let maxExpansions = 2_000_000

    /// Budget of list items rendered by sections in one render: past it rendering stops with
    /// ``MustacheError/Kind/iterationLimit(_:)``. Sections nested over the same list repeat
    /// it exponentially even when they write nothing, which the output budget cannot see
    /// (11 districts nested 50 deep never finished); 20 million items take about a second.
    public static let maxIterations = 20_000_000

    /// Budget of output bytes of one render (``MustacheError/Kind/outputLimit(_:)``).
    public static let maxOutputBytes = 256 << 20

    /// Renders node trees into one growing UTF-8 buffer.
    ///
    /// State: the context stack (spec: "the context stack local to the tag"), the current
    /// indentation (standalone partials/parents and overridden blocks), the block overrides of
    /// the enclosing parents (outermost first: "Top-level substitutions take precedence in
    /// multi-level inheritance"), and the expansion depth.
    struct Renderer {
        /// Block arguments passed by one parent tag, with the template that defines them.
        struct OverrideFrame {
            let blocks: [String: [Node]]
            let templateName: String
        }

        let library: TemplateLibrary
        let strictPartials: Bool
        /// The escaping of `{{x}}`; nil: HTML.
        let escape: (@Sendable (String) -> String)?
        private(set) var output: [UInt8] = []
        private var contexts: [MustacheValue]
        private var indent: [UInt8] = []
        private var atLineStart = true
        private var overrides: [OverrideFrame] = []
        private var depth = 0
        /// Expansions so far in this render (see ``Template/maxExpansions``).
        private var expansions = 0
        /// List items rendered by sections so far in this render (see ``Template/maxIterations``).
        private var iterations = 0
        private var level = 0
        private var templateName: String

        init(
            library: TemplateLibrary, context: MustacheValue, templateName: String, strictPartials: Bool,
            escape: (@Sendable (String) -> String)? = nil
        ) {
            self.library = library
            self.strictPartials = strictPartials
            self.escape = escape
            self.contexts = [context]
            self.templateName = templateName
            self.output.reserveCapacity(16 * 1024)
        }

        var result: String { String(decoding: output, as: UTF8.self) }

        mutating func render(_ nodes: [Node]) throws(MustacheError) {
            // Nodes are read in place (borrowed), not copied out of the array one by one.
            try nodes.withUnsafeBufferPointer { (nodes) throws(MustacheError) in
                for i in nodes.indices { try render(nodes[i]) }
            }
        }

        private mutating func render(_ node: borrowing Node) throws(MustacheError) {
            switch node {
            case .text(let bytes):
                emitText(bytes)
            case .variable(let path, let escaped):
                if let value = lookup(path) { emitValue(value, escaped: escaped) }
            case .section(let section):
                try renderSection(section)
            case .partial(let inclusion):
                try include(inclusion, overrides: nil)
            case .parent(let inclusion, let blocks):
                try include(inclusion, overrides: OverrideFrame(blocks: blocks, templateName: templateName))
            case .block(let block):
                try renderBlock(block)
            }
        }

        // MARK: Context lookup

        /// Spec name resolution (interpolation.json / sections.json): `.` is the top of the
        /// stack; otherwise the first part is looked up walking the stack from the top, in the
        /// first map holding that key, and the remaining parts against that value only.
        private func lookup(_ path: Path) -> MustacheValue? {
            guard let first = path.head else { return contexts.last }
            var found: MustacheValue?
            var k = contexts.count
            while k > 0 {
                k -= 1
                if let value = contexts[k][first] {
                    found = value
                    break
                }
            }
            guard var value = found else { return nil }
            if path.count == 1 { return value }
            let parts = path.parts
            var i = 1
            while i < parts.count {
                guard case .map(let map) = value, let next = map[parts[i]] else { return nil }
                value = next
                i += 1
            }
            return value
        }

        // MARK: Sections

        private mutating func renderSection(_ section: Section) throws(MustacheError) {
            let value = lookup(section.path) ?? .null
            guard section.inverted != value.isTruthy else { return }
            guard level < Template.maxNestingDepth else {
                throw error(.nestingLimit(Template.maxNestingDepth), line: section.line, column: section.column)
            }
            level += 1
            defer { level -= 1 }
            if section.inverted {
                try render(section.children)
                return
            }
            switch value {
            case .list(let items):
                for item in items {
                    iterations += 1
                    guard iterations <= library.iterationLimit else {
                        throw error(.iterationLimit(library.iterationLimit), line: section.line, column: section.column)
                    }
                    contexts.append(item)
                    try render(section.children)
                    contexts.removeLast()
                    // Lists multiply output: the budget is checked after every item, so nested
                    // loops stop at the limit rather than after writing gigabytes.
                    guard output.count <= library.outputLimit else {
                        throw error(.outputLimit(library.outputLimit), line: section.line, column: section.column)
                    }
                }
            default:
                contexts.append(value)
                try render(section.children)
                contexts.removeLast()
            }
        }

        // MARK: Partials, parents, blocks

        private func error(_ kind: MustacheError.Kind, line: Int, column: Int) -> MustacheError {
            MustacheError(kind: kind, templateName: templateName, line: line, column: column)
        }

        private mutating func include(_ inclusion: Inclusion, overrides frame: OverrideFrame?) throws(MustacheError) {
            let name: String
            switch inclusion.target {
            case .fixed(let fixed):
                name = fixed
            case .dynamic(let path):
                // ~dynamic-names: "Failed resolution of the dynamic name SHOULD result in
                // nothing being rendered."
                guard let value = lookup(path) else { return }
                name = value.interpolationText
                guard !name.isEmpty else { return }
            }
            guard let template = library.templates[name] else {
                // partials.json: "If the named partial cannot be found, the empty string
                // SHOULD be used instead".
                if strictPartials {
                    throw error(.missingPartial(name), line: inclusion.line, column: inclusion.column)
                }
                return
            }
            try expand(
                template.nodes, from: template.name.isEmpty ? name : template.name, indent: inclusion.indent ?? [],
                startsLine: inclusion.indent != nil, overrides: frame, line: inclusion.line, column: inclusion.column)
        }

        private mutating func renderBlock(_ block: Block) throws(MustacheError) {
            var override: (nodes: [Node], templateName: String)?
            for frame in overrides {
                if let nodes = frame.blocks[block.name] {
                    override = (nodes, frame.templateName)
                    break
                }
            }
            guard level < Template.maxNestingDepth else {
                throw error(.nestingLimit(Template.maxNestingDepth), line: block.line, column: block.column)
            }
            guard let override else {
                level += 1
                try render(block.children)
                level -= 1
                return
            }
            try expand(
                override.nodes, from: override.templateName, indent: block.overrideIndent, startsLine: block.standaloneOpener,
                overrides: nil, line: block.line, column: block.column)
        }

        /// Renders the nodes of a partial, parent or overridden block (an *expansion*)
        /// from template `name`: checks the limits (depth, expansions, output size,
        /// nesting), then saves the state, renders with the extra indentation (and the
        /// parent's block arguments), and restores the state. The one place that does.
        private mutating func expand(
            _ nodes: [Node], from name: String, indent extra: [UInt8], startsLine: Bool, overrides frame: OverrideFrame?,
            line: Int, column: Int
        ) throws(MustacheError) {
            guard depth < Template.maxExpansionDepth else {
                throw error(.recursionLimit(Template.maxExpansionDepth), line: line, column: column)
            }
            expansions += 1
            guard expansions <= Template.maxExpansions else {
                throw error(.expansionLimit(Template.maxExpansions), line: line, column: column)
            }
            guard output.count <= library.outputLimit else {
                throw error(.outputLimit(library.outputLimit), line: line, column: column)
            }
            guard level < Template.maxNestingDepth else {
                throw error(.nestingLimit(Template.maxNestingDepth), line: line, column: column)
            }
            depth += 1
            level += 1
            let savedName = templateName
            templateName = name
            let savedIndentCount = indent.count
            indent.append(contentsOf: extra)
            if startsLine { atLineStart = true }
            if let frame { overrides.append(frame) }
            try render(nodes)
            if frame != nil { overrides.removeLast() }
            indent.removeLast(indent.count - savedIndentCount)
            templateName = savedName
            depth -= 1
            level -= 1
        }

        // MARK: Output

        private mutating func emitText(_ bytes: [UInt8]) {
            guard let last = bytes.last else { return }
            if indent.isEmpty {
                output.append(contentsOf: bytes)
                atLineStart = last == 0x0A
                return
            }
            // Indent every non-empty template line (partials.json "Standalone Indentation").
            bytes.withUnsafeBufferPointer { bytes in
                var start = 0
                let n = bytes.count
                while start < n {
                    let end = UnsafeBufferPointer(rebasing: bytes[start...]).firstIndex(of: 0x0A).map { start + $0 + 1 } ?? n
                    if atLineStart && !Renderer.isLineBreak(bytes, start, end) {
                        output.append(contentsOf: indent)
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    atLineStart = bytes[end - 1] == 0x0A
                    start = end
                }
            }
        }

        private static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
            let count = end - start
            if count == 1 { return bytes[start] == 0x0A }
            if count == 2 { return bytes[start] == 0x0D && bytes[start + 1] == 0x0A }
            return false
        }

        private mutating func emitValue(_ value: MustacheValue, escaped: Bool) {
            switch value {
            case .null, .list, .map:
                return
            case .int(let i):
                beginValue()
                appendInt(i)
            case .bool(let b):
                beginValue()
                output.append(contentsOf: (b ? "true" : "false").utf8)
            case .double(let d):
                beginValue()
                output.append(contentsOf: MustacheValue.format(d).utf8)
            case .string(var s):
                guard !s.isEmpty else { return }
                beginValue()
                if escaped, let escape {
                    output.append(contentsOf: escape(s).utf8)
                } else if escaped {
                    Renderer.appendEscaped(&s, to: &output)
                } else {
                    output.append(contentsOf: s.utf8)
                }
            }
            atLineStart = false
        }

        private mutating func beginValue() {
            if atLineStart && !indent.isEmpty { output.append(contentsOf: indent) }
        }

        private mutating func appendInt(_ value: Int) {
            if value >= 0 && value < 10 {
                output.append(0x30 + UInt8(value))
                return
            }
            output.append(contentsOf: String(value).utf8)
        }

        /// Appends `s` HTML-escaped: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;`
        /// `&#39;`. Runs without special characters are copied in bulk.
        static func appendEscaped(_ s: inout String, to output: inout [UInt8]) {
            s.withUTF8 { buffer in
                var runStart = 0
                var i = 0
                let n = buffer.count
                while i < n {
                    // The five special bytes are all below 0x40.
                    if buffer[i] >= 0x40 {
                        i += 1
                        continue
                    }
                    let replacement: StaticString
                    switch buffer[i] {
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "\""): replacement = "&quot;"
                    case UInt8(ascii: "'"): replacement = "&#39;"
                    default:
                        i += 1
                        continue
                    }
                    if runStart < i {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
                    }
                    replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                    i += 1
                    runStart = i
                }
                if runStart < n {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<n]))
                }
            }
        }
    }
}
