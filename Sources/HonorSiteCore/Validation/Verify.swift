import Messages

/// Stage 6, verify: the rendered output's internal links and anchors, and the pages
/// the search index links to (unless
/// `options.checkLinks` is off), and output paths produced twice (e.g. a static
/// file named like a page).
func verify(_ rendered: RenderedSite, site: Site, options: BuildOptions) -> [Diagnostic] {
    var diagnostics =
        options.checkLinks
        ? checkLinks(rendered, site: site, fileLinks: site.config.relativeURLs) + checkSearchIndexLinks(rendered, site: site) : []
    var seen: [String: String?] = [:]  // output path → its source (nil: generated)
    for f in rendered.files {
        if let other = seen[f.path] {
            diagnostics.append(.error(SourceLocation(path: f.source ?? other ?? f.path), .outputTwice(f.path), notes: [.alsoBy(other)]))
        } else {
            seen[f.path] = .some(f.source)
        }
    }
    return diagnostics
}
