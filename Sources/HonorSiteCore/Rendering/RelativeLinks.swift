/// Rewrites a page's internal links so the site works from a folder (`file://`, a USB stick, a zip).
///
/// Every `href="…"`, `src="…"` and form `action="…"` value that starts with the site's base path becomes a path relative to
/// the page, and a link to a folder names its `index.html` (no web server adds it from a disk):
/// on `riders/tian-fu/index.html`, `/honorsite/brands/futian-shatou/#做法` becomes
/// `../../brands/futian-shatou/index.html#做法`. Absolute URLs (canonical links), other values and the
/// rest of the page are copied byte for byte; sitemap and feed are not HTML and stay absolute.
///
/// - Parameters:
///   - html: the page's bytes.
///   - page: the page's output path, such as `riders/tian-fu/index.html`.
///   - basePath: the site's base path, starting and ending with `/`.
/// - Returns: the page with its internal links relative.
func relativeLinks(_ html: [UInt8], page: String, basePath: String) -> [UInt8] {
    let base = Array(basePath.utf8)
    let up = Array(String(repeating: "../", count: page.utf8.filter { $0 == 0x2F }.count).utf8)
    var out: [UInt8] = []
    out.reserveCapacity(html.count + html.count / 16)
    var i = 0
    var copied = 0
    while let start = nextLinkValue(html, from: i) {
        // start: index of the value's first byte; the value ends at the next '"'.
        var end = start
        while end < html.count, html[end] != 0x22 { end += 1 }
        i = end
        guard end < html.count, end - start >= base.count, html[start..<(start + base.count)].elementsEqual(base),
            !(end - start >= 2 && html[start + 1] == 0x2F)
        else { continue }  // not protocol-relative (//host/…)
        out += html[copied..<start]
        var rest = html[(start + base.count)..<end]
        let pathEnd = rest.firstIndex { $0 == 0x23 || $0 == 0x3F } ?? rest.endIndex  // '#' or '?'
        out += up
        out += rest[rest.startIndex..<pathEnd]
        if pathEnd == rest.startIndex || rest[pathEnd - 1] == 0x2F { out += Array("index.html".utf8) }
        rest = rest[pathEnd...]
        out += rest
        copied = end
    }
    if copied == 0 { return html }
    out += html[copied...]
    return out
}

/// The attribute names whose values are links, each with its `=`, and the bytes that may precede a name.
private let linkAttributes: [[UInt8]] = [Array("href=".utf8), Array("src=".utf8), Array("action=".utf8)]
private let attributeSeparators: Set<UInt8> = [0x20, 0x0A, 0x09, 0x0D]

/// The index just after the next ` href="`, ` src="` or ` action="` (any whitespace before the name) at or after `from`.
private func nextLinkValue(_ html: [UInt8], from: Int) -> Int? {
    var i = from
    while i < html.count {
        guard let eq = html[i...].firstIndex(of: 0x3D) else { return nil }  // '='
        i = eq + 1
        guard i < html.count, html[i] == 0x22 else { continue }  // '"'
        for name in linkAttributes {
            let nameStart = eq + 1 - name.count
            guard nameStart > 0, html[nameStart...eq].elementsEqual(name), attributeSeparators.contains(html[nameStart - 1]) else {
                continue
            }
            return i + 1
        }
    }
    return nil
}

/// The rendered site with ``relativeLinks(_:page:basePath:)`` applied to every HTML page (in parallel).
func withRelativeLinks(_ rendered: RenderedSite, basePath: String) -> RenderedSite {
    var out = rendered
    out.files = parallelMap(rendered.files) { file in
        guard file.path.hasSuffix(".html"), case .bytes(let html) = file.contents else { return file }
        var f = file
        f.contents = .bytes(relativeLinks(html, page: file.path, basePath: basePath))
        return f
    }
    return out
}
