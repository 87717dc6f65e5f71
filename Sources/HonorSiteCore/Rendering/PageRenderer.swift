import Foundation
import Markdown
import Mustache
import StrokeOrder

/// A document after Markdown rendering.
///
/// `markdown.plainText` is emptied once the summary and reading time are
/// derived from it, and `markdown.html` is kept apart (see ``render(site:theme:options:)``):
/// each is as large as the text, and needed once.
struct RenderedDocument: Sendable {
    var markdown: RenderedMarkdown
    var summary: String
    var readingMinutes: Int
}

/// The render stage's output.
struct RenderOutput {
    var files: [OutputFile]
    var diagnostics: [Diagnostic]
    /// Per output HTML file: the source document and its Markdown links (for link diagnostics), if any.
    var markdownLinks: [String: (Document, [RenderedMarkdown.Link])]
}

/// Renders every page of `site` with `theme`.
///
/// The documents' Markdown sources are emptied once rendered (`site` is then
/// their last owner, so that memory is freed before the pages are built).
func render(site: inout SiteIndex, theme: Theme, options: BuildOptions) -> RenderOutput {
    // a. Markdown, in parallel.
    var (rendered, diagnostics) = renderAllMarkdown(site)
    site.dropMarkdownSources()
    // Each document's HTML goes to its page's renderer and is freed right after.
    var html: [String] = []
    html.reserveCapacity(rendered.count)
    for i in rendered.indices {
        html.append(rendered[i].markdown.html)
        rendered[i].markdown.html = ""
    }
    return renderPages(site: site, rendered: rendered, html: consume html, diagnostics: diagnostics, theme: theme, options: options)
}

/// The Markdown of every document, in parallel, with the diagnostics of links to content files.
private func renderAllMarkdown(_ site: SiteIndex) -> ([RenderedDocument], [Diagnostic]) {
    let unsafe = site.config.unsafeHTML
    let summaryLength = site.config.summaryLength
    let markdownResults = parallelMap(Array(site.documents.indices)) { i -> (RenderedDocument, [Diagnostic]) in
        let doc = site.documents[i]
        let opts = MarkdownOptions(unsafeHTML: unsafe) { url, _ in
            switch resolveContentLink(url, from: doc.path, index: site) {
            case .keep: return nil
            case .rewrite(let u): return u
            case .broken: return nil
            }
        }
        var md = renderMarkdown(doc.body, options: opts)
        var diags: [Diagnostic] = []
        for link in md.links {
            if case .broken = resolveContentLink(link.original, from: doc.path, index: site) {
                diags.append(.error(SourceLocation(path: doc.path, line: doc.bodyStartLine + link.line - 1, column: link.column),
                    "link to '\(link.original)' does not lead to a content file that is built"))
            }
        }
        let summary = doc.summary ?? deriveSummary(md.plainText, limit: summaryLength)
        let minutes = readingMinutes(md.plainText)
        md.plainText = ""
        return (RenderedDocument(markdown: md, summary: summary, readingMinutes: minutes), diags)
    }
    return (markdownResults.map(\.0), markdownResults.flatMap(\.1))
}

/// Stages b and c of ``render(site:theme:options:)``: shared values, then every page.
private func renderPages(
    site: SiteIndex, rendered: [RenderedDocument], html: consuming [String], diagnostics: [Diagnostic], theme: Theme,
    options: BuildOptions
) -> RenderOutput {
    var diagnostics = diagnostics
    // b. Shared values.
    let ctx = ContextBuilder(site: site, rendered: rendered)
    let siteValue = ctx.siteValue()
    let dataValue = MustacheValue.map(site.data)
    let strict = true

    // c. Templates, in parallel, straight into UTF-8 bytes. Each chunk of pages
    //    renders with its own copy of the templates and of the values every page
    //    shows, so the cores do not contend for their reference counts.
    struct Worker {
        var library: TemplateLibrary
        var site: MustacheValue
        var data: MustacheValue
        var navs: [String: MustacheValue]
    }
    // Pages that list many items go first, each a task of its own, then the rest
    // in chunks: the cores finish together (a chunk of all tag pages would not).
    let heavy = site.pages.indices.filter { ctx.listedItems(site.pages[$0]) >= 64 }
        .sorted { ctx.listedItems(site.pages[$0]) > ctx.listedItems(site.pages[$1]) }
    let isHeavy = Set(heavy)
    let order = heavy + site.pages.indices.filter { !isHeavy.contains($0) }
    var tasks = heavy.indices.map { $0..<($0 + 1) }
    let light = order.count - heavy.count
    let chunk = max(8, light / 64)
    tasks += stride(from: heavy.count, to: order.count, by: chunk).map { $0..<min(order.count, $0 + chunk) }
    var work: [(PageSpec, String?)] = []
    work.reserveCapacity(order.count)
    for p in order {
        let page = site.pages[p]
        if case .document(let i) = page.kind { work.append((page, html[i])) } else { work.append((page, nil)) }
    }
    html = []
    let ordered = parallelMapConsuming(consume work, tasks: tasks, state: {
        Worker(library: theme.library.isolatedCopy(), site: siteValue.isolatedCopy(), data: dataValue.isolatedCopy(),
               navs: ctx.navs.mapValues { $0.isolatedCopy() })
    }) { worker, item -> (OutputFile?, Diagnostic?) in
        let (page, content) = item
        var context = ctx.context(for: page, html: content ?? "")
        context["site"] = worker.site
        context["data"] = worker.data
        context["nav"] = worker.navs[ctx.navKey(page)]!
        do throws(MustacheError) {
            var bytes = try worker.library.renderUTF8(named: page.template, context: .map(context), strictPartials: strict)
            if let inject = options.injectHTML {
                var html = String(decoding: bytes, as: UTF8.self)
                if let r = html.range(of: "</body>", options: .backwards) { html.insert(contentsOf: inject, at: r.lowerBound) }
                else { html += inject }
                bytes = Array(html.utf8)
            } else {
                bytes = compacted(bytes)
            }
            let source: String? = { if case .document(let i) = page.kind { return site.documents[i].path } else { return nil } }()
            return (OutputFile(path: site.urls.outputFile(page.sitePath), contents: .bytes(bytes), source: source), nil)
        } catch {
            return (nil, error.diagnostic)
        }
    }
    // Back to page order.
    var slots = [(OutputFile?, Diagnostic?)?](repeating: nil, count: ordered.count)
    for (k, p) in order.enumerated() { slots[p] = ordered[k] }
    let results = slots.map { $0! }
    var files: [OutputFile] = []
    files.reserveCapacity(results.count + 2)
    var seenErrors = Set<Diagnostic>()
    for (f, d) in results {
        if let f { files.append(f) }
        if let d, seenErrors.insert(d).inserted { diagnostics.append(d) }
    }
    files.append(OutputFile(path: "sitemap.xml", contents: .bytes(Array(sitemap(site: site).utf8)), source: nil))
    files.append(OutputFile(path: "feed.xml", contents: .bytes(Array(feed(site: site, rendered: rendered).utf8)), source: nil))
    var links: [String: (Document, [RenderedMarkdown.Link])] = [:]
    links.reserveCapacity(site.documents.count)
    for (i, d) in site.documents.enumerated() { links[site.urls.outputFile(d.pagePath)] = (d, rendered[i].markdown.links) }
    return RenderOutput(files: files, diagnostics: diagnostics, markdownLinks: links)
}

/// `bytes` in an array of exactly its size when the renderer's growth left more
/// than 1/16 unused (every page stays in memory until it is written).
func compacted(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.capacity - bytes.count > bytes.count / 16 else { return bytes }
    return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        _ = buffer.initialize(from: bytes)
        count = bytes.count
    }
}
