import Foundation
import HonorSiteCore

func exportCommand(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    let rest = Array(args.dropFirst())
    switch args.first {
    case "honor-roll": return try exportHonorRoll(rest, environment: environment, console: console, cwd: cwd)
    case "stats": return try exportStats(rest, environment: environment, console: console, cwd: cwd)
    case "report": return try exportReport(rest, environment: environment, console: console, cwd: cwd)
    default:
        let a = try Arguments(args, for: exportCommandSpec)
        if a.wantsHelp { console.out(exportCommandSpec.help); return ExitCode.success }
        if let what = a.positionals.first { throw UsageError(message: "cannot export '\(what)'; choose honor-roll, stats or report") }
        throw UsageError(message: "missing what to export (honor-roll, stats or report)")
    }
}

func exportHonorRoll(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    let a = try Arguments(args, for: exportHonorRollSpec)
    if a.wantsHelp { console.out(exportHonorRollSpec.help); return ExitCode.success }
    if let p = a.positionals.first { throw UsageError(message: "unexpected argument '\(p)'") }
    guard let yearText = a.values["year"] else { throw UsageError(message: "missing --year") }
    guard let year = Int(yearText) else { throw UsageError(message: "--year must be a number, such as 2025") }
    guard let formatText = a.values["format"] else { throw UsageError(message: "missing --format csv|md|html") }
    guard let format = HonorRollFormat(rawValue: formatText) else { throw UsageError(message: "--format must be csv, md or html") }
    let root = resolve(a.values["root"] ?? ".", cwd)
    if let problem = preflight(root: root, environment: environment) { console.err(problem + "\n"); return ExitCode.failure }
    if let out = a.values["output"] {
        if let problem = exportTargetProblem(out, root: root, cwd: cwd) { console.err(problem); return ExitCode.failure }
        let target = resolve(out, cwd).resolvingSymlinksInPath().path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDir), isDir.boolValue {
            console.err("honorsite: error: \(out) is a folder; -o takes a file name such as honors-2025.\(format.rawValue)\n")
            return ExitCode.failure
        }
    }
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"), environment: environment)
    let exported: HonorRolls
    do throws(BuildFailure) {
        exported = try SiteCompiler.honorRolls(options)
    } catch {
        printDiagnostics(error.diagnostics, format: .human, root: root, console: console)
        console.err("export failed: the content has errors\n")
        return ExitCode.failure
    }
    guard var roll = exported.rolls.first(where: { $0.year == year }) else {
        let years = exported.rolls.map { String($0.year) }.joined(separator: ", ")
        console.err("honorsite: error: no honor roll for \(year); years with honors: \(years.isEmpty ? "none" : years)\n")
        return ExitCode.failure
    }
    if let honor = a.values["honor"] {
        guard roll.sections.contains(where: { $0.title == honor }) else {
            console.err("honorsite: error: no honor '\(honor)' in \(year); honors that year: \(roll.sections.map(\.title).joined(separator: "、"))\n")
            return ExitCode.failure
        }
        roll.sections = roll.sections.filter { $0.title == honor }
    }
    let text = format.render(roll, siteTitle: exported.siteTitle, exportDay: exported.exportDay)
    if let out = a.values["output"] {
        do { try Data(text.utf8).write(to: resolve(out, cwd), options: .atomic) } catch {
            console.err("honorsite: error: cannot write \(out): \(error.localizedDescription)\n")
            return ExitCode.failure
        }
        console.err("wrote \(roll.count) names to \(out)\n")
    } else {
        console.out(text)
    }
    return ExitCode.success
}

/// Why an export may not be written to `out` (an error line), or nil: exports never
/// overwrite the project's own sources under `content/` or `templates/`.
func exportTargetProblem(_ out: String, root: URL, cwd: URL) -> String? {
    let target = resolve(out, cwd).resolvingSymlinksInPath().path
    let project = root.resolvingSymlinksInPath().path
    for protected in ["content", "templates"] {
        let folder = project + "/" + protected
        guard target == folder || target.hasPrefix(folder + "/") else { continue }
        return "honorsite: error: refusing to write the export into \(protected)/ (\(out)); choose a file outside the project's sources\n"
    }
    return nil
}
