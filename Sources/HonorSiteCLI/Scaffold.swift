import Foundation
import FrontMatter
import HonorSiteCore
import Messages

let initCommandSpec = CommandSpec(command: .initSite, arguments: "DIR", options: [])

/// The kinds `new` writes, as typed on the command line (`brand`, … — the content folder without its `s`).
let newKindNames = DocumentKind.allCases.map { String($0.rawValue.dropLast()) }

let newCommandSpec = CommandSpec(
    command: .new, arguments: newKindNames.joined(separator: "|") + " SLUG",
    options: [
        OptionSpec(name: "title", value: "TEXT", help: .title),
        OptionSpec(name: "name", value: "TEXT", help: .name),
        OptionSpec(name: "district", value: "NAME", help: .district),
        OptionSpec(name: "date", value: "YYYY-MM-DD", help: .date),
        .root,
    ])

let themeCommandSpec = CommandSpec(command: .theme, arguments: "export DIR", options: [])

// MARK: - init

func initCommand(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (console, cwd) = (c.console, c.cwd)
    let a = try Arguments(args, for: initCommandSpec)
    if a.wantsHelp {
        console.out(initCommandSpec.help(c.language))
        return ExitCode.success
    }
    guard a.positionals.count == 1, let shown = a.positionals.first else {
        throw UsageError(a.positionals.isEmpty ? .scaffold(.missingInitDir) : .scaffold(.expectedOneDir))
    }
    let dir = resolve(shown, cwd)
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: dir.path, isDirectory: &isDir) {
        guard isDir.boolValue else {
            c.error(.scaffold(.initNotAFolder(dir.path)))
            return ExitCode.failure
        }
        if let entries = try? fm.contentsOfDirectory(atPath: dir.path), !entries.isEmpty {
            c.error(.scaffold(.initNotEmpty(dir.path)))
            return ExitCode.failure
        }
    }
    var made = NewFiles()
    for file in SiteSkeleton.files {
        do throws(FileFailure) { try made.write(Array(file.text.utf8), to: dir.appendingPathComponent(file.path).path) } catch {
            made.removeCreated()
            c.error(.scaffold(.cannotWrite(path: shownPath(error, target: dir, cwd), reason: shownProblem(error, cwd))))
            return ExitCode.failure
        }
    }
    console.err(c.text(.scaffold(.initDone(dir: dir.path, shown: shown, files: SiteSkeleton.files.count))))
    return ExitCode.success
}

// MARK: - new

func newCommand(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (environment, console, cwd) = (c.environment, c.console, c.cwd)
    let a = try Arguments(args, for: newCommandSpec)
    if a.wantsHelp {
        console.out(newCommandSpec.help(c.language))
        return ExitCode.success
    }
    guard let kindName = a.positionals.first else { throw UsageError(.scaffold(.missingKind(kinds: newKindNames))) }
    guard let kind = DocumentKind(rawValue: kindName + "s") else {
        throw UsageError(.scaffold(.unknownKind(kind: kindName, kinds: newKindNames)))
    }
    guard a.positionals.count >= 2 else { throw UsageError(.scaffold(.missingSlug)) }
    if let extra = a.positionals.dropFirst(2).first { throw UsageError(.unexpectedArgument(extra)) }
    let slug = a.positionals[1]
    if slug.unicodeScalars.contains(where: { !$0.isASCII }) {
        throw UsageError(.scaffold(.slugNotASCII(slug: slug, kind: kindName)))
    }
    guard isValidSlug(slug) else {
        let lowered = slug.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        throw UsageError(.scaffold(.slugInvalid(slug: slug, suggestion: isValidSlug(lowered) ? lowered : nil)))
    }
    // The file is SLUG.md: its name must fit the file system's limit (check reports longer `slug:` values too).
    let longest = maxFileNameBytes - ".md".utf8.count
    if slug.utf8.count > longest {
        throw UsageError(.scaffold(.slugTooLong(start: String(slug.prefix(16)), bytes: slug.utf8.count, maximum: longest)))
    }
    // Options that do not belong to the kind are mistakes, not silently dropped values.
    let misplaced: [(option: String, kinds: [DocumentKind], use: String?)] = [
        ("title", [.rider], "--name"), ("name", [.brand, .event, .page, .report], "--title"),
        ("district", [.page, .report], nil), ("date", [.rider], nil),
    ]
    for m in misplaced where m.kinds.contains(kind) && a.values[m.option] != nil {
        throw UsageError(.scaffold(.optionNotForKind(option: "--" + m.option, kind: kindName, use: m.use)))
    }
    for option in ["title", "name", "district"] {
        if let value = a.values[option], let c = controlCharacter(in: value) {
            throw UsageError(.scaffold(.controlCharacterInOption(option: "--" + option, c)))
        }
    }
    let given = try a.values["date"].map { text throws(UsageError) in
        guard let parsed = parseDay(text) else { throw UsageError(.scaffold(.invalidDate(text))) }
        return parsed
    }
    let root = resolve(a.values["root"] ?? ".", cwd)
    if let problem = preflight(root: root, environment: environment) {
        c.error(problem)
        return ExitCode.failure
    }
    let day = given ?? today(environment: environment, timeZone: siteTimeZone(root))
    let skeleton = DocumentSkeleton(
        kind: kind, slug: slug, title: a.values["title"] ?? a.values["name"],
        district: a.values["district"], date: day.text, year: day.year)
    let url = root.appendingPathComponent(skeleton.path)
    var made = NewFiles()
    do throws(FileFailure) { try made.write(Array(skeleton.text.utf8), to: url.path) } catch {
        made.removeCreated()
        if error.problem == .exists && error.path == url.path {
            c.error(.scaffold(.documentExists(skeleton.path)))
        } else {
            c.error(.scaffold(.cannotWrite(path: skeleton.path, reason: shownProblem(error, root))))
        }
        return ExitCode.failure
    }
    console.err(c.text(.scaffold(.newDone(path: skeleton.path, marker: placeholderMarker))))
    return ExitCode.success
}

/// `YYYY-MM-DD` with a real month and day, as (year, the same text).
func parseDay(_ s: String) -> (year: Int, text: String)? {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1901...9999).contains(y),
        (1...12).contains(m), d >= 1
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    guard let range = calendar.range(of: .day, in: .month, for: calendar.date(from: DateComponents(year: y, month: m, day: 1))!),
        range.contains(d)
    else { return nil }
    return (y, s)
}

/// Today in `timeZone`, from `SOURCE_DATE_EPOCH` when set.
func today(environment: [String: String], timeZone: TimeZone) -> (year: Int, text: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day], from: BuildOptions.defaultNow(environment: environment))
    let (y, m, d) = (c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    return (y, String(format: "%04d-%02d-%02d", y, m, d))
}

/// The project's `time_zone` from content/site.yml, else Asia/Shanghai (the default; a broken
/// site.yml is reported by `check`, not here).
func siteTimeZone(_ root: URL) -> TimeZone {
    let fallback = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("content/site.yml").path),
        let text = String(validating: data, as: UTF8.self),
        let settings = try? FrontMatter.parseYAML(text), case .mapping(let entries) = settings.value,
        case .string(let name)? = entries.first(where: { $0.key == "time_zone" })?.value.value
    else { return fallback }
    return TimeZone(identifier: name) ?? fallback
}

// MARK: - theme

func themeCommand(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (console, cwd) = (c.console, c.cwd)
    let a = try Arguments(args, for: themeCommandSpec)
    if a.wantsHelp {
        console.out(themeCommandSpec.help(c.language))
        return ExitCode.success
    }
    guard let action = a.positionals.first else { throw UsageError(.scaffold(.missingThemeAction)) }
    guard action == "export" else { throw UsageError(.scaffold(.unknownThemeAction(action))) }
    guard a.positionals.count == 2 else {
        throw UsageError(a.positionals.count < 2 ? .scaffold(.missingThemeDir) : .scaffold(.expectedOneDir))
    }
    let dir = resolve(a.positionals[1], cwd)
    if let content = enclosingContentFolder(dir) {
        c.error(.scaffold(.themeIntoContent(dir: dir.path, project: content.deletingLastPathComponent().path)))
        return ExitCode.failure
    }
    // Only a project's own templates/ (beside content/) overrides the built-in theme.
    let isProject = FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/site.yml").path)
    do throws(DefaultTheme.ExportError) {
        let written = try DefaultTheme.export(to: dir)
        let done: Message.Scaffold =
            isProject ? .themeExported(count: written.count, dir: dir.path) : .themeExportedAside(count: written.count, dir: dir.path)
        console.err(c.text(.scaffold(done)))
        return ExitCode.success
    } catch {
        switch error {
        case .exists(let path):
            c.error(.scaffold(.themeFileExists(dir.appendingPathComponent(path).path)))
        case .cannotWrite(let failure):
            c.error(.scaffold(.cannotWrite(path: shownPath(failure, target: dir, cwd), reason: shownProblem(failure, cwd))))
        }
        return ExitCode.failure
    }
}

/// The `content/` folder of a project (one holding `site.yml`) that `dir` is or lies in, links followed, or nil.
func enclosingContentFolder(_ dir: URL) -> URL? {
    var folder = dir.resolvingSymlinksInPath().standardizedFileURL
    while true {
        if folder.lastPathComponent == "content",
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yml").path)
        {
            return folder
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { return nil }
        folder = parent
    }
}

// MARK: - Failures, as shown

/// The path to name for `failure` while making `target`: the target itself when a file stands in its
/// way (the file is named in the reason), else the path that failed; relative to `cwd` below it.
func shownPath(_ failure: FileFailure, target: URL, _ cwd: URL) -> String {
    if case .fileInTheWay = failure.problem { return shown(target.path, cwd) }
    return shown(failure.path, cwd)
}

/// `failure`'s problem with the file in the way named relative to `base` when below it.
func shownProblem(_ failure: FileFailure, _ base: URL) -> Message.FileProblem {
    guard case .fileInTheWay(let file) = failure.problem else { return failure.problem }
    return .fileInTheWay(shown(file, base))
}

/// `path` relative to `base` when below it, else as it is.
func shown(_ path: String, _ base: URL) -> String {
    let prefix = base.standardizedFileURL.path + "/"
    return path.hasPrefix(prefix) && path.count > prefix.count ? String(path.dropFirst(prefix.count)) : path
}
