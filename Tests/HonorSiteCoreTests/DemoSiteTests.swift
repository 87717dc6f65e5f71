import Foundation
import Markdown
import TestSupport
import Testing

@testable import HonorSiteCore

/// Builds the repository's own demo site (content/ and templates/).
@Suite struct DemoSiteTests {
    static let root = TestSupport.packageRoot

    func build(into out: URL) throws -> CompiledSite {
        let site = try SiteCompiler.compile(Fixtures.options(Self.root))
        try SiteWriter.write(site, to: out, root: Self.root)
        return site
    }

    @Test func demoBuildsWithEveryIndexPageAndNoBrokenLink() throws {
        let out = TestSupport.makeTempDir("hs-demo").appendingPathComponent("site")
        let site = try build(into: out)
        #expect(site.warnings.map(\.description) == [])
        #expect(site.documentCount >= 29)
        for page in [
            "index.html", "brands/index.html", "riders/index.html", "events/index.html", "districts/index.html",
            "districts/futian/index.html", "tags/index.html", "bases/index.html", "honors/index.html",
            "honors/2025/index.html", "honors/2024/index.html", "events/2025/index.html", "events/2026/index.html",
            "pages/about/index.html", "sitemap.xml", "feed.xml", "404.html", "style.css",
        ] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "missing \(page)")
        }
        let broken = try TestSupport.brokenLinks(site: out, basePath: "/honorsite/")
        #expect(broken == [], "\(broken.joined(separator: "\n"))")
    }

    @Test func demoPagesRequestNothingFromOtherHostsAndCarryNoReloadScript() throws {
        let out = TestSupport.makeTempDir("hs-demo").appendingPathComponent("site")
        _ = try build(into: out)
        let regex = try NSRegularExpression(pattern: "<(?:link|script|img|iframe)[^>]*(?:href|src)=\"(?:https?:)?//")
        for (path, data) in try TestSupport.readTree(out) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let external = regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
                Range($0.range, in: html).map { String(html[$0]) }
            }
            .filter { !$0.contains("rel=\"canonical\"") && !$0.contains("rel=\"alternate\"") }
            #expect(external == [], "\(path) loads \(external)")
            #expect(!html.contains("__honorsite"), "\(path) contains the serve-mode script")
            #expect(html.contains("lang=\"zh-CN\""), "\(path) lacks lang")
        }
    }

    /// Every shortened text of the built demo (meta and og descriptions, card
    /// summaries, feed summaries) is the start of some document's text, cut at a
    /// boundary: never with a space before the `…`, never inside a Latin word or number.
    @Test func demoSummariesEndAtABoundary() throws {
        let out = TestSupport.makeTempDir("hs-demo").appendingPathComponent("site")
        _ = try build(into: out)
        // The documents' texts, paragraphs joined as summaries join them.
        var texts: [String] = []
        let content = Self.root.appendingPathComponent("content")
        for case let url as URL in FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)!
        where url.pathExtension == "md" {
            let source = try String(contentsOf: url, encoding: .utf8)
            let parts = source.components(separatedBy: "\n---\n")
            let body = source.hasPrefix("---\n") && parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : source
            texts.append(deriveSummary(renderMarkdown(body).plainText, limit: Int.max / 2))
        }
        let patterns = [
            #"<meta name="description" content="([^"]*)""#, #"<meta property="og:description" content="([^"]*)""#,
            #"<p class="card__summary">([^<]*)</p>"#, #"<summary>([^<]*)</summary>"#,
        ]
        var shortened: Set<String> = []
        for (path, data) in try TestSupport.readTree(out) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let page = String(decoding: data, as: UTF8.self)
            for pattern in patterns {
                let regex = try NSRegularExpression(pattern: pattern)
                for m in regex.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
                    guard let r = Range(m.range(at: 1), in: page) else { continue }
                    let text = page[r].replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                        .replacingOccurrences(of: "&amp;", with: "&")
                    if text.hasSuffix("…") { shortened.insert(text) }
                }
            }
        }
        #expect(!shortened.isEmpty)
        func isWordCharacter(_ c: Character) -> Bool {
            (c.isLetter || c.isNumber) && !(c.unicodeScalars.first.map { CJK.isWide($0) } ?? false)
        }
        for summary in shortened {
            let kept = String(summary.dropLast())
            #expect(kept.last.map { !$0.isWhitespace } ?? false, "space before …: \(summary)")
            let sources = texts.filter { $0.hasPrefix(kept) && $0.count > kept.count }
            #expect(!sources.isEmpty, "no document starts with \(summary)")
            for text in sources {
                let next = text[text.index(text.startIndex, offsetBy: kept.count)]
                #expect(!(isWordCharacter(kept.last!) && isWordCharacter(next)), "cut inside a word: \(summary)")
            }
        }
    }

    /// One roll as a reader sees it: title, order statement, and per entry name, rank, district, platform.
    struct SeenRoll: Equatable {
        var title: String
        var order: String
        var entries: [[String]]
    }

    /// The rolls of a roll page (the web page or the HTML export), read from its markup.
    static func readRolls(_ html: String, titleTag: String) throws -> [SeenRoll] {
        func first(_ pattern: String, _ text: String) throws -> String? {
            let regex = try NSRegularExpression(pattern: pattern)
            guard let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let r = Range(m.range(at: 1), in: text)
            else { return nil }
            return String(text[r])
        }
        func all(_ pattern: String, _ text: String) throws -> [String] {
            let regex = try NSRegularExpression(pattern: pattern)
            return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range(at: 1), in: text).map { String(text[$0]) }
            }
        }
        return try html.components(separatedBy: "<section class=\"roll\"").dropFirst().map { section in
            let title = try first("<\(titleTag) class=\"roll__title\">([^<]*)</\(titleTag)>", section) ?? ""
            let order = try first("<p class=\"roll__order\">([^<]*)</p>", section) ?? ""
            let entries = try section.components(separatedBy: "<li class=\"roll__entry\">").dropFirst().map { li in
                let name = (try first("class=\"roll__name\"[^>]*>([^<]*)<", li) ?? "").replacingOccurrences(of: "\u{3000}", with: "")
                return [name, try first("<span class=\"roll__rank\">([^<]*)</span>", li) ?? ""]
                    + (try all("<span class=\"roll__meta\">([^<]*)</span>", li))
            }
            return SeenRoll(title: title, order: order, entries: entries)
        }
    }

    /// The 2024 rolls exported as CSV, Markdown and HTML list the same names, ranks,
    /// districts and platforms in the same order, with the same order statements, as the web page.
    @Test func demo2024ExportsMatchTheWebRoll() throws {
        let out = TestSupport.makeTempDir("hs-demo").appendingPathComponent("site")
        _ = try build(into: out)
        let page = try String(contentsOf: out.appendingPathComponent("honors/2024/index.html"), encoding: .utf8)
        let web = try Self.readRolls(page, titleTag: "h2")
        #expect(web.count >= 2)
        #expect(web.contains { $0.order == "按名次排序" } && web.contains { $0.order == "按姓氏笔画排序" })
        #expect(web.flatMap(\.entries).contains { $0[1] == "第1名" })
        let roll = try #require(try SiteCompiler.honorRolls(Fixtures.options(Self.root)).rolls.first { $0.year == 2024 })

        let html = HonorRollFormat.html.render(roll, siteTitle: "", exportDay: "2026年1月1日")
        #expect(try Self.readRolls(html, titleTag: "h1") == web)

        // Markdown: "## title", the order statement, then the table rows.
        let md = HonorRollFormat.md.render(roll, siteTitle: "", exportDay: "2026年1月1日")
        let fromMarkdown: [SeenRoll] = md.components(separatedBy: "## ").dropFirst().map { part in
            let lines = part.components(separatedBy: "\n")
            let rows = lines.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| 序号") && !$0.hasPrefix("| -") }.map {
                $0.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            }
            return SeenRoll(
                title: lines[0], order: lines[2], entries: rows.map { [$0[1], $0[2]] + [$0[3], $0[4]].filter { !$0.isEmpty } })
        }
        #expect(fromMarkdown == web)

        // CSV: rows grouped by honor, 名次 as a number.
        let csv = HonorRollFormat.csv.render(roll, siteTitle: "", exportDay: "2026年1月1日")
        let rows = csv.dropFirst().components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map {
            $0.components(separatedBy: ",")
        }
        #expect(rows.allSatisfy { $0.count == 7 && $0[6] == "2024" })
        func seen(_ row: [String]) -> [String] {
            let rank = row[2].isEmpty ? "" : "第\(row[2])名"
            return [row[1], rank] + [row[3], row[4]].filter { !$0.isEmpty }
        }
        let fromCSV = web.map { w in rows.filter { HonorRoll.title(year: 2024, honor: $0[5]) == w.title }.map(seen) }
        #expect(fromCSV == web.map(\.entries))
    }

    /// Screen readers read the labels to Chinese users: every aria-label of the demo has Chinese in it.
    /// People are counted with 位, articles with 篇 (the riders list said "共 15 篇").
    @Test func listCountsPeopleWithTheirMeasureWord() throws {
        let out = TestSupport.makeTempDir("hs-demo").appendingPathComponent("site")
        let site = try build(into: out)
        func heading(_ page: String) throws -> String {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            let start = try #require(html.range(of: "<h2 id=\"list-title\" class=\"list-title\">"), "\(page)")
            return String(html[start.upperBound...].prefix { $0 != "<" })
        }
        /// Published documents of a folder (drafts left out), counted from the sources.
        func published(_ folder: String, tag: String? = nil) throws -> Int {
            let dir = Self.root.appendingPathComponent("content/" + folder)
            return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { name in
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                return !text.contains("\ndraft: true") && (tag.map { text.contains($0) } ?? true)
            }.count
        }
        #expect(try heading("riders/index.html") == "共 \(try published("riders")) 位")
        #expect(try heading("brands/index.html") == "共 \(try published("brands")) 篇")
        #expect(try heading("tags/女骑手/index.html") == "共 \(try published("riders", tag: "女骑手")) 位")  // riders only
        #expect(try heading("tags/党员骑手/index.html").hasSuffix(" 篇"))  // riders, a brand and events
        #expect(site.warnings.isEmpty)
    }

    @Test func demoAriaLabelsAreChinese() throws {
        let out = TestSupport.makeTempDir("hs-demo").appendingPathComponent("site")
        _ = try build(into: out)
        let regex = try NSRegularExpression(pattern: "aria-label=\"([^\"]*)\"")
        var labels: Set<String> = []
        for (path, data) in try TestSupport.readTree(out) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for m in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                if let r = Range(m.range(at: 1), in: html) { labels.insert(String(html[r])) }
            }
        }
        #expect(labels.contains("当前位置"))
        for label in labels.sorted() {
            #expect(label.unicodeScalars.contains { CJK.isHan($0) }, "aria-label \(label) is not Chinese")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = TestSupport.makeTempDir("hs-det-a").appendingPathComponent("site")
        let b = TestSupport.makeTempDir("hs-det-b").appendingPathComponent("out")
        _ = try build(into: a)
        _ = try build(into: b)
        let differences = TestSupport.diffTrees(actual: try TestSupport.readTree(b), expected: try TestSupport.readTree(a))
        #expect(differences == [])
    }

    @Test func honorRollOrderOnDemo2025() throws {
        let rolls = try SiteCompiler.honorRolls(Fixtures.options(Self.root)).rolls
        let top = try #require(rolls.first { $0.year == 2025 }?.sections.first { $0.title == "十大最美骑手" })
        // Hand-checked 姓氏笔画 order: 王(4: 一一丨一) 方(4: 丶一𠃌丿) 田富 田大利 白(5: 丿丨𠃌一一) 司(5: 𠃌一丨𠃌一)
        // 李(7: 一丨丿丶𠃌丨一) 张(7: 𠃌一𠃌丿一𠄌丶) 林(8: 一丨丿丶…) 欧阳(8: 丿𠃌丿丶…).
        #expect(top.entries.map(\.name) == ["王振华", "方小琴", "田富", "田大利", "白晓松", "司文涛", "李春燕", "张海军", "林国栋", "欧阳志远"])
        let ranked = try #require(rolls.first { $0.year == 2024 }?.sections.first { $0.title == "寻找城市星光" })
        #expect(ranked.entries.map(\.name) == ["张海军", "王振华", "陈敏"])
    }
}

@Suite struct WriterSafetyTests {
    func project() throws -> URL {
        let dir = TestSupport.makeTempDir("hs-safety")
        try TestSupport.writeTree(["content/site.yml": "title: x\n", "templates/home.mustache": "x"], at: dir)
        return dir
    }

    @Test func refusesOutputsThatHoldOrLieInSources() throws {
        let root = try project()
        for bad in [
            root, root.deletingLastPathComponent(), root.appendingPathComponent("content"),
            root.appendingPathComponent("templates/static"), URL(fileURLWithPath: "/"),
        ] {
            #expect(throws: SiteWriter.WriteError.self, "\(bad.path)") { try SiteWriter.checkOutput(bad, root: root) }
        }
        try SiteWriter.checkOutput(root.appendingPathComponent("site"), root: root)
    }

    @Test func refusesAForeignNonEmptyFolderAndLeavesItAlone() throws {
        let root = try project()
        let foreign = TestSupport.makeTempDir("hs-foreign")
        try TestSupport.writeTree(["notes.txt": "keep me"], at: foreign)
        let site = CompiledSite(
            files: [OutputFile(path: "index.html", contents: .bytes(Array("hi".utf8)), source: nil)], documentCount: 0, pageCount: 1,
            warnings: [])
        #expect(throws: SiteWriter.WriteError.self) { try SiteWriter.write(site, to: foreign, root: root) }
        #expect(try String(contentsOf: foreign.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func replacesItsOwnOutputAndLeavesNoStagingBehind() throws {
        let root = try project()
        let out = root.appendingPathComponent("site")
        func site(_ text: String, _ path: String) -> CompiledSite {
            CompiledSite(
                files: [OutputFile(path: path, contents: .bytes(Array(text.utf8)), source: nil)], documentCount: 0, pageCount: 1,
                warnings: [])
        }
        try SiteWriter.write(site("one", "a/index.html"), to: out, root: root)
        try SiteWriter.write(site("two", "b/index.html"), to: out, root: root)
        let tree = try TestSupport.readTree(out)
        #expect(tree.keys.sorted() == [SiteWriter.marker, "b/index.html"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers == [])
    }
}
