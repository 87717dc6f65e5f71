import Charts

/// A table of the statistics that charts, CSV files and reports refer to by name.
///
/// The list ``StatisticsTable/all`` is the one place that names each table, gives
/// its title, unit, headers and CSV file name; `export stats --format csv`, the
/// `/stats/` page and ```chart blocks in reports all read it.
public struct StatisticsTable: Sendable {
    /// The name used in chart blocks, e.g. `brands.by_district`.
    public var name: String
    /// The chart title without unit, e.g. `各区品牌案例数量`.
    public var title: String
    /// The unit for the caption, e.g. `个`.
    public var unit: String
    /// The chart type the `/stats/` page draws it with.
    public var defaultChart: ChartType
    /// Whether the `/stats/` pages draw it (a table of several units, or one bar for a year, is left out).
    public var onStatsPage = true
    /// Builds the table from statistics.
    let make: @Sendable (SiteStatistics) -> ChartTable

    /// The CSV file name: `brands-by-district.csv`.
    public var csvFileName: String {
        name.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: "_", with: "-") + ".csv"
    }

    /// The table's data for `stats`.
    public func table(_ stats: SiteStatistics) -> ChartTable { make(stats) }

    /// The chart of this table for `stats`.
    public func chart(_ stats: SiteStatistics, type: ChartType? = nil, title: String? = nil) -> Chart {
        Chart(type: type ?? defaultChart, title: title ?? self.title, unit: unit, table: make(stats))
    }

    /// The table with this name, or nil.
    public static func named(_ name: String) -> StatisticsTable? { all.first { $0.name == name } }

    /// Every table, in the order the `/stats/` page shows them.
    public static let all: [StatisticsTable] = [
        StatisticsTable(name: "brands.by_district", title: "各区品牌案例数量", unit: "个", defaultChart: .bar) { s in
            single("区域", s.brands.byDistrict.map { ($0.name, $0.count) }, "品牌案例数", "个")
        },
        StatisticsTable(name: "brands.by_year", title: "各年度品牌案例数量", unit: "个", defaultChart: .bar, onStatsPage: false) { s in
            single("年度", s.brands.byYear.map { ("\($0.year)年", $0.count) }, "品牌案例数", "个")
        },
        StatisticsTable(name: "riders.by_district", title: "各区最美骑手人数", unit: "人", defaultChart: .stacked) { s in
            ChartTable(
                categoryHeader: "区域", categories: s.riders.byDistrict.map(\.name),
                series: [
                    ChartSeries(name: "党员", unit: "人", values: s.riders.byDistrict.map(\.partyMembers)),
                    ChartSeries(name: "非党员", unit: "人", values: s.riders.byDistrict.map { $0.count - $0.partyMembers }),
                ])
        },
        StatisticsTable(name: "riders.party", title: "最美骑手政治面貌构成", unit: "人", defaultChart: .donut) { s in
            single("政治面貌", [("党员", s.riders.partyMembers), ("非党员", s.riders.total - s.riders.partyMembers)], "骑手数", "人")
        },
        StatisticsTable(name: "riders.by_platform", title: "各平台最美骑手人数", unit: "人", defaultChart: .hbar) { s in
            single("平台", s.riders.byPlatform.map { ($0.name, $0.count) }, "骑手数", "人")
        },
        StatisticsTable(name: "honors", title: "各项荣誉获得者人数", unit: "人", defaultChart: .hbar) { s in
            single("荣誉", s.honors.map { (s.year == nil ? "\($0.title)（\($0.year)年）" : $0.title, $0.count) }, "获得者", "人")
        },
        StatisticsTable(name: "events.by_month", title: "各月实训活动场次", unit: "场", defaultChart: .line) { s in
            single("月份", s.events.byMonth.map { ($0.month, $0.count) }, "活动场次", "场")
        },
        StatisticsTable(name: "events.by_category", title: "各类别实训活动场次", unit: "场", defaultChart: .hbar) { s in
            single("类别", s.events.byCategory.map { ($0.name, $0.count) }, "活动场次", "场")
        },
        StatisticsTable(name: "events.by_base", title: "各实训基地活动场次", unit: "场", defaultChart: .hbar) { s in
            single("实训基地", s.events.byBase.map { ($0.name, $0.count) }, "活动场次", "场")
        },
        StatisticsTable(name: "events.participants_by_base", title: "各实训基地活动参与人次", unit: "人次", defaultChart: .hbar) { s in
            single("实训基地", s.events.byBase.map { ($0.name, $0.participants) }, "参与人次", "人次")
        },
        StatisticsTable(name: "events.bases", title: "各实训基地活动情况", unit: "场、人次", defaultChart: .bar, onStatsPage: false) { s in
            ChartTable(
                categoryHeader: "实训基地", categories: s.events.byBase.map(\.name),
                series: [
                    ChartSeries(name: "活动场次", unit: "场", values: s.events.byBase.map(\.count)),
                    ChartSeries(name: "参与人次", unit: "人次", values: s.events.byBase.map(\.participants)),
                ])
        },
        StatisticsTable(name: "events.by_district", title: "各区实训活动场次", unit: "场", defaultChart: .bar) { s in
            single("区域", s.events.byDistrict.map { ($0.name, $0.count) }, "活动场次", "场")
        },
    ]

    static func single(_ header: String, _ rows: [(String, Int)], _ series: String, _ unit: String) -> ChartTable {
        ChartTable(
            categoryHeader: header, categories: rows.map(\.0),
            series: [ChartSeries(name: series, unit: unit, values: rows.map(\.1))])
    }
}

/// The headline figures of the statistics as one table (`summary.csv`, the top of `/stats/`).
public struct StatisticsFigure: Sendable, Equatable {
    public var label: String
    public var value: Int
    public var unit: String

    public static func figures(_ s: SiteStatistics) -> [StatisticsFigure] {
        [
            StatisticsFigure(label: "品牌案例", value: s.brands.total, unit: "个"),
            StatisticsFigure(label: "最美骑手", value: s.riders.total, unit: "人"),
            StatisticsFigure(label: "其中党员", value: s.riders.partyMembers, unit: "人"),
            StatisticsFigure(label: "荣誉获得者", value: s.honors.reduce(0) { $0 + $1.count }, unit: "人次"),
            StatisticsFigure(label: "实训活动", value: s.events.total, unit: "场"),
            StatisticsFigure(label: "活动参与", value: s.events.participants, unit: "人次"),
            StatisticsFigure(label: "即将举行的活动", value: s.events.upcoming, unit: "场"),
        ]
    }

    /// The figures as CSV (`指标,数值,单位`), UTF-8 with BOM and CRLF.
    public static func csv(_ s: SiteStatistics) -> String {
        "\u{FEFF}指标,数值,单位\r\n" + figures(s).map { "\($0.label),\($0.value),\($0.unit)\r\n" }.joined()
    }
}
