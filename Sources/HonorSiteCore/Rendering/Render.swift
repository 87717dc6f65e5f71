import Foundation
import Markdown
import Messages
import Mustache
import StrokeOrder

/// A document after Markdown rendering.
///
/// `markdown.plainText` is emptied once the summary and reading time are
/// derived from it, and `markdown.html` is kept apart (see ``render(_:theme:media:options:diagnostics:)``):
/// each is as large as the text, and needed once.
struct RenderedDocument: Sendable {
    var markdown: RenderedMarkdown
    var summary: String
    var readingMinutes: Int
    /// Headings and paragraphs on one line, for the search index (empty when the site has no search page).
    var searchText = SearchTextSlice()
}

/// The `render` stage's output: every output file, and where the links of each
/// document page were written (for the link check's diagnostics).
struct RenderedSite {
    var files: [OutputFile]
    /// Per output HTML file: the source document and its Markdown links, if any.
    var markdownLinks: [String: (Document, [RenderedMarkdown.Link])]
    /// Site paths of the pages the search index links to (checked like the links of pages).
    var searchIndexLinks: [String] = []
}

/// Stage 5, render: the Markdown of every document in parallel (the sources are
/// consumed and freed here), the template values (``PageValues``), every page in
/// parallel with strict partials, the sitemap and feed, and the verbatim copies of
/// static files and media (waiting here for the images inspected meanwhile, ``PendingMedia``).
func render(
    _ indexed: consuming IndexedSite, theme: Theme, media: [String], otherImages pending: PendingMedia, options: BuildOptions,
    diagnostics: inout DiagnosticLog
) -> RenderedSite {
    let site = indexed.site
    // a. Reports: statistics filled into their sources, charts taken out as figures.
    let reports = expandReports(site, sources: &indexed.sources, diagnostics: &diagnostics)
    // b. Markdown, in parallel; then the sources go.
    var (rendered, markdownDiagnostics) = renderAllMarkdown(site, sources: indexed.sources)
    indexed.sources = []
    diagnostics += markdownDiagnostics
    // Each document's HTML goes to its page's renderer and is freed right after.
    var html: [String] = []
    html.reserveCapacity(rendered.count)
    for i in rendered.indices {
        html.append(
            reports[i].map { r in r.html(rendered[i].markdown.html, csvHref: { f in f.csvFile }, tableOpen: false) }
                ?? rendered[i].markdown.html)
        rendered[i].markdown.html = ""
    }
    // The search index first: it takes the documents' search text, freed before the pages are built.
    var searchFiles: [OutputFile] = []
    var searchLinks: [String] = []
    if site.pages.contains(.search) { (searchFiles, searchLinks) = searchIndexFiles(site: site, rendered: &rendered) }
    // When the output is staged, the index files go there now: their bytes (45 MB at 10k
    // documents) are then not held while the pages are rendered.
    if let staging = options.staging { searchFiles = searchFiles.map { SiteWriter.prewrite($0, into: staging) } }
    var files = renderPages(site: site, rendered: rendered, html: consume html, theme: theme, options: options, diagnostics: &diagnostics)
    files.append(OutputFile(path: SitePath.sitemap, contents: .bytes(Array(sitemap(site: site).utf8)), source: nil))
    files.append(OutputFile(path: SitePath.feed, contents: .bytes(Array(feed(site: site, rendered: rendered).utf8)), source: nil))
    files += statisticsCSVFiles(site) + reportCSVFiles(site, reports)
    files += searchFiles
    // Static theme files and media, copied verbatim; images with location or device data cleaned.
    for path in theme.staticFiles {
        files.append(OutputFile(path: SitePath.staticFile(path), contents: .copy(path), source: path))
    }
    for file in theme.builtInStaticFiles {
        files.append(OutputFile(path: SitePath.staticFile(file.path), contents: .bytes(file.bytes), source: file.path))
    }
    // The images no document shows were inspected meanwhile, on another thread.
    let (otherImages, mediaDiagnostics) = pending.wait()
    diagnostics += mediaDiagnostics
    files += mediaFiles(media, images: site.images.merging(otherImages) { shown, _ in shown })
    var links: [String: (Document, [RenderedMarkdown.Link])] = [:]
    links.reserveCapacity(site.documents.count)
    for (i, d) in site.documents.enumerated() { links[site.outputFile(.document(i))] = (d, rendered[i].markdown.links) }
    return RenderedSite(files: files, markdownLinks: links, searchIndexLinks: searchLinks)
}

/// The Markdown of every document, in parallel, with the diagnostics of links to content files.
func renderAllMarkdown(_ site: Site, sources: [String]) -> ([RenderedDocument], [Diagnostic]) {
    let unsafe = site.config.unsafeHTML
    let summaryLength = site.config.summaryLength
    let keepSearchText = site.pages.contains(.search)
    let newBuffer: @Sendable () -> SearchTextBuffer = { SearchTextBuffer() }  // one per chunk of documents
    let markdownResults = parallelMap(Array(site.documents.indices), state: newBuffer) {
        searchTexts, i -> (RenderedDocument, [Diagnostic]) in
        let doc = site.documents[i]
        let opts = MarkdownOptions(unsafeHTML: unsafe) { url, _ in
            switch resolveContentLink(url, from: doc.path, site: site) {
            case .keep: return nil
            case .rewrite(let u): return u
            case .broken: return nil
            }
        }
        var md = renderMarkdown(sources[i], options: opts)
        var diags: [Diagnostic] = []
        for link in md.links {
            if case .broken = resolveContentLink(link.original, from: doc.path, site: site) {
                diags.append(
                    .error(
                        SourceLocation(path: doc.path, line: doc.bodyStartLine + link.line - 1, column: link.column),
                        .contentLinkNotBuilt(link.original)))
            }
        }
        if doc.kind == .report { md.plainText = removingFigurePlaceholders(md.plainText) }
        let summary = doc.summary ?? deriveSummary(md.plainText, limit: summaryLength)
        let minutes = readingMinutes(md.plainText)
        let searchText =
            keepSearchText
            ? searchTexts.append(searchLine((md.headings.map(\.text) + [md.plainText]).joined(separator: " "))) : SearchTextSlice()
        md.plainText = ""
        return (RenderedDocument(markdown: md, summary: summary, readingMinutes: minutes, searchText: searchText), diags)
    }
    return (markdownResults.map(\.0), markdownResults.flatMap(\.1))
}

/// About how many items `page` lists (its cost to render, in cards).
private func listedItems(_ page: Page, _ site: Site) -> Int {
    if let (list, number) = site.listAndNumber(page) { return site.listSlice(list, number).count }
    return switch page {
    case .home: 20
    case .section(let k): site.byKind[k]?.count ?? 0
    case .document: 1
    case .districts: site.config.districts.count
    case .district(let i): site.byDistrict[site.config.districts[i].name]?.count ?? 0
    case .tags: site.tags.count
    case .tag(let i): site.tags[i].documents.count
    case .eventsYear(let y): site.eventsByYear[y]?.count ?? 0
    case .bases: site.config.bases.count
    case .base(let i): 2 * (site.eventsByBase[site.config.bases[i].name]?.count ?? 0)
    case .honors: site.rolls.count
    case .honorsYear(let y): site.roll(year: y)?.count ?? 0
    case .stats: 20
    case .search, .notFound, .listPage: 1
    }
}

/// Every page, through its template, in parallel.
private func renderPages(
    site: Site, rendered: [RenderedDocument], html: consuming [String], theme: Theme, options: BuildOptions,
    diagnostics: inout DiagnosticLog
) -> [OutputFile] {
    let values = PageValues(site: site, rendered: rendered)
    let dataValue = MustacheValue.map(site.data)

    // Templates, in parallel, straight into UTF-8 bytes. Each chunk of pages
    // renders with its own copy of the templates and of the values every page
    // shows, so the cores do not contend for their reference counts.
    struct Worker {
        var library: TemplateLibrary
        var site: MustacheValue
        var data: MustacheValue
        var navs: [MustacheValue]
    }
    // Pages that list many items go first, each a task of its own, then the rest
    // in chunks: the cores finish together (a chunk of all tag pages would not).
    let cost = site.pages.map { listedItems($0, site) }
    let heavy = site.pages.indices.filter { cost[$0] >= 64 }.sorted { cost[$0] > cost[$1] }
    let isHeavy = Set(heavy)
    let order = heavy + site.pages.indices.filter { !isHeavy.contains($0) }
    var tasks = heavy.indices.map { $0..<($0 + 1) }
    let light = order.count - heavy.count
    let chunk = max(8, light / 64)
    tasks += stride(from: heavy.count, to: order.count, by: chunk).map { $0..<min(order.count, $0 + chunk) }
    var work: [(Page, String?)] = []
    work.reserveCapacity(order.count)
    for p in order {
        let page = site.pages[p]
        if case .document(let i) = page { work.append((page, html[i])) } else { work.append((page, nil)) }
    }
    html = []
    let makeWorker: @Sendable () -> Worker = {
        Worker(
            library: theme.library.isolatedCopy(), site: values.siteValue.isolatedCopy(), data: dataValue.isolatedCopy(),
            navs: values.navs.map { $0.isolatedCopy() })
    }
    let ordered = parallelMapConsuming(consume work, tasks: tasks, state: makeWorker) { worker, item -> (OutputFile?, Diagnostic?) in
        let (page, content) = item
        var context = values.context(for: page, html: content ?? "")
        context["site"] = worker.site
        context["data"] = worker.data
        context["nav"] = worker.navs[values.navIndex(page)]
        do throws(MustacheError) {
            var bytes = try worker.library.renderUTF8(named: site.template(page), context: .map(context), strictPartials: true)
            if let inject = options.injectHTML {
                var html = String(decoding: bytes, as: UTF8.self)
                if let r = html.range(of: "</body>", options: .backwards) {
                    html.insert(contentsOf: inject, at: r.lowerBound)
                } else {
                    html += inject
                }
                bytes = Array(html.utf8)
            } else {
                bytes = compacted(bytes)
            }
            let source: String? = if case .document(let i) = page { site.documents[i].path } else { nil }
            return (OutputFile(path: site.outputFile(page), contents: .bytes(bytes), source: source), nil)
        } catch {
            return (nil, error.diagnostic())
        }
    }
    // Back to page order.
    var slots = [(OutputFile?, Diagnostic?)?](repeating: nil, count: ordered.count)
    for (k, p) in order.enumerated() { slots[p] = ordered[k] }
    var files: [OutputFile] = []
    files.reserveCapacity(slots.count + 2)
    var seenErrors = Set<Diagnostic>()
    for case (let f, let d)? in slots {
        if let f { files.append(f) }
        if let d, seenErrors.insert(d).inserted { diagnostics.append(d) }
    }
    return files
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
