import Foundation
import HonorSiteCore


enum ReportFormat: String { case html, md, csv }

func exportReport(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    let a = try Arguments(args, for: exportReportSpec)
    if a.wantsHelp { console.out(exportReportSpec.help); return ExitCode.success }
    guard let slug = a.positionals.first else { throw UsageError(message: "missing SLUG (the report's file name without .md)") }
    if a.positionals.count > 1 { throw UsageError(message: "unexpected argument '\(a.positionals[1])'") }
    guard let formatText = a.values["format"] else { throw UsageError(message: "missing --format html|md|csv") }
    guard let format = ReportFormat(rawValue: formatText) else { throw UsageError(message: "--format must be html, md or csv") }
    if format == .csv && a.values["output"] == nil { throw UsageError(message: "csv writes one file per table; give a folder with -o DIR") }
    let root = resolve(a.values["root"] ?? ".", cwd)
    if let problem = preflight(root: root, environment: environment) { console.err(problem + "\n"); return ExitCode.failure }
    if let out = a.values["output"], let problem = exportTargetProblem(out, root: root, cwd: cwd) {
        console.err(problem)
        return ExitCode.failure
    }
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"),
                               strict: a.flags.contains("strict"), environment: environment)
    let found: ReportExport?
    do throws(BuildFailure) { found = try SiteCompiler.report(options, slug: slug) } catch {
        printDiagnostics(error.diagnostics, format: .human, root: root, console: console)
        console.err("export failed: the content has errors\n")
        return ExitCode.failure
    }
    guard let report = found else {
        let slugs = (try? SiteCompiler.reportSlugs(options)) ?? []
        console.err("honorsite: error: no report '\(slug)'; reports: \(slugs.isEmpty ? "none" : slugs.joined(separator: ", "))\n")
        return ExitCode.failure
    }
    func write(_ text: String, to url: URL, shown: String) -> Bool {
        do { try Data(text.utf8).write(to: url, options: .atomic); return true } catch {
            console.err("honorsite: error: cannot write \(shown): \(error.localizedDescription)\n")
            return false
        }
    }
    switch format {
    case .html, .md:
        let text = format == .html ? report.standaloneHTML(language: "zh-CN") : report.markdownDocument()
        guard let out = a.values["output"] else { console.out(text); return ExitCode.success }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolve(out, cwd).path, isDirectory: &isDir), isDir.boolValue {
            console.err("honorsite: error: \(out) is a folder; -o takes a file name such as \(slug).\(format.rawValue)\n")
            return ExitCode.failure
        }
        guard write(text, to: resolve(out, cwd), shown: out) else { return ExitCode.failure }
        console.err("wrote \(report.title) to \(out)\n")
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
        for f in report.csvFiles where !write(f.contents, to: folder.appendingPathComponent(f.name), shown: out + "/" + f.name) {
            return ExitCode.failure
        }
        console.err("wrote \(report.csvFiles.count) tables to \(out)\n")
    }
    return ExitCode.success
}
