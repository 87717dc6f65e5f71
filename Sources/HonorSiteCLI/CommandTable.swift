import Messages

/// One option of a command: parsed and documented from this one declaration.
struct OptionSpec: Sendable {
    /// The long name without `--`.
    var name: String
    /// A one-letter alias (`-o`), if any.
    var short: Character?
    /// The value's placeholder (`DIR`); nil for a flag.
    var value: String?
    /// Shown without brackets in the usage line.
    var required = false
    /// The help text (from the catalogue; one or more lines).
    var help: Message.Help.Option

    static let root = OptionSpec(name: "root", value: "DIR", help: .root)
    static let baseURL = OptionSpec(name: "base-url", value: "URL", help: .baseURL)
    static let drafts = OptionSpec(name: "drafts", help: .drafts)
    static let strict = OptionSpec(name: "strict", help: .strict)
    static let diagnostics = OptionSpec(name: "diagnostics", value: "human|github", help: .diagnostics)
    static let quiet = OptionSpec(name: "quiet", help: .quiet)
    static let relativeURLs = OptionSpec(name: "relative-urls", help: .relativeURLs)
    /// Taken out of the arguments before parsing (``extractLanguage(_:)``); declared for the help.
    static let lang = OptionSpec(name: "lang", value: "zh-CN|en", help: .lang)
    static let help = OptionSpec(name: "help", short: "h", help: .help)
}

/// A command: its usage, options and help, declared once.
struct CommandSpec: Sendable {
    var command: Message.Command
    var name: String { command.rawValue }
    /// Positional arguments as the usage line shows them (`TEMPLATE`), placed before the options.
    var arguments = ""
    /// Every option the command accepts (`--lang` and `--help` are added).
    var options: [OptionSpec]
    /// Options that are recognised only to be refused, with the reason.
    var refused: [String: Message.Usage] = [:]
    var allOptions: [OptionSpec] { options + [.lang, .help] }

    /// One line for `honorsite --help`.
    func summary(_ language: Language) -> String { Message.help(.summary(command)).text(language) }

    /// The `--help` text in `language`, generated from the declarations.
    func help(_ language: Language) -> String {
        let say = { (m: Message.Help) in Message.help(m).text(language) }
        let head = say(.usageHeading) + "honorsite \(name)"
        let indent = String(repeating: " ", count: displayWidth(head) + 1)
        let words =
            (arguments.isEmpty ? [] : [arguments])
            + allOptions.dropLast().map { o -> String in
                let text = "--\(o.name)" + (o.value.map { " \($0)" } ?? "")
                return o.required ? text : "[\(text)]"
            }
        var usage = ""
        var line = head
        for w in words {
            if displayWidth(line) + 1 + w.count > 100 {
                usage += line + "\n"
                line = indent + w
            } else {
                line += " " + w
            }
        }
        usage += line
        let names = allOptions.map { o in
            (o.short.map { "-\($0), " } ?? "") + "--\(o.name)" + (o.value.map { " \($0)" } ?? "")
        }
        let width = (names.map(\.count).max() ?? 0) + 2
        var list = ""
        for (o, n) in zip(allOptions, names) {
            for (k, text) in Message.help(.option(o.help)).text(language).split(separator: "\n").enumerated() {
                let head = k == 0 ? n : ""
                list += "  " + head + String(repeating: " ", count: width - head.count) + text + "\n"
            }
        }
        return usage + "\n\n" + say(.description(command)) + "\n\n" + say(.optionsHeading) + "\n" + list
            + "\n" + say(.footer(command)) + "\n\n"
    }
}

/// Terminal columns of `s`: two for CJK and full-width characters, one for others.
func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { $0 + (isWideScalar($1) ? 2 : 1) }
}

/// Every command, in the order `honorsite --help` lists them.
let commands: [CommandSpec] = [
    buildCommandSpec, checkCommandSpec, renderCommandSpec, exportCommandSpec, serveCommandSpec,
    initCommandSpec, newCommandSpec, themeCommandSpec,
]

let buildCommandSpec = CommandSpec(
    command: .build,
    options: [
        .root, OptionSpec(name: "output", value: "DIR", help: .output), .baseURL, .drafts, .strict, .relativeURLs, .diagnostics,
        .quiet,
    ])

let checkCommandSpec = CommandSpec(
    command: .check,
    options: [.root, .baseURL, .drafts, .strict, .relativeURLs, .diagnostics, .quiet],
    refused: ["output": .outputNotAllowedInCheck])

let renderCommandSpec = CommandSpec(
    command: .render, arguments: "TEMPLATE",
    options: [
        OptionSpec(name: "data", value: "FILE", required: true, help: .data),
        OptionSpec(name: "partials", value: "DIR", help: .partials),
    ])

let exportCommandSpec = CommandSpec(command: .export, arguments: "honor-roll|stats|report", options: [])

let exportHonorRollSpec = CommandSpec(
    command: .exportHonorRoll,
    options: [
        OptionSpec(name: "year", value: "YEAR", required: true, help: .year),
        OptionSpec(name: "honor", value: "TITLE", help: .honor),
        OptionSpec(name: "format", value: "csv|md|html", required: true, help: .format),
        OptionSpec(name: "output", short: "o", value: "FILE", help: .exportOutput),
        .root, .baseURL, .drafts,
    ])

let exportStatsSpec = CommandSpec(
    command: .exportStats,
    options: [
        OptionSpec(name: "year", value: "YEAR", help: .statsYear),
        OptionSpec(name: "format", value: "json|csv|md", required: true, help: .format),
        OptionSpec(name: "output", short: "o", value: "FILE|DIR", help: .statsOutput),
        .root, .baseURL, .drafts,
    ])

let exportReportSpec = CommandSpec(
    command: .exportReport, arguments: "SLUG",
    options: [
        OptionSpec(name: "format", value: "html|md|csv", required: true, help: .format),
        OptionSpec(name: "output", short: "o", value: "FILE|DIR", help: .reportOutput),
        .root, .baseURL, .drafts, OptionSpec(name: "strict", help: .reportStrict),
    ])

let serveCommandSpec = CommandSpec(
    command: .serve,
    options: [
        .root, OptionSpec(name: "port", short: "p", value: "N", help: .port), OptionSpec(name: "host", value: "ADDR", help: .host),
        .drafts, OptionSpec(name: "poll", help: .poll),
    ])

/// `honorsite --help` in `language`, listing the commands of the table.
func mainHelpText(_ language: Language) -> String {
    let width = (commands.map(\.name.count).max() ?? 0) + 5
    let list = commands.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + $0.summary(language) }
        .joined(separator: "\n")
    return Message.help(.main(commands: list)).text(language)
}
