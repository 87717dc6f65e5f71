import SearchIndex

/// The search index of a site (see ``SearchIndexBuilder``): one record per published
/// document, in the site's document order, built only when the theme has a `search` template.
/// Returns the files and the site paths of the pages the index links to.
func searchIndexFiles(site: Site, rendered: [RenderedDocument]) -> (files: [OutputFile], links: [String]) {
    let labels = DocumentKind.allCases.map { (key: $0.rawValue, label: $0.sectionTitle) }
    let records = searchRecords(site: site, rendered: rendered)
    let files = SearchIndexBuilder.build(records, kindLabels: labels).map {
        OutputFile(path: $0.path, contents: .bytes($0.contents), source: nil)
    }
    return (files, records.map(\.path))
}

/// What each document contributes: title or name, kind, district, date, street/brand/station,
/// platform, base/category, tags, honors with years, then headings and body text.
func searchRecords(site: Site, rendered: [RenderedDocument]) -> [SearchRecord] {
    site.documents.indices.map { i in
        let d = site.documents[i]
        var fields = [d.title, d.kind.sectionTitle]
        func add(_ value: String?) { if let v = value.map(searchLine), !v.isEmpty { fields.append(v) } }
        add(d.district)
        add(d.date.map(site.dates.display))
        add(d.street); add(d.brand); add(d.station); add(d.platform); add(d.base); add(d.category)
        add(d.tags.joined(separator: " "))
        add(d.honors.map { "\($0.year)年度\($0.title)" }.joined(separator: " "))
        add(rendered[i].searchText)
        fields[0] = searchLine(d.title)
        let latestHonor = d.honors.map(\.year).max()
        let recency = d.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? latestHonor.map { $0 * 10_000 + 1231 } ?? 0
        return SearchRecord(
            path: d.pagePath, title: d.title, kind: d.kind.rawValue, district: d.district,
            dateISO: d.date.map(site.dates.iso), dateDisplay: d.date.map(site.dates.display),
            year: d.date?.year ?? latestHonor, recency: recency, fields: fields)
    }
}

/// `text` on one line: every run of white space (line breaks included) becomes one space.
func searchLine(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var space = false
    for u in text.unicodeScalars {
        if u.properties.isWhitespace { space = !out.isEmpty; continue }
        if space { out.append(" "); space = false }
        out.append(u)
    }
    return String(out)
}

/// Every page the search index links to must be built (the link check of `search/index.js`).
func checkSearchIndexLinks(_ output: RenderedSite, site: Site) -> [Diagnostic] {
    let built = Set(output.files.map(\.path))
    return output.searchIndexLinks.compactMap { path in
        built.contains(site.urls.outputFile(path)) ? nil
            : .error(SourceLocation(path: "search/index.js"), .searchIndexLinksToMissing(site.urls.href(path)))
    }
}
