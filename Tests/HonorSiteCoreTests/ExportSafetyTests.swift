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

    @Test func markdownCellsCannotCarryHTML() {
        let md = HonorRollFormat.md.render(roll(names: ["<script>alert(1)</script>", "a|b\nc"]), siteTitle: "t", exportDay: "2026年1月1日")
        #expect(md.contains("| 1 | \\<script>alert(1)\\</script> |  | @福田 | -美团 |\n"))
        #expect(md.contains("| 2 | a\\|b c |  | @福田 | -美团 |\n"))
        #expect(md.contains("\\<b>说明\\</b>\n"))
        let html = renderMarkdown(md, options: MarkdownOptions(unsafeHTML: true)).html
        #expect(!html.contains("<script>") && !html.contains("<b>"), "\(html)")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&lt;b&gt;说明&lt;/b&gt;"), "\(html)")
    }

    /// A cell is written as a sentence is (`A&B`, not `A&amp;B`); only `|` (the cell's end), `\`,
    /// line breaks and what Markdown would read as raw HTML are changed, and it renders as written.
    @Test(arguments: [
        ("A&B", "A&B"), ("南山&前海<区>|x", "南山&前海<区>\\|x"), ("1 < 2 > 0", "1 < 2 > 0"), ("*粗* _斜_", "*粗* _斜_"),
        ("A&amp;B", "A\\&amp;B"), ("&#38;", "\\&#38;"), ("<b>x</b>", "\\<b>x\\</b>"), ("<!-- x -->", "\\<!-- x -->"),
        ("<?php", "\\<?php"), ("<http://x.cn>", "\\<http://x.cn>"), ("C:\\", "C:\\\\"), ("两\r\n行\n字\r", "两 行 字 "),
    ])
    func markdownCellsChangeOnlyWhatMarkdownWouldRead(_ text: String, _ cell: String) {
        #expect(markdownCell(text) == cell)
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
        let rendered = renderMarkdown("x" + markdownCell(text) + "x", options: MarkdownOptions(unsafeHTML: true)).html
        #expect(rendered == "<p>x" + escapeHTML(flat) + "x</p>\n" || text.contains("*"), "\(rendered)")
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
