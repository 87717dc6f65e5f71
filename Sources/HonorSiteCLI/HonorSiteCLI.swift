import Foundation
import FrontMatter
import HonorSiteCore
import Messages
import Mustache

/// Exit codes: 0 success, 1 content or template errors, 64 usage errors (sysexits.h `EX_USAGE`).
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64
}

/// Runs the `honorsite` command line.
///
/// Messages are printed in the language from `--lang` (anywhere on the line),
/// else `HONORSITE_LANG`, else the locale (see ``Language/resolve(flag:environment:)``).
///
/// - Parameters:
///   - arguments: the arguments after the program name.
///   - environment: environment variables (`HONORSITE_BASE_URL`, `SOURCE_DATE_EPOCH`, `NO_COLOR`,
///     `HONORSITE_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
///   - console: where output goes.
///   - currentDirectory: resolves relative paths.
/// - Returns: the exit code (see ``ExitCode``).
public func runHonorSite(
    arguments: [String], environment: [String: String], console: Console,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
) -> Int32 {
    let args: [String]
    let flag: Language?
    do throws(UsageError) { (args, flag) = try extractLanguage(arguments) } catch {
        let language = Language.resolve(flag: nil, environment: environment)
        console.err("honorsite: error: \(Message.usage(error.message).text(language))\n")
        return ExitCode.usage
    }
    let lang = Language.resolve(flag: flag, environment: environment)
    let mainHelp = mainHelpText(lang)
    guard let command = args.first else {
        console.err(mainHelp)
        return ExitCode.usage
    }
    let rest = Array(args.dropFirst())
    let context = CommandContext(environment: environment, console: console, cwd: currentDirectory, language: lang)
    do {
        switch command {
        case "build": return try buildCommand(rest, context, write: true)
        case "check": return try buildCommand(rest, context, write: false)
        case "render": return try renderCommand(rest, context)
        case "export": return try exportCommand(rest, context)
        case "serve": return try serveCommand(rest, context)
        case "init": return try initCommand(rest, context)
        case "new": return try newCommand(rest, context)
        case "theme": return try themeCommand(rest, context)
        case "-h", "--help", "help":
            console.out(mainHelp)
            return ExitCode.success
        case "--version", "version":
            console.out(HonorSiteVersion.line + "\n")
            return ExitCode.success
        default:
            console.err("honorsite: error: \(Message.usage(.unknownCommand(command)).text(lang))\n\n" + mainHelp)
            return ExitCode.usage
        }
    } catch let e as UsageError {
        // `export stats` has its own options: point at its help, not at the list of exports.
        let helpCommand = command == "export" && exportKinds.contains(rest.first ?? "") ? "export \(rest[0])" : command
        let seeHelp = Message.usage(.seeHelp(command: helpCommand)).text(lang)
        console.err("honorsite: error: \(Message.usage(e.message).text(lang))\n\(seeHelp)\n")
        return ExitCode.usage
    } catch {
        console.err("honorsite: error: \(error)\n")
        return ExitCode.failure
    }
}

/// What every command needs from ``runHonorSite(arguments:environment:console:currentDirectory:)``.
struct CommandContext {
    var environment: [String: String]
    var console: Console
    var cwd: URL
    /// The language of everything printed.
    var language: Language

    /// `message` in the run's language.
    func text(_ message: Message) -> String { message.text(language) }
    /// Writes `honorsite: error: <message>` to standard error.
    func error(_ message: Message) { console.err("honorsite: error: \(text(message))\n") }
    /// Writes one line to standard error.
    func line(_ message: Message) { console.err(text(message) + "\n") }
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
func preflight(root: URL, environment: [String: String]) -> Message? {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
        return .cli(.projectMissing(root.path))
    }
    guard FileManager.default.fileExists(atPath: root.appendingPathComponent("content/site.yml").path) else {
        return .cli(.notASiteProject(root.path))
    }
    if let epoch = environment["SOURCE_DATE_EPOCH"], Int(epoch) == nil {
        return .cli(.badSourceDateEpoch(epoch))
    }
    return nil
}

// MARK: - build / check

func buildCommand(_ args: [String], _ c: CommandContext, write: Bool) throws -> Int32 {
    let (environment, console, cwd) = (c.environment, c.console, c.cwd)
    let spec = write ? buildCommandSpec : checkCommandSpec
    let a = try Arguments(args, for: spec)
    if a.wantsHelp {
        console.out(spec.help(c.language))
        return ExitCode.success
    }
    if let p = a.positionals.first { throw UsageError(.unexpectedArgument(p)) }
    guard let format = DiagnosticFormat(rawValue: a.values["diagnostics"] ?? "human") else {
        throw UsageError(.badDiagnosticsFormat)
    }
    let root = resolve(a.values["root"] ?? ".", cwd)
    let output = a.values["output"].map { resolve($0, cwd) } ?? root.appendingPathComponent("site")
    var options = BuildOptions(
        root: root, baseURL: a.values["base-url"], drafts: a.flags.contains("drafts"),
        strict: a.flags.contains("strict"), relativeURLs: a.flags.contains("relative-urls"),
        environment: environment)
    let quiet = a.flags.contains("quiet")
    if let problem = preflight(root: root, environment: environment) {
        c.error(problem)
        return ExitCode.failure
    }
    let start = Date()
    // A build stages its output first: media files go into it while the site is compiled.
    var staging: URL?
    if write {
        do throws(SiteWriter.WriteError) { staging = try SiteWriter.stage(output, root: root) } catch {
            c.error(.write(error.message))
            return ExitCode.failure
        }
    }
    options.staging = staging
    let site: CompiledSite
    do throws(BuildFailure) {
        site = try SiteCompiler.compile(options, log: { if !quiet { c.line($0) } })
    } catch {
        staging.map(SiteWriter.discard)
        printDiagnostics(error.diagnostics, format: format, root: root, console: console, language: c.language)
        let errors = error.diagnostics.filter { $0.severity == .error }.count
        let warnings = error.diagnostics.filter { $0.severity == .warning }.count
        c.line(.cli(write ? .buildFailed(errors: errors, warnings: warnings) : .checkFailed(errors: errors, warnings: warnings)))
        return ExitCode.failure
    }
    printDiagnostics(site.warnings + site.notes, format: format, root: root, console: console, language: c.language)
    let w = site.warnings.count
    if let staging {
        do throws(SiteWriter.WriteError) { try SiteWriter.write(site, to: output, root: root, staging: staging) } catch {
            c.error(.write(error.message))
            return ExitCode.failure
        }
        if !quiet { c.line(.cli(.writeProgress(files: site.files.count, path: output.path))) }
        c.line(
            .cli(
                .built(
                    pages: site.pageCount, documents: site.documentCount,
                    seconds: formatSeconds(Date().timeIntervalSince(start)), warnings: w)))
    } else {
        c.line(
            .cli(
                .checked(
                    pages: site.pageCount, documents: site.documentCount,
                    seconds: formatSeconds(Date().timeIntervalSince(start)), warnings: w)))
    }
    return ExitCode.success
}

// MARK: - render

func renderCommand(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (console, cwd) = (c.console, c.cwd)
    let a = try Arguments(args, for: renderCommandSpec)
    if a.wantsHelp {
        console.out(renderCommandSpec.help(c.language))
        return ExitCode.success
    }
    guard a.positionals.count == 1 else { throw UsageError(a.positionals.isEmpty ? .missingTemplate : .expectedOneTemplate) }
    guard let dataPath = a.values["data"] else { throw UsageError(.missingData) }
    let templateURL = resolve(a.positionals[0], cwd)
    let dataURL = resolve(dataPath, cwd)
    let partialsDir = a.values["partials"].map { resolve($0, cwd) } ?? templateURL.deletingLastPathComponent()
    func readText(_ url: URL, _ shown: String) -> String? {
        guard let d = try? Data(contentsOf: url) else {
            console.err("\(shown): error: \(c.text(.site(.cannotReadFile)))\n")
            return nil
        }
        guard let s = String(validating: d, as: UTF8.self) else {
            var problem = FrontMatterError(.invalidUTF8, line: 1, column: 1)
            do throws(FrontMatterError) { _ = try FrontMatter.parseYAML(utf8: Array(d)) } catch {
                if error.kind == .invalidUTF8 || error.kind == .looksLikeGB18030 { problem = error }
            }
            console.err("\(shown):\(problem.line):\(problem.column): error: \(c.text(.frontMatter(problem.kind)))\n")
            if problem.kind == .looksLikeGB18030 {
                for editor in Message.Editor.allCases { console.err("  note: \(c.text(.saveAsUTF8(editor)))\n") }
            }
            return nil
        }
        return s
    }
    guard let source = readText(templateURL, a.positionals[0]), let dataText = readText(dataURL, dataPath) else { return ExitCode.failure }
    let value: MustacheValue
    if dataURL.pathExtension.lowercased() == "json" {
        do throws(JSONError) { value = try MustacheValue(json: dataText) } catch {
            console.err("\(dataPath):\(error.line):\(error.column): error: \(c.text(.cli(.invalidJSON(error.message))))\n")
            return ExitCode.failure
        }
    } else {
        do throws(FrontMatterError) { value = MustacheValue(yaml: try FrontMatter.parseYAML(dataText)) } catch {
            console.err("\(dataPath):\(error.line):\(error.column): error: \(c.text(.frontMatter(error.kind)))\n")
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
                console.err(templateError(error, c.language) + "\n")
                return ExitCode.failure
            }
        }
    }
    do throws(MustacheError) {
        let template = try Template(source, name: a.positionals[0])
        console.out(try library.render(template, context: value, strictPartials: false))
        return ExitCode.success
    } catch {
        console.err(templateError(error, c.language) + "\n")
        return ExitCode.failure
    }
}

/// `template:line:col: error: message` (without the position when the error has none), in `language`.
func templateError(_ e: MustacheError, _ language: Language) -> String {
    let place = e.line == 0 ? e.templateName : "\(e.templateName):\(e.line):\(e.column)"
    return "\(place): error: \(Message.mustache(e.kind).text(language))"
}
