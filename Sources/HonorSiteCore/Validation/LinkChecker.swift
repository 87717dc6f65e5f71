import Foundation
import Markdown
import Messages

/// Checks every internal `href` and `src` of the generated HTML (issue: link check).
///
/// A URL is internal when it is relative or root-relative (absolute URLs with
/// a scheme, even on the site's own host, are external and not checked). It must name a
/// generated file (a path ending in `/` names its `index.html`; percent-encoding
/// is decoded), and a `#fragment` must be an `id` on the target page.
/// Broken links in Markdown are reported at their source line; others at the
/// page's document, or the template when the page has none.
///
/// Speed: pages are scanned on all cores, in chunks; each chunk resolves a
/// distinct attribute value once (``LinkResolver``), since most links (navigation,
/// cards) repeat on thousands of pages. Diagnostics come out in the order of a
/// sequential scan: pages by path, links in page order.
///
/// With `fileLinks` (a site built with relative URLs, to be opened from a folder), a link must also
/// work without a web server: a root-relative URL, or one that names a folder instead of its
/// `index.html`, is a problem.
func checkLinks(_ output: RenderedSite, site: Site, fileLinks: Bool = false) -> [Diagnostic] {
    var htmlFiles: [String: [UInt8]] = [:]
    var knownFiles: Set<String> = [SitePath.sitemap, SitePath.feed]
    knownFiles.reserveCapacity(output.files.count + 2)
    for f in output.files {
        knownFiles.insert(f.path)
        if case .bytes(let b) = f.contents, f.path.hasSuffix(".html") { htmlFiles[f.path] = b }
    }
    let pageBytes = htmlFiles
    let known = knownFiles
    let pages = pageBytes.sorted(by: { $0.key < $1.key })
    let base = site.config.basePath
    // A few chunks of about equal bytes: each resolves the values it meets once,
    // so fewer chunks mean fewer repeats, while 8 still balance two to four cores.
    let totalBytes = pages.reduce(0) { $0 + $1.value.count }
    var chunks: [Range<Int>] = []
    var chunkStart = 0
    var chunkBytes = 0
    for (i, page) in pages.enumerated() {
        chunkBytes += page.value.count
        if chunkBytes * 8 >= totalBytes || i == pages.count - 1 {
            chunks.append(chunkStart..<(i + 1))
            chunkStart = i + 1
            chunkBytes = 0
        }
    }
    // Every generated file's own URL, resolved once up front and shared by all
    // chunks (these are most of the distinct values: cards link to documents).
    let seedPaths = fileLinks ? [] : Array(known)  // relative pages hold none of these root-relative hrefs
    let seedResolver = LinkResolver(base: base, known: known, shared: ResolutionTable())
    let seeds = parallelMap(seedPaths) { path -> (String, LinkResolver.Resolution)? in
        let sitePath =
            path.hasSuffix("/index.html")
            ? String(path.dropLast("index.html".count))
            : path == "index.html" ? "" : path
        let href = site.urls.href(sitePath)
        let (resolution, dependsOnDir) = seedResolver.resolve(href, dir: "")
        return dependsOnDir ? nil : (href, resolution)
    }
    var sharedTable = ResolutionTable()
    for case (let href, let resolution)? in seeds {
        var h = href
        h.withUTF8 { sharedTable.insert($0, resolution) }
    }
    let shared = sharedTable
    let found = parallelMap(chunks) { range -> [[LinkFinding]] in
        var resolver = LinkResolver(base: base, known: known, shared: shared, fileLinks: fileLinks)
        return range.map { resolver.findings(page: pages[$0].key, html: pages[$0].value) }
    }
    // Fragments that point at other pages: those pages' ids, on all cores.
    var targets = Set<String>()
    for chunk in found { for page in chunk { for f in page { if case .fragment(_, let t, _) = f { targets.insert(t) } } } }
    let targetList = Array(targets)
    let idSets = parallelMap(targetList) { t -> Set<String> in pageBytes[t].map(pageIDs) ?? [] }
    let ids = Dictionary(uniqueKeysWithValues: zip(targetList, idSets))

    var diags: [Diagnostic] = []
    var locator = ProblemLocator(output: output, site: site)
    var p = 0
    for chunk in found {
        for findings in chunk {
            let path = pages[p].key
            p += 1
            for f in findings {
                switch f {
                case .problem(let url, let what):
                    diags.append(locator.problem(url, what, page: path))
                case .fragment(let url, let target, let id):
                    if !(ids[target]?.contains(id) ?? false) {
                        diags.append(locator.problem(url, .noSuchID(id: id, page: target), page: path))
                    }
                }
            }
        }
    }
    return diags
}

/// What the scan of one page found, in page order.
enum LinkFinding: Sendable {
    /// A broken link: the URL (entities decoded) and what is wrong.
    case problem(url: String, what: Message.Site.LinkProblem)
    /// A `#id` on another page, checked once that page's ids are known.
    case fragment(url: String, target: String, id: String)
}

/// Resolves `href`/`src` values of pages, remembering each distinct value.
struct LinkResolver {
    /// How one attribute value resolves, independent of the page unless `relative`.
    enum Resolution: Sendable {
        case skip
        case problem(url: String, what: Message.Site.LinkProblem)
        /// The page itself (`#x`, `?q`): the fragment id to check, if any.
        case samePage(url: String, id: String?)
        /// A generated file, and the fragment id to check there, if any.
        case target(url: String, target: String, id: String?)
    }

    let base: String
    let known: Set<String>
    /// Read-only resolutions shared by all chunks.
    let shared: ResolutionTable
    /// Resolutions by the value's bytes; `nil` marks a value whose resolution
    /// depends on the page's folder (those are in `relative`).
    private var byBytes = ResolutionTable()
    /// Relative values, keyed by folder + NUL + value.
    private var relative: [String: Resolution] = [:]

    /// Links must work from `file://`: no root-relative URLs, no folder URLs.
    let fileLinks: Bool

    init(base: String, known: Set<String>, shared: ResolutionTable, fileLinks: Bool = false) {
        self.base = base
        self.known = known
        self.shared = shared
        self.fileLinks = fileLinks
    }

    /// Problems and cross-page fragments of one page; fragments on the page itself are checked here.
    mutating func findings(page: String, html: [UInt8]) -> [LinkFinding] {
        let folders = page.split(separator: "/").dropLast()
        let dir = folders.joined(separator: "/")
        // A value that first climbs to the site root (as --relative-urls writes every link) resolves alike on
        // every page of the same depth: such values are remembered per depth, not per folder.
        let climb = Array(String(repeating: "../", count: folders.count).utf8)
        let depthKey = "\u{1}\(folders.count)"
        var out: [LinkFinding] = []
        var ownIDs: Set<String>?
        forEachAttributeValueBytes(html) { rawBytes in
            let r: Resolution
            if let k = shared.table[rawBytes] {
                if shared.quiet[Int(k)] { return }
                r = shared.resolutions[Int(k)]
            } else if let k = byBytes.table[rawBytes], k >= 0 {
                if byBytes.quiet[Int(k)] { return }
                r = byBytes.resolutions[Int(k)]
            } else {
                let raw = String(decoding: rawBytes, as: UTF8.self)
                let key = (rawBytes.starts(with: climb) ? depthKey : dir) + "\u{0}" + raw
                if let hit = relative[key] {
                    r = hit
                } else {
                    let (res, dependsOnDir) = resolve(raw, dir: dir)
                    if dependsOnDir {
                        relative[key] = res
                        byBytes.table[rawBytes] = -1
                    } else {
                        byBytes.insert(rawBytes, res)
                    }
                    r = res
                }
            }
            switch r {
            case .skip: break
            case .problem(let url, let what): out.append(.problem(url: url, what: what))
            case .samePage(let url, let id):
                guard let id else { break }
                if ownIDs == nil { ownIDs = pageIDs(html) }
                if !ownIDs!.contains(id) { out.append(.problem(url: url, what: .noSuchID(id: id, page: page))) }
            case .target(let url, let target, let id):
                guard let id else { break }
                if target == page {
                    if ownIDs == nil { ownIDs = pageIDs(html) }
                    if !ownIDs!.contains(id) { out.append(.problem(url: url, what: .noSuchID(id: id, page: target))) }
                } else {
                    out.append(.fragment(url: url, target: target, id: id))
                }
            }
        }
        return out
    }

    /// The rules of ``checkLinks(_:site:)`` for one value; `dependsOnDir` when the
    /// result depends on the folder of the page it is on.
    func resolve(_ raw: String, dir: String) -> (Resolution, dependsOnDir: Bool) {
        let url = htmlUnescape(raw)
        if url.isEmpty || url.hasPrefix("//") { return (.skip, false) }
        // In ASCII text every character is one byte, except "\r\n", which
        // contains none of the marks searched for: byte searches find the same.
        let ascii = url.utf8.allSatisfy { $0 < 0x80 }
        func first(_ s: String, _ c: Character) -> String.Index? {
            ascii ? s.utf8.firstIndex(of: c.asciiValue!) : s.firstIndex(of: c)
        }
        if let colon = first(url, ":"), !url[..<colon].contains("/") { return (.skip, false) }
        var fragment: String?
        var p = url
        if let h = first(p, "#") {
            fragment = String(p[p.index(after: h)...])
            p = String(p[..<h])
        }
        if let q = first(p, "?") { p = String(p[..<q]) }
        let id = fragment.flatMap { $0.isEmpty ? nil : (removingPercentEncoding($0) ?? $0) }
        if p.isEmpty { return (.samePage(url: url, id: id), false) }
        let decoded = removingPercentEncoding(p) ?? p
        var parts: [String]
        var dependsOnDir = false
        if decoded.hasPrefix("/") {
            if fileLinks { return (.problem(url: url, what: .rootRelativeFromFolder), false) }
            guard decoded.hasPrefix(base) else {
                return (.problem(url: url, what: .outsideBasePath(base)), false)
            }
            parts = []
            for seg in slashSeparated(decoded.dropFirst(base.count)) { parts.append(String(seg)) }
        } else {
            dependsOnDir = true
            parts = dir.isEmpty ? [] : dir.split(separator: "/").map(String.init)
            for seg in slashSeparated(decoded[...]) {
                if seg == "." { continue }
                if seg == ".." {
                    if parts.isEmpty { return (.problem(url: url, what: .leavesSite), true) }
                    parts.removeLast()
                } else {
                    parts.append(String(seg))
                }
            }
        }
        var target = parts.joined(separator: "/")
        if fileLinks, decoded.hasSuffix("/") || target.isEmpty || (!known.contains(target) && known.contains(target + "/index.html")) {
            return (.problem(url: url, what: .folderFromFolder), dependsOnDir)
        }
        if decoded.hasSuffix("/") || target.isEmpty {
            target = target.isEmpty ? "index.html" : target + "/index.html"
        } else if !known.contains(target), known.contains(target + "/index.html") {
            target += "/index.html"
        }
        guard known.contains(target) else { return (.problem(url: url, what: .noGeneratedFile), dependsOnDir) }
        return (.target(url: url, target: target, id: target.hasSuffix(".html") ? id : nil), dependsOnDir)
    }
}

/// Builds link diagnostics at the Markdown source line when the link is in a
/// document's Markdown, else at the page's document or template.
private struct ProblemLocator {
    let output: RenderedSite
    let site: Site
    /// Output file → template, built on the first problem that needs it.
    var templates: [String: String]?
    /// Per page, its Markdown links by URL, built on the page's first problem.
    var linkIndexes: [String: MarkdownLinkIndex] = [:]

    init(output: RenderedSite, site: Site) {
        self.output = output
        self.site = site
    }

    mutating func problem(_ url: String, _ what: Message.Site.LinkProblem, page: String) -> Diagnostic {
        if let (doc, links) = output.markdownLinks[page] {
            if linkIndexes[page] == nil { linkIndexes[page] = MarkdownLinkIndex(links) }
            if let k = linkIndexes[page]!.first(url), case let link = links[k] {
                let at = SourceLocation(path: doc.path, line: doc.bodyStartLine + link.line - 1, column: link.column)
                return .error(at, .brokenLink(link: link.original, problem: what))
            }
        }
        if templates == nil {
            var t: [String: String] = [:]
            for p in site.pages {
                let f = site.outputFile(p)
                if t[f] == nil { t[f] = "templates/\(site.template(p)).mustache" }
            }
            templates = t
        }
        let template = templates![page]
        return .error(
            SourceLocation(path: output.markdownLinks[page]?.0.path ?? template ?? page),
            .brokenLinkOnPage(link: url, page: page, problem: what))
    }
}

/// The first Markdown link of a page with a given URL, as written or entity-decoded (the
/// checker reports decoded URLs). Built once per page, so thousands of broken links on one
/// page are located in linear time.
struct MarkdownLinkIndex {
    private var first: [String: Int] = [:]
    /// Links examined while building (tests check linear work).
    private(set) var examined = 0

    init(_ links: [RenderedMarkdown.Link]) {
        // Backwards, so the earliest link wins each key. cmark writes `'` as `&#x27;` and
        // `"` or Chinese percent-encoded, so the percent-decoded form is a key too.
        for (k, link) in links.enumerated().reversed() {
            let decoded = htmlUnescape(link.url)
            first[link.url] = k
            first[decoded] = k
            if let plain = removingPercentEncoding(decoded) { first[plain] = k }
            examined += 1
        }
    }

    func first(_ url: String) -> Int? { first[url] ?? removingPercentEncoding(url).flatMap { first[$0] } }
}

/// Calls `body` with the bytes of each value of an `href="…"` or `src="…"` attribute
/// (double or single quotes) preceded by a space, tab or newline, in order.
///
/// Finds each `=` with `memchr` and looks back for ` href` / ` src`; this yields
/// the same matches, in the same order, as testing every position in turn.
func forEachAttributeValueBytes(_ html: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    html.withUnsafeBufferPointer { h in
        guard let p = h.baseAddress else { return }
        let n = h.count
        var cursor = 0  // matches must start at or after this position
        var from = 0
        while from < n, let hit = memchr(p + from, 0x3D, n - from) {
            let e = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p
            from = e + 1
            let i: Int
            if e >= 5, h[e - 4] == 0x68, h[e - 3] == 0x72, h[e - 2] == 0x65, h[e - 1] == 0x66 {
                i = e - 5
            } else if e >= 4, h[e - 3] == 0x73, h[e - 2] == 0x72, h[e - 1] == 0x63 {
                i = e - 4
            } else {
                continue
            }
            let c = h[i]
            guard i >= cursor, c == 0x20 || c == 0x0A || c == 0x09, e + 1 < n, h[e + 1] == 0x22 || h[e + 1] == 0x27 else { continue }
            let quote = h[e + 1]
            var k = e + 2
            if let q = memchr(p + k, Int32(quote), n - k) {
                k = UnsafePointer<UInt8>(q.assumingMemoryBound(to: UInt8.self)) - p
            } else {
                k = n
            }
            body(UnsafeBufferPointer(rebasing: h[(e + 2)..<k]))
            cursor = k + 1
            from = max(from, k + 1)
        }
    }
}

/// `id="…"` values of a page (entities decoded): `id="` after a space or newline.
///
/// Finds each `=` with `memchr`; the same matches, in the same order, as testing every position.
func pageIDs(_ html: [UInt8]) -> Set<String> {
    var ids: Set<String> = []
    html.withUnsafeBufferPointer { h in
        guard let p = h.baseAddress else { return }
        let n = h.count
        var cursor = 0  // the space or newline of the next match is at or after this position
        var from = 0
        while from < n, let hit = memchr(p + from, 0x3D, n - from) {
            let e = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p
            from = e + 1
            guard e >= 3, e - 3 >= cursor, e + 1 < n, h[e + 1] == 0x22, h[e - 1] == 0x64, h[e - 2] == 0x69,
                h[e - 3] == 0x20 || h[e - 3] == 0x0A
            else { continue }
            var k = n
            if e + 2 < n, let q = memchr(p + e + 2, 0x22, n - e - 2) { k = UnsafePointer<UInt8>(q.assumingMemoryBound(to: UInt8.self)) - p }
            ids.insert(htmlUnescape(String(decoding: UnsafeBufferPointer(rebasing: h[(e + 2)..<k]), as: UTF8.self)))
            cursor = k + 1
            from = max(from, k + 1)
        }
    }
    return ids
}

/// A hash table keyed by byte strings, looked up without building a `String`
/// (link checks look up hundreds of thousands of attribute values).
struct ByteKeyTable<Value> {
    private var keys: [UInt8] = []
    private var entries: [(hash: UInt64, start: Int, count: Int, value: Value)] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { return (slot, nil) }
            let entry = entries[e]
            if entry.hash == h, entry.count == bytes.count,
                keys.withUnsafeBufferPointer({ k in
                    bytes.count == 0 || memcmp(k.baseAddress! + entry.start, bytes.baseAddress!, bytes.count) == 0
                })
            {
                return (slot, e)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for `bytes`, if any; setting stores a new key (keys are never replaced or removed).
    subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        get {
            let (_, e) = find(bytes, Self.hash(bytes))
            return e.map { entries[$0].value }
        }
        set {
            guard let newValue else { return }
            let h = Self.hash(bytes)
            var (slot, e) = find(bytes, h)
            if let e {
                entries[e].value = newValue
                return
            }
            if (entries.count + 1) * 2 > slots.count {
                slots = Array(repeating: -1, count: slots.count * 2)
                let mask = slots.count - 1
                for (i, entry) in entries.enumerated() {
                    var s = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 29)) & mask
                    while slots[s] >= 0 { s = (s + 1) & mask }
                    slots[s] = Int32(i)
                }
                slot = find(bytes, h).slot
            }
            slots[slot] = Int32(entries.count)
            entries.append((h, keys.count, bytes.count, newValue))
            keys.append(contentsOf: bytes)
        }
    }
}

/// `s.split(separator: "/")`; for ASCII text (one character per byte, and
/// "\r\n" holds no `/`) by a byte search.
func slashSeparated(_ s: Substring) -> [Substring] {
    guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.split(separator: "/") }
    var out: [Substring] = []
    var start = s.startIndex
    var i = s.startIndex
    let utf8 = s.utf8
    while i < s.endIndex {
        if utf8[i] == 0x2F {
            if start < i { out.append(s[start..<i]) }
            start = utf8.index(after: i)
        }
        i = utf8.index(after: i)
    }
    if start < s.endIndex { out.append(s[start..<s.endIndex]) }
    return out
}
extension ByteKeyTable: Sendable where Value: Sendable {}

/// Resolutions by attribute value bytes; a value of -1 in `table` marks a
/// relative value (resolved per folder elsewhere).
struct ResolutionTable: Sendable {
    var table = ByteKeyTable<Int32>()
    var resolutions: [LinkResolver.Resolution] = []
    /// True when the resolution asks for nothing (skipped, or a file without fragment).
    var quiet: [Bool] = []

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ resolution: LinkResolver.Resolution) {
        table[bytes] = Int32(resolutions.count)
        resolutions.append(resolution)
        switch resolution {
        case .skip, .target(_, _, nil), .samePage(_, nil): quiet.append(true)
        default: quiet.append(false)
        }
    }
}
