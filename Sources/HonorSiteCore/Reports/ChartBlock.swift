import Charts
import Messages

/// A ```` ```chart ```` block in a report body: which table to draw, how, and for which year.
///
/// The syntax (docs/content.md, "Charts in reports") is one `key: value` per line:
///
/// ```
/// ```chart
/// data: brands.by_district     # required: a table name from StatisticsTable.all
/// type: bar                    # bar, hbar, stacked, line, donut, or table (the table alone); default: the table's own
/// title: 各区品牌案例数量        # default: the table's title; the unit is the table's
/// year: 2025                   # default: the report's year; `all` for all years
/// ```
/// ```
struct ChartBlock: Sendable {
    /// The settings a block may give.
    static let keys = ["data", "type", "title", "year"]

    enum Year: Sendable, Equatable {
        case report, all
        case year(Int)
    }

    var data: StatisticsTable
    var type: ChartType?
    /// `type: table`: the data table alone, numbered as a table (表N), no chart.
    var tableOnly = false
    var title: String?
    var year: Year
    /// Body-relative 1-based line of the opening fence.
    var line: Int
}

/// A problem in a report body, at a body-relative 1-based line and column (Unicode scalars).
struct BodyProblem: Sendable, Equatable {
    var line: Int
    var column: Int
    var message: Message
    var isWarning = false
}

/// The marker that stands for figure `n` in the body until its HTML replaces it after Markdown.
func figurePlaceholder(_ n: Int) -> String { "HONORSITEFIGURE\(n)X" }

/// Takes the chart blocks out of a report body.
///
/// Each block's lines become blank lines, except the second, which holds the
/// figure's placeholder (a paragraph of its own); so the body keeps its line
/// numbers for later diagnostics. Fenced code blocks with another info string
/// are left alone (a chart block inside one is just code).
///
/// - Returns: the body with placeholders, the blocks in order (figure n is
///   `blocks[n - 1]`), and the problems found.
func extractChartBlocks(_ body: String) -> (body: String, blocks: [ChartBlock], problems: [BodyProblem]) {
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var blocks: [ChartBlock] = []
    var problems: [BodyProblem] = []
    var i = 0
    while i < lines.count {
        guard let (fence, info, indent) = openingFence(lines[i]) else {
            i += 1
            continue
        }
        // The closing fence: the same character, at least as long, nothing else.
        var close = i + 1
        while close < lines.count && !isClosingFence(lines[close], like: fence) { close += 1 }
        if info != "chart", info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "chart" {
            // ```chart data: … : cmark would print an empty code block.
            problems.append(BodyProblem(line: i + 1, column: indent + 1, message: ReportMessages.chartInfoString(info)))
            i = close + 1
            continue
        }
        guard info == "chart" else {
            i = close + 1
            continue
        }
        if close >= lines.count {
            problems.append(BodyProblem(line: i + 1, column: indent + 1, message: ReportMessages.unclosedChart))
            break
        }
        let block = parseChartBlock(lines[(i + 1)..<close], openingLine: i + 1, problems: &problems)
        for k in i...close { lines[k] = "" }
        if let block {  // a block with errors draws nothing
            blocks.append(block)
            lines[i + 1] = figurePlaceholder(blocks.count)
        }
        i = close + 1
    }
    return (lines.joined(separator: "\n"), blocks, problems)
}

/// `(fence, info string, indent)` when `line` opens a fenced code block (CommonMark: up to three spaces, three or more ` or ~).
private func openingFence(_ line: String) -> (String, String, Int)? {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let c = rest.first, c == "`" || c == "~" else { return nil }
    let fence = rest.prefix { $0 == c }
    guard fence.count >= 3 else { return nil }
    let info = rest.dropFirst(fence.count).trimmed(" \t")
    if c == "`" && info.contains("`") { return nil }
    return (String(fence), info, indent)
}

private func isClosingFence(_ line: String, like fence: String) -> Bool {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return false }
    let rest = line.dropFirst(indent).trimmed(" \t")
    return rest.count >= fence.count && rest.allSatisfy { $0 == fence.first }
}

private func parseChartBlock(_ lines: ArraySlice<String>, openingLine: Int, problems: inout [BodyProblem]) -> ChartBlock? {
    var data: StatisticsTable?
    var type: ChartType?
    var title: String?
    var year = ChartBlock.Year.report
    var tableOnly = false
    var seen: Set<String> = []
    var ok = true
    for (k, raw) in zip(lines.indices, lines) {
        let lineNo = k + 1
        let text = raw.trimmed(" \t")
        if text.isEmpty || text.hasPrefix("#") { continue }
        let indent = raw.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        guard let colon = text.firstIndex(of: ":") else {
            problems.append(BodyProblem(line: lineNo, column: indent + 1, message: ReportMessages.badLine(text)))
            ok = false
            continue
        }
        let key = text[..<colon].trimmed(" \t")
        var value = String(text[text.index(after: colon)...])
        if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
        value = value.trimmed(" \t")
        let valueColumn =
            indent + 1 + text[..<colon].unicodeScalars.count + 1
            + text[text.index(after: colon)...].unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        func problem(_ m: Message) {
            problems.append(BodyProblem(line: lineNo, column: valueColumn, message: m))
            ok = false
        }
        guard ChartBlock.keys.contains(key) else {
            problems.append(BodyProblem(line: lineNo, column: indent + 1, message: ReportMessages.unknownChartKey(key)))
            ok = false
            continue
        }
        guard seen.insert(key).inserted else {
            problems.append(BodyProblem(line: lineNo, column: indent + 1, message: ReportMessages.duplicateKey(key)))
            ok = false
            continue
        }
        switch key {
        case "data":
            if let t = StatisticsTable.named(value) { data = t } else { problem(ReportMessages.unknownData(value)) }
        case "type":
            if value == "table" {
                tableOnly = true
            } else if let t = ChartType(rawValue: value) {
                type = t
            } else {
                problem(ReportMessages.unknownType(value))
            }
        case "title":
            title = value.isEmpty ? nil : value
        default:  // year
            if value == "all" {
                year = .all
            } else if let y = Int(value), FieldReader.years.contains(y) {
                year = .year(y)
            } else {
                problem(ReportMessages.badYear(value))
            }
        }
    }
    guard ok else { return nil }
    guard let data else {
        problems.append(BodyProblem(line: openingLine, column: 1, message: ReportMessages.missingData))
        return nil
    }
    return ChartBlock(data: data, type: type, tableOnly: tableOnly, title: title, year: year, line: openingLine)
}

extension StringProtocol {
    func trimmed(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
