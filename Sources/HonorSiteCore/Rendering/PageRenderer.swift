import Foundation
import Markdown
import Mustache
import StrokeOrder

/// A document after Markdown rendering.
struct RenderedDocument: Sendable {
    var markdown: RenderedMarkdown
    var summary: String
    var readingMinutes: Int
}

/// The render stage's output.
struct RenderOutput {
    var files: [OutputFile]
    var diagnostics: [Diagnostic]
    /// Per output HTML file: the source document (for link diagnostics), if any.
    var markdownLinks: [String: (Document, RenderedMarkdown)]
}

/// Renders every page of `site` with `theme`.
func render(site: SiteIndex, theme: Theme, options: BuildOptions) -> RenderOutput {
    // a. Markdown, in parallel.
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
        let md = renderMarkdown(doc.body, options: opts)
        var diags: [Diagnostic] = []
        for link in md.links {
            if case .broken = resolveContentLink(link.original, from: doc.path, index: site) {
                diags.append(.error(SourceLocation(path: doc.path, line: doc.bodyStartLine + link.line - 1, column: link.column),
                    "link to '\(link.original)' does not lead to a content file that is built"))
            }
        }
        let summary = doc.summary ?? deriveSummary(md.plainText, limit: summaryLength)
        return (RenderedDocument(markdown: md, summary: summary, readingMinutes: readingMinutes(md.plainText)), diags)
    }
    var diagnostics = markdownResults.flatMap(\.1)
    let rendered = markdownResults.map(\.0)

    // b. Shared values.
    let ctx = ContextBuilder(site: site, rendered: rendered)
    let siteValue = ctx.siteValue()
    let strict = true

    // c. Templates, in parallel.
    let results = parallelMap(site.pages) { page -> (OutputFile?, Diagnostic?) in
        var context = ctx.context(for: page)
        context["site"] = siteValue
        context["data"] = .map(site.data)
        context["nav"] = ctx.nav(active: page)
        do throws(MustacheError) {
            var html = try theme.library.render(named: page.template, context: .map(context), strictPartials: strict)
            if let inject = options.injectHTML {
                if let r = html.range(of: "</body>", options: .backwards) { html.insert(contentsOf: inject, at: r.lowerBound) }
                else { html += inject }
            }
            let source: String? = { if case .document(let i) = page.kind { return site.documents[i].path } else { return nil } }()
            return (OutputFile(path: site.urls.outputFile(page.sitePath), contents: .bytes(Array(html.utf8)), source: source), nil)
        } catch {
            return (nil, error.diagnostic)
        }
    }
    var files: [OutputFile] = []
    var seenErrors = Set<Diagnostic>()
    for (f, d) in results {
        if let f { files.append(f) }
        if let d, seenErrors.insert(d).inserted { diagnostics.append(d) }
    }
    files.append(OutputFile(path: "sitemap.xml", contents: .bytes(Array(sitemap(site: site).utf8)), source: nil))
    files.append(OutputFile(path: "feed.xml", contents: .bytes(Array(feed(site: site, rendered: rendered).utf8)), source: nil))
    var links: [String: (Document, RenderedMarkdown)] = [:]
    for (i, d) in site.documents.enumerated() { links[site.urls.outputFile(d.pagePath)] = (d, rendered[i].markdown) }
    return RenderOutput(files: files, diagnostics: diagnostics, markdownLinks: links)
}

