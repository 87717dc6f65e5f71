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
    /// The help text (lines).
    var help: [String]

    static let root = OptionSpec(
        name: "root", value: "DIR", help: ["The site project (holds content/ and templates/). Default: current folder."])
    static let baseURL = OptionSpec(name: "base-url", value: "URL", help: ["Overrides site.yml base_url (also HONORSITE_BASE_URL)."])
    static let drafts = OptionSpec(name: "drafts", help: ["Include documents with draft: true."])
    static let strict = OptionSpec(name: "strict", help: ["Treat warnings as errors."])
    static let diagnostics = OptionSpec(
        name: "diagnostics", value: "human|github", help: ["human (default) or github (GitHub Actions annotations)."])
    static let quiet = OptionSpec(name: "quiet", help: ["Print only diagnostics and the summary line."])
    static let help = OptionSpec(name: "help", short: "h", help: ["Show this help."])
}

/// A command: its usage, options and help, declared once.
struct CommandSpec: Sendable {
    var name: String
    /// One line for `honorsite --help`.
    var summary: String
    /// Positional arguments as the usage line shows them (`TEMPLATE`), placed before the options.
    var arguments = ""
    /// Paragraphs between the usage line and the options.
    var description: String
    /// Every option the command accepts (`--help` is added).
    var options: [OptionSpec]
    /// Options that are recognised only to be refused, with the reason.
    var refused: [String: String] = [:]
    /// Text after the options.
    var footer = ""

    var allOptions: [OptionSpec] { options + [.help] }

    /// The `--help` text, generated from the declarations.
    var help: String {
        var usage = "USAGE: honorsite \(name)"
        var line = usage
        let indent = String(repeating: " ", count: "USAGE: honorsite \(name) ".count)
        let words = (arguments.isEmpty ? [] : [arguments]) + options.map { o -> String in
            let text = "--\(o.name)" + (o.value.map { " \($0)" } ?? "")
            return o.required ? text : "[\(text)]"
        }
        usage = ""
        for w in words {
            if line.count + 1 + w.count > 100 {
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
            for (k, text) in o.help.enumerated() {
                let head = k == 0 ? n : ""
                list += "  " + head + String(repeating: " ", count: width - head.count) + text + "\n"
            }
        }
        return usage + "\n\n" + description + "\n\nOPTIONS:\n" + list + (footer.isEmpty ? "" : "\n" + footer + "\n") + "\n"
    }
}

/// Every command, in the order `honorsite --help` lists them.
let commands: [CommandSpec] = [buildCommandSpec, checkCommandSpec, renderCommandSpec, exportCommandSpec, serveCommandSpec]

let buildCommandSpec = CommandSpec(
    name: "build", summary: "Build content/ and templates/ into the output folder (default site/)",
    description: "Builds the site. Nothing in the output folder changes unless the whole build succeeds.",
    options: [.root, OptionSpec(name: "output", value: "DIR", help: ["Output folder, relative to the current folder. Default: ROOT/site."]),
              .baseURL, .drafts, .strict, .diagnostics, .quiet],
    footer: "EXIT STATUS: 0 built, 1 content or template errors, 64 usage error.")

let checkCommandSpec = CommandSpec(
    name: "check", summary: "Run every validation and the link and privacy checks; write nothing",
    description: """
        Runs every validation, the link check, the privacy check and the photo checks without writing anything.
        Exit 1 on any error (with --strict, on any warning too). Notes (a photo's location data,
        which the published copy never carries) never make it fail.
        """,
    options: [.root, .baseURL, .drafts, .strict, .diagnostics, .quiet],
    refused: ["output": "check writes nothing; --output is not allowed"],
    footer: "EXIT STATUS: 0 no errors, 1 content or template errors, 64 usage error.")

let renderCommandSpec = CommandSpec(
    name: "render", summary: "Render one Mustache template against a JSON or YAML data file", arguments: "TEMPLATE",
    description: """
        Renders one Mustache template against a data file (.json, or .yml/.yaml in the
        front-matter YAML subset) and writes exactly the result to standard output.
        A missing partial renders as nothing, as the Mustache spec says.
        """,
    options: [OptionSpec(name: "data", value: "FILE", required: true, help: ["The data file: .json, .yml or .yaml."]),
              OptionSpec(name: "partials", value: "DIR",
                         help: ["Where {{> name}} finds DIR/name.mustache. Default: the template's folder."])])

let exportCommandSpec = CommandSpec(
    name: "export", summary: "Export an honor roll (光荣榜), the statistics or a work report", arguments: "honor-roll|stats|report",
    description: """
        Exports from the site, without building it:
          honor-roll   a year's honor roll (光荣榜) as CSV, Markdown or HTML
          stats        the statistics counted from the content as JSON, CSV or Markdown
          report       a work report (content/reports/SLUG.md) as HTML, Markdown or CSV
        Run 'honorsite export honor-roll --help' (or stats, report) for their options.
        """,
    options: [])

let exportHonorRollSpec = CommandSpec(
    name: "export honor-roll", summary: "Export an honor roll (光荣榜) as CSV, Markdown or HTML",
    description: """
        Exports a year's honor roll (光荣榜) in print order (rank, else 姓氏笔画).
          csv    UTF-8 with BOM, CRLF, RFC 4180; columns 序号,姓名,名次,区域,平台,荣誉,年度 (opens in Excel)
          md     per honor the order used and a table with 名次, for pasting into documents
          html   one standalone print page (A4) laid out as the year page prints, inline CSS,
                 no external references
        Each honor is signed with its award date, else the export day (SOURCE_DATE_EPOCH if set).
        Without -o the export goes to standard output. An unknown year or honor exits 1
        and lists the ones that exist.
        """,
    options: [OptionSpec(name: "year", value: "YEAR", required: true, help: ["The roll's year, such as 2025."]),
              OptionSpec(name: "honor", value: "TITLE", help: ["Only this honor. Default: every honor of the year."]),
              OptionSpec(name: "format", value: "csv|md|html", required: true, help: ["The export format (see above)."]),
              OptionSpec(name: "output", short: "o", value: "FILE", help: ["Write to FILE instead of standard output."]),
              .root, .baseURL, .drafts])

let exportStatsSpec = CommandSpec(
    name: "export stats", summary: "Export the statistics counted from the content",
    description: """
        Exports the statistics counted from the content (docs/statistics.md): brands, riders,
        honors and events, for all years or restricted to --year.
          json   one JSON document with the documented, stable shape (keys sorted)
          csv    one file per table into the folder -o DIR (UTF-8 with BOM, CRLF, headers with
                 units such as 区域,品牌案例数（个）); summary.csv holds the headline figures
          md     the figures and every table as Markdown tables
        Without -o, json and md go to standard output. An unknown year exits 1 and lists the
        years with data.
        """,
    options: [OptionSpec(name: "year", value: "YEAR", help: ["Restrict every figure to one year, such as 2025."]),
              OptionSpec(name: "format", value: "json|csv|md", required: true, help: ["The export format (see above)."]),
              OptionSpec(name: "output", short: "o", value: "FILE|DIR", help: ["A file (json, md) or a folder (csv; created if missing)."]),
              .root, .baseURL, .drafts])

let exportReportSpec = CommandSpec(
    name: "export report", summary: "Export a work report as HTML, Markdown or CSV", arguments: "SLUG",
    description: """
        Exports the work report content/reports/SLUG.md with its statistics filled in.
          html   one standalone page in the 公文 print layout (A4, GB/T 9704-2012 type area):
                 inline CSS, charts as inline SVG, tables expanded, no external references
          md     Markdown, each chart replaced by its caption and a table
          csv    one file per chart or table into the folder -o DIR (fig-1.csv …; UTF-8 with
                 BOM, CRLF, headers with units)
        Without -o, html and md go to standard output. An unknown SLUG exits 1 and lists the
        reports that exist.
        """,
    options: [OptionSpec(name: "format", value: "html|md|csv", required: true, help: ["The export format (see above)."]),
              OptionSpec(name: "output", short: "o", value: "FILE|DIR", help: ["A file (html, md) or a folder (csv; created if missing)."]),
              .root, .baseURL, .drafts, OptionSpec(name: "strict", help: ["Treat warnings (a chart year without data) as errors."])])

let serveCommandSpec = CommandSpec(
    name: "serve", summary: "Build, serve on localhost, rebuild and reload on change",
    description: """
        Builds the site into memory and serves it at http://HOST:PORT/. Changes to
        content/ and templates/ rebuild it; open pages reload by themselves, or show
        the build errors over the last good version. Nothing is written to disk.
        """,
    options: [.root, OptionSpec(name: "port", short: "p", value: "N", help: ["TCP port. Default: 8000."]),
              OptionSpec(name: "host", value: "ADDR", help: ["Address to listen on. Default: 127.0.0.1 (this machine only);",
                                                             "0.0.0.0 makes the preview reachable from the network."]),
              .drafts, OptionSpec(name: "poll", help: ["Watch by scanning every 0.5 s instead of inotify (network drives)."])],
    footer: "Stop with Ctrl-C.\n\nEXIT STATUS: 0 stopped, 1 cannot listen (e.g. port in use), 64 usage error.")

/// `honorsite --help`, listing the commands of the table.
var mainHelp: String {
    let width = (commands.map(\.name.count).max() ?? 0) + 5
    let list = commands.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + $0.summary }.joined(separator: "\n")
    return """
        USAGE: honorsite <command> [options]

        Compiles Markdown content with front matter into a static site, and exports honor rolls,
        statistics and work reports.

        COMMANDS:
        \(list)

        Run 'honorsite <command> --help' for a command's options.

        """
}
