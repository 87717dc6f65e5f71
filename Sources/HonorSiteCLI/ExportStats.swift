import Foundation
import HonorSiteCore


enum StatsFormat: String { case json, csv, md }

func exportStats(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    let a = try Arguments(args, for: exportStatsSpec)
    if a.wantsHelp { console.out(exportStatsSpec.help); return ExitCode.success }
    if let p = a.positionals.first { throw UsageError(message: "unexpected argument '\(p)'") }
    var year: Int?
    if let text = a.values["year"] {
        guard let y = Int(text) else { throw UsageError(message: "--year must be a number, such as 2025") }
        year = y
    }
    guard let formatText = a.values["format"] else { throw UsageError(message: "missing --format json|csv|md") }
    guard let format = StatsFormat(rawValue: formatText) else { throw UsageError(message: "--format must be json, csv or md") }
    if format == .csv && a.values["output"] == nil {
        throw UsageError(message: "csv writes one file per table; give a folder with -o DIR")
    }
    let root = resolve(a.values["root"] ?? ".", cwd)
    if let problem = preflight(root: root, environment: environment) { console.err(problem + "\n"); return ExitCode.failure }
    if let out = a.values["output"], let problem = exportTargetProblem(out, root: root, cwd: cwd) {
        console.err(problem); return ExitCode.failure
    }
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"), environment: environment)
    let set: StatisticsSet, siteTitle: String
    do throws(BuildFailure) { (set, siteTitle) = try SiteCompiler.statistics(options) } catch {
        printDiagnostics(error.diagnostics, format: .human, root: root, console: console)
        console.err("export failed: the content has errors\n")
        return ExitCode.failure
    }
    if let year, set.byYear[year] == nil {
        let years = set.all.years.map(String.init).joined(separator: ", ")
        console.err("honorsite: error: no statistics for \(year); years with data: \(years.isEmpty ? "none" : years)\n")
        return ExitCode.failure
    }
    let stats = set.statistics(year: year)
    func write(_ text: String, to url: URL, shown: String) -> Bool {
        do { try Data(text.utf8).write(to: url, options: .atomic); return true } catch {
            console.err("honorsite: error: cannot write \(shown): \(error.localizedDescription)\n")
            return false
        }
    }
    switch format {
    case .json, .md:
        let text = format == .json ? stats.json() : stats.markdown(siteTitle: siteTitle)
        guard let out = a.values["output"] else { console.out(text); return ExitCode.success }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolve(out, cwd).path, isDirectory: &isDir), isDir.boolValue {
            console.err("honorsite: error: \(out) is a folder; -o takes a file name such as stats.\(format.rawValue)\n")
            return ExitCode.failure
        }
        guard write(text, to: resolve(out, cwd), shown: out) else { return ExitCode.failure }
        console.err("wrote statistics to \(out)\n")
    case .csv:
        let out = a.values["output"]!
        let folder = resolve(out, cwd)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), !isDir.boolValue {
            console.err("honorsite: error: \(out) is a file; csv needs a folder (-o DIR)\n")
            return ExitCode.failure
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            console.err("honorsite: error: cannot create \(out): \(error.localizedDescription)\n")
            return ExitCode.failure
        }
        let files = stats.csvFiles()
        for f in files where !write(f.contents, to: folder.appendingPathComponent(f.name), shown: out + "/" + f.name) {
            return ExitCode.failure
        }
        console.err("wrote \(files.count) tables to \(out)\n")
    }
    return ExitCode.success
}
