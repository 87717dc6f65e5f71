import Foundation
import HonorSiteCore
import Messages

enum ReportFormat: String { case html, md, csv }

func exportReport(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (environment, console) = (c.environment, c.console)
    let a = try Arguments(args, for: exportReportSpec)
    if a.wantsHelp {
        console.out(exportReportSpec.help(c.language))
        return ExitCode.success
    }
    guard let slug = a.positionals.first else { throw UsageError(.missingSlug) }
    if a.positionals.count > 1 { throw UsageError(.unexpectedArgument(a.positionals[1])) }
    guard let formatText = a.values["format"] else { throw UsageError(.missingFormat("html|md|csv")) }
    guard let format = ReportFormat(rawValue: formatText) else { throw UsageError(.badFormat(["html", "md", "csv"])) }
    if format == .csv && a.values["output"] == nil { throw UsageError(.csvNeedsFolder) }
    guard let root = exportRoot(a, c) else { return ExitCode.failure }
    let options = BuildOptions(
        root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"),
        strict: a.flags.contains("strict"), environment: environment)
    let found: ReportExport?
    do throws(BuildFailure) { found = try SiteCompiler.report(options, slug: slug) } catch {
        printDiagnostics(error.diagnostics, format: .human, root: root, console: console, language: c.language)
        c.line(.cli(.exportFailed))
        return ExitCode.failure
    }
    guard let report = found else {
        let slugs = (try? SiteCompiler.reportSlugs(options)) ?? []
        c.error(.cli(.noReport(slug: slug, reports: slugs)))
        return ExitCode.failure
    }
    switch format {
    case .html, .md:
        let text = format == .html ? report.standaloneHTML(language: "zh-CN") : report.markdownDocument()
        guard let out = a.values["output"] else {
            console.out(text)
            return ExitCode.success
        }
        guard writeExportFile(text, to: out, example: "\(slug).\(format.rawValue)", c) else { return ExitCode.failure }
        c.line(.cli(.wroteReport(title: report.title, path: out)))
    case .csv:
        let out = a.values["output"]!
        guard writeExportTables(report.csvFiles, to: out, c) else { return ExitCode.failure }
        c.line(.cli(.wroteTables(count: report.csvFiles.count, path: out)))
    }
    return ExitCode.success
}
