import Foundation
import HonorSiteCore
import Messages


enum StatsFormat: String { case json, csv, md }

func exportStats(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (environment, console, cwd) = (c.environment, c.console, c.cwd)
    let a = try Arguments(args, for: exportStatsSpec)
    if a.wantsHelp { console.out(exportStatsSpec.help(c.language)); return ExitCode.success }
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
    let root = resolve(a.values["root"] ?? ".", cwd)
    if let problem = preflight(root: root, environment: environment) { c.error(problem); return ExitCode.failure }
    if let out = a.values["output"], let problem = exportTargetProblem(out, root: root, cwd: cwd) {
        c.error(problem); return ExitCode.failure
    }
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"), environment: environment)
    let set: StatisticsSet, siteTitle: String
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
    func write(_ text: String, to url: URL, shown: String) -> Bool {
        do { try Data(text.utf8).write(to: url, options: .atomic); return true } catch {
            c.error(.cli(.cannotWrite(path: shown, reason: error.localizedDescription)))
            return false
        }
    }
    switch format {
    case .json, .md:
        let text = format == .json ? stats.json() : stats.markdown(siteTitle: siteTitle)
        guard let out = a.values["output"] else { console.out(text); return ExitCode.success }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolve(out, cwd).path, isDirectory: &isDir), isDir.boolValue {
            c.error(.cli(.exportToFolder(path: out, example: "stats.\(format.rawValue)")))
            return ExitCode.failure
        }
        guard write(text, to: resolve(out, cwd), shown: out) else { return ExitCode.failure }
        c.line(.cli(.wroteStatistics(out)))
    case .csv:
        let out = a.values["output"]!
        let folder = resolve(out, cwd)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), !isDir.boolValue {
            c.error(.cli(.outputIsFile(out)))
            return ExitCode.failure
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            c.error(.cli(.cannotCreateFolder(path: out, reason: error.localizedDescription)))
            return ExitCode.failure
        }
        let files = stats.csvFiles()
        for f in files where !write(f.contents, to: folder.appendingPathComponent(f.name), shown: out + "/" + f.name) {
            return ExitCode.failure
        }
        c.line(.cli(.wroteTables(count: files.count, path: out)))
    }
    return ExitCode.success
}
