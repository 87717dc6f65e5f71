import Testing

@testable import Charts

@Suite struct SVGOutputTests {
    let chart = Chart(
        type: .bar, title: "各区品牌案例数量", unit: "个",
        table: ChartTable(
            categoryHeader: "区域", categories: ["福田区", "罗湖区", "深汕特别合作区"],
            series: [ChartSeries(name: "品牌案例数", unit: "个", values: [3, 1, 0])]))

    @Test func svgIsAccessibleAndDeterministic() {
        let svg = chart.svg(id: "fig-1")
        #expect(svg == chart.svg(id: "fig-1"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"fig-1-title fig-1-desc\""))
        #expect(svg.contains("<title id=\"fig-1-title\">各区品牌案例数量（单位：个）</title>"))
        #expect(svg.contains("<desc id=\"fig-1-desc\">柱状图。福田区3个；罗湖区1个；深汕特别合作区0个。合计4个。</desc>"))
        #expect(svg.contains("Noto Sans CJK SC"))
        #expect(!svg.contains("<script"))
        // Coordinates: plain decimals with at most one decimal place (no exponent, no locale commas).
        let coordinates = svg.matches(of: /\s(?:x|y|x1|y1|x2|y2|cx|cy|width|height)="([^"]*)"/).map { String($0.output.1) }
        #expect(coordinates.count > 10)
        #expect(coordinates.allSatisfy { $0.wholeMatch(of: /-?[0-9]+(\.[0-9])?/) != nil }, "\(coordinates)")
    }

    @Test func figureHasCaptionTableAndCSVLink() {
        let html = chart.figureHTML(number: 1, id: "fig-1", csvHref: "brands.csv")
        #expect(html.contains("<figcaption>图1\u{3000}各区品牌案例数量（单位：个）</figcaption>"))
        #expect(html.contains("<caption>表1\u{3000}各区品牌案例数量（单位：个）</caption>"))
        #expect(html.contains("<th scope=\"col\">品牌案例数（个）</th>"))
        #expect(html.contains("<tfoot><tr><th scope=\"row\">合计</th><td>4</td></tr></tfoot>"))
        #expect(html.contains("<a href=\"brands.csv\" download>下载数据（CSV）</a>"))
        #expect(html.contains("<details class=\"chart__data\"><summary>"))
        #expect(chart.figureHTML(number: 1, id: "f", csvHref: nil, tableOpen: true).contains("<details class=\"chart__data\" open>"))
    }

    @Test func csvIsExcelFriendly() {
        let t = ChartTable(
            categoryHeader: "区域", categories: ["福田区", "A,B \"x\""],
            series: [ChartSeries(name: "品牌案例数", unit: "个", values: [3, 1])])
        #expect(t.csv() == "\u{FEFF}区域,品牌案例数（个）\r\n福田区,3\r\n\"A,B \"\"x\"\"\",1\r\n")
        #expect(t.markdown() == "| 区域 | 品牌案例数（个） |\n| --- | ---: |\n| 福田区 | 3 |\n| A,B \"x\" | 1 |\n| 合计 | 4 |\n")
    }

    /// Issue 17 item 11: formula-like cells get a leading `'`; Markdown cells cannot carry HTML.
    @Test func exportsAreInert() {
        let t = ChartTable(
            categoryHeader: "区域", categories: ["=HYPERLINK(\"x\")", "@SUM(1)", "<b>a|b</b>"],
            series: [ChartSeries(name: "数", unit: "个", values: [1, -2, 3])])
        #expect(t.csv() == "\u{FEFF}区域,数（个）\r\n\"'=HYPERLINK(\"\"x\"\")\",1\r\n'@SUM(1),-2\r\n<b>a|b</b>,3\r\n")
        #expect(t.markdown().contains("| \\<b>a\\|b\\</b> | 3 |\n"))
        #expect(markdownCell("a\r\nb\nc & d") == "a b c & d")
    }

    @Test func textIsEscaped() {
        let c = Chart(
            type: .hbar, title: "<a&b>", unit: "个",
            table: ChartTable(
                categoryHeader: "c", categories: ["<x>"], series: [ChartSeries(name: "n", unit: "个", values: [1])]))
        let svg = c.svg(id: "f")
        #expect(svg.contains("&lt;x&gt;") && svg.contains("&lt;a&amp;b&gt;") && !svg.contains("<x>"))
    }

    @Test func donutDrawsAFullRingForOnePart() {
        let c = Chart(
            type: .donut, title: "t", unit: "人",
            table: ChartTable(
                categoryHeader: "c", categories: ["甲", "乙"], series: [ChartSeries(name: "n", unit: "人", values: [5, 0])]))
        let svg = c.svg(id: "f")
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("甲\u{3000}5人（100%）"))
    }
}

@Suite struct TextMetricsTests {
    @Test(arguments: [
        ("深汕特别合作区", 7.0), ("ABC", 1.65), ("美团2025", 4.2), ("“小个专”", 5.0),
    ])
    func ems(_ text: String, _ expected: Double) {
        #expect(abs(TextMetrics.ems(text) - expected) < 1e-9)
    }

    @Test(arguments: [
        ("深汕特别合作区", 39.0, ["深汕", "特别", "合作区"]),  // as few lines as greedy, but no lone 区
        ("大鹏新区", 39.0, ["大鹏", "新区"]),
        ("龙岗暖蜂关爱实训基地", 117.0, ["龙岗暖蜂关", "爱实训基地"]),
        ("福田“小个专”党建实训基地", 117.0, ["福田“小个专”", "党建实训基地"]),  // “ stays with 小
        ("《条例》解读", 39.0, ["《条", "例》", "解读"]),
        ("福田区", 39.0, ["福田区"]),
        ("沙头街道，红色驿站", 52.0, ["沙头街", "道，红", "色驿站"]),  // the comma stays with 道,
        ("Meituan 美团", 60.0, ["Meituan", "美团"]),
        ("Supercalifragilistic", 40.0, ["Super", "calif", "ragil", "istic"]),
    ])
    func wrap(_ text: String, _ width: Double, _ expected: [String]) {
        #expect(TextMetrics.wrap(text, maxWidth: width, fontSize: 13) == expected)
    }

    @Test func aCharacterWiderThanTheColumnCannotWrap() {
        #expect(TextMetrics.wrap("区", maxWidth: 10, fontSize: 13) == nil)
    }
}

@Suite struct ReportNumberTests {
    @Test(arguments: [
        (4_280_000, "428万"), (130_000, "13万"), (53_000, "5.3万"), (1_680_000, "168万"), (10_837, "10837"),
        (2_773, "2773"), (20_000, "2万"), (4_283_456, "428.3万"), (99_999, "99999"), (100_000, "10万"),
        (320_000_000, "3.2亿"), (1_234_567_890, "12.35亿"), (105_000_000, "1.05亿"), (0, "0"), (-53_000, "-5.3万"),
    ])
    func compact(_ value: Int, _ text: String) {
        #expect(ReportNumber.compact(value) == text)
    }

    @Test func quantityAddsTheUnit() { #expect(ReportNumber.quantity(4_280_000, unit: "户") == "428万户") }

    @Test(arguments: [
        (4_280_000, 4_050_000, "同比增长5.7%"), (95, 100, "同比下降5%"), (100, 100, "与上年持平"),
        (1_000_001, 1_000_000, "与上年持平"), (3, 2, "同比增长50%"), (1, 3, "同比下降66.7%"),
    ])
    func yearOverYear(_ current: Int, _ previous: Int, _ text: String) {
        #expect(ReportNumber.yearOverYear(current: current, previous: previous) == text)
    }

    @Test func noRateWithoutAPreviousValue() {
        #expect(ReportNumber.yearOverYear(current: 5, previous: 0) == nil)
        #expect(ReportNumber.percent(1, of: 0) == nil)
    }

    @Test(arguments: [((5, 12), "41.7%"), ((1, 3), "33.3%"), ((2, 3), "66.7%"), ((1, 8), "12.5%"), ((3, 3), "100%")])
    func percent(_ input: (Int, Int), _ text: String) {
        #expect(ReportNumber.percent(input.0, of: input.1) == text)
    }

    @Test(arguments: [
        ((5, 12), (4, 12), "提高8.4个百分点")  // 41.7% − 33.3%, as published, ((1, 2), (3, 5), "下降10个百分点"), ((1, 3), (2, 6), "与上年持平"),
    ])
    func shareChange(_ now: (Int, Int), _ before: (Int, Int), _ text: String) {
        #expect(ReportNumber.shareChange(current: now, previous: before) == text)
    }
}
