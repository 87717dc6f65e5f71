import Foundation
import TestSupport
import Testing

@testable import HonorSiteCore
@testable import SearchIndex

/// The /search/ page, the header search box and the index files (the browser test,
/// `make browser-test`, runs the queries; these check what the build writes).
@Suite struct SearchPageTests {
    static func demo() throws -> [String: Data] { try demoWithCount().0 }

    static func demoWithCount() throws -> ([String: Data], documents: Int) {
        let out = TestSupport.makeTempDir("hs-search").appendingPathComponent("site")
        let site = try SiteCompiler.compile(Fixtures.options(DemoSiteTests.root))
        try SiteWriter.write(site, to: out, root: DemoSiteTests.root)
        return (try TestSupport.readTree(out), site.documentCount)
    }

    static func text(_ tree: [String: Data], _ path: String) -> String? { tree[path].map { String(decoding: $0, as: UTF8.self) } }

    @Test func demoHasSearchPageIndexAndHeaderBox() throws {
        let tree = try Self.demo()
        let page = try #require(Self.text(tree, "search/index.html"))
        #expect(page.contains("id=\"search-results\""))
        #expect(page.contains("<script src=\"/honorsite/search.js\"></script>"))
        // Without JavaScript: an explanation and the district, tag and honor indexes.
        let noscript = try #require(
            page.components(separatedBy: "<noscript>").dropFirst().first?.components(separatedBy: "</noscript>").first)
        #expect(noscript.contains("JavaScript"))
        for href in ["/honorsite/districts/", "/honorsite/tags/", "/honorsite/honors/"] { #expect(noscript.contains("href=\"\(href)\"")) }
        // The header box on every page sends q to /search/.
        for (path, data) in tree where path.hasSuffix(".html") {
            #expect(String(decoding: data, as: UTF8.self).contains("<form class=\"site-search\" action=\"/honorsite/search/\""), "\(path)")
        }
        #expect(tree["search.js"] != nil)
        for file in ["search/index.js", "search/t0.js", "search/w.js", "search/x0.js"] { #expect(tree[file] != nil, "\(file)") }
    }

    /// Every document is in the index once, with the URL of a page that is built.
    @Test func indexListsEveryDocumentWithABuiltPage() throws {
        let (tree, count) = try Self.demoWithCount()
        let index = try #require(Self.text(tree, "search/index.js"))
        let kinds = DocumentKind.allCases.map(\.rawValue)
        let regex = try NSRegularExpression(
            pattern: "^\\[\"([^\"]+)\",\"([^\"]*)\",\"(\(kinds.joined(separator: "|")))\"", options: [.anchorsMatchLines])
        let paths = regex.matches(in: index, range: NSRange(index.startIndex..., in: index)).map {
            String(index[Range($0.range(at: 1), in: index)!])
        }
        let documents = tree.keys.filter {
            $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 && kinds.contains(String($0.split(separator: "/")[0]))
                && !$0.contains("/page/")
        }
        #expect(paths.count == count && count >= 29)
        #expect(Set(paths.map { $0 + "index.html" }) == Set(documents.filter { !$0.hasPrefix("events/20") }))
        // The stored text holds the title, the kind label, district, street and body text.
        let stored = try #require(Self.text(tree, "search/x0.js"))
        #expect(stored.contains("\"福田区沙头街道：“红色驿站”让骑手歇脚有处、议事有门\\n品牌案例\\n福田区\\n2024年5月18日\\n沙头街道\\n红色驿站"))
        #expect(stored.contains("2025年度十大最美骑手"))
    }

    /// The index takes each document's search text (it holds the only copy) and stores it after the fields.
    @Test func indexTakesTheSearchText() throws {
        let fs = try memoryProject()
        var log = DiagnosticLog(strict: false)
        let options = Fixtures.options(URL(fileURLWithPath: "/nonexistent"))
        let indexed = index(try load(discover(fs), fs: fs, options: options, diagnostics: &log), now: options.now, diagnostics: &log)
        try log.checkpoint()
        var (rendered, _) = renderAllMarkdown(indexed.site, sources: indexed.sources)
        let texts = rendered.map(\.searchText.string)
        #expect(texts.count >= 2 && texts.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
        #expect(Set(rendered.compactMap { $0.searchText.buffer.map(ObjectIdentifier.init) }).count < texts.count)  // shared buffers
        let (files, links) = searchIndexFiles(site: indexed.site, rendered: &rendered)
        #expect(rendered.allSatisfy { $0.searchText.isEmpty })
        #expect(links == indexed.site.documents.map(\.pagePath))
        guard case .bytes(let bytes) = files.first(where: { $0.path == "search/x0.js" })?.contents else {
            Issue.record("no search/x0.js")
            return
        }
        let stored = String(decoding: bytes, as: UTF8.self)
        for text in texts { #expect(stored.contains("\\n" + String(SearchIndexBuilder.jsonString(text).dropFirst())), "\(text)") }
    }

    @Test func searchTextsShareABuffer() {
        let buffer = SearchTextBuffer()
        let a = buffer.append("骑手 田富")
        let b = buffer.append("")
        let c = buffer.append("Meituan 2025")
        #expect([a.string, b.string, c.string] == ["骑手 田富", "", "Meituan 2025"])
        #expect([a.isEmpty, b.isEmpty, c.isEmpty] == [false, true, false])
        #expect(buffer.bytes == Array("骑手 田富Meituan 2025".utf8))
        #expect(SearchTextSlice().string == "" && SearchTextSlice().isEmpty)
    }

    @Test func indexLinksToMissingPagesAreErrors() throws {
        let fs = try memoryProject()
        let site = try indexedSite(fs)
        let built = RenderedSite(
            files: [OutputFile(path: "riders/tian-fu/index.html", contents: .bytes([]), source: nil)],
            markdownLinks: [:], searchIndexLinks: ["riders/tian-fu/"])
        #expect(checkSearchIndexLinks(built, site: site) == [])
        var broken = built
        broken.searchIndexLinks.append("riders/gone/")
        #expect(
            checkSearchIndexLinks(broken, site: site).map(\.description) == [
                "search/index.js: error: the search index links to /sub/riders/gone/, which is not built"
            ])
    }

    @Test func themeWithoutSearchTemplateBuildsNoSearch() throws {
        let root = try Fixtures.project(site: "basic")
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates/search.mustache"))
        let site = try SiteCompiler.compile(Fixtures.options(root))
        #expect(!site.files.contains { $0.path.hasPrefix("search/") })
    }

    @Test func searchLineJoinsWhiteSpace() {
        #expect(searchLine("  骑手\n\n田富\t说 ") == "骑手 田富 说")
    }

    /// The byte-level white-space test agrees with Unicode's White_Space property on every
    /// scalar of the BMP, and drops it at both ends.
    @Test func searchLineWhiteSpaceIsUnicodeWhiteSpace() {
        var wrong: [String] = []
        for v in UInt32(1)...0xFFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let middle = "a" + String(Character(u)) + "b"
            let expected = u.properties.isWhitespace ? "a b" : middle
            if searchLine(middle + "\u{2029}") != expected || searchLine(" " + middle) != expected { wrong.append(String(v, radix: 16)) }
        }
        #expect(wrong == [])
    }
}
