import Testing

@testable import Markdown

/// One Markdown paragraph and the HTML it must render to.
struct EmphasisCase: Sendable, CustomTestStringConvertible {
    let markdown: String
    let html: String
    init(_ markdown: String, _ html: String) {
        self.markdown = markdown
        self.html = html
    }
    var testDescription: String { markdown }
}

@Suite struct CJKEmphasisTests {
    /// The three examples of commonmark-spec PR #839 (Japanese, Chinese, Korean).
    static let proposalCases: [EmphasisCase] = [
        .init("これは**「重要なこと」**です。", "<p>これは<strong>「重要なこと」</strong>です。</p>\n"),
        .init("这是**我想做的事。**所以继续。", "<p>这是<strong>我想做的事。</strong>所以继续。</p>\n"),
        .init(
            "문서를 작성할 때 **마크다운(Markdown)**을 사용하세요.",
            "<p>문서를 작성할 때 <strong>마크다운(Markdown)</strong>을 사용하세요.</p>\n"),
    ]

    /// Sentences of the kind HonorSite's editors write (quoted titles, book-title
    /// marks, full-width punctuation inside the emphasis, Latin names next to Han).
    static let chineseCases: [EmphasisCase] = [
        .init("**“十大最美骑手”**的评选", "<p><strong>“十大最美骑手”</strong>的评选</p>\n"),
        .init("**《条例》**规定", "<p><strong>《条例》</strong>规定</p>\n"),
        .init("授予**“城市星光”**称号", "<p>授予<strong>“城市星光”</strong>称号</p>\n"),
        .init("他荣获**“最美骑手”**称号。", "<p>他荣获<strong>“最美骑手”</strong>称号。</p>\n"),
        .init("根据**《深圳经济特区电动自行车管理条例》**第十条", "<p>根据<strong>《深圳经济特区电动自行车管理条例》</strong>第十条</p>\n"),
        .init("**（试行）**办法自发布之日起施行", "<p><strong>（试行）</strong>办法自发布之日起施行</p>\n"),
        .init("活动主题为**“温暖回家路”**，共有120名骑手参加。", "<p>活动主题为<strong>“温暖回家路”</strong>，共有120名骑手参加。</p>\n"),
        .init("**注意：**报名截止到本周五。", "<p><strong>注意：</strong>报名截止到本周五。</p>\n"),
        .init("**一是**强化党建引领，**二是**完善服务站点。", "<p><strong>一是</strong>强化党建引领，<strong>二是</strong>完善服务站点。</p>\n"),
        .init("街道开设**“AI夜校”**课程", "<p>街道开设<strong>“AI夜校”</strong>课程</p>\n"),
        .init("他在**美团（Meituan）**平台送餐", "<p>他在<strong>美团（Meituan）</strong>平台送餐</p>\n"),
        .init("福田区**“暖蜂驿站”**已建成**36个**。", "<p>福田区<strong>“暖蜂驿站”</strong>已建成<strong>36个</strong>。</p>\n"),
        .init("这是*“重点”*内容", "<p>这是<em>“重点”</em>内容</p>\n"),
        .init("**“骑手之家”**、**“爱心驿站”**和**“共享厨房”**", "<p><strong>“骑手之家”</strong>、<strong>“爱心驿站”</strong>和<strong>“共享厨房”</strong></p>\n"),
        .init("***“最美”***骑手", "<p><em><strong>“最美”</strong></em>骑手</p>\n"),
        .init("他说：**“我们一定做好。”**随后离开。", "<p>他说：<strong>“我们一定做好。”</strong>随后离开。</p>\n"),
        .init("请阅读**[《实施方案》](fang-an.md)**全文", "<p>请阅读<strong><a href=\"fang-an.md\">《实施方案》</a></strong>全文</p>\n"),
        .init("共评出**10名**“最美骑手”", "<p>共评出<strong>10名</strong>“最美骑手”</p>\n"),
        .init("**“党建+”**模式", "<p><strong>“党建+”</strong>模式</p>\n"),
        .init("表彰**‘身边好人’**事迹", "<p>表彰<strong>‘身边好人’</strong>事迹</p>\n"),
        .init("**【通知】**关于开展评选的通知", "<p><strong>【通知】</strong>关于开展评选的通知</p>\n"),
        .init("**2025年度**光荣榜", "<p><strong>2025年度</strong>光荣榜</p>\n"),
        .init(
            "被评为**“优秀志愿者”**的骑手有**张海军、王振华**等。",
            "<p>被评为<strong>“优秀志愿者”</strong>的骑手有<strong>张海军、王振华</strong>等。</p>\n"),
        // `_` closes only before whitespace or punctuation, CJK or not (the amendment keeps that rule).
        .init("__“城市星光”__称号", "<p>__“城市星光”__称号</p>\n"),
        .init("__“城市星光”__。", "<p><strong>“城市星光”</strong>。</p>\n"),
        // Left alone: escaped, entities, code, intraword `_`, a space inside the run.
        .init("\\*\\*“十大最美骑手”\\*\\*的评选", "<p>**“十大最美骑手”**的评选</p>\n"),
        .init("&ast;&ast;“十大最美骑手”&ast;&ast;的评选", "<p>**“十大最美骑手”**的评选</p>\n"),
        .init("`**“代码”**的`写法", "<p><code>**“代码”**的</code>写法</p>\n"),
        .init("变量my_name_的值", "<p>变量my_name_的值</p>\n"),
        .init("** “十大最美骑手”**的评选", "<p>** “十大最美骑手”**的评选</p>\n"),
    ]

    @Test(arguments: proposalCases + chineseCases)
    func rendersEmphasis(_ c: EmphasisCase) {
        #expect(renderMarkdown(c.markdown).html == c.html)
    }

    /// The decision table of the CJK-friendly rules' implementers' notes: the
    /// character before the run, the run, the character after it, and whether
    /// the run can close and open. (The notes use `～` as CJK punctuation; it is a
    /// symbol, not punctuation, in CommonMark 0.30, so `「` stands in for it.)
    @Test func flankingTable() {
        let rows: [(Unicode.Scalar, Character, Unicode.Scalar, close: Bool, open: Bool)] = [
            (" ", "*", " ", false, false), (" ", "*", "\"", false, true), (" ", "*", "a", false, true),
            (" ", "*", "「", false, true), (" ", "*", "字", false, true),
            (" ", "_", " ", false, false), (" ", "_", "\"", false, true), (" ", "_", "a", false, true),
            (" ", "_", "「", false, true), (" ", "_", "字", false, true),
            ("\"", "*", "\"", true, true), ("\"", "*", "a", false, true), ("\"", "*", "字", true, true),
            ("「", "*", "a", true, true),
            ("\"", "_", "\"", true, true), ("\"", "_", "a", false, true), ("\"", "_", "字", false, true),
            ("「", "_", "a", false, true),
            ("a", "*", "a", true, true), ("a", "_", "a", false, false),
        ]
        for (before, run, after, close, open) in rows {
            let n = DelimiterNeighbours(before: before, beforeBase: nil, after: after)
            let flags = Flanking.cjkFriendly(run.asciiValue!, n)
            #expect(flags == DelimiterFlags(canOpen: open, canClose: close), "\(before)\(run)\(after)")
            // cmark decides differently only for `*` closing next to CJK: `”**的`, `。**a`.
            let differs = run == "*" && ((before == "\"" && after == "字") || (before == "「" && after == "a"))
            #expect((Flanking.cmark(run.asciiValue!, n) != flags) == differs, "\(before)\(run)\(after)")
        }
    }

    @Test func variationSelectorsCountWithTheCharacterBefore() {
        // 葛 + ideographic variation selector, then `**` before a closing quote.
        let ivs = renderMarkdown("**“葛\u{E0100}”**的")
        #expect(ivs.html == "<p><strong>“葛\u{E0100}”</strong>的</p>\n")
        // A CJK punctuation mark followed by U+FE00 is still CJK punctuation.
        let svs = renderMarkdown("**真。\u{FE00}**她")
        #expect(svs.html == "<p><strong>真。\u{FE00}</strong>她</p>\n")
    }

    @Test func worksInsideContainersAndOnContinuationLines() {
        let text = "> - **“十大”**的\n>   续行**“星光”**称号\n  lazy **“暖蜂”**驿站\n\n   x\n      y **“z”**的\n\n# **《条例》**规定\n"
        let r = renderMarkdown(text)
        #expect(
            r.html == """
                <blockquote>
                <ul>
                <li><strong>“十大”</strong>的续行<strong>“星光”</strong>称号
                lazy <strong>“暖蜂”</strong>驿站</li>
                </ul>
                </blockquote>
                <p>x
                y <strong>“z”</strong>的</p>
                <h1 id="条例-规定"><strong>《条例》</strong>规定</h1>

                """)
        #expect(r.headings.map(\.text) == ["《条例》规定"])
    }

    @Test func emphasisAcrossLinesAndAtLineStartsInQuotes() {
        // cmark sees a line start (not `>`) before the run of a block quote line.
        #expect(renderMarkdown(">**“十大”**的评选\n").html == "<blockquote>\n<p><strong>“十大”</strong>的评选</p>\n</blockquote>\n")
        #expect(renderMarkdown("授予**“城市\n星光”**称号\n").html == "<p>授予<strong>“城市星光”</strong>称号</p>\n")
        #expect(renderMarkdown("授予**“城市  \n星光”**称号\n").html == "<p>授予<strong>“城市<br />\n星光”</strong>称号</p>\n")
        // A paragraph of many such sentences (each pairs with its neighbour, not across).
        let many = String(repeating: "**“最美”**的骑手，", count: 300)
        #expect(renderMarkdown(many).html == "<p>" + String(repeating: "<strong>“最美”</strong>的骑手，", count: 300) + "</p>\n")
    }

    @Test func afterReferenceDefinitionsAndInImageText() {
        let r = renderMarkdown("[条例]: https://example.gov.cn/\n授予**“城市星光”**称号，见**[条例]**。\n\n![**“最美”**的骑手](a.png)\n")
        #expect(
            r.html == "<p>授予<strong>“城市星光”</strong>称号，见<strong><a href=\"https://example.gov.cn/\">条例</a></strong>。</p>\n"
                + "<p><img src=\"a.png\" alt=\"“最美”的骑手\" /></p>\n")
        let nested = renderMarkdown("[**“最美”**的骑手](a.md)")
        #expect(nested.html == "<p><a href=\"a.md\"><strong>“最美”</strong>的骑手</a></p>\n")
    }

    @Test func linkPositionsAndSafeModeSurviveTheRewrite() {
        let text = "第一行\n\n请阅读**[《方案》](a.md)**和**“[细则](javascript:alert(1))”**全文<b>x</b>\n"
        let r = renderMarkdown(text, options: MarkdownOptions { url, _ in url == "a.md" ? "/a/" : nil })
        #expect(
            r.html.hasSuffix(
                "<p>请阅读<strong><a href=\"/a/\">《方案》</a></strong>和<strong>“<a href=\"\">细则</a>”</strong>全文"
                    + "<!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"))
        #expect(r.links.map(\.line) == [3, 3])
        #expect(r.links.map(\.column) == [6, 24])
        #expect(r.plainText == "第一行\n请阅读《方案》和“细则”全文x")
    }

    @Test func autolinksAndEntitiesKeepTheirText() {
        #expect(
            renderMarkdown("<https://a.cn/**“x”**的>").html
                == "<p><a href=\"https://a.cn/**%E2%80%9Cx%E2%80%9D**%E7%9A%84\">https://a.cn/**“x”**的</a></p>\n")
        #expect(renderMarkdown("&amp;**“十大”**的").html == "<p>&amp;<strong>“十大”</strong>的</p>\n")
    }

    /// Runs cmark already paired keep cmark's pairing; only leftover runs are paired anew.
    @Test func partlyUsedRunsCountWhole() {
        #expect(renderMarkdown("***“最美”*骑手").html == "<p>**<em>“最美”</em>骑手</p>\n")
        #expect(renderMarkdown("*强调* **“称号”**的").html == "<p><em>强调</em> <strong>“称号”</strong>的</p>\n")
    }
}
