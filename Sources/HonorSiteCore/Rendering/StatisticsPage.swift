import Charts
import Mustache

extension StatisticsTable {
    /// The tables the `/stats/` pages draw, in order.
    static let statsPage = all.filter(\.onStatsPage)
}

/// The site path of a year's statistics CSV file: `stats/2025/brands-by-district.csv`.
func statisticsCSVPath(year: Int, file: String) -> String { "stats/\(year)/\(file)" }

/// The CSV files of every year's tables (linked from the `/stats/` pages), one stage output per year.
func statisticsCSVFiles(_ site: Site) -> [OutputFile] {
    site.statistics.all.years.flatMap { y in
        site.statistics.statistics(year: y).csvFiles().map {
            OutputFile(path: statisticsCSVPath(year: y, file: $0.name), contents: .bytes(Array($0.contents.utf8)), source: nil)
        }
    }
}

/// A key figure's display values (`text` 428万, `change` 同比增长5.7%), for statistics and data files alike.
func figureValue(label: String, value: Int, unit: String) -> MustacheValue {
    .map(["label": .string(label), "number": .int(value), "value": .string(ReportNumber.compact(value)), "unit": .string(unit)])
}

/// `{label, text}`: a figure's change against the year before.
struct FigureChange: TemplateValue {
    var label: String
    var text: String
    var templateValue: MustacheValue { .map(["label": .string(label), "text": .string(text)]) }
}

/// `{name, html}`: a chart as a complete figure.
struct ChartFigure: TemplateValue {
    var name: String
    var html: String
    var templateValue: MustacheValue { .map(["name": .string(name), "html": .string(html)]) }
}

/// `/stats/` (the latest year) and `/stats/<year>/`.
struct StatsPage: PageTemplateValues {
    var year: Int?
    var years: [YearLink]
    var stats: SiteStatistics
    var figures: [MustacheValue]
    var partyShare: String?
    var previousYear: Int?
    var changes: [FigureChange]
    var charts: [ChartFigure]
    var summaryCSV: String?
    var fields: [String: MustacheValue] {
        var c: [String: MustacheValue] = [
            "year": year.templateValue, "years": years.templateValue, "has_data": .bool(!stats.years.isEmpty),
            "stats": stats.mustacheValue, "figures": .list(figures), "charts": charts.templateValue,
            "summary_csv_url": summaryCSV.templateValue,
        ]
        if let partyShare { c["party_share"] = .string(partyShare) }
        if let previousYear {
            c["previous_year"] = .int(previousYear)
            c["changes"] = changes.templateValue
        }
        return c
    }
}

extension PageValues {
    /// The values of `/stats/` (year nil: the latest year) and `/stats/<year>/`.
    func statsPage(_ requested: Int?) -> StatsPage {
        let set = site.statistics
        let year = requested ?? set.latestYear
        let stats = set.statistics(year: year)
        var page = StatsPage(
            year: year,
            years: set.all.years.reversed().map { YearLink(year: $0, url: site.url(.stats($0)), current: $0 == year) },
            stats: stats,
            figures: StatisticsFigure.figures(stats).map { figureValue(label: $0.label, value: $0.value, unit: $0.unit) },
            partyShare: ReportNumber.percent(stats.riders.partyMembers, of: stats.riders.total),
            changes: [],
            charts: StatisticsTable.statsPage.enumerated().map { n, t in
                let csv = year.map { site.urls.href(statisticsCSVPath(year: $0, file: t.csvFileName)) }
                return ChartFigure(name: t.name, html: t.chart(stats).figureHTML(number: n + 1, id: "fig-\(n + 1)", csvHref: csv))
            },
            summaryCSV: year.map { site.urls.href(statisticsCSVPath(year: $0, file: "summary.csv")) })
        if let y = year, let before = set.byYear[y - 1] {
            page.previousYear = y - 1
            let earlier = StatisticsFigure.figures(before)
            page.changes = StatisticsFigure.figures(stats).enumerated().compactMap { i, f in
                ReportNumber.yearOverYear(current: f.value, previous: earlier[i].value).map { FigureChange(label: f.label, text: $0) }
            }
        }
        return page
    }
}
