/// The kinds of chart HonorSite draws.
public enum ChartType: String, Sendable, CaseIterable {
    /// Vertical bars, one per category; turns horizontal when labels do not fit.
    case bar
    /// Horizontal bars, one row per category.
    case hbar
    /// Horizontal stacked bars: one row per category, one segment per series.
    case stacked
    /// A line over the categories (months), with a value at each point.
    case line
    /// Shares of a whole, with a label list beside the ring.
    case donut
}

/// One series of a table: a name, its unit and one whole-number value per category.
public struct ChartSeries: Sendable, Equatable {
    /// The measure, e.g. `品牌案例数`.
    public var name: String
    /// The unit, e.g. `个`.
    public var unit: String
    /// One value per category, in category order (never negative).
    public var values: [Int]

    public init(name: String, unit: String, values: [Int]) {
        self.name = name
        self.unit = unit
        self.values = values
    }

    /// The column header in the report convention: `品牌案例数（个）`.
    public var header: String { "\(name)（\(unit)）" }
}

/// The numbers behind a chart: categories down the side, one column per series.
public struct ChartTable: Sendable, Equatable {
    /// Header of the category column, e.g. `区域`.
    public var categoryHeader: String
    /// Category names in display order.
    public var categories: [String]
    /// The series; each has one value per category.
    public var series: [ChartSeries]

    public init(categoryHeader: String, categories: [String], series: [ChartSeries]) {
        self.categoryHeader = categoryHeader
        self.categories = categories
        self.series = series
    }

    /// The sum of every value in the table.
    public var total: Int { series.reduce(0) { $0 + $1.values.reduce(0, +) } }

    /// How a category reads in tables and descriptions: a month `2025-06` reads `2025年6月`;
    /// other names as they are. (CSV keeps the category as given, for sorting in Excel.)
    public static func label(_ category: String) -> String {
        guard let (y, m) = ChartLayout.yearMonth(category) else { return category }
        return "\(y)年\(m)月"
    }

    /// The sum of one category's values over all series.
    public func rowTotal(_ i: Int) -> Int { series.reduce(0) { $0 + $1.values[i] } }
}

/// A chart to draw: its type, its title and unit (for the caption) and its table.
public struct Chart: Sendable, Equatable {
    public var type: ChartType
    /// What the chart shows, e.g. `各区品牌案例数量`.
    public var title: String
    /// The unit for the caption, e.g. `个`.
    public var unit: String
    public var table: ChartTable

    public init(type: ChartType, title: String, unit: String, table: ChartTable) {
        self.type = type
        self.title = title
        self.unit = unit
        self.table = table
    }

    /// The caption in the report convention: `图1　各区品牌案例数量（单位：个）`.
    public func caption(number: Int) -> String { "图\(number)\u{3000}\(title)（单位：\(unit)）" }

    /// The table's caption: `表1　各区品牌案例数量（单位：个）`.
    public func tableCaption(number: Int) -> String { "表\(number)\u{3000}\(title)（单位：\(unit)）" }

    /// Why this chart cannot be drawn (a shape the type does not take), or nil.
    public var problem: ChartProblem? {
        let t = table
        if t.series.isEmpty { return .noSeries }
        if let s = t.series.first(where: { $0.values.count != t.categories.count }) {
            return .valueCount(series: s.name, values: s.values.count, categories: t.categories.count)
        }
        if t.series.contains(where: { $0.values.contains { $0 < 0 } }) { return .negativeValues }
        if type != .stacked && t.series.count != 1 { return .oneSeriesOnly(type.rawValue) }
        if type == .donut && t.categories.count > Palette.fills.count {
            return .tooManyParts(maximum: Palette.fills.count, found: t.categories.count)
        }
        if type == .stacked && t.series.count > Palette.fills.count { return .tooManySeries(maximum: Palette.fills.count) }
        return nil
    }
}

/// Why a chart cannot be drawn; the message catalogue (module `Messages`) words it.
public enum ChartProblem: Sendable, Hashable {
    /// No series at all.
    case noSeries
    /// A series whose number of values differs from the number of categories.
    case valueCount(series: String, values: Int, categories: Int)
    /// A negative value.
    case negativeValues
    /// Several series for a type that shows one (payload: the type's name).
    case oneSeriesOnly(String)
    /// More donut parts than colours.
    case tooManyParts(maximum: Int, found: Int)
    /// More stacked series than colours.
    case tooManySeries(maximum: Int)
}
