/// A set of named templates that renders templates and resolves their partials (`{{>name}}`)
/// and parents (`{{<name}}…{{/name}}`) by name.
///
/// A value type: register everything first, then share the library freely; rendering never
/// mutates it, so pages can render concurrently.
public struct TemplateLibrary: Sendable {
    /// Registered templates by name (the name partial and parent tags use).
    public private(set) var templates: [String: Template]

    /// Output bytes one render may produce before it stops with
    /// ``MustacheError/Kind/outputLimit(_:)`` (default ``Template/maxOutputBytes``; checked after
    /// every list item and expansion, so nested loops stop near the limit).
    public var outputLimit = Template.maxOutputBytes
    /// Budget of list items that sections go through in one render, past which rendering stops
    /// with ``MustacheError/Kind/iterationLimit(_:)`` (default ``Template/maxIterations``).
    public var iterationLimit = Template.maxIterations

    /// Creates a library holding `templates`, keyed by the names partial tags use.
    public init(templates: [String: Template] = [:]) {
        self.templates = templates
    }

    /// Registers `template` under `name`, replacing any template already registered there.
    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    /// A copy that shares no storage with this library: the same templates, with every
    /// node array, text and name copied.
    ///
    /// Rendering reads (and so retains and releases) the template trees constantly; threads
    /// that render concurrently each with their own copy do not contend for those reference
    /// counts. Costs about as much as copying the templates' text once.
    public func isolatedCopy() -> TemplateLibrary {
        var copy: [String: Template] = [:]
        for (name, template) in templates { copy[freshString(name)] = template.isolatedCopy() }
        return TemplateLibrary(templates: copy)
    }

    /// The template registered under `name`, or nil.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders `template` against `context` (the bottom of the context stack).
    ///
    /// Partials and parents `{{>x}}` `{{<x}}` are looked up in this library by name; with a
    /// dynamic name `{{>*path}}` the name is the interpolation of `path` (a failed lookup renders
    /// nothing). Errors inside a partial name the partial's ``Template/name``, or its library
    /// name when that is empty.
    ///
    /// - Parameters:
    ///   - strictPartials: `false` follows the spec (a missing partial or parent renders `""`);
    ///     `true` throws ``MustacheError/Kind/missingPartial(_:)`` located at the tag.
    ///   - escape: how `{{x}}` escapes a string; nil (the default) escapes HTML, as the spec says.
    ///     Templates of another language pass that language's escaping (Markdown in work reports).
    /// - Returns: The rendered text.
    /// - Throws: ``MustacheError`` with kind ``MustacheError/Kind/missingPartial(_:)`` (strict
    ///   mode only), ``MustacheError/Kind/recursionLimit(_:)`` when more than
    ///   ``Template/maxExpansionDepth`` partial/parent/block expansions nest, or
    ///   ``MustacheError/Kind/nestingLimit(_:)`` when sections and expansions together nest more
    ///   than ``Template/maxNestingDepth`` levels.
    public func render(
        _ template: Template,
        context: MustacheValue,
        strictPartials: Bool = false,
        escape: (@Sendable (String) -> String)? = nil
    ) throws(MustacheError) -> String {
        try run(template, displayName: template.name, context: context, strictPartials: strictPartials, escape: escape).result
    }

    /// Renders the template registered under `name`; see ``render(_:context:strictPartials:)``.
    ///
    /// - Throws: ``MustacheError/Kind/missingTemplate(_:)`` (with `templateName` = `name` and no
    ///   location) when no template is registered under `name`, plus the errors of
    ///   ``render(_:context:strictPartials:)``.
    public func render(
        named name: String,
        context: MustacheValue,
        strictPartials: Bool = false
    ) throws(MustacheError) -> String {
        guard let template = templates[name] else {
            throw MustacheError(kind: .missingTemplate(name), templateName: name, line: 0, column: 0)
        }
        let displayName = template.name.isEmpty ? name : template.name
        return try render(template, displayName: displayName, context: context, strictPartials: strictPartials)
    }

    /// Renders the template registered under `name` into UTF-8 bytes: the same bytes as
    /// `Array(render(named:context:strictPartials:).utf8)`, without building the `String`.
    ///
    /// - Throws: the errors of ``render(named:context:strictPartials:)``.
    public func renderUTF8(
        named name: String,
        context: MustacheValue,
        strictPartials: Bool = false
    ) throws(MustacheError) -> [UInt8] {
        guard let template = templates[name] else {
            throw MustacheError(kind: .missingTemplate(name), templateName: name, line: 0, column: 0)
        }
        let renderer = try run(
            template, displayName: template.name.isEmpty ? name : template.name,
            context: context, strictPartials: strictPartials)
        return renderer.output
    }

    private func render(
        _ template: Template,
        displayName: String,
        context: MustacheValue,
        strictPartials: Bool
    ) throws(MustacheError) -> String {
        try run(template, displayName: displayName, context: context, strictPartials: strictPartials).result
    }

    /// Renders `template` and returns the finished renderer (its `output` bytes and `result` text).
    private func run(
        _ template: Template,
        displayName: String,
        context: MustacheValue,
        strictPartials: Bool,
        escape: (@Sendable (String) -> String)? = nil
    ) throws(MustacheError) -> Template.Renderer {
        var renderer = Template.Renderer(
            library: self,
            context: context,
            templateName: displayName,
            strictPartials: strictPartials,
            escape: escape
        )
        try renderer.render(template.nodes)
        return renderer
    }
}
