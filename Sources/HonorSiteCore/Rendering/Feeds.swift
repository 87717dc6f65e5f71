import Foundation

/// `sitemap.xml` per sitemaps.org protocol 0.9: every HTML page but 404, absolute URLs,
/// `lastmod` (W3C date) where the page has a date.
func sitemap(site: Site) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for page in site.pages where page != .notFound {
        out += "  <url><loc>\(escapeHTML(site.permalink(page)))</loc>"
        if case .document(let i) = page, let d = site.documents[i].date { out += "<lastmod>\(isoDay(d))</lastmod>" }
        out += "</url>\n"
    }
    return out + "</urlset>\n"
}

/// `feed.xml`, an Atom 1.0 feed (RFC 4287) of the 20 newest dated brand cases and events.
///
/// `updated` is the newest entry's date, never the build time, so the file is reproducible.
func feed(site: Site, rendered: [RenderedDocument]) -> String {
    let dated = site.documents.indices.filter { site.documents[$0].date != nil && site.documents[$0].kind != .page }
        .sorted { a, b in
            let da = dayKey(site.documents[a].date!)
            let db = dayKey(site.documents[b].date!)
            return da != db ? da > db : site.documents[a].path < site.documents[b].path
        }
        .prefix(20)
    let updated = dated.first.map { site.dates.isoDateTime(site.dates.instant(site.documents[$0].date!)) } ?? "1970-01-01T00:00:00Z"
    let c = site.config
    var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escapeHTML(c.language))">
          <title>\(escapeHTML(c.title))</title>
          <id>\(escapeHTML(c.baseURL))</id>
          <link rel="alternate" href="\(escapeHTML(c.baseURL))"/>
          <link rel="self" href="\(escapeHTML(site.urls.permalink(SitePath.feed)))"/>
          <updated>\(updated)</updated>
          <author><name>\(escapeHTML(c.organization.isEmpty ? c.title : c.organization))</name></author>

        """
    for i in dated {
        let d = site.documents[i]
        let link = site.permalink(.document(i))
        out += """
              <entry>
                <title>\(escapeHTML(d.title))</title>
                <id>\(escapeHTML(link))</id>
                <link rel="alternate" href="\(escapeHTML(link))"/>
                <updated>\(site.dates.isoDateTime(site.dates.instant(d.date!)))</updated>
                <summary>\(escapeHTML(rendered[i].summary))</summary>
              </entry>

            """
    }
    return out + "</feed>\n"
}
