import Foundation
import HonorSiteCore
import Messages

/// What `honorsite export` exports; each has its own options and `--help`.
let exportKinds = ["honor-roll", "stats", "report"]

func exportCommand(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let rest = Array(args.dropFirst())
    switch args.first {
    case "honor-roll": return try exportHonorRoll(rest, c)
    case "stats": return try exportStats(rest, c)
    case "report": return try exportReport(rest, c)
    default:
        let a = try Arguments(args, for: exportCommandSpec)
        if a.wantsHelp {
            c.console.out(exportCommandSpec.help(c.language))
            return ExitCode.success
        }
        if let what = a.positionals.first { throw UsageError(.cannotExport(what)) }
        throw UsageError(.missingExportKind)
    }
}

func exportHonorRoll(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (environment, console, cwd) = (c.environment, c.console, c.cwd)
    let a = try Arguments(args, for: exportHonorRollSpec)
    if a.wantsHelp {
        console.out(exportHonorRollSpec.help(c.language))
        return ExitCode.success
    }
    if let p = a.positionals.first { throw UsageError(.unexpectedArgument(p)) }
    guard let yearText = a.values["year"] else { throw UsageError(.missingYear) }
    guard let year = Int(yearText) else { throw UsageError(.yearNotNumber) }
    guard let formatText = a.values["format"] else { throw UsageError(.missingFormat("csv|md|html")) }
    guard let format = HonorRollFormat(rawValue: formatText) else { throw UsageError(.badFormat(["csv", "md", "html"])) }
    guard let root = exportRoot(a, c) else { return ExitCode.failure }
    if let out = a.values["output"] {
        let target = resolve(out, cwd).resolvingSymlinksInPath().path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDir), isDir.boolValue {
            c.error(.cli(.exportToFolder(path: out, example: "honors-2025.\(format.rawValue)")))
            return ExitCode.failure
        }
    }
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"), environment: environment)
    let exported: HonorRolls
    do throws(BuildFailure) {
        exported = try SiteCompiler.honorRolls(options)
    } catch {
        printDiagnostics(error.diagnostics, format: .human, root: root, console: console, language: c.language)
        c.line(.cli(.exportFailed))
        return ExitCode.failure
    }
    guard var roll = exported.rolls.first(where: { $0.year == year }) else {
        c.error(.cli(.noHonorRoll(year: year, years: exported.rolls.map(\.year))))
        return ExitCode.failure
    }
    if let honor = a.values["honor"] {
        guard roll.sections.contains(where: { $0.title == honor }) else {
            c.error(.cli(.noSuchHonor(honor: honor, year: year, honors: roll.sections.map(\.title))))
            return ExitCode.failure
        }
        roll.sections = roll.sections.filter { $0.title == honor }
    }
    let text = format.render(roll, siteTitle: exported.siteTitle, exportDay: exported.exportDay)
    if let out = a.values["output"] {
        guard writeExportText(text, to: resolve(out, cwd), shown: out, c) else { return ExitCode.failure }
        c.line(.cli(.wroteNames(count: roll.count, path: out)))
    } else {
        console.out(text)
    }
    return ExitCode.success
}

/// The project folder of an export command (`--root`, else the working directory), checked:
/// it holds a project, and `--output`, when given, is outside its `content/` and `templates/`.
/// A problem is printed and gives nil.
func exportRoot(_ a: Arguments, _ c: CommandContext) -> URL? {
    let root = resolve(a.values["root"] ?? ".", c.cwd)
    if let problem = preflight(root: root, environment: c.environment) {
        c.error(problem)
        return nil
    }
    if let out = a.values["output"], let problem = exportTargetProblem(out, root: root, cwd: c.cwd) {
        c.error(problem)
        return nil
    }
    return root
}

/// Why an export may not be written to `out`, or nil: exports never overwrite the
/// project's own sources under `content/` or `templates/`.
func exportTargetProblem(_ out: String, root: URL, cwd: URL) -> Message? {
    let target = resolve(out, cwd).resolvingSymlinksInPath().path
    let project = root.resolvingSymlinksInPath().path
    for protected in ["content", "templates"] {
        let folder = project + "/" + protected
        guard target == folder || target.hasPrefix(folder + "/") else { continue }
        return .cli(.exportIntoSources(folder: protected, path: out))
    }
    return nil
}
