import Foundation

/// Checks every internal `href` and `src` of the generated HTML (issue: link check).
///
/// A URL is internal when it is relative or root-relative (absolute URLs with
/// a scheme, even on the site's own host, are external and not checked). It must name a
/// generated file (a path ending in `/` names its `index.html`; percent-encoding
/// is decoded), and a `#fragment` must be an `id` on the target page.
/// Broken links in Markdown are reported at their source line; others at the
/// page's document, or the template when the page has none.
func checkLinks(_ output: RenderOutput, site: SiteIndex) -> [Diagnostic] {
    var pages: [String: [UInt8]] = [:]
    var known: Set<String> = ["sitemap.xml", "feed.xml"]
    for f in output.files {
        known.insert(f.path)
        if case .bytes(let b) = f.contents, f.path.hasSuffix(".html") { pages[f.path] = b }
    }
    let idCache = IDCache(pages: pages)
    var diags: [Diagnostic] = []
    let base = site.config.basePath
    for (path, bytes) in pages.sorted(by: { $0.key < $1.key }) {
        let dir = path.split(separator: "/").dropLast().joined(separator: "/")
        for raw in attributeValues(bytes) {
            let url = htmlUnescape(raw)
            if url.isEmpty || url.hasPrefix("//") { continue }
            if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { continue }
            var fragment: String?
            var p = url
            if let h = p.firstIndex(of: "#") { fragment = String(p[p.index(after: h)...]); p = String(p[..<h]) }
            if let q = p.firstIndex(of: "?") { p = String(p[..<q]) }
            var target: String
            if p.isEmpty { target = path }
            else {
                let decoded = p.removingPercentEncoding ?? p
                var parts: [String]
                if decoded.hasPrefix("/") {
                    guard decoded.hasPrefix(base) else {
                        diags.append(problem(url, "is outside the site's base path \(base)", page: path, output: output, site: site)); continue
                    }
                    parts = []
                    for seg in decoded.dropFirst(base.count).split(separator: "/") { parts.append(String(seg)) }
                } else {
                    parts = dir.isEmpty ? [] : dir.split(separator: "/").map(String.init)
                    var ok = true
                    for seg in decoded.split(separator: "/") {
                        if seg == "." { continue }
                        if seg == ".." { if parts.isEmpty { ok = false; break }; parts.removeLast() } else { parts.append(String(seg)) }
                    }
                    if !ok { diags.append(problem(url, "leaves the site", page: path, output: output, site: site)); continue }
                }
                target = parts.joined(separator: "/")
                if decoded.hasSuffix("/") || target.isEmpty { target = target.isEmpty ? "index.html" : target + "/index.html" }
                else if !known.contains(target), known.contains(target + "/index.html") { target += "/index.html" }
            }
            guard known.contains(target) else {
                diags.append(problem(url, "leads to no generated file", page: path, output: output, site: site)); continue
            }
            if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
                let id = fragment.removingPercentEncoding ?? fragment
                if !idCache.ids(of: target).contains(id) {
                    diags.append(problem(url, "names '#\(id)', which is no id on \(target)", page: path, output: output, site: site))
                }
            }
        }
    }
    return diags
}

private func problem(_ url: String, _ what: String, page: String, output: RenderOutput, site: SiteIndex) -> Diagnostic {
    if let (doc, md) = output.markdownLinks[page], let link = md.links.first(where: { $0.url == url || htmlUnescape($0.url) == url }) {
        return .error(SourceLocation(path: doc.path, line: doc.bodyStartLine + link.line - 1, column: link.column), "link '\(link.original)' \(what)")
    }
    let template = site.pages.first { site.urls.outputFile($0.sitePath) == page }.map { "templates/\($0.template).mustache" }
    return .error(SourceLocation(path: output.markdownLinks[page]?.0.path ?? template ?? page), "link '\(url)' on /\(page) \(what)")
}

/// Values of `href="…"` and `src="…"` attributes (double or single quotes).
func attributeValues(_ html: [UInt8]) -> [String] {
    var out: [String] = []
    let n = html.count
    var i = 0
    while i < n - 5 {
        // match ` href=` or ` src=`
        let c = html[i]
        if c == 0x20 || c == 0x0A || c == 0x09 {
            var j = i + 1
            if j + 5 < n, html[j] == 0x68, html[j + 1] == 0x72, html[j + 2] == 0x65, html[j + 3] == 0x66, html[j + 4] == 0x3D { j += 5 }
            else if j + 4 < n, html[j] == 0x73, html[j + 1] == 0x72, html[j + 2] == 0x63, html[j + 3] == 0x3D { j += 4 }
            else { i += 1; continue }
            guard j < n, html[j] == 0x22 || html[j] == 0x27 else { i += 1; continue }
            let quote = html[j]
            var k = j + 1
            while k < n, html[k] != quote { k += 1 }
            out.append(String(decoding: html[(j + 1)..<min(k, n)], as: UTF8.self))
            i = k
        }
        i += 1
    }
    return out
}

/// `id="…"` values of a page, computed on first use.
private final class IDCache: @unchecked Sendable {
    let pages: [String: [UInt8]]
    var cache: [String: Set<String>] = [:]
    init(pages: [String: [UInt8]]) { self.pages = pages }
    func ids(of path: String) -> Set<String> {
        if let c = cache[path] { return c }
        var ids: Set<String> = []
        if let html = pages[path] {
            let n = html.count
            var i = 0
            while i + 4 < n {
                if (html[i] == 0x20 || html[i] == 0x0A), html[i + 1] == 0x69, html[i + 2] == 0x64, html[i + 3] == 0x3D, html[i + 4] == 0x22 {
                    var k = i + 5
                    while k < n, html[k] != 0x22 { k += 1 }
                    ids.insert(htmlUnescape(String(decoding: html[(i + 5)..<min(k, n)], as: UTF8.self)))
                    i = k
                }
                i += 1
            }
        }
        cache[path] = ids
        return ids
    }
}

/// Decodes the entities our renderers write (`&amp; &lt; &gt; &quot; &#39;`).
func htmlUnescape(_ s: String) -> String {
    guard s.contains("&") else { return s }
    return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
}
