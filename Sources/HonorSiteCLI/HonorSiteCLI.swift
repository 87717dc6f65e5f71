import Foundation
import FrontMatter
import HonorSiteCore
import Mustache

/// Exit codes: 0 success, 1 content or template errors, 64 usage errors (sysexits.h `EX_USAGE`).
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64
}

/// Runs the `honorsite` command line.
///
/// - Parameters:
///   - arguments: the arguments after the program name.
///   - environment: environment variables (`HONORSITE_BASE_URL`, `SOURCE_DATE_EPOCH`, `NO_COLOR`).
///   - console: where output goes.
///   - currentDirectory: resolves relative paths.
/// - Returns: the exit code (see ``ExitCode``).
public func runHonorSite(
    arguments: [String], environment: [String: String], console: Console,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
) -> Int32 {
    guard let command = arguments.first else { console.err(mainHelp); return ExitCode.usage }
    let rest = Array(arguments.dropFirst())
    do {
        switch command {
        case "build": return try buildCommand(rest, environment: environment, console: console, cwd: currentDirectory, write: true)
        case "check": return try buildCommand(rest, environment: environment, console: console, cwd: currentDirectory, write: false)
        case "render": return try renderCommand(rest, console: console, cwd: currentDirectory)
        case "export": return try exportCommand(rest, environment: environment, console: console, cwd: currentDirectory)
        case "serve": return try serveCommand(rest, environment: environment, console: console, cwd: currentDirectory)
        case "-h", "--help", "help": console.out(mainHelp); return ExitCode.success
        case "--version": console.out("honorsite 0.1.0\n"); return ExitCode.success
        default:
            console.err("honorsite: error: unknown command '\(command)'\n\n" + mainHelp)
            return ExitCode.usage
        }
    } catch let e as UsageError {
        console.err("honorsite: error: \(e.message)\nRun 'honorsite \(command) --help' for usage.\n")
        return ExitCode.usage
    } catch {
        console.err("honorsite: error: \(error)\n")
        return ExitCode.failure
    }
}

func resolve(_ path: String, _ cwd: URL) -> URL {
    path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL : cwd.appendingPathComponent(path).standardizedFileURL
}

func formatSeconds(_ s: Double) -> String { String(format: "%.2f", s) }

/// Checks what every site command needs before it starts; returns an error line or nil.
///
/// - The project folder exists and holds `content/site.yml` (one clear error
///   instead of one per missing template).
/// - `SOURCE_DATE_EPOCH`, when set, is a whole number of seconds
///   (reproducible-builds.org: an invalid value is an error, not ignored).
func preflight(root: URL, environment: [String: String]) -> String? {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
        return "honorsite: error: project folder \(root.path) does not exist"
    }
    guard FileManager.default.fileExists(atPath: root.appendingPathComponent("content/site.yml").path) else {
        return "honorsite: error: \(root.path) is not a site project: content/site.yml not found (use --root)"
    }
    if let epoch = environment["SOURCE_DATE_EPOCH"], Int(epoch) == nil {
        return "honorsite: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(epoch)'"
    }
    return nil
}

// MARK: - build / check

func buildCommand(_ args: [String], environment: [String: String], console: Console, cwd: URL, write: Bool) throws -> Int32 {
    let spec = write ? buildCommandSpec : checkCommandSpec
    let a = try Arguments(args, for: spec)
    if a.wantsHelp { console.out(spec.help); return ExitCode.success }
    if let p = a.positionals.first { throw UsageError(message: "unexpected argument '\(p)'") }
    guard let format = DiagnosticFormat(rawValue: a.values["diagnostics"] ?? "human") else {
        throw UsageError(message: "--diagnostics must be 'human' or 'github'")
    }
    let root = resolve(a.values["root"] ?? ".", cwd)
    let output = a.values["output"].map { resolve($0, cwd) } ?? root.appendingPathComponent("site")
    let options = BuildOptions(root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"),
                               strict: a.flags.contains("strict"), environment: environment)
    let quiet = a.flags.contains("quiet")
    if let problem = preflight(root: root, environment: environment) { console.err(problem + "\n"); return ExitCode.failure }
    let start = Date()
    if write {
        do throws(SiteWriter.WriteError) { try SiteWriter.checkOutput(output, root: root) } catch {
            console.err("honorsite: error: \(error.description)\n")
            return ExitCode.failure
        }
    }
    let site: CompiledSite
    do throws(BuildFailure) {
        site = try SiteCompiler.compile(options, log: { if !quiet { console.err($0 + "\n") } })
    } catch {
        printDiagnostics(error.diagnostics, format: format, root: root, console: console)
        let errors = error.diagnostics.filter { $0.severity == .error }.count
        let warnings = error.diagnostics.filter { $0.severity == .warning }.count
        console.err("\(write ? "build" : "check") failed: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(write ? "; the output folder was not changed" : "")\n")
        return ExitCode.failure
    }
    printDiagnostics(site.warnings + site.notes, format: format, root: root, console: console)
    let w = site.warnings.count
    if write {
        do throws(SiteWriter.WriteError) { try SiteWriter.write(site, to: output, root: root) } catch {
            console.err("honorsite: error: \(error.description)\n")
            return ExitCode.failure
        }
        if !quiet { console.err("[6/6] write: \(site.files.count) files to \(output.path)\n") }
        console.err("built \(site.pageCount) pages from \(site.documentCount) documents in \(formatSeconds(Date().timeIntervalSince(start))) s (\(w) warning\(w == 1 ? "" : "s"))\n")
    } else {
        console.err("checked \(site.pageCount) pages from \(site.documentCount) documents in \(formatSeconds(Date().timeIntervalSince(start))) s: 0 errors, \(w) warning\(w == 1 ? "" : "s")\n")
    }
    return ExitCode.success
}

// MARK: - render

func renderCommand(_ args: [String], console: Console, cwd: URL) throws -> Int32 {
    let a = try Arguments(args, for: renderCommandSpec)
    if a.wantsHelp { console.out(renderCommandSpec.help); return ExitCode.success }
    guard a.positionals.count == 1 else { throw UsageError(message: a.positionals.isEmpty ? "missing TEMPLATE" : "expected one TEMPLATE") }
    guard let dataPath = a.values["data"] else { throw UsageError(message: "missing --data FILE") }
    let templateURL = resolve(a.positionals[0], cwd)
    let dataURL = resolve(dataPath, cwd)
    let partialsDir = a.values["partials"].map { resolve($0, cwd) } ?? templateURL.deletingLastPathComponent()
    func readText(_ url: URL, _ shown: String) -> String? {
        guard let d = try? Data(contentsOf: url) else { console.err("\(shown): error: cannot read file\n"); return nil }
        guard let s = String(validating: d, as: UTF8.self) else { console.err("\(shown):1:1: error: file is not valid UTF-8\n"); return nil }
        return s
    }
    guard let source = readText(templateURL, a.positionals[0]), let dataText = readText(dataURL, dataPath) else { return ExitCode.failure }
    let value: MustacheValue
    if dataURL.pathExtension.lowercased() == "json" {
        do throws(JSONError) { value = try MustacheValue(json: dataText) } catch {
            console.err("\(dataPath):\(error.line):\(error.column): error: invalid JSON: \(error.message)\n")
            return ExitCode.failure
        }
    } else {
        do throws(FrontMatterError) { value = MustacheValue(yaml: try FrontMatter.parseYAML(dataText)) } catch {
            console.err("\(dataPath):\(error.line):\(error.column): error: \(error.message)\n")
            return ExitCode.failure
        }
    }
    var library = TemplateLibrary()
    // Partials: every NAME.mustache in the partials folder.
    if let names = try? FileManager.default.contentsOfDirectory(atPath: partialsDir.path) {
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = partialsDir.appendingPathComponent(name)
            let folder = a.values["partials"] ?? (a.positionals[0] as NSString).deletingLastPathComponent
            let shown = folder.isEmpty ? name : folder + "/" + name
            guard let text = readText(url, shown) else { return ExitCode.failure }
            do throws(MustacheError) { library.register(try Template(text, name: shown), named: String(name.dropLast(9))) } catch {
                console.err(error.description + "\n")
                return ExitCode.failure
            }
        }
    }
    do throws(MustacheError) {
        let template = try Template(source, name: a.positionals[0])
        console.out(try library.render(template, context: value, strictPartials: false))
        return ExitCode.success
    } catch {
        console.err(error.description + "\n")
        return ExitCode.failure
    }
}
