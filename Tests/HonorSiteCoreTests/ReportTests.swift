import Charts
import Foundation
import FrontMatter
import TestSupport
import Testing

@testable import HonorSiteCore

/// The front matter of every document of a kind in the demo, read directly (not through the compiler).
func demoFrontMatter(_ kind: String) throws -> [[String: YAMLValue]] {
    let dir = TestSupport.packageRoot.appendingPathComponent("content/\(kind)")
    return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().filter { $0.hasSuffix(".md") }.compactMap { name in
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        let doc = try FrontMatter.parseDocument(text)
        var fields: [String: YAMLValue] = [:]
        for e in doc.frontMatter.entries ?? [] { fields[e.key] = e.value.value }
        if case .bool(true)? = fields["draft"] { return nil }
        return fields
    }
}

@Suite struct DemoStatisticsTests {
    /// Every figure of `export stats --format json` for the demo, recounted from the files.
    @Test(arguments: [nil, 2024, 2025] as [Int?])
    func everyJSONFigureRecountedFromTheDocuments(_ year: Int?) throws {
        let json = try SiteCompiler.statistics(Fixtures.options(TestSupport.packageRoot)).set.statistics(year: year).json()
        let s = try JSONDecoder().decode(SiteStatistics.self, from: Data(json.utf8))
        func inYear(_ v: YAMLValue?) -> Bool {
            guard let year else { return true }
            if case .date(let d)? = v { return d.year == year }
            return false
        }
        func string(_ v: YAMLValue?) -> String? { if case .string(let s)? = v { return s } else { return nil } }
        func int(_ v: YAMLValue?) -> Int? { if case .int(let i)? = v { return i } else { return nil } }
        func honorYears(_ f: [String: YAMLValue]) -> [(String, Int)] {
            guard case .list(let items)? = f["honors"] else { return [] }
            return items.compactMap { item in
                let e = Dictionary(uniqueKeysWithValues: (item.entries ?? []).map { ($0.key, $0.value.value) })
                guard let t = string(e["title"]), let y = int(e["year"]) else { return nil }
                return (t, y)
            }
        }
        let brands = try demoFrontMatter("brands").filter { inYear($0["date"]) }
        let riders = try demoFrontMatter("riders").filter { f in year == nil || honorYears(f).contains { $0.1 == year } }
        let events = try demoFrontMatter("events").filter { inYear($0["date"]) }
        #expect(s.brands.total == brands.count)
        for d in s.brands.byDistrict { #expect(d.count == brands.filter { string($0["district"]) == d.name }.count, "\(d.name)") }
        #expect(s.riders.total == riders.count)
        let party = riders.filter { if case .bool(true)? = $0["party_member"] { return true } else { return false } }
        #expect(s.riders.partyMembers == party.count)
        for d in s.riders.byDistrict {
            #expect(d.count == riders.filter { string($0["district"]) == d.name }.count)
            #expect(d.partyMembers == party.filter { string($0["district"]) == d.name }.count)
        }
        for p in s.riders.byPlatform { #expect(p.count == riders.filter { (string($0["platform"]) ?? "未填写") == p.name }.count) }
        for h in s.honors {
            #expect(h.count == riders.flatMap(honorYears).filter { $0.0 == h.title && $0.1 == h.year }.count, "\(h.title) \(h.year)")
        }
        #expect(s.events.total == events.count)
        #expect(s.events.participants == events.compactMap { int($0["participants"]) }.reduce(0, +))
        for m in s.events.byMonth {
            let n = events.filter {
                if case .date(let d)? = $0["date"] { return String(format: "%04d-%02d", d.year, d.month) == m.month }
                return false
            }
            #expect(m.count == n.count, "\(m.month)")
        }
        for c in s.events.byCategory { #expect(c.count == events.filter { (string($0["category"]) ?? "未分类") == c.name }.count) }
        for b in s.events.byBase {
            let mine = events.filter { string($0["base"]) == b.name }
            #expect(b.count == mine.count && b.participants == mine.compactMap { int($0["participants"]) }.reduce(0, +))
        }
        #expect(s.events.byMonth.reduce(0) { $0 + $1.count } == s.events.total)
        #expect(s.events.byDistrict.reduce(0) { $0 + $1.count } == s.events.total)
        if year == 2025 {  // what the demo's report needs for its charts to say something
            #expect(s.events.byMonth.filter { $0.count > 0 }.count >= 8)
            #expect(s.events.byCategory.count >= 3 && s.events.byBase.filter { $0.count > 0 }.count >= 3)
        }
    }

    /// In the built demo report, every figure's drawn total (SVG description) equals its table's 合计,
    /// and the charts of events by month and by base equal the JSON figures.
    @Test func demoReportChartsMatchTablesAndJSON() throws {
        let options = Fixtures.options(TestSupport.packageRoot)
        let site = try SiteCompiler.compile(options)
        let page = try #require(site.files.first { $0.path == "reports/2025-annual/index.html" })
        guard case .bytes(let bytes) = page.contents else {
            Issue.record("not bytes")
            return
        }
        let html = String(decoding: bytes, as: UTF8.self)
        let figures = html.components(separatedBy: "<figure ").dropFirst()
        #expect(figures.count >= 4)
        let s = try SiteCompiler.statistics(options).set.statistics(year: 2025)
        for f in figures {
            let foot = try #require(f.firstMatch(of: /<tfoot><tr><th scope="row">合计<\/th>((?:<td>\d+<\/td>)+)/))
            let totals = String(foot.1).matches(of: /<td>(\d+)<\/td>/).map { Int($0.1)! }
            if let desc = f.firstMatch(of: /<desc [^>]*>.*合计(\d+)[^<]*<\/desc>/) {
                #expect(Int(desc.1)! == totals.reduce(0, +))
            }
            if f.contains("各月实训活动场次") { #expect(totals == [s.events.total]) }
            if f.contains("各实训基地活动参与人次") { #expect(totals == [s.events.participants]) }
            if f.contains("各区获表彰骑手人数") { #expect(totals.reduce(0, +) == s.riders.total) }
        }
        // Inline figures come from the statistics and the data file, not typed in.
        #expect(html.contains("活动\(s.events.total)场，参与\(s.events.participants)人次"))
        #expect(html.contains("“小个专”428万户（同比增长5.7%）"))
        #expect(!html.contains("{{") && !html.contains("HONORSITEFIGURE"))
    }
}

@Suite struct ReportBodyTests {
    /// Builds the fixture site with one extra report (or other files) in memory.
    static func build(_ extra: [String: String]) throws -> (CompiledSite?, [String]) {
        var files = try themeFiles()
        for (path, data) in try TestSupport.readTree(Fixtures.root.appendingPathComponent("sites/basic")) where path.hasPrefix("content/") {
            files[path] = String(decoding: data, as: UTF8.self)
        }
        files.merge(extra) { $1 }
        do {
            let site = try SiteCompiler.compile(Fixtures.options(URL(fileURLWithPath: "/nonexistent")), fileSystem: MemoryFileSystem(files))
            return (site, site.warnings.map(\.description))
        } catch {
            return (nil, error.diagnostics.map(\.description))
        }
    }

    static func report(_ body: String) -> [String: String] {
        ["content/reports/r.md": "---\ntitle: 报告\nyear: 2025\nissuer: 单位\ndate: 2026-01-01\n---\n\n" + body]
    }

    static let errorCases: [(String, String)] = [
        (
            "{{stats.brands.totl}}",
            "content/reports/r.md:8:1: error: unknown name 'stats.brands.totl' in report; "
                + "valid names here: stats.brands.by_district, stats.brands.by_year, stats.brands.total"
        ),
        (
            "数字{{statz.x}}",
            "content/reports/r.md:8:3: error: unknown name 'statz.x' in report; "
                + "valid names here: all, figures, previous, report, share, site, stats, yoy"
        ),
        (
            "{{#stats.honors}}\n{{titel}}\n{{/stats.honors}}",
            "content/reports/r.md:9:1: error: unknown name 'titel' in report; "
                + "valid names here: count, title, year, all, figures, previous, report, share, site, stats, yoy"
        ),
        (
            "```chart\ndata: brands.by_distrct\n```",
            "content/reports/r.md:9:7: error: unknown chart data 'brands.by_distrct'; "
                + "valid data: brands.by_district, brands.by_year, riders.by_district, riders.party, riders.by_platform, honors, "
                + "events.by_month, events.by_category, events.by_base, events.participants_by_base, events.bases, events.by_district"
        ),
        (
            "```chart\ndata: honors\ntype: pie\n```",
            "content/reports/r.md:10:7: error: unknown chart type 'pie'; valid types: bar, hbar, stacked, line, donut, table"
        ),
        (
            "```chart\n  colour: red\ndata: honors\n```",
            "content/reports/r.md:9:3: error: unknown chart setting 'colour'; valid settings: data, type, title, year"
        ),
        (
            "```chart\ntype: bar\n```",
            "content/reports/r.md:8:1: error: chart block needs 'data:' naming a table, such as 'data: brands.by_district'"
        ),
        (
            "```chart\ndata: honors\nyear: next\n```",
            "content/reports/r.md:10:7: error: chart year 'next' must be a year such as 2025, or 'all'"
        ),
        (
            "```chart\ndata: riders.by_district\ntype: bar\n```",
            "content/reports/r.md:8:1: error: chart 'riders.by_district' as bar: a bar chart shows one series; use stacked for several"
        ),
        ("```chart\ndata: honors\n", "content/reports/r.md:8:1: error: chart block is not closed; end it with a line of ```"),
        (
            "{{> card}}",
            "content/reports/r.md:8:1: error: partials and template inheritance "
                + "({{> name}}, {{< name}}, {{$ name}}) are not available in reports"
        ),
        (
            "x\n{{$block}}x{{/block}}",
            "content/reports/r.md:9:1: error: partials and template inheritance "
                + "({{> name}}, {{< name}}, {{$ name}}) are not available in reports"
        ),
        (
            "共{{stats.brands}}个",
            "content/reports/r.md:8:2: error: 'stats.brands' is a group of figures and prints nothing; "
                + "name one of them: stats.brands.by_district, stats.brands.by_year, stats.brands.total"
        ),
        (
            "{{#stats.honors}}{{.}}{{/stats.honors}}",
            "content/reports/r.md:8:18: error: '.' is a group of figures and prints nothing; "
                + "name one of them: count, title, year"
        ),
        (
            "{{{stats.honors}}}",
            "content/reports/r.md:8:1: error: 'stats.honors' is a list and prints nothing; "
                + "go over it with {{#stats.honors}}…{{/stats.honors}} or draw it in a chart block"
        ),
        (
            "```chart data: honors\n```",
            "content/reports/r.md:8:1: error: chart settings go on the lines below '```chart', "
                + "one 'key: value' a line, not after it: 'chart data: honors'"
        ),
    ]

    @Test(arguments: errorCases)
    func errorsArePlacedAndListTheValidNames(_ body: String, _ message: String) throws {
        let (site, diags) = try Self.build(Self.report(body))
        #expect(site == nil)
        #expect(diags.contains(message), "\(diags.joined(separator: "\n"))")
    }

    /// Text filled in from the data is Markdown-escaped, not HTML-escaped: the Markdown export shows
    /// `&` as `&` (it showed `&amp;`), and `<`, `*` still show as text on the page.
    @Test func dataFilledIntoTheMarkdownKeepsItsCharacters() throws {
        var files = try themeFiles()
        for (path, data) in try TestSupport.readTree(Fixtures.root.appendingPathComponent("sites/basic")) where path.hasPrefix("content/") {
            files[path] = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "南山区", with: "南山&前海<区>*")
        }
        files.merge(
            Self.report(
                "{{#stats.brands.by_district}}{{name}}：{{count}}个；{{/stats.brands.by_district}}\n\n"
                    + "```chart\ndata: brands.by_district\n```\n")
        ) { $1 }
        let fs = MemoryFileSystem(files)
        let options = Fixtures.options(URL(fileURLWithPath: "/nonexistent"))
        let export = try #require(try SiteCompiler.report(options, slug: "r", fileSystem: fs))
        let md = export.markdownDocument()
        #expect(md.contains("福田区：1个；南山&前海\\<区\\>\\*：0个；"), "\(md)")
        #expect(!md.contains("&amp;") && !md.contains("&lt;") && !md.contains("<区>*："))
        #expect(md.contains("| 南山&前海<区>* | 0 |"), "\(md)")  // tables go through markdownCell: as written, no entities
        #expect(export.bodyHTML.contains("福田区：1个；南山&amp;前海&lt;区&gt;*：0个；"), "\(export.bodyHTML)")
        #expect(!export.bodyHTML.contains("&amp;amp;") && !export.bodyHTML.contains("<区>"))
    }

    /// A key figure too large for the year-over-year arithmetic crashed the build (arithmetic overflow);
    /// a repeated `key:` silently replaced the first one.
    @Test func keyFiguresOutOfRangeOrRepeatedAreErrors() throws {
        let stats =
            "- key: a\n  label: 大\n  value: 123456789012345678\n  unit: 元\n  previous: 1\n"
            + "- key: a\n  label: 重复\n  value: -5\n  unit: 元\n  previous: -1000000000000001\n"
        let (site, diags) = try Self.build(["content/data/stats.yml": stats])
        #expect(site == nil)
        #expect(
            diags.contains(
                "content/data/stats.yml:3:10: error: key figure 'value' 123456789012345678 is too large; "
                    + "at most 1000000000000000 (1000万亿) either way"), "\(diags)")
        #expect(
            diags.contains(
                "content/data/stats.yml:6:8: error: key figure 'key: a' is given twice (first on line 1); "
                    + "{{figures.a…}} must name one figure"), "\(diags)")
        #expect(diags.contains { $0.hasPrefix("content/data/stats.yml:10:13: error: key figure 'previous' -1000000000000001") })
        let largest = "- key: a\n  label: 大\n  value: 1000000000000000\n  unit: 元\n  previous: 1\n"
        let (ok, _) = try Self.build(["content/data/stats.yml": largest])
        #expect(ok != nil)
    }

    @Test func aChartYearWithoutDataWarnsAndSaysNoData() throws {
        let (site, warnings) = try Self.build(Self.report("```chart\ndata: brands.by_district\nyear: 2019\n```\n"))
        #expect(warnings.contains("content/reports/r.md:8:1: warning: no statistics for 2019; the chart shows 暂无数据"))
        let page = try #require(site?.files.first { $0.path == "reports/r/index.html" })
        guard case .bytes(let b) = page.contents else { return }
        #expect(String(decoding: b, as: UTF8.self).contains(">暂无数据</text>"))
    }

    @Test func chartBlocksInsideOtherCodeBlocksStayCode() {
        let (body, blocks, problems) = extractChartBlocks("````markdown\n```chart\ndata: nope\n```\n````\n")
        #expect(blocks.isEmpty && problems.isEmpty && body.contains("data: nope"))
    }

    @Test func placeholdersKeepLineNumbers() {
        let source = "一\n\n```chart\ndata: honors\ntitle: 荣誉\n```\n二"
        let (body, blocks, _) = extractChartBlocks(source)
        #expect(body == "一\n\n\nHONORSITEFIGURE1X\n\n\n二")
        #expect(blocks.count == 1 && blocks[0].title == "荣誉" && blocks[0].line == 3)
    }

    /// Adding or removing a document changes the JSON, the /stats/ page and the report in the same build.
    @Test func addingAndRemovingADocumentChangesEveryOutput() throws {
        func outputs(_ extra: [String: String], removing: String? = nil) throws -> (json: String, stats: String, report: String) {
            var files = try themeFiles()
            let basic = try TestSupport.readTree(Fixtures.root.appendingPathComponent("sites/basic"))
            for (path, data) in basic where path.hasPrefix("content/") {
                files[path] = String(decoding: data, as: UTF8.self)
            }
            files.merge(extra) { $1 }
            if let removing { files[removing] = nil }
            let fs = MemoryFileSystem(files)
            let options = Fixtures.options(URL(fileURLWithPath: "/nonexistent"))
            let site = try SiteCompiler.compile(options, fileSystem: fs)
            func page(_ p: String) -> String {
                guard case .bytes(let b)? = site.files.first(where: { $0.path == p })?.contents else { return "" }
                return String(decoding: b, as: UTF8.self)
            }
            return (
                try SiteCompiler.statistics(options, fileSystem: fs).set.statistics(year: 2025).json(),
                page("stats/2025/index.html"), page("reports/annual-2025/index.html")
            )
        }
        let before = try outputs([:])
        #expect(before.report.contains("举办活动2场，参与40人次"))
        let extra = "---\ntitle: 新增活动\ndate: 2025-09-09\nbase: 福田实训基地\ncategory: 培训\nparticipants: 12\n---\n"
        let added = try outputs(["content/events/extra.md": extra])
        #expect(added.json.contains("\"participants\" : 52") && !before.json.contains("\"participants\" : 52"))
        #expect(added.report.contains("举办活动3场，参与52人次"))
        #expect(added.stats.contains("实训活动 3场") && before.stats.contains("实训活动 2场"))
        #expect(added.report.contains("<tr><th scope=\"row\">2025年9月</th><td>1</td></tr>"))
        let removed = try outputs([:], removing: "content/events/spring.md")
        #expect(removed.report.contains("举办活动1场"))
        #expect(removed.stats.contains("实训活动 1场"))
        #expect(removed.json != before.json)
    }
}
