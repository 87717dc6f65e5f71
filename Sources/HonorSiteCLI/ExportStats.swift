import Foundation
import HonorSiteCore
import Messages

enum StatsFormat: String { case json, csv, md }

func exportStats(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (environment, console) = (c.environment, c.console)
    let a = try Arguments(args, for: exportStatsSpec)
    if a.wantsHelp {
        console.out(exportStatsSpec.help(c.language))
        return ExitCode.success
    }
    if let p = a.positionals.first { throw UsageError(.unexpectedArgument(p)) }
    var year: Int?
    if let text = a.values["year"] {
        guard let y = Int(text) else { throw UsageError(.yearNotNumber) }
        year = y
    }
    guard let formatText = a.values["format"] else { throw UsageError(.missingFormat("json|csv|md")) }
    guard let format = StatsFormat(rawValue: formatText) else { throw UsageError(.badFormat(["json", "csv", "md"])) }
    if format == .csv && a.values["output"] == nil {
        throw UsageError(.csvNeedsFolder)
    }
    guard let root = exportRoot(a, c) else { return ExitCode.failure }
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"), environment: environment)
    let set: StatisticsSet
    let siteTitle: String
    do throws(BuildFailure) { (set, siteTitle) = try SiteCompiler.statistics(options) } catch {
        printDiagnostics(error.diagnostics, format: .human, root: root, console: console, language: c.language)
        c.line(.cli(.exportFailed))
        return ExitCode.failure
    }
    if let year, set.byYear[year] == nil {
        c.error(.cli(.noStatistics(year: year, years: set.all.years)))
        return ExitCode.failure
    }
    let stats = set.statistics(year: year)
    switch format {
    case .json, .md:
        let text = format == .json ? stats.json() : stats.markdown(siteTitle: siteTitle)
        guard let out = a.values["output"] else {
            console.out(text)
            return ExitCode.success
        }
        guard writeExportFile(text, to: out, example: "stats.\(format.rawValue)", c) else { return ExitCode.failure }
        c.line(.cli(.wroteStatistics(out)))
    case .csv:
        let out = a.values["output"]!
        let files = stats.csvFiles()
        guard writeExportTables(files, to: out, c) else { return ExitCode.failure }
        c.line(.cli(.wroteTables(count: files.count, path: out)))
    }
    return ExitCode.success
}
