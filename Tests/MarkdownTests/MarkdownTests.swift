import Markdown
import Testing

@Suite struct MarkdownTests {
    @Test func safeModeDropsRawHTMLAndJavaScriptLinks() {
        let r = renderMarkdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>hi</b>\n")
        #expect(!r.html.contains("<script>"))
        #expect(!r.html.contains("javascript:"))
        #expect(!r.html.contains("<b>"))
        #expect(r.html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func unsafeModeKeepsRawHTML() {
        let r = renderMarkdown("<b>hi</b>\n", options: MarkdownOptions(unsafeHTML: true))
        #expect(r.html == "<p><b>hi</b></p>\n")
    }

    @Test func softBreakBetweenCJKRendersAsNothing() {
        let r = renderMarkdown("骑手在这里\n找到了家。\nHello\nworld\n")
        #expect(r.html == "<p>骑手在这里找到了家。\nHello\nworld</p>\n")
    }

    @Test func softBreakAfterEmphasisBetweenCJKIsJoined() {
        let r = renderMarkdown("他说**很好**\n我们继续。\n")
        #expect(r.html == "<p>他说<strong>很好</strong>我们继续。</p>\n")
    }

    // Regression: a line ending in a closing quote after Chinese showed a stray space.
    @Test func softBreakAfterClosingQuoteInChineseIsJoined() {
        let r = renderMarkdown("他说：“能喝上。”\n如今……\n大家都来了。\n\n“Hi”\n“Yo”\n")
        #expect(r.html == "<p>他说：“能喝上。”如今……大家都来了。</p>\n<p>“Hi”\n“Yo”</p>\n")
    }

    @Test func softBreakBetweenCJKAndLatinIsKept() {
        let r = renderMarkdown("使用\nAI 工具\n")
        #expect(r.html == "<p>使用\nAI 工具</p>\n")
    }

    @Test func headingsGetUniqueChineseIDs() {
        let r = renderMarkdown("## 主要做法\n\n正文\n\n## 主要做法\n\n### 2024 年度 *回顾*!\n")
        #expect(r.headings.map(\.id) == ["主要做法", "主要做法-1", "2024-年度-回顾"])
        #expect(r.headings.map(\.line) == [1, 5, 7])
        #expect(r.html.contains("<h2 id=\"主要做法\">主要做法</h2>"))
        #expect(r.html.contains("<h2 id=\"主要做法-1\">主要做法</h2>"))
        #expect(r.html.contains("<h3 id=\"2024-年度-回顾\">2024 年度 <em>回顾</em>!</h3>"))
    }

    @Test func headingOfOnlyPunctuationGetsFallbackID() {
        #expect(headingID(for: "！？") == "section")
        #expect(headingID(for: "Hello, World") == "hello-world")
    }

    @Test func linksAreRewrittenAndLocated() {
        let text = "第一行\n\n见[田富](../riders/tian-fu.md)与[外站](https://example.org/)。\n\n![图](media/a.png)\n"
        let r = renderMarkdown(text, options: MarkdownOptions { url, _ in url.hasSuffix(".md") ? "/riders/tian-fu/" : nil })
        #expect(r.links.map(\.original) == ["../riders/tian-fu.md", "https://example.org/", "media/a.png"])
        #expect(r.links.map(\.url) == ["/riders/tian-fu/", "https://example.org/", "media/a.png"])
        #expect(r.links.map(\.line) == [3, 3, 5])
        #expect(r.links.map(\.column) == [2, 29, 1])  // Unicode scalars, not bytes
        #expect(r.links[2].isImage)
        #expect(r.html.contains("<a href=\"/riders/tian-fu/\">田富</a>"))
    }

    @Test func plainTextSkipsHeadingsAndMarkup() {
        let r = renderMarkdown("## 标题\n\n第一段**加粗**，\n续行。\n\n- 列表项\n")
        #expect(r.plainText == "第一段加粗，续行。\n列表项")
    }

    @Test func cjkClassification() {
        #expect(CJK.isWide("中"))
        #expect(CJK.isWide("。"))
        #expect(!CJK.isWide("a"))
        #expect(CJK.isHan("骑"))
        #expect(!CJK.isHan("，"))
    }

    /// Text put into Markdown by escapeMarkdownText renders as exactly that text (HTML-escaped by cmark).
    @Test(arguments: [
        ("A&B", "A&B", "A&amp;B"),
        ("A&amp;B", "A\\&amp;B", "A&amp;amp;B"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("*粗*_斜_`码`[链](x)|~", "\\*粗\\*\\_斜\\_\\`码\\`\\[链\\](x)\\|\\~", "*粗*_斜_`码`[链](x)|~"),
        ("# 一、标题", "\\# 一、标题", "# 一、标题"),
        ("- 项", "\\- 项", "- 项"),
        ("“福田”区 \"x\" 'y' 5-6", "“福田”区 \"x\" 'y' 5-6", "“福田”区 &quot;x&quot; 'y' 5-6"),
        ("两行\n文字", "两行 文字", "两行 文字"),
        ("C:\\dir", "C:\\\\dir", "C:\\dir"),
    ])
    func escapedTextRendersAsWritten(_ text: String, _ markdown: String, _ html: String) {
        #expect(escapeMarkdownText(text) == markdown)
        #expect(renderMarkdown(escapeMarkdownText(text)).html == "<p>\(html)</p>\n")
    }
}
