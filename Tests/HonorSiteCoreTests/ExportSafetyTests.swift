import Charts
import Testing

@testable import HonorSiteCore
@testable import Markdown

/// Issue 17 item 11: CSV cells cannot run as formulas; Markdown cells cannot carry HTML.
@Suite struct ExportSafetyTests {
    func roll(names: [String]) -> HonorRoll {
        let entries = names.enumerated().map { i, n in
            HonorRoll.Entry(number: i + 1, name: n, district: "@福田", platform: "-美团", rank: nil, permalink: "https://x/", document: i)
        }
        return HonorRoll(year: 2025, sections: [.init(title: "=最美骑手", issuer: "某局", description: "<b>说明</b>", entries: entries)])
    }

    @Test func csvCellsAreNeutralised() {
        let payloads = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTAB", "\rCR", "-2+3", "张三"]
        let csv = HonorRollFormat.csv.render(roll(names: payloads), siteTitle: "t", exportDay: "2026年1月1日")
        let rows = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(rows[1] == "1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,'@福田,'-美团,'=最美骑手,2025")
        #expect(rows[2] == "2,'+cmd|' /C calc'!A0,,'@福田,'-美团,'=最美骑手,2025")
        #expect(rows[3] == "3,'@SUM(1+1),,'@福田,'-美团,'=最美骑手,2025")
        #expect(rows[4] == "4,'\tTAB,,'@福田,'-美团,'=最美骑手,2025")
        #expect(rows[5] == "5,\"'\rCR\",,'@福田,'-美团,'=最美骑手,2025")
        #expect(rows[6] == "6,'-2+3,,'@福田,'-美团,'=最美骑手,2025")
        #expect(rows[7] == "7,张三,,'@福田,'-美团,'=最美骑手,2025")
        #expect(csvField("李=四") == "李=四")
        #expect(csvField("=1,2") == "\"'=1,2\"")
    }

    @Test func markdownCellsEscapeHTML() {
        let md = HonorRollFormat.md.render(roll(names: ["<script>alert(1)</script>", "a|b\nc"]), siteTitle: "t", exportDay: "2026年1月1日")
        #expect(md.contains("| 1 | &lt;script&gt;alert(1)&lt;/script&gt; |  | @福田 | -美团 |\n"))
        #expect(md.contains("| 2 | a\\|b c |  | @福田 | -美团 |\n"))
        #expect(md.contains("&lt;b&gt;说明&lt;/b&gt;\n"))
        #expect(!md.contains("<script>") && !md.contains("<b>"))
    }
}

/// Issue 17 item 6: broken links on one page are located through an index, not a search per link.
@Suite struct LinkIndexTests {
    @Test func firstLinkByURLAsWrittenOrDecoded() {
        func link(_ url: String, _ column: Int) -> RenderedMarkdown.Link {
            RenderedMarkdown.Link(original: url, url: url, isImage: false, line: 1, column: column)
        }
        let index = MarkdownLinkIndex([link("/a", 1), link("o&#x27;neil.pdf", 2), link("/a", 3), link("o'neil.pdf", 4)])
        #expect(index.first("/a") == 0)
        #expect(index.first("o'neil.pdf") == 1)
        #expect(index.first("o&#x27;neil.pdf") == 1)
        #expect(index.first("/b") == nil)
        // cmark's href escaping: Chinese and `"` percent-encoded (issue 17 item 8).
        let cjk = MarkdownLinkIndex([link("/x", 1), link("资料/报告\".pdf", 2)])
        #expect(cjk.first("%E8%B5%84%E6%96%99/%E6%8A%A5%E5%91%8A%22.pdf") == 1)
        let small = MarkdownLinkIndex((0..<5_000).map { link("/u\($0)", $0) }).examined
        let large = MarkdownLinkIndex((0..<10_000).map { link("/u\($0)", $0) }).examined
        #expect(large == 2 * small)
    }
}

/// Issue 17 minor defects in site.yml values.
@Suite struct SiteSettingTests {
    @Test func baseURLRejectsMarkupCredentialsAndBadPorts() {
        #expect(normaliseBaseURL("https://example.org/sub")?.path == "/sub/")
        #expect(normaliseBaseURL("https://example.org:8443/")?.url == "https://example.org:8443/")
        for bad in [
            "https://example.org/o'x/", "https://example.org/\"/", "https://example.org/<b>/", "https://example.org:99999/",
            "https://user:password@example.org/", "https://user@example.org/", "https://example.org:0/",
        ] {
            #expect(normaliseBaseURL(bad) == nil, "\(bad)")
        }
    }

    @Test func languageIsATag() {
        for good in ["zh-CN", "en", "zh-Hant-TW", "yue"] { #expect(isLanguageTag(good), "\(good)") }
        for bad in ["zh\"><script>", "z", "zh_CN", "", "zh-", "中文"] { #expect(!isLanguageTag(bad), "\(bad)") }
    }
}
