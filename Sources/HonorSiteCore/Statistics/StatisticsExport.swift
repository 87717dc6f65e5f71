import Charts
import Foundation
import Mustache

/// The statistics of every year of a site, computed once per build (the statistics stage).
public struct StatisticsSet: Sendable {
    /// All years together.
    public var all: SiteStatistics
    /// Each year in ``SiteStatistics/years``.
    public var byYear: [Int: SiteStatistics]
    /// The year `/stats/` shows: the newest year with data up to the current one (a year that only has
    /// upcoming events is not "the latest"), else the earliest future year; nil without data.
    public var latestYear: Int? { all.years.last { $0 <= currentYear } ?? all.years.first }
    /// Today's year (site time zone).
    public var currentYear: Int

    /// The statistics for `year` (nil = all years); a year without data gives zeros.
    public func statistics(year: Int?) -> SiteStatistics {
        guard let year else { return all }
        return byYear[year] ?? emptyYear(year)
    }

    let emptyYear: @Sendable (Int) -> SiteStatistics
}

/// Stage (after index): the statistics of the site's documents, for all years and each year
/// with data, counted in one pass over the documents.
func statisticsStage(_ docs: [Document], config: SiteConfig, todayKey today: Int) -> StatisticsSet {
    var all = StatisticsTally(year: nil)
    var tallies: [Int: StatisticsTally] = [:]
    for d in docs {
        all.add(d, config: config, todayKey: today)
        for y in StatisticsTally.years(of: d) {
            tallies[y, default: StatisticsTally(year: y)].add(d, config: config, todayKey: today)
        }
    }
    let years = tallies.keys.sorted()
    let byYear = tallies.mapValues { $0.finish(config: config, years: years) }
    return StatisticsSet(
        all: all.finish(config: config, years: years), byYear: byYear, currentYear: today / 10000,
        emptyYear: { y in
            StatisticsTally(year: y).finish(config: config, years: years)
        })
}

extension SiteStatistics {
    /// The documented JSON (docs/statistics.md): keys sorted, two-space indent, a final newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Every table as CSV: `summary.csv` first, then one file per ``StatisticsTable``.
    public func csvFiles() -> [(name: String, contents: String)] {
        [("summary.csv", StatisticsFigure.csv(self))] + StatisticsTable.all.map { ($0.csvFileName, $0.table(self).csv()) }
    }

    /// The statistics as Markdown: the figures, then each table with a numbered caption.
    public func markdown(siteTitle: String) -> String {
        var o = "# \(siteTitle)数据统计（\(year.map { "\($0)年" } ?? "全部年度")）\n\n"
        o += "| 指标 | 数值 | 单位 |\n| --- | ---: | --- |\n"
        for f in StatisticsFigure.figures(self) { o += "| \(f.label) | \(f.value) | \(f.unit) |\n" }
        for (n, t) in StatisticsTable.all.enumerated() {
            o += "\n表\(n + 1)\u{3000}\(t.title)（单位：\(t.unit)）\n\n" + t.table(self).markdown()
        }
        return o
    }

}

extension SiteStatistics {
    /// The template value: the JSON shape, so `{{stats.brands.total}}` reads as the JSON does.
    var mustacheValue: MustacheValue {
        (try? JSONDecoder().decode(MustacheValue.self, from: Data(json().utf8))) ?? .null
    }
}

extension SiteCompiler {
    /// The statistics of the site under `options.root` (stages 1–4 and the statistics stage).
    ///
    /// - Throws: ``BuildFailure`` when the content has errors.
    public static func statistics(_ options: BuildOptions, fileSystem: FileSystem? = nil) throws(BuildFailure)
        -> (set: StatisticsSet, siteTitle: String)
    {
        let site = try indexedSite(options, fileSystem: fileSystem).indexed.site
        return (site.statistics, site.config.title)
    }

    /// Stages 1–4 (discover, load, validate, index), for the exports.
    ///
    /// - Returns: the indexed site and the diagnostics so far (warnings only).
    /// - Throws: ``BuildFailure`` when the content has errors.
    static func indexedSite(_ options: BuildOptions, fileSystem: FileSystem?) throws(BuildFailure)
        -> (indexed: IndexedSite, log: DiagnosticLog)
    {
        let fs = fileSystem ?? DiskFileSystem(root: options.root)
        var diagnostics = DiagnosticLog(strict: options.strict)
        let loaded = try load(discover(fs), fs: fs, options: options, diagnostics: &diagnostics)
        diagnostics += loaded.otherImages.wait().1
        diagnostics += validate(loaded)
        try diagnostics.checkpoint()
        let indexed = index(consume loaded, now: options.now, diagnostics: &diagnostics)
        try diagnostics.checkpoint()
        return (indexed, diagnostics)
    }
}
