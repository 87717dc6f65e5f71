import SearchIndex

/// The search index of a site (see ``SearchIndexBuilder``): one record per published
/// document, in the site's document order, built only when the theme has a `search` template.
/// Takes each document's search text: the texts are freed when the index is built (see ``SearchTextBuffer``).
/// Returns the files and the site paths of the pages the index links to.
func searchIndexFiles(site: Site, rendered: inout [RenderedDocument]) -> (files: [OutputFile], links: [String]) {
    let labels = DocumentKind.allCases.map { (key: $0.rawValue, label: $0.sectionTitle) }
    let records = searchRecords(site: site)
    let links = records.map(\.path)
    let bodies = rendered.indices.map { i in
        defer { rendered[i].searchText = SearchTextSlice() }
        return rendered[i].searchText
    }
    let files = SearchIndexBuilder.build(consume records, kindLabels: labels, body: { bodies[$0].string }).map {
        OutputFile(path: $0.path, contents: .bytes($0.contents), source: nil)
    }
    return (files, links)
}

/// What each document contributes: title or name, kind, district, date, street/brand/station,
/// platform, base/category, tags, honors with years (the headings and body text follow, see ``searchIndexFiles(site:rendered:)``).
func searchRecords(site: Site) -> [SearchRecord] {
    site.documents.indices.map { i in
        let d = site.documents[i]
        var fields = [d.title, d.kind.sectionTitle]
        func add(_ value: String?) { if let v = value.map(searchLine), !v.isEmpty { fields.append(v) } }
        add(d.district)
        add(d.date.map(site.dates.display))
        add(d.street)
        add(d.brand)
        add(d.station)
        add(d.platform)
        add(d.base)
        add(d.category)
        add(d.tags.joined(separator: " "))
        add(d.honors.map { "\($0.year)年度\($0.title)" }.joined(separator: " "))
        fields[0] = searchLine(d.title)
        let latestHonor = d.honors.map(\.year).max()
        let recency = d.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? latestHonor.map { $0 * 10_000 + 1231 } ?? 0
        return SearchRecord(
            path: d.pagePath, title: d.title, kind: d.kind.rawValue, district: d.district,
            dateISO: d.date.map(site.dates.iso), dateDisplay: d.date.map(site.dates.display),
            year: d.date?.year ?? latestHonor, recency: recency, fields: fields)
    }
}

/// `text` on one line: every run of white space (line breaks included) becomes one space,
/// none at the start or end. Works on UTF-8 bytes; white space is Unicode's White_Space
/// property (`Unicode.Scalar.Properties.isWhitespace`), listed in ``whitespaceLength(_:_:)``.
func searchLine(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String in
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        var i = 0
        while i < bytes.count {
            let n = whitespaceLength(bytes, i)
            if n > 0 {
                space = !out.isEmpty
                i += n
                continue
            }
            if space {
                out.append(0x20)
                space = false
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The length in bytes of the white-space scalar at `i` (0 when there is none): U+0009–000D, U+0020,
/// U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
private func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c = b[i]
    if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
    func at(_ k: Int) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
    switch c {
    case 0xC2: return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0
    case 0xE1: return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0
    case 0xE2:
        if at(1) == 0x80 {
            let d = at(2)
            return d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0
        }
        return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0
    case 0xE3: return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0
    default: return 0
    }
}

/// Every page the search index links to must be built (the link check of `search/index.js`).
func checkSearchIndexLinks(_ output: RenderedSite, site: Site) -> [Diagnostic] {
    let built = Set(output.files.map(\.path))
    return output.searchIndexLinks.compactMap { path in
        built.contains(site.urls.outputFile(path))
            ? nil
            : .error(SourceLocation(path: "search/index.js"), .searchIndexLinksToMissing(site.urls.href(path)))
    }
}
