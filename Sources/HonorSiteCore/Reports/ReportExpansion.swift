import Charts
import Foundation
import Markdown
import Messages
import Mustache

/// A figure of a report: its place, the chart (or table), and where its CSV goes.
///
/// Charts are numbered 图1, 图2 … and tables 表1, 表2 … (a chart's table counts as a table).
struct ReportFigure: Sendable {
    /// The block's position among the report's chart blocks (1-based): its placeholder and file names.
    var index: Int
    /// 图N, or nil for a table alone.
    var figureNumber: Int?
    var tableNumber: Int
    var chart: Chart
    /// The CSV's file name beside the report page: `fig-1.csv`.
    var csvFile: String { "fig-\(index).csv" }
    var id: String { "fig-\(index)" }
    /// The caption in the report convention (图N for charts, 表N for tables alone).
    var caption: String { figureNumber.map { chart.caption(number: $0) } ?? chart.tableCaption(number: tableNumber) }

    func html(csvHref: String?, tableOpen: Bool) -> String {
        guard let n = figureNumber else { return chart.tableFigureHTML(tableNumber: tableNumber, id: id, csvHref: csvHref) }
        return chart.figureHTML(number: n, tableNumber: tableNumber, id: id, csvHref: csvHref, tableOpen: tableOpen)
    }
}

/// A report body after the statistics are filled in: Markdown with figure placeholders, and the figures.
struct ExpandedReport: Sendable {
    var markdown: String
    var figures: [ReportFigure]

    /// The rendered HTML with each placeholder paragraph replaced by its figure.
    ///
    /// - Parameters:
    ///   - csvHref: the URL of a figure's CSV, or nil for none (standalone exports).
    ///   - tableOpen: whether data tables start expanded.
    func html(_ rendered: String, csvHref: (ReportFigure) -> String?, tableOpen: Bool) -> String {
        var html = rendered
        for f in figures {
            let figure = f.html(csvHref: csvHref(f), tableOpen: tableOpen)
            html = html.replacingOccurrences(of: "<p>\(figurePlaceholder(f.index))</p>", with: figure)
        }
        return html
    }

    /// The Markdown with each placeholder replaced by the figure's caption and its table (for `export report --format md`).
    var markdownWithTables: String {
        var md = markdown
        for f in figures {
            let table = "\(escapeMarkdownText(f.caption))\n\n" + f.chart.table.markdown()
            md = md.replacingOccurrences(of: figurePlaceholder(f.index), with: table)
        }
        return md
    }
}

/// The values a report's Mustache tags can use (docs/content.md, "Reports").
///
/// - `stats`: the statistics of the report's year (the JSON shape of `export stats`);
///   `previous`: of the year before; `all`: of all years.
/// - `yoy`: year-over-year wording for the headline counts (`同比增长5.7%` …; empty without the year before).
/// - `share`: `riders_party` (`63.6%`) and `riders_party_change` (`提高2.5个百分点`).
/// - `figures`: the key figures of `data/stats.yml` that have a `key:`.
/// - `report`: the report's own fields; `site`: title and organization.
func reportContext(_ doc: Document, site: Site, statsValue: (SiteStatistics) -> MustacheValue) -> MustacheValue {
    let set = site.statistics
    let year = doc.reportYear ?? set.latestYear ?? 0
    let now = set.statistics(year: year)
    let before = set.statistics(year: year - 1)
    let hasBefore = set.byYear[year - 1] != nil
    func yoy(_ f: (SiteStatistics) -> Int) -> MustacheValue {
        guard hasBefore, let t = ReportNumber.yearOverYear(current: f(now), previous: f(before)) else { return .string("") }
        return .string(t)
    }
    var share: [String: MustacheValue] = [
        "riders_party": .string(ReportNumber.percent(now.riders.partyMembers, of: now.riders.total) ?? ""),
        "riders_party_change": .string(""),
    ]
    if hasBefore,
        let t = ReportNumber.shareChange(
            current: (now.riders.partyMembers, now.riders.total),
            previous: (before.riders.partyMembers, before.riders.total))
    {
        share["riders_party_change"] = .string(t)
    }
    return .map([
        "stats": statsValue(now), "previous": statsValue(before), "all": statsValue(set.all),
        "yoy": .map([
            "brands_total": yoy { $0.brands.total }, "riders_total": yoy { $0.riders.total },
            "riders_party_members": yoy { $0.riders.partyMembers }, "honors_total": yoy { $0.honors.reduce(0) { $0 + $1.count } },
            "events_total": yoy { $0.events.total }, "events_participants": yoy { $0.events.participants },
        ]),
        "share": .map(share),
        "figures": keyFiguresByKey(site.data),
        "report": .map([
            "title": .string(doc.title), "year": .int(year), "issuer": .string(doc.issuer ?? ""),
            "date": .string(doc.date.map(site.dates.display) ?? ""), "doc_number": .string(doc.docNumber ?? ""),
        ]),
        "site": .map(["title": .string(site.config.title), "organization": .string(site.config.organization)]),
    ])
}

/// Statistics in which every list has one element: the shape names are checked against.
let statisticsShape: SiteStatistics = {
    typealias S = SiteStatistics
    return S(
        year: 0, years: [0],
        brands: S.Brands(total: 0, byDistrict: [S.Count(name: "", count: 0)], byYear: [S.YearCount(year: 0, count: 0)]),
        riders: S.Riders(
            total: 0, partyMembers: 0, partyShare: 0,
            byDistrict: [S.RiderDistrict(name: "", count: 0, partyMembers: 0)],
            byPlatform: [S.Count(name: "", count: 0)]),
        honors: [S.HonorCount(title: "", year: 0, count: 0)],
        events: S.Events(
            total: 0, byMonth: [S.MonthCount(month: "", count: 0)], byCategory: [S.Count(name: "", count: 0)],
            byBase: [S.BaseCount(name: "", count: 0, participants: 0)], byDistrict: [S.Count(name: "", count: 0)],
            participants: 0, upcoming: 0))
}()

/// Fills a report's body in from the statistics: chart blocks out (figures), names
/// checked, Mustache tags rendered. Runs before the body's Markdown is rendered.
///
/// - Returns: the expansion (nil after errors) and diagnostics at the report's source positions.
func expandReport(_ doc: Document, body source: String, site: Site) -> (ExpandedReport?, [Diagnostic]) {
    func location(_ p: BodyProblem) -> SourceLocation {
        SourceLocation(path: doc.path, line: doc.bodyStartLine + p.line - 1, column: p.column)
    }
    var diags: [Diagnostic] = []
    let (body, blocks, problems) = extractChartBlocks(source)
    let shapeValue = statisticsShape.mustacheValue
    let shape = reportContext(doc, site: site, statsValue: { _ in shapeValue })
    let allProblems = problems + checkReportNames(body, shape: shape)
    for p in allProblems { diags.append(Diagnostic(p.isWarning ? .warning : .error, location(p), p.message)) }
    guard !allProblems.contains(where: { !$0.isWarning }) else { return (nil, diags) }

    let markdown: String
    do throws(MustacheError) {
        let template = try Template(body, name: doc.path)
        markdown = try TemplateLibrary().render(
            template, context: reportContext(doc, site: site, statsValue: { $0.mustacheValue }),
            strictPartials: true, escape: escapeMarkdownText)
    } catch {
        diags.append(
            Diagnostic(
                .error, SourceLocation(path: doc.path, line: doc.bodyStartLine + error.line - 1, column: error.column),
                .mustache(error.kind)))
        return (nil, diags)
    }

    let reportYear = doc.reportYear ?? site.statistics.latestYear ?? 0
    var figures: [ReportFigure] = []
    var chartCount = 0
    var tableCount = 0
    for (n, block) in blocks.enumerated() {
        let blockLocation = SourceLocation(path: doc.path, line: doc.bodyStartLine + block.line - 1, column: 1)
        let year: Int?
        switch block.year {
        case .report: year = reportYear
        case .all: year = nil
        case .year(let y): year = y
        }
        if let y = year, site.statistics.byYear[y] == nil {
            diags.append(Diagnostic(.warning, blockLocation, ReportMessages.noData(y)))
        }
        let chart = block.data.chart(site.statistics.statistics(year: year), type: block.type, title: block.title)
        // A table alone may have several series and units; only a drawn chart needs its type's shape.
        let drawable = chart.table.series.allSatisfy { $0.values.count == chart.table.categories.count }
        if let problem = chart.problem, !(block.tableOnly && drawable) {
            let message = Message.report(.chart(data: block.data.name, type: chart.type.rawValue, problem: problem))
            diags.append(Diagnostic(.error, blockLocation, message))
            continue
        }
        tableCount += 1
        if !block.tableOnly { chartCount += 1 }
        figures.append(ReportFigure(index: n + 1, figureNumber: block.tableOnly ? nil : chartCount, tableNumber: tableCount, chart: chart))
    }
    return (ExpandedReport(markdown: markdown, figures: figures), diags)
}

/// Stage (before Markdown): every report's source filled in (``expandReport(_:body:site:)``), in parallel.
///
/// - Returns: the expansion of each document by index (nil for other kinds and for reports with errors).
func expandReports(_ site: Site, sources: inout [String], diagnostics: inout DiagnosticLog) -> [ExpandedReport?] {
    let reportIndices = site.byKind[.report] ?? []
    var expansions = [ExpandedReport?](repeating: nil, count: site.documents.count)
    guard !reportIndices.isEmpty else { return expansions }
    let frozen = sources
    let results = parallelMap(reportIndices) { expandReport(site.documents[$0], body: frozen[$0], site: site) }
    for (i, (expansion, d)) in zip(reportIndices, results) {
        diagnostics += d
        expansions[i] = expansion
        sources[i] = expansion?.markdown ?? ""
    }
    return expansions
}

/// The CSV of every report figure, beside its page: `reports/<slug>/fig-1.csv`.
func reportCSVFiles(_ site: Site, _ reports: [ExpandedReport?]) -> [OutputFile] {
    reports.indices.flatMap { i -> [OutputFile] in
        guard let r = reports[i] else { return [] }
        let d = site.documents[i]
        return r.figures.map {
            OutputFile(path: d.pagePath + $0.csvFile, contents: .bytes(Array($0.chart.table.csv().utf8)), source: d.path)
        }
    }
}

/// Plain text without figure placeholders (for derived summaries).
func removingFigurePlaceholders(_ text: String) -> String {
    guard text.contains("HONORSITEFIGURE") else { return text }
    return text.replacingOccurrences(of: #"HONORSITEFIGURE[0-9]+X"#, with: "", options: .regularExpression)
}
