import Foundation
import Mustache
import TestSupport
import Testing

@testable import HonorSiteCLI

/// Captures what the CLI writes.
final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var _out = "", _err = ""
    var out: String { lock.withLock { _out } }
    var err: String { lock.withLock { _err } }
    var console: Console {
        Console(out: { s in self.lock.withLock { self._out += s } }, err: { s in self.lock.withLock { self._err += s } })
    }
}

let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/HonorSiteCoreTests/Fixtures")

/// A temp project made of the fixture theme and the basic fixture site.
func fixtureProject() throws -> URL {
    let dir = TestSupport.makeTempDir("hs-cli")
    try TestSupport.copyTree(fixtures.appendingPathComponent("theme"), to: dir)
    try TestSupport.copyTree(fixtures.appendingPathComponent("sites/basic"), to: dir)
    try FileManager.default.removeItem(at: dir.appendingPathComponent("expected"))
    return dir
}

func run(_ args: [String], cwd: URL, env: [String: String] = ["SOURCE_DATE_EPOCH": "1767225600"]) -> (Int32, Capture) {
    let c = Capture()
    let code = runHonorSite(arguments: args, environment: env, console: c.console, currentDirectory: cwd)
    return (code, c)
}

@Suite struct BuildCommandTests {
    @Test func buildPrintsSummaryLine() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["build", "--quiet"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let last = c.err.split(separator: "\n").last.map(String.init) ?? ""
        // 35 pages, 6 later pages of lists (paginate: 2) and /search/.
        #expect(last.hasPrefix("built 42 pages from 11 documents in "), "\(last)")
        #expect(last.hasSuffix(" s (0 warnings)"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/riders/tian-fu/index.html").path))
    }

    @Test func frontMatterMistakeIsLocatedAndLeavesSiteUntouched() throws {
        let dir = try fixtureProject()
        #expect(run(["build"], cwd: dir).0 == 0)
        let before = try TestSupport.readTree(dir.appendingPathComponent("site"))
        let rider = dir.appendingPathComponent("content/riders/tian-fu.md")
        var text = try String(contentsOf: rider, encoding: .utf8)
        text = text.replacingOccurrences(of: "district: 福田区", with: "district: \"福田区")
        try text.write(to: rider, atomically: true, encoding: .utf8)
        let (code, c) = run(["build"], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err.contains(
                """
                content/riders/tian-fu.md:3:11: error: unterminated double-quoted string
                  district: "福田区
                            ^
                """), "\(c.err)")
        #expect(c.err.contains("build failed: 1 error, 0 warnings; the output folder was not changed"))
        let after = try TestSupport.readTree(dir.appendingPathComponent("site"))
        #expect(TestSupport.diffTrees(actual: after, expected: before) == [])
    }

    @Test func allErrorsAreReportedSortedByPathAndLine() throws {
        let dir = try fixtureProject()
        try TestSupport.writeTree(
            [
                "content/riders/zz.md": "---\nname: 甲\ndistrict: 火星区\nhonors: []\n---\n",
                "content/brands/aa.md": "---\ntitle: 乙\n---\n",
            ], at: dir)
        let (code, c) = run(["check"], cwd: dir)
        #expect(code == 1)
        let lines = c.err.split(separator: "\n").filter { $0.hasPrefix("content/") }.map(String.init)
        #expect(
            lines == [
                "content/brands/aa.md:2:1: error: missing required field 'brand'",
                "content/brands/aa.md:2:1: error: missing required field 'district'",
                "content/brands/aa.md:2:1: error: missing required field 'street'",
                "content/riders/zz.md:3:11: error: unknown district '火星区'",
            ])
    }

    @Test func githubAnnotations() throws {
        let dir = try fixtureProject()
        try TestSupport.writeTree(["content/pages/x.md": "---\ntitle: x\ncolour: red\n---\n"], at: dir)
        let (code, c) = run(["check", "--strict", "--diagnostics", "github"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("::error file=content/pages/x.md,line=3,col=1::unknown key 'colour'\n"), "\(c.err)")
    }

    @Test func locationNoteStaysANoteUnderStrict() throws {
        let dir = try fixtureProject()
        let fixture = "Tests/MediaTests/Fixtures/phone-gps-orientation6.jpg"
        let photo = try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent(fixture))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("content/media/riders"), withIntermediateDirectories: true)
        try photo.write(to: dir.appendingPathComponent("content/media/riders/phone.jpg"))
        let (code, c) = run(["check", "--strict", "--diagnostics", "github"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let notice = "::notice file=content/media/riders/phone.jpg::had location data (GPS); it is removed from the published copy"
        #expect(c.err.contains(notice), "\(c.err)")
        #expect(c.err.contains(": 0 errors, 0 warnings\n"), "\(c.err)")
        let (code2, c2) = run(["build", "--quiet"], cwd: dir)
        #expect(code2 == 0)
        #expect(c2.err.contains("content/media/riders/phone.jpg: note: had location data (GPS)"), "\(c2.err)")
    }

    @Test func checkWritesNothing() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["check"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.err.contains("checked 42 pages from 11 documents in "), "\(c.err)")
        #expect(c.err.hasSuffix(" s: 0 errors, 0 warnings\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("site").path))
    }

    @Test func baseURLFromFlagAndEnvironment() throws {
        let dir = try fixtureProject()
        #expect(run(["build", "--base-url", "https://staging.example.net/preview/"], cwd: dir).0 == 0)
        let page = try String(contentsOf: dir.appendingPathComponent("site/riders/tian-fu/index.html"), encoding: .utf8)
        #expect(page.contains("href=\"https://staging.example.net/preview/riders/tian-fu/\""))
        #expect(page.contains("href=\"/preview/riders/\""))
        #expect(run(["build"], cwd: dir, env: ["HONORSITE_BASE_URL": "https://prod.example.org/"]).0 == 0)
        let sitemap = try String(contentsOf: dir.appendingPathComponent("site/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://prod.example.org/riders/tian-fu/</loc>"))
    }

    @Test func relativeURLsFlagWritesLinksThatWorkFromAFolder() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["build", "--relative-urls", "--quiet"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let page = try String(contentsOf: dir.appendingPathComponent("site/riders/tian-fu/index.html"), encoding: .utf8)
        #expect(page.contains(#"href="../../riders/index.html""#))
        #expect(!page.contains(#"href="/sub/"#))
        #expect(run(["check", "--relative-urls"], cwd: dir).0 == 0)
    }

    @Test func draftsOnlyWithFlag() throws {
        let dir = try fixtureProject()
        #expect(run(["build"], cwd: dir).0 == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/brands/draft-one/index.html").path))
        #expect(run(["build", "--drafts"], cwd: dir).0 == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/brands/draft-one/index.html").path))
    }

    @Test(arguments: [
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["build", "--fast"], "unknown option '--fast'"),
        (["build", "--root"], "option --root needs a value"),
        (["check", "--output", "x"], "check writes nothing; --output is not allowed"),
        (["render", "t.mustache"], "missing --data FILE"),
        (["export", "honor-roll", "--year", "2025"], "missing --format csv|md|html"),
        (["export"], "missing what to export (honor-roll, stats or report)"),
        (["export", "roll"], "cannot export 'roll'; choose honor-roll, stats or report"),
        (["export", "stats"], "missing --format json|csv|md"),
        (["export", "stats", "--format", "xml"], "--format must be json, csv or md"),
        (["export", "stats", "--format", "csv"], "csv writes one file per table; give a folder with -o DIR"),
        (["export", "stats", "--year", "last", "--format", "json"], "--year must be a number, such as 2025"),
        (["export", "report", "--format", "md"], "missing SLUG (the report's slug: field, else its file name without .md)"),
        (["export", "report", "x", "--format", "pdf"], "--format must be html, md or csv"),
        (["serve", "--port", "http"], "--port must be a number from 0 to 65535, not 'http'"),
        (["serve", "extra"], "unexpected argument 'extra'"),
    ])
    func usageErrorsExit64(_ args: [String], _ message: String) throws {
        let (code, c) = run(args, cwd: TestSupport.makeTempDir())
        #expect(code == 64)
        #expect(c.err.contains(message), "\(c.err)")
    }

    /// A usage error of `export stats` (or honor-roll, report) points at that command's help, where its options are.
    @Test(arguments: [
        (["export", "stats", "--format", "csv"], "export stats"),
        (["export", "report", "x", "--format", "pdf"], "export report"),
        (["export", "honor-roll"], "export honor-roll"), (["export", "roll"], "export"), (["build", "--fast"], "build"),
    ])
    func usageErrorsPointAtTheRightHelp(_ args: [String], _ command: String) {
        let (_, c) = run(args, cwd: TestSupport.makeTempDir())
        #expect(c.err.hasSuffix("\nRun 'honorsite \(command) --help' for usage.\n"), "\(c.err)")
    }

    @Test func helpExitsZero() {
        for cmd in ["build", "check", "render", "export", "serve", "init", "new", "theme"] {
            let (code, c) = run([cmd, "--help"], cwd: TestSupport.makeTempDir())
            #expect(code == 0)
            #expect(c.out.contains("USAGE: honorsite \(cmd)"))
        }
        for what in ["honor-roll", "stats", "report"] {
            let (code, c) = run(["export", what, "--help"], cwd: TestSupport.makeTempDir())
            #expect(code == 0)
            #expect(c.out.hasPrefix("USAGE: honorsite export \(what)"), "\(c.out)")
        }
    }

    @Test func missingProjectIsOneClearError() throws {
        let empty = TestSupport.makeTempDir()
        let (code, c) = run(["build", "--root", "nowhere"], cwd: empty)
        #expect(code == 1)
        #expect(c.err == "honorsite: error: project folder \(empty.path)/nowhere does not exist\n")
        let (code2, c2) = run(["check"], cwd: empty)
        #expect(code2 == 1)
        #expect(c2.err == "honorsite: error: \(empty.path) is not a site project: content/site.yml not found (use --root)\n")
    }

    @Test func invalidSourceDateEpochIsAnError() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["build"], cwd: dir, env: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(code == 1)
        #expect(c.err.contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not 'yesterday'"))
    }

    @Test func longSourceLinesAreShownAsAWindow() throws {
        let dir = try fixtureProject()
        let long = String(repeating: "很", count: 300)
        try TestSupport.writeTree(["content/pages/about.md": "---\ntitle: 关于\n---\n\(long)[x](nope.md)\n"], at: dir)
        let (code, c) = run(["check"], cwd: dir)
        #expect(code == 1)
        let lines = c.err.split(separator: "\n").map(String.init)
        let i = try #require(lines.firstIndex { $0.hasPrefix("content/pages/about.md:4:301: error:") })
        #expect(lines[i + 1].count <= 125)
        #expect(lines[i + 1].hasSuffix("[x](nope.md)"))
        // The caret sits under '[' (each 很 is two cells wide, the ellipsis one).
        let shown = lines[i + 1].dropFirst(2)
        let before = shown.prefix { $0 != "[" }
        let width = before.reduce(0) { $0 + ($1 == "很" ? 2 : 1) }
        #expect(lines[i + 2] == "  " + String(repeating: " ", count: width) + "^")
    }

    // Regression: an echoed source line sent raw ESC/BEL sequences to the terminal.
    @Test func echoedSourceLinesCarryNoControlCharacters() throws {
        let dir = try fixtureProject()
        try TestSupport.writeTree(["content/pages/about.md": "---\ntitle: 关于\n---\nhi \u{1B}]0;PWN\u{07} red\n"], at: dir)
        let (code, c) = run(["check"], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err.contains(
                "content/pages/about.md:4:4: error: control character U+001B is not allowed; remove it\n  hi \u{FFFD}]0;PWN\u{FFFD} red\n     ^\n"
            ), "\(c.err)")
        #expect(!c.err.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test func outputInsideContentIsRefused() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["build", "--output", "content/out"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("refusing to write the site into"))
    }
}

@Suite struct RenderCommandTests {
    @Test func rendersExactlyWithoutAddedNewline() throws {
        let dir = TestSupport.makeTempDir()
        try TestSupport.writeTree(
            [
                "t.mustache": "{{#people}}{{> row}}{{/people}}{{> missing}}",
                "partials/row.mustache": "<{{name}}>",
                "d.json": "{\"people\": [{\"name\": \"李&明\"}, {\"name\": \"王\"}]}",
                "d.yml": "people:\n  - name: 甲\n",
            ], at: dir)
        let (code, c) = run(["render", "t.mustache", "--data", "d.json", "--partials", "partials"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.out == "<李&amp;明><王>")
        let (code2, c2) = run(["render", "t.mustache", "--data", "d.yml", "--partials", "partials"], cwd: dir)
        #expect(code2 == 0)
        #expect(c2.out == "<甲>")
    }

    @Test func invalidJSONIsLocated() throws {
        let dir = TestSupport.makeTempDir()
        try TestSupport.writeTree(["t.mustache": "{{a}}", "d.json": "{\"a\": 1,\n \"名字\": x}"], at: dir)
        let (code, c) = run(["render", "t.mustache", "--data", "d.json"], cwd: dir)
        #expect(code == 1)
        #expect(c.err == "d.json:2:8: error: invalid JSON: unexpected 'x'; expected a value\n", "\(c.err)")
    }

    /// Issue 17 items 1 and 8: nesting past the limit is a located error (Foundation's parser
    /// crashed at 513 levels), and so is a truncated file.
    @Test func deepOrTruncatedJSONIsLocated() throws {
        let dir = TestSupport.makeTempDir()
        try TestSupport.writeTree(
            [
                "t.mustache": "x", "deep.json": String(repeating: "[", count: 513),
                "cut.json": String(repeating: "[", count: 512), "ok.json": "{\"a\": [1, 2.5, \"\\u00e9\\ud83d\\ude00\", null, true]}",
                "lines.json": "{\"a\": \"b\",\n  \"c\": [1,\n 2,\n ]}",
            ], at: dir)
        let (code, c) = run(["render", "t.mustache", "--data", "deep.json"], cwd: dir)
        #expect(code == 1)
        #expect(c.err == "deep.json:1:513: error: invalid JSON: arrays and objects nest deeper than 512 levels\n", "\(c.err)")
        let (code2, c2) = run(["render", "t.mustache", "--data", "cut.json"], cwd: dir)
        #expect(code2 == 1)
        #expect(c2.err == "cut.json:1:513: error: invalid JSON: unexpected end of file; expected a value\n", "\(c2.err)")
        let (code3, c3) = run(["render", "t.mustache", "--data", "lines.json"], cwd: dir)
        #expect(code3 == 1)
        #expect(c3.err == "lines.json:4:2: error: invalid JSON: unexpected ']'; expected a value\n", "\(c3.err)")
        #expect(
            try MustacheValue(json: "{\"a\": [1, 2.5, \"\\u00e9\\ud83d\\ude00\", null, true]}")
                == .map(["a": .list([.int(1), .double(2.5), .string("é😀"), .null, .bool(true)])]))
    }

    @Test func templateErrorIsLocated() throws {
        let dir = TestSupport.makeTempDir()
        try TestSupport.writeTree(["t.mustache": "第一行\n{{#a}}没有结束", "d.json": "{}"], at: dir)
        let (code, c) = run(["render", "t.mustache", "--data", "d.json"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.hasPrefix("t.mustache:2:1: error:"), "\(c.err)")
    }
}

/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), used to read exports back.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" {
                    field += "\""
                    chars = chars.dropFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field)
            field = ""
        } else if c == "\r" && chars.first == "\n" {
            chars = chars.dropFirst()
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

@Suite struct ExportCommandTests {
    @Test func csvRoundTripsToThePageOrder() throws {
        let dir = try fixtureProject()
        try TestSupport.writeTree(
            [
                "content/riders/si-wei.md":
                    "---\nname: 司伟\ndistrict: 南山区\nplatform: '平台, \"快\"送'\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n"
            ], at: dir)
        let (code, c) = run(["export", "honor-roll", "--year", "2025", "--format", "csv"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.out.hasPrefix("\u{FEFF}序号,姓名,名次,区域,平台,荣誉,年度\r\n"))
        #expect(!c.out.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = parseCSV(String(c.out.dropFirst()))
        #expect(
            rows == [
                ["序号", "姓名", "名次", "区域", "平台", "荣誉", "年度"],
                ["1", "田富", "", "福田区", "外卖平台", "十大最美骑手", "2025"],
                ["2", "田大利", "", "南山区", "快递平台", "十大最美骑手", "2025"],
                ["3", "白云", "", "福田区", "", "十大最美骑手", "2025"],
                ["4", "司伟", "", "南山区", "平台, \"快\"送", "十大最美骑手", "2025"],
            ])
        // The same names in the same order as the built page.
        #expect(run(["build"], cwd: dir).0 == 0)
        let html = try String(contentsOf: dir.appendingPathComponent("site/honors/2025/index.html"), encoding: .utf8)
        let regex = try NSRegularExpression(pattern: "riders/[a-z-]+/\">([^<]+)</a>")
        let names = regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!]).replacingOccurrences(of: "\u{3000}", with: "")
        }
        #expect(names == rows.dropFirst().map { $0[1] })
    }

    @Test func markdownAndHTMLFormats() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "honor-roll", "--year", "2024", "--honor", "寻找城市星光", "--format", "md"], cwd: dir)
        #expect(code == 0)
        // Ranked: the order is stated and each rank shown; signed with 田富's award date (the latest).
        #expect(
            c.out == """
                ## 2024年度“寻找城市星光”光荣榜

                按名次排序

                | 序号 | 姓名 | 名次 | 区域 | 平台 |
                | ---: | --- | --- | --- | --- |
                | 1 | 田大利 | 第1名 | 南山区 | 快递平台 |
                | 2 | 田富 | 第2名 | 福田区 | 外卖平台 |

                测试工会　2024年12月20日

                """)
        let out = dir.appendingPathComponent("roll.html")
        #expect(run(["export", "honor-roll", "--year", "2025", "--format", "html", "-o", out.path], cwd: dir).0 == 0)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<h1 class=\"roll__title\">2025年度“十大最美骑手”光荣榜</h1>\n<p class=\"roll__order\">按姓氏笔画排序</p>"))
        #expect(html.contains("<p class=\"roll__sign\"><span>测试委员会</span><span>2026年1月1日</span></p>"))
        #expect(html.contains("justify-content: center"))  // a short roll is centred
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(!html.contains("href=") && !html.contains("src="))
    }

    @Test func awardDateSignsTheRollAndMustBeInItsYear() throws {
        let dir = try fixtureProject()
        try TestSupport.writeTree(
            [
                "content/riders/si-wei.md":
                    "---\nname: 司伟\ndistrict: 南山区\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n    date: 2025-12-01\n---\n"
            ], at: dir)
        let (code, c) = run(["export", "honor-roll", "--year", "2025", "--format", "md"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.out.hasSuffix("测试委员会　2025年12月1日\n"))
        // The web roll (the repository's theme) is signed with the same date.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("templates"))
        try TestSupport.copyTree(TestSupport.packageRoot.appendingPathComponent("templates"), to: dir.appendingPathComponent("templates"))
        #expect(run(["build"], cwd: dir).0 == 0)
        let page = try String(contentsOf: dir.appendingPathComponent("site/honors/2025/index.html"), encoding: .utf8)
        #expect(page.contains("<span>测试委员会</span>\n        <span>2025年12月1日</span>"))
        #expect(page.contains("<p class=\"roll__order\">按姓氏笔画排序</p>"))
        try TestSupport.writeTree(
            [
                "content/riders/si-wei.md":
                    "---\nname: 司伟\ndistrict: 南山区\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n    date: 2024-12-01\n---\n"
            ], at: dir)
        let (bad, b) = run(["check"], cwd: dir)
        #expect(bad == 1)
        #expect(b.err.contains("content/riders/si-wei.md:7:11: error: honor date 2024-12-1 is not in its year 2025"), "\(b.err)")
    }

    @Test func exportNeverOverwritesSources() throws {
        let dir = try fixtureProject()
        let before = try String(contentsOf: dir.appendingPathComponent("content/site.yml"), encoding: .utf8)
        let (code, c) = run(["export", "honor-roll", "--year", "2025", "--format", "csv", "-o", "content/site.yml"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("refusing to write the export into content/"))
        #expect(try String(contentsOf: dir.appendingPathComponent("content/site.yml"), encoding: .utf8) == before)
    }

    @Test func unknownYearOrHonorListsWhatExists() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "honor-roll", "--year", "2019", "--format", "csv"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("no honor roll for 2019; years with honors: 2025, 2024"))
        let (code2, c2) = run(["export", "honor-roll", "--year", "2025", "--honor", "最佳", "--format", "csv"], cwd: dir)
        #expect(code2 == 1)
        #expect(c2.err.contains("no honor '最佳' in 2025; honors that year: 十大最美骑手"))
    }
}

/// The options each command accepts and the ones its help names come from one table.
@Suite struct CommandTableTests {
    @Test(arguments: ["build", "check", "render", "export", "serve"])
    func helpNamesExactlyTheOptionsTheParserAccepts(_ name: String) throws {
        let spec = try #require(commands.first { $0.name == name })
        let (code, c) = run([name, "--help"], cwd: TestSupport.makeTempDir())
        #expect(code == 0)
        let listed = c.out.split(separator: "\n").filter { $0.hasPrefix("  -") }.map { line in
            line.split(separator: " ").first { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) } ?? ""
        }
        #expect(listed == spec.allOptions.map(\.name))
        for option in spec.options {
            let args = option.value == nil ? ["--\(option.name)"] : ["--\(option.name)", "x"]
            #expect(throws: Never.self) { _ = try Arguments(args, for: spec) }
            if let short = option.short {
                #expect(try Arguments(["-\(short)", "v"], for: spec).values[option.name] == "v")
            }
        }
        #expect(throws: UsageError.self) { _ = try Arguments(["--frobnicate"], for: spec) }
    }

    // Regression: export accepted --base-url and --drafts, and its help named neither.
    @Test func exportHelpNamesEveryOption() {
        let (_, c) = run(["export", "honor-roll", "--help"], cwd: TestSupport.makeTempDir())
        let expected = [
            "--year YEAR", "--honor TITLE", "--format csv|md|html", "-o, --output FILE", "--root DIR", "--base-url URL", "--drafts",
        ]
        for text in expected {
            #expect(c.out.contains(text), "\(text)")
        }
    }

    @Test func buildHelpText() {
        let (_, c) = run(["build", "--help"], cwd: TestSupport.makeTempDir())
        #expect(
            c.out == """
                USAGE: honorsite build [--root DIR] [--output DIR] [--base-url URL] [--drafts] [--strict]
                                       [--relative-urls] [--diagnostics human|github] [--quiet] [--lang zh-CN|en]

                Builds the site. Nothing in the output folder changes unless the whole build succeeds.

                OPTIONS:
                  --root DIR                  The site project (holds content/ and templates/). Default: current folder.
                  --output DIR                Output folder, relative to the current folder. Default: ROOT/site.
                  --base-url URL              Overrides site.yml base_url (also HONORSITE_BASE_URL).
                  --drafts                    Include documents with draft: true.
                  --strict                    Treat warnings as errors.
                  --relative-urls             Links relative to each page (…/index.html): the site opens from a folder
                                              or a zip (file://). Also site.yml relative_urls: true. Canonical links,
                                              sitemap and feed stay absolute.
                  --diagnostics human|github  human (default) or github (GitHub Actions annotations).
                  --quiet                     Print only diagnostics and the summary line.
                  --lang zh-CN|en             Language of messages. Default: HONORSITE_LANG, else the locale (LANG).
                  -h, --help                  Show this help.

                EXIT STATUS: 0 built, 1 content or template errors, 64 usage error.


                """)
    }

    @Test func mainHelpListsEveryCommand() {
        let (_, c) = run(["--help"], cwd: TestSupport.makeTempDir())
        for spec in commands { #expect(c.out.contains("  \(spec.name)") && c.out.contains(spec.summary(.english))) }
    }
}

@Suite struct ExportStatsAndReportTests {
    @Test func statsAsJSONForAYear() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "stats", "--year", "2025", "--format", "json"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(c.out.utf8)) as? [String: Any])
        #expect(object["year"] as? Int == 2025)
        let events = try #require(object["events"] as? [String: Any])
        #expect(events["total"] as? Int == 2 && events["participants"] as? Int == 40)
        #expect((object["riders"] as? [String: Any])?["party_members"] as? Int == 1)
    }

    @Test func statsAsCSVFolderAndMarkdown() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "stats", "--format", "csv", "-o", "out/stats"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let csv = try Data(contentsOf: dir.appendingPathComponent("out/stats/brands-by-district.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))  // the BOM (String(contentsOf:) would drop it)
        #expect(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("区域,品牌案例数（个）\r\n福田区,"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/stats/summary.csv").path))
        let (code2, c2) = run(["export", "stats", "--format", "md"], cwd: dir)
        #expect(code2 == 0)
        #expect(c2.out.contains("表1\u{3000}各区品牌案例数量（单位：个）\n\n| 区域 | 品牌案例数（个） |"))
    }

    @Test func statsForAnUnknownYearListsTheYears() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "stats", "--year", "2019", "--format", "json"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("no statistics for 2019; years with data: 2024, 2025, 2027"), "\(c.err)")
        let (code2, c2) = run(["export", "stats", "--format", "csv", "-o", "content/x"], cwd: dir)
        #expect(code2 == 1 && c2.err.contains("refusing to write the export into content/"))
    }

    @Test func reportAsStandaloneHTMLMarkdownAndCSV() throws {
        let dir = try fixtureProject()
        let out = dir.appendingPathComponent("report.html")
        let (code, c) = run(["export", "report", "annual-2025", "--format", "html", "-o", out.path], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<h1 class=\"report__title\">2025年工作报告</h1>"))
        #expect(html.contains("<p class=\"report__docnum\">测〔2026〕1号</p>"))
        #expect(html.contains("@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm;"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && html.contains("<details class=\"chart__data\" open>"))
        #expect(!html.contains("href=") && !html.contains("src=") && !html.contains("<link") && !html.contains("<script"))
        let (code2, c2) = run(["export", "report", "annual-2025", "--format", "md"], cwd: dir)
        #expect(code2 == 0)
        #expect(c2.out.hasPrefix("# 2025年工作报告\n\n测〔2026〕1号\n\n## 一、总体情况\n"), "\(c2.out)")
        #expect(c2.out.contains("图1\u{3000}各区最美骑手人数（单位：人）\n\n| 区域 | 党员（人） | 非党员（人） |"))
        #expect(c2.out.contains("表3\u{3000}各区品牌案例数量（单位：个）"))
        let (code3, c3) = run(["export", "report", "annual-2025", "--format", "csv", "-o", "tables"], cwd: dir)
        #expect(code3 == 0, "\(c3.err)")
        let fig2 = try Data(contentsOf: dir.appendingPathComponent("tables/fig-2.csv"))
        #expect(fig2.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: fig2.dropFirst(3), as: UTF8.self).hasPrefix("月份,活动场次（场）\r\n2025-01,0\r\n"))
    }

    @Test func unknownReportListsTheReports() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "report", "nope", "--format", "md"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("no report 'nope'; reports: annual-2025"))
    }
}

/// Issue 17: many diagnostics on one long line decode it once, and each still shows its own
/// window and caret.
@Suite struct LongLineDiagnosticTests {
    @Test func eachDiagnosticOnALongLineShowsItsWindow() throws {
        let dir = try fixtureProject()
        let filler = String(repeating: "文", count: 100)
        let body = filler + " [a](/nope-a/) " + filler + " [b](/nope-b/) " + filler + "\n"
        try TestSupport.writeTree(["content/pages/long.md": "---\ntitle: 长\n---\n" + body], at: dir)
        let (code, c) = run(["check"], cwd: dir)
        #expect(code == 1)
        let lines = c.err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let a = try #require(lines.firstIndex { $0.hasPrefix("content/pages/long.md:4:102: error: link '/nope-a/'") })
        let b = try #require(lines.firstIndex { $0.hasPrefix("content/pages/long.md:4:217: error: link '/nope-b/'") })
        #expect(lines[a + 1].contains("[a](/nope-a/)") && lines[a + 1].hasPrefix("  …"))
        #expect(lines[b + 1].contains("[b](/nope-b/)"))
        #expect(lines[a + 1] != lines[b + 1])
        // The caret sits under the '[' of each link.
        for (k, marker) in [(a, "[a]"), (b, "[b]")] {
            let shown = lines[k + 1].dropFirst(2)
            let caret = lines[k + 2].dropFirst(2)
            let before = shown[..<shown.range(of: marker)!.lowerBound]
            let width = before.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
            #expect(caret == Substring(String(repeating: " ", count: width) + "^"), "\(lines[k + 1])\n\(lines[k + 2])")
        }
    }

    func isWide(_ s: Unicode.Scalar) -> Bool { (0x2E80...0xA4CF).contains(s.value) }
}
