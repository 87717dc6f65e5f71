import Charts
import Messages

/// The report problems as catalogue keys, with the valid choices each one lists
/// (the words are in the message catalogue, module `Messages`).
enum ReportMessages {
    static func unknownChartKey(_ key: String) -> Message { .report(.unknownChartKey(key, valid: ChartBlock.keys)) }
    static func unknownData(_ name: String) -> Message { .report(.unknownData(name, valid: StatisticsTable.all.map(\.name))) }
    static func unknownType(_ name: String) -> Message {
        .report(.unknownType(name, valid: ChartType.allCases.map(\.rawValue) + ["table"]))
    }
    static let missingData = Message.report(.missingData)
    static func badLine(_ line: String) -> Message { .report(.badLine(line)) }
    static func badYear(_ text: String) -> Message { .report(.badYear(text)) }
    static func duplicateKey(_ key: String) -> Message { .report(.duplicateKey(key)) }
    static let unclosedChart = Message.report(.unclosedChart)
    static func noData(_ year: Int) -> Message { .report(.noData(year)) }
    static func unknownName(_ name: String, valid: [String]) -> Message { .report(.unknownName(name, valid: valid)) }
    static let delimiterChange = Message.report(.delimiterChange)
    static let partialInReport = Message.report(.partialInReport)
    static let unclosedTag = Message.report(.unclosedTag)
    static func groupAsFigure(_ name: String, names: [String]) -> Message { .report(.groupAsFigure(name, names: names)) }
    static func listAsFigure(_ name: String) -> Message { .report(.listAsFigure(name)) }
    static func chartInfoString(_ info: String) -> Message { .report(.chartInfoString(info)) }
    static func figureTooLarge(_ field: String, _ value: Int) -> Message {
        .report(.figureTooLarge(field: field, value: value, limit: keyFigureLimit))
    }
    static func duplicateFigureKey(_ key: String, firstLine: Int) -> Message { .report(.duplicateFigureKey(key, firstLine: firstLine)) }
}
