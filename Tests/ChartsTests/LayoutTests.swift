import Testing

@testable import Charts

let districts = ["福田区", "罗湖区", "盐田区", "南山区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区", "深汕特别合作区"]

func one(_ type: ChartType, _ cats: [String], _ values: [Int], unit: String = "个") -> Chart {
    Chart(
        type: type, title: "测试", unit: unit,
        table: ChartTable(categoryHeader: "类别", categories: cats, series: [ChartSeries(name: "数量", unit: unit, values: values)]))
}

let months = (1...12).map { "2025-" + ($0 < 10 ? "0" : "") + String($0) }
let longNames = (1...8).map { "第\($0)个名称特别长的党建工作指导站及其服务点" }

/// Charts whose layouts must keep every label apart and inside the canvas.
let geometryCases: [(String, Chart)] = [
    ("bar, 11 districts", one(.bar, districts, [3, 1, 1, 2, 1, 2, 1, 1, 1, 0, 0])),
    ("bar, three short", one(.bar, ["培训", "交流", "志愿服务"], [12, 5, 30])),
    ("bar, long names turn horizontal", one(.bar, longNames, [5, 9, 12, 3, 0, 7, 1, 1])),
    ("bar, big values", one(.bar, districts, [4_280_000, 130_000, 3, 2, 1, 2, 1, 1, 1, 0, 12_345_678])),
    ("hbar, districts", one(.hbar, districts, [3, 1, 1, 2, 1, 2, 1, 1, 1, 0, 0])),
    ("hbar, long names", one(.hbar, longNames, [5, 9, 12, 3, 0, 7, 1, 1])),
    ("line, 12 months", one(.line, months, [1, 3, 2, 0, 5, 8, 8, 7, 2, 1, 0, 4])),
    (
        "line, 30 months of large values",
        one(
            .line, (0..<30).map { "20\(24 + $0 / 12)-\($0 % 12 < 9 ? "0" : "")\($0 % 12 + 1)" },
            (0..<30).map { 10_000 + ($0 * 7919) % 5000 })
    ),
    ("donut, platforms", one(.donut, ["美团", "饿了么", "顺丰同城", "其他平台"], [5, 4, 2, 1], unit: "人")),
    ("donut, long names", one(.donut, Array(longNames.prefix(6)), [1, 2, 3, 4, 5, 6], unit: "人")),
    (
        "stacked, party members by district",
        Chart(
            type: .stacked, title: "骑手", unit: "人",
            table: ChartTable(
                categoryHeader: "区域", categories: districts,
                series: [
                    ChartSeries(name: "党员", unit: "人", values: [2, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0]),
                    ChartSeries(name: "非党员", unit: "人", values: [1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0]),
                    ChartSeries(name: "入党积极分子", unit: "人", values: [0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]),
                ]))
    ),
    ("all zero", one(.bar, districts, Array(repeating: 0, count: 11))),
]

@Suite struct LayoutGeometryTests {
    @Test(arguments: geometryCases.map(\.0))
    func labelsNeverOverlapOrOverflow(_ name: String) throws {
        let chart = try #require(geometryCases.first { $0.0 == name }?.1)
        #expect(chart.problem == nil)
        let layout = ChartLayout.make(chart)
        for (i, a) in layout.labels.enumerated() {
            #expect(layout.canvas.contains(a.box), "label \(a.lines) leaves the canvas: \(a.box)")
            for line in a.lines {
                #expect(TextMetrics.width(line, fontSize: a.fontSize) <= a.box.width + 1e-6, "line '\(line)' wider than its box")
            }
            #expect(a.box.height + 1e-6 >= Double(a.lines.count) * a.fontSize * 1.3)
            for b in layout.labels[(i + 1)...] {
                #expect(!a.box.overlaps(b.box), "'\(a.lines.joined())' overlaps '\(b.lines.joined())'")
            }
        }
        // Bars and segments stay on the canvas too.
        for case .rect(let box, _) in layout.shapes { #expect(layout.canvas.contains(box)) }
    }

    @Test(arguments: geometryCases.map(\.0))
    func drawnValuesAddUpToTheTable(_ name: String) throws {
        let chart = try #require(geometryCases.first { $0.0 == name }?.1)
        let layout = ChartLayout.make(chart)
        if layout.isEmpty {
            #expect(chart.table.total == 0)
            return
        }
        // Each category's number appears once (a value, or a stacked row's total), and they sum to the table.
        var shown: [Int: Int] = [:]
        for l in layout.labels {
            switch (layout.type, l.role) {
            case (.stacked, .total(let i)): shown[i] = Int(l.lines[0])
            case (.donut, .value(_, let i)): shown[i] = Int(l.lines.joined().split(separator: "\u{3000}").last!.prefix { $0.isNumber })
            case (.bar, .value(_, let i)), (.hbar, .value(_, let i)), (.line, .value(_, let i)): shown[i] = Int(l.lines[0])
            default: break
            }
        }
        if layout.type == .line && shown.count < chart.table.categories.count { return }  // crowded months: the table has them
        #expect(shown.count == chart.table.categories.count)
        #expect(shown.values.reduce(0, +) == chart.table.total)
    }

    @Test func longNamesWrapInVerticalBars() {
        let layout = ChartLayout.make(geometryCases[0].1)
        #expect(layout.type == .bar)
        let shenshan = layout.labels.first { $0.role == .category && $0.lines.joined() == "深汕特别合作区" }
        #expect(shenshan?.lines.count ?? 0 > 1)
    }

    @Test func barTurnsHorizontalWhenLabelsDoNotFit() {
        #expect(ChartLayout.make(geometryCases[2].1).type == .hbar)
        #expect(ChartLayout.make(geometryCases[1].1).type == .bar)
    }

    @Test func barHeightsAreProportional() {
        let layout = ChartLayout.make(one(.bar, ["甲", "乙"], [10, 5]))
        let heights = layout.shapes.compactMap { s -> Double? in if case .rect(let b, _) = s { return b.height } else { return nil } }
        #expect(heights == [200, 100])
    }

    @Test func emptyChartSaysNoData() {
        let layout = ChartLayout.make(one(.line, months, Array(repeating: 0, count: 12)))
        #expect(layout.isEmpty)
        #expect(layout.labels.map { $0.lines.joined() } == ["暂无数据"])
        #expect(one(.bar, [], []).svg(id: "f").contains("暂无数据"))
    }

    @Test func crowdedLineLabelsThinOutButKeepApart() {
        let layout = ChartLayout.make(geometryCases[7].1)
        let axis = layout.labels.filter { $0.role == .category }
        #expect(axis.count < 30 && axis.count > 5)
    }
}

@Suite struct ChartProblemTests {
    @Test(arguments: [
        (one(.bar, ["甲"], [1, 2]), ChartProblem.valueCount(series: "数量", values: 2, categories: 1)),
        (one(.bar, ["甲"], [-1]), .negativeValues),
        (
            Chart(
                type: .line, title: "t", unit: "个",
                table: ChartTable(
                    categoryHeader: "c", categories: ["a"],
                    series: [
                        ChartSeries(name: "x", unit: "个", values: [1]), ChartSeries(name: "y", unit: "个", values: [1]),
                    ])),
            .oneSeriesOnly("line")
        ),
        (one(.donut, Array(districts.prefix(9)), Array(repeating: 1, count: 9)), .tooManyParts(maximum: 8, found: 9)),
    ])
    func problems(_ chart: Chart, _ problem: ChartProblem) {
        #expect(chart.problem == problem)
    }
}
