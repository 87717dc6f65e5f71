import Foundation
import TestSupport
import Testing

@testable import HonorSiteCore

/// `--relative-urls` / `relative_urls: true`: a site that opens from a folder.
@Suite struct RelativeLinksTests {
    @Test(arguments: [
        ("index.html", "/sub/", #"<a href="/sub/riders/tian-fu/">"#, #"<a href="riders/tian-fu/index.html">"#),
        ("index.html", "/sub/", #"<a href="/sub/">"#, #"<a href="index.html">"#),
        ("riders/tian-fu/index.html", "/sub/", #"<link href="/sub/style.css">"#, #"<link href="../../style.css">"#),
        ("riders/tian-fu/index.html", "/sub/", #"<a href="/sub/tags/%E7%A6%8F/#x">"#, #"<a href="../../tags/%E7%A6%8F/index.html#x">"#),
        ("riders/index.html", "/sub/", #"<a href="/sub/?q=1">"#, #"<a href="../index.html?q=1">"#),
        ("riders/index.html", "/sub/", "<img\nsrc=\"/sub/media/a.jpg\" alt=\"\">", "<img\nsrc=\"../media/a.jpg\" alt=\"\">"),
        // The header's search form (a GET form from file:// must name the page's file).
        (
            "riders/tian-fu/index.html", "/sub/", #"<form class="site-search" action="/sub/search/" method="get">"#,
            #"<form class="site-search" action="../../search/index.html" method="get">"#
        ),
        ("404.html", "/", #"<a href="/brands/">x</a><a href="/">y</a>"#, #"<a href="brands/index.html">x</a><a href="index.html">y</a>"#),
        // Untouched: absolute URLs (canonical), protocol-relative, other paths, fragments, other attributes.
        (
            "riders/index.html", "/sub/", #"<link rel="canonical" href="https://example.org/sub/riders/">"#,
            #"<link rel="canonical" href="https://example.org/sub/riders/">"#
        ),
        ("riders/index.html", "/", #"<script src="//cdn.example.org/x.js"></script>"#, #"<script src="//cdn.example.org/x.js"></script>"#),
        ("riders/index.html", "/sub/", #"<a href="/other/">"#, #"<a href="/other/">"#),
        ("riders/index.html", "/sub/", ##"<a href="#main">"##, ##"<a href="#main">"##),
        ("riders/index.html", "/sub/", #"<p data-href="/sub/x/">/sub/x/</p>"#, #"<p data-href="/sub/x/">/sub/x/</p>"#),
    ])
    func rewritesInternalLinksRelativeToThePage(_ page: String, _ base: String, _ html: String, _ expected: String) {
        let out = relativeLinks(Array(html.utf8), page: page, basePath: base)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    /// Every href/src of the written site: none root-relative, none naming a folder, each an existing file.
    func fileLinkProblems(_ site: URL) throws -> [String] {
        let tree = try TestSupport.readTree(site)
        let regex = try NSRegularExpression(pattern: #"(?:href|src|action)="([^"]*)""#)
        var problems: [String] = []
        for (path, data) in tree where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for m in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let value = String(html[Range(m.range(at: 1), in: html)!])
                if value.contains("://") || value.hasPrefix("#") { continue }
                let file = String(value.prefix { $0 != "#" && $0 != "?" })
                if value.hasPrefix("/") || file.hasSuffix("/") { problems.append("\(path): \(value)") }
            }
        }
        return problems + (try TestSupport.brokenLinks(site: site, basePath: "/sub/"))
    }

    @Test func basicSiteWithRelativeURLsOpensFromAFolder() throws {
        let project = try Fixtures.project(site: "basic")
        var options = Fixtures.options(project)
        options.relativeURLs = true
        let out = project.appendingPathComponent("site")
        try SiteWriter.write(try SiteCompiler.compile(options), to: out, root: project)
        #expect(try fileLinkProblems(out) == [])
        let rider = try String(contentsOf: out.appendingPathComponent("riders/tian-fu/index.html"), encoding: .utf8)
        #expect(rider.contains(#"href="../../style.css""#), "\(rider.prefix(600))")
        // Canonical link, sitemap and feed stay absolute.
        #expect(rider.contains(#"<link rel="canonical" href="https://example.org/sub/riders/tian-fu/">"#), "\(rider.prefix(600))")
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://example.org/sub/riders/tian-fu/</loc>"))
        let feed = try String(contentsOf: out.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("href=\"https://example.org/sub/"))
    }

    @Test func settingInSiteYMLTurnsItOn() throws {
        let project = try Fixtures.project(site: "basic")
        let settings = project.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8) + "relative_urls: true\n"
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let site = try SiteCompiler.compile(Fixtures.options(project))
        guard case .bytes(let html)? = site.files.first(where: { $0.path == "riders/index.html" })?.contents else {
            Issue.record("riders/index.html missing")
            return
        }
        #expect(String(decoding: html, as: UTF8.self).contains(#"href="../riders/tian-fu/index.html""#))
    }

    @Test func linkCheckReportsFolderLinksInRelativeMode() throws {
        let project = try Fixtures.project(
            site: "basic",
            extra: [
                "content/pages/links.md": "---\ntitle: Links\n---\n\nSee [all riders](../../riders/) and [home](../../index.html).\n"
            ])
        var options = Fixtures.options(project)
        #expect(Fixtures.diagnostics(project) == [])  // served by a web server, a folder link is fine
        options.relativeURLs = true
        do {
            _ = try SiteCompiler.compile(options)
            Issue.record("expected a link diagnostic")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "content/pages/links.md:5:5: error: link '../../riders/' names a folder; "
                        + "opened from a folder it needs the file (…/index.html)"
                ])
        }
    }
}
