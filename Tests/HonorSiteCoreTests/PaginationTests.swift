import Foundation
import TestSupport
import Testing

@testable import HonorSiteCore

/// Long lists split into pages (`paginate`, default 24); honor rolls never do.
@Suite struct PaginationTests {
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
    static let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平")

    /// The demo's settings and theme with 400 riders (`r000` … `r399`), all 2025 十大最美骑手.
    static func project400() throws -> URL {
        let dir = TestSupport.makeTempDir("hs-paginate")
        try TestSupport.copyTree(TestSupport.packageRoot.appendingPathComponent("templates"), to: dir.appendingPathComponent("templates"))
        var files = [
            "content/site.yml": try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("content/site.yml"), encoding: .utf8)
        ]
        for n in 0..<400 {
            let name = "\(surnames[n / 20])\(given[n % 20])\(n % 3 == 0 ? "华" : "")"
            files["content/riders/r\(String(format: "%03d", n)).md"] = """
                ---
                name: \(name)
                district: 福田区
                honors:
                  - title: 十大最美骑手
                    year: 2025
                ---
                \(name)的故事。

                """
        }
        try TestSupport.writeTree(files, at: dir)
        return dir
    }

    static func riderLinks(_ html: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: "href=\"/honorsite/riders/(r[0-9]{3})/\"")
        let main = html.components(separatedBy: "<main").last ?? ""
        return regex.matches(in: main, range: NSRange(main.startIndex..., in: main)).map { String(main[Range($0.range(at: 1), in: main)!]) }
    }

    @Test func fourHundredRidersPaginateAndEveryPagePassesTheLinkCheck() throws {
        let root = try Self.project400()
        let out = root.appendingPathComponent("site")
        // compile runs the build's own link check (pages and search index); brokenLinks is an independent walker.
        let site = try SiteCompiler.compile(Fixtures.options(root))
        try SiteWriter.write(site, to: out, root: root)
        #expect(try TestSupport.brokenLinks(site: out, basePath: "/honorsite/") == [])
        let tree = try TestSupport.readTree(out)
        func page(_ n: Int) -> String? {
            tree[n == 1 ? "riders/index.html" : "riders/page/\(n)/index.html"].map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(tree["riders/page/1/index.html"] == nil)  // page 1 is only at /riders/
        #expect(page(18) == nil)
        var seen: [String] = []
        for n in 1...17 {
            let html = try #require(page(n), "riders page \(n)")
            let links = try Self.riderLinks(html)
            #expect(links.count == (n < 17 ? 24 : 400 - 16 * 24), "page \(n)")
            seen += links
            let prev = n == 2 ? "/honorsite/riders/" : "/honorsite/riders/page/\(n - 1)/"
            #expect(html.contains("<link rel=\"prev\" href=\"\(prev)\">") == (n > 1), "page \(n)")
            #expect(html.contains("<link rel=\"next\" href=\"/honorsite/riders/page/\(n + 1)/\">") == (n < 17), "page \(n)")
            #expect(html.contains("rel=\"prev\">上一页</a>") == (n > 1))
            #expect(html.contains("rel=\"next\">下一页</a>") == (n < 17))
            #expect(html.contains("aria-current=\"page\">\(n)</a>"), "page \(n) marks itself")
            #expect(!html.contains("riders/page/1/"))
        }
        // Every rider exactly once, in the section's order.
        #expect(seen.count == 400 && Set(seen).count == 400)
        // The district list paginates too; the honor roll does not.
        #expect(tree["districts/futian/page/17/index.html"] != nil)
        let roll = String(decoding: try #require(tree["honors/2025/index.html"]), as: UTF8.self)
        #expect(try Self.riderLinks(roll).count == 400)
        #expect(!tree.keys.contains { $0.hasPrefix("honors/2025/page/") })
    }

    @Test(arguments: [
        (3, 1, [1, 2, 3]), (17, 1, [1, 2, 3, 0, 17]), (17, 9, [1, 0, 7, 8, 9, 10, 11, 0, 17]),
        (17, 4, [1, 2, 3, 4, 5, 6, 0, 17]), (17, 5, [1, 2, 3, 4, 5, 6, 7, 0, 17]),
    ])
    func pagerShowsEndsAndNeighbours(_ count: Int, _ current: Int, _ expected: [Int]) {
        #expect(Pagination.shownNumbers(current: current, count: count) == expected)
    }

    /// The fixture site has `paginate: 2`: four riders on two pages, page 1 at /riders/.
    @Test func listPagesSplitItems() throws {
        let site = try indexedSite(try memoryProject())
        let riders = Page.section(.rider)
        #expect(site.pageCount(riders) == 2)
        #expect(site.pages.filter { site.path($0).hasPrefix("riders/page/") }.map { site.path($0) } == ["riders/page/2/"])
        #expect(site.path(site.listPage(riders, 1)) == "riders/")
        #expect(site.listSlice(riders, 1) == 0..<2 && site.listSlice(riders, 2) == 2..<4)
        #expect(site.title(.listPage(riders, number: 2)) == "最美骑手（第2页）")
        #expect(site.trail(.listPage(riders, number: 2)) == [riders, .listPage(riders, number: 2)])
        #expect(site.listLength(.honorsYear(2025)) == nil)  // honor rolls are never split
        #expect(site.pageCount(.tag(0)) == 1)
    }

    @Test func paginateMustBeAPositiveInteger() throws {
        let root = try Fixtures.project(site: "basic", extra: [:])
        let yml = root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: yml, encoding: .utf8).replacingOccurrences(of: "paginate: 2", with: "paginate: 0")
        try text.write(to: yml, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("paginate:") }! + 1
        #expect(Fixtures.diagnostics(root) == ["content/site.yml:\(line):11: error: 'paginate' must be at least 1, found 0"])
    }
}
