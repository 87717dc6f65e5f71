import Charts

/// The user-facing messages of reports, in one place (to move into the message catalogue later).
enum ReportMessages {
    static func unknownChartKey(_ key: String) -> String {
        "unknown chart setting '\(key)'; valid settings: \(ChartBlock.keys.joined(separator: ", "))"
    }
    static func unknownData(_ name: String) -> String {
        "unknown chart data '\(name)'; valid data: \(StatisticsTable.all.map(\.name).joined(separator: ", "))"
    }
    static func unknownType(_ name: String) -> String {
        "unknown chart type '\(name)'; valid types: \((ChartType.allCases.map(\.rawValue) + ["table"]).joined(separator: ", "))"
    }
    static let missingData = "chart block needs 'data:' naming a table, such as 'data: brands.by_district'"
    static func badLine(_ line: String) -> String { "chart block line '\(line)' is not 'key: value'" }
    static func badYear(_ text: String) -> String { "chart year '\(text)' must be a year such as 2025, or 'all'" }
    static func duplicateKey(_ key: String) -> String { "chart setting '\(key)' is given twice" }
    static let unclosedChart = "chart block is not closed; end it with a line of ```"
    static func noData(_ year: Int) -> String { "no statistics for \(year); the chart shows 暂无数据" }
    static func unknownName(_ name: String, valid: [String]) -> String {
        "unknown name '\(name)' in report; valid names here: \(valid.isEmpty ? "none" : valid.joined(separator: ", "))"
    }
    static let delimiterChange = "changing the tag delimiters ({{= =}}) is not supported in reports"
    static let partialInReport = "partials ({{> name}}) are not available in reports"
    static let unclosedTag = "unclosed tag: '{{' without '}}'"
}

