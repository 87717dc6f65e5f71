import Charts
import FrontMatter
import Media
import Mustache

/// Everything HonorSite says to people, as typed keys with their arguments.
///
/// Each message is written once per language, in ``English`` and ``Chinese``
/// (one `switch` each, without `default`, so a key missing from either
/// catalogue does not compile). Code that finds a problem builds a `Message`;
/// the edge of the program (command line, preview server) turns it into text
/// with ``text(_:)`` in the language chosen there (``Language/resolve(flag:environment:)``).
///
/// Machine-read parts are not messages: the `error:`/`warning:`/`note:`
/// keywords, `path:line:col`, GitHub annotation syntax and exit codes stay as they are.
public enum Message: Sendable, Hashable {
    // MARK: Front matter and YAML files
    /// A front-matter or YAML-subset error, by its kind.
    case frontMatter(FrontMatterError.Kind)
    /// A likely slip in front matter that did not stop parsing.
    case frontMatterWarning(FrontMatterWarning.Kind)
    /// A note under ``FrontMatterError/Kind/looksLikeGB18030``: how to save as UTF-8 in one editor.
    case saveAsUTF8(Editor)

    // MARK: Templates
    /// A Mustache parse or render error, by its kind.
    case mustache(MustacheError.Kind)

    // MARK: The site compiler
    /// A problem in the site project (content, settings, templates, links).
    case site(Site)
    /// A progress line of a build stage.
    case progress(Progress)
    /// Why the output folder cannot be used or written.
    case write(Write)
    /// A problem in a work report's body (chart blocks, names).
    case report(Report)
    /// A photo that cannot be published as it is.
    case media(Media)

    // MARK: Command line
    /// Parts of the `--help` texts (generated from the command table).
    case help(Help)
    /// A mistake on the command line (exit 64).
    case usage(Usage)
    /// Progress, summaries and errors of the commands.
    case cli(CLI)
    /// `init`, `new` and `theme export`: their results and mistakes.
    case scaffold(Scaffold)

    // MARK: Preview server
    /// Pages, overlay and plain-text answers of `honorsite serve`.
    case server(Server)

    /// The text of the message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .english: English.text(self)
        case .chinese: Chinese.text(self)
        }
    }
}

extension Message {
    /// Problems the site compiler finds, by stage.
    public enum Site: Sendable, Hashable {
        // Files
        /// A Markdown file in a subfolder of a kind's folder (payload: the kind's folder).
        case subfolderNotRead(folder: String)
        /// A file other than `.md` in a kind's folder.
        case onlyMarkdownHere
        /// A file other than `.yml`/`.yaml` in `data/`.
        case dataFilesMustBeYML
        /// A symbolic link leading outside the project (payload: its target).
        case linkLeavesProject(target: String)
        /// A folder, FIFO or device where a file was expected.
        case notRegularFile
        /// The read failed.
        case cannotReadFile
        /// A file or folder that cannot be read (payload: the system's reason).
        case unreadableEntry(reason: String)
        /// A name that gives a folder name longer than file systems allow.
        case nameTooLong(NamedBy, name: String, bytes: Int, maximum: Int)
        /// `language` that is not a BCP 47 tag.
        case badLanguageTag(String)
        /// `content/site.yml` is missing.
        case siteSettingsNotFound

        // Fields
        /// A required field is missing or empty.
        case missingField(String)
        /// A value `honorsite new` wrote as a placeholder (`待填写：…`), not yet filled in.
        case placeholder(key: String, value: String)
        /// A field holds the wrong kind of value.
        case wrongType(key: String, expected: ValueType, found: FoundValue)
        /// A required text field holds only white space.
        case emptyField(String)
        /// A number below its minimum.
        case tooSmall(key: String, minimum: Int, found: Int)
        /// A number above its maximum.
        case tooLarge(key: String, maximum: Int, found: Int)
        /// A date outside the supported years.
        case yearOutOfRange(key: String, from: Int, to: Int)
        /// A key nobody reads, with the nearest known one.
        case unknownKey(String, suggestion: String?)

        // Documents
        /// `slug:` that is not `[a-z0-9-]`.
        case invalidSlug(String)
        /// A file name that gives no valid slug.
        case fileNameNotSlug(String)
        /// A control character in the body.
        case controlCharacter(Unicode.Scalar)
        /// A district not declared in site.yml.
        case unknownDistrict(String)
        /// Note: the declared districts.
        case declaredDistricts([String])
        /// An image path that leaves `content/media`.
        case mediaPathOutside(key: String)
        /// An image that does not exist (payload: the path below the project).
        case mediaMissing(key: String, path: String, suggestion: String?)
        /// An honor title not declared in site.yml (with the nearest declared name or alias, and the declared titles).
        case undeclaredHonor(String, suggestion: String?, declared: [String])
        /// An award date outside the award's year (`date` as written, `y-m-d`).
        case honorDateNotInYear(date: String, year: Int)
        /// More riders with an honor in a year than its declared size.
        case honorOverSize(count: Int, honor: String, year: Int, size: Int)
        /// Fewer riders with an honor in a year than its declared size.
        case honorUnderSize(count: Int, honor: String, year: Int, size: Int)
        /// Note: the riders' files.
        case riders([String])
        /// One name twice on one roll.
        case sameNameTwice(name: String, year: Int, honor: String, first: String, second: String)
        /// `end_date` before `date` (both `YYYY-MM-DD`).
        case endBeforeStart(end: String, start: String)
        /// A training base not declared in site.yml.
        case unknownBase(String)
        /// Note: the declared bases.
        case declaredBases([String])

        // site.yml
        /// `base_url` that is not an absolute http(s) URL.
        case badBaseURL
        /// `--base-url` / `HONORSITE_BASE_URL` that is not one.
        case badBaseURLOverride(String)
        /// `time_zone` that is not a tz database name.
        case unknownTimeZone(String)
        /// A district slug that is not `[a-z0-9-]`.
        case badDistrictSlug(String)
        /// A district declared twice.
        case districtDeclaredTwice(name: String, slug: String)
        /// Note: the first declaration.
        case firstDeclared(name: String, slug: String)
        /// A base in a district that is not declared.
        case baseInUnknownDistrict(String)
        /// A base slug that is not `[a-z0-9-]`.
        case badBaseSlug(String)
        /// A base declared twice.
        case baseDeclaredTwice(name: String, slug: String)
        /// An honor declared twice.
        case honorDeclaredTwice(String)

        // Across documents
        /// Two documents with one page URL.
        case urlCollision(page: String, other: String)
        /// Note: the URL both produce.
        case bothProduce(String)
        /// One rank given twice for an honor and year.
        case rankTaken(rank: Int, honor: String, year: Int, rider: String, path: String)
        /// A mobile or ID number in a document (masked).
        case personalNumber(PersonalNumber, masked: String)
        /// A rider name with characters the stroke table does not know.
        case unknownStrokes(name: String, characters: [String])
        /// A generated page that two sources would produce.
        case generatedTwice(page: String, first: String, second: String)
        /// Two tags with one page (`path`: the tag page's site path, `tags/<slug>/`).
        case tagCollision(tag: String, other: String, file: String, path: String)

        // Templates and output
        /// Two templates with one name.
        case templateNameTwice(String)
        /// Note: the other file.
        case alsoAt(String)
        /// A template the site needs is not in the theme.
        case templateMissing(String)
        /// A Markdown link to a content file that is not built.
        case contentLinkNotBuilt(String)
        /// A link in a document that leads nowhere.
        case brokenLink(link: String, problem: LinkProblem)
        /// A link in a template's output that leads nowhere.
        case brokenLinkOnPage(link: String, page: String, problem: LinkProblem)
        /// Two sources write one output file.
        case outputTwice(String)
        /// The search index lists a page URL that is not built.
        case searchIndexLinksToMissing(String)
        /// Note: the other source (nil: generated by the compiler).
        case alsoBy(String?)

        /// What a too-long folder name comes from.
        public enum NamedBy: Sendable, Hashable {
            case slug, districtSlug, baseSlug
            case tag(String)
        }
        /// What kind of value a field takes.
        public enum ValueType: Sendable, Hashable {
            case string, integer, boolean, date, stringList, nonEmptyStringList, honorList, mappingList
        }
        /// What a field was found to hold.
        public enum FoundValue: Sendable, Hashable {
            case null, date, list, mapping
            case bool(Bool)
            case integer(Int)
            case string(String)
        }
        /// The personal numbers the privacy check finds.
        public enum PersonalNumber: Sendable, Hashable { case mobile, id }
        /// Why a link leads nowhere.
        public enum LinkProblem: Sendable, Hashable {
            /// `#id` that no element of `page` has.
            case noSuchID(id: String, page: String)
            /// A root-relative link outside the base path.
            case outsideBasePath(String)
            /// `..` above the site's root.
            case leavesSite
            /// No generated file at that path.
            case noGeneratedFile
            /// With relative URLs: a root-relative link, which from a folder leads to the disk's root.
            case rootRelativeFromFolder
            /// With relative URLs: a link to a folder, which from a folder needs its `index.html`.
            case folderFromFolder
        }
    }

    /// Problems in a work report's body.
    public enum Report: Sendable, Hashable {
        case unknownChartKey(String, valid: [String])
        case unknownData(String, valid: [String])
        case unknownType(String, valid: [String])
        case missingData
        case badLine(String)
        case badYear(String)
        case duplicateKey(String)
        case unclosedChart
        /// A chart year without statistics (a warning).
        case noData(Int)
        case unknownName(String, valid: [String])
        case delimiterChange
        case partialInReport
        case unclosedTag
        /// `{{x}}` of a group of figures (prints nothing); the names in it.
        case groupAsFigure(String, names: [String])
        /// `{{x}}` of a list (prints nothing).
        case listAsFigure(String)
        /// Settings written after ```chart on the fence line.
        case chartInfoString(String)
        /// A key figure's number beyond the limit.
        case figureTooLarge(field: String, value: Int, limit: Int)
        /// A key figure's `key:` given twice.
        case duplicateFigureKey(String, firstLine: Int)
        /// A chart the table cannot be drawn as.
        case chart(data: String, type: String, problem: ChartProblem)
    }

    /// The checks of photos under `content/media/`.
    public enum Media: Sendable, Hashable {
        /// The file is not the image its name says, cut off or damaged.
        case unreadable(MediaError)
        /// A note: location data is removed from the published copy.
        case locationRemoved
        /// A note under it: other metadata removed (payload: their names, as the Media module gives them).
        case alsoRemoved(String)
        /// Over the size budget (`size` formatted, e.g. `3.2 MB`).
        case tooLarge(size: String, budgetKB: Int)
        /// Over the pixel budget (`size` as `4032×3024`).
        case tooManyPixels(size: String, budget: Int)
        /// A note: how to shrink an image of `format` (`path` below `content/media/`), with tools for that format.
        case shrinkHint(path: String, format: ImageFormat, maxPixels: Int)
        /// `media_keep_metadata` names no image.
        case unknownKeep(String)
        /// A photo or video format whose location data is not checked (`heic`, `mov`…): published as it is.
        case uncheckedFormat(String)
        /// A rider photo without alt text (`key`: the field, `default`: what is read out instead).
        case missingAlt(key: String, default: String)
    }

    /// The progress lines of a build, one per stage.
    public enum Progress: Sendable, Hashable {
        case discover(contentFiles: Int)
        case load(documents: Int, templates: Int)
        case validate
        case index(pages: Int)
        case render(files: Int)
    }

    /// Why the output folder cannot be used or written.
    public enum Write: Sendable, Hashable {
        /// The output folder would hold the project itself.
        case outputContainsProject(String)
        /// The output folder would hold `content/` or `templates/`.
        case outputContains(output: String, folder: String)
        /// The output folder lies inside `content/` or `templates/`.
        case outputInside(output: String, folder: String)
        /// The output exists and is a file.
        case outputNotFolder(String)
        /// A non-empty folder without the marker file.
        case outputNotOurs(output: String, marker: String)
        /// Writing into the staging folder failed (reason from the system).
        case cannotWrite(path: String, reason: String)
        /// The old output could not be moved away.
        case cannotReplace(path: String, reason: String)
        /// The new output could not be moved into place.
        case cannotMoveIn(path: String, reason: String)
        /// One file could not be written (`path: reason` from the system).
        case fileFailed(String)
    }

    /// Text editors Chinese offices use, for the save-as-UTF-8 advice.
    public enum Editor: Sendable, Hashable, CaseIterable {
        /// Windows Notepad (记事本).
        case notepad
        /// WPS Office.
        case wps
        /// Visual Studio Code.
        case vscode
    }

    /// The commands (and export's subcommands).
    public enum Command: String, Sendable, Hashable, CaseIterable {
        case build, check, render, export, serve
        case initSite = "init"
        case new, theme
        case exportHonorRoll = "export honor-roll"
        case exportStats = "export stats"
        case exportReport = "export report"
    }

    /// The words of the `--help` texts; the layout is generated from the command table.
    public enum Help: Sendable, Hashable {
        /// `honorsite --help`, around the list of commands.
        case main(commands: String)
        /// `USAGE: ` before the usage line (with its separator).
        case usageHeading
        /// `OPTIONS:` before the options.
        case optionsHeading
        /// One line for the list of commands.
        case summary(Command)
        /// The paragraphs under the usage line.
        case description(Command)
        /// The text after the options (exit status; for serve, how to stop).
        case footer(Command)
        /// An option's explanation (lines separated by `\n`).
        case option(Option)

        /// Options with an explanation.
        public enum Option: Sendable, Hashable, CaseIterable {
            case root, output, baseURL, drafts, strict, diagnostics, quiet, lang, help
            case data, partials, year, honor, format, exportOutput, port, host, poll
            case statsYear, statsOutput, reportOutput, reportStrict
            case title, name, district, date, relativeURLs
        }
    }

    /// Command-line mistakes; printed as `honorsite: error: …` with exit 64.
    public enum Usage: Sendable, Hashable {
        /// The first argument is not a command.
        case unknownCommand(String)
        /// A mistake in the arguments of `init`, `new` or `theme`.
        case scaffold(Scaffold)
        /// The line after a usage error: where to read the usage.
        case seeHelp(command: String)
        /// An option the command does not have (payload: as typed).
        case unknownOption(String)
        /// `--flag=value` for a flag (payload: the option name without dashes).
        case optionTakesNoValue(String)
        /// An option at the end without its value.
        case optionNeedsValue(String)
        /// A positional argument the command does not take.
        case unexpectedArgument(String)
        /// `check --output`.
        case outputNotAllowedInCheck
        /// `--diagnostics` other than human or github.
        case badDiagnosticsFormat
        /// `--lang` other than zh-CN or en.
        case badLanguage(String)
        /// `render` without a template.
        case missingTemplate
        /// `render` with more than one template.
        case expectedOneTemplate
        /// `render` without `--data`.
        case missingData
        /// `export` without what to export.
        case missingExportKind
        /// `export` of something it cannot export (payload: as typed).
        case cannotExport(String)
        /// `export report` without the report's slug.
        case missingSlug
        /// `--format csv` for an export that writes one file per table, without `-o DIR`.
        case csvNeedsFolder
        /// `export` without `--year`.
        case missingYear
        /// `--year` that is not a number.
        case yearNotNumber
        /// `export` without `--format` (payload: the choices, `csv|md|html`).
        case missingFormat(String)
        /// `--format` with another value (payload: the choices).
        case badFormat([String])
        /// `--port` that is not 0…65535 (payload: as typed).
        case badPort(String)
        /// `--host ""`.
        case missingHost
    }

    /// What the commands print besides diagnostics.
    public enum CLI: Sendable, Hashable {
        /// `--root` names no folder.
        case projectMissing(String)
        /// `--root` has no content/site.yml.
        case notASiteProject(String)
        /// `SOURCE_DATE_EPOCH` is not a whole number.
        case badSourceDateEpoch(String)
        /// Progress line of the write stage.
        case writeProgress(files: Int, path: String)
        /// Last line of a successful build (`seconds` formatted, e.g. `0.09`).
        case built(pages: Int, documents: Int, seconds: String, warnings: Int)
        /// Last line of a successful check.
        case checked(pages: Int, documents: Int, seconds: String, warnings: Int)
        /// Last line of a failed build.
        case buildFailed(errors: Int, warnings: Int)
        /// Last line of a failed check.
        case checkFailed(errors: Int, warnings: Int)
        /// A JSON data file does not parse (payload: the parser's reason, in English).
        case invalidJSON(String)
        /// `export -o` inside content/ or templates/.
        case exportIntoSources(folder: String, path: String)
        /// `export -o` names a folder; `example` is a file name to use instead.
        case exportToFolder(path: String, example: String)
        /// The content has errors, so nothing was exported.
        case exportFailed
        /// No roll for the year; `years` are those that have one.
        case noHonorRoll(year: Int, years: [Int])
        /// No such honor in the year; `honors` are those awarded that year.
        case noSuchHonor(honor: String, year: Int, honors: [String])
        /// The export file cannot be written (reason from the system).
        case cannotWrite(path: String, reason: FileProblem)
        /// An export was written.
        case wroteNames(count: Int, path: String)
        /// No statistics for the year; `years` are those with data.
        case noStatistics(year: Int, years: [Int])
        /// No such report; `reports` are the slugs that exist.
        case noReport(slug: String, reports: [String])
        /// `-o` names a file where a folder is needed.
        case outputIsFile(String)
        /// The folder for `-o DIR` cannot be created.
        case cannotCreateFolder(path: String, reason: FileProblem)
        /// A report was written.
        case wroteReport(title: String, path: String)
        /// Tables were written into a folder.
        case wroteTables(count: Int, path: String)
        /// The statistics were written.
        case wroteStatistics(String)
        /// `serve` is listening.
        case serving(url: String, allInterfaces: Bool, polling: Bool)
        /// `serve` got Ctrl-C.
        case stopping
        /// The port is taken; `next` is a free one nearby, if found.
        case portInUse(port: Int, next: Int?)
        /// Listening needs privileges (`address` is host:port).
        case noPermission(address: String)
        /// `--host` is no address of this machine, or cannot be used (`reason` from the system, or empty).
        case badHost(host: String, reason: String)
        /// Listening failed for another reason (from the system).
        case cannotListen(address: String, reason: String)
        /// One line per preview build that succeeded.
        case previewBuilt(initial: Bool, pages: Int, documents: Int, seconds: String, changed: [String], warnings: Int)
        /// One line per preview build that failed.
        case previewFailed(initial: Bool, changed: [String], errors: Int, seconds: String)
    }

    /// What the preview server shows in the browser.
    public enum Server: Sendable, Hashable {
        /// Heading of the error overlay on a served page.
        case overlayTitle
        /// Heading of the warnings panel (payload: how many).
        case warningsTitle(Int)
        /// Tooltip of the close button.
        case hide
        /// Title and heading of the page shown before the first build finished (503).
        case building
        /// `<title>` of the page shown while no build has succeeded (500).
        case failedPageTitle
        /// Heading of that page.
        case failedHeading
        /// The line under that heading.
        case failedHint
        /// 503 while stopping.
        case stopping
        /// 503 when too many connections are open.
        case tooManyConnections
        /// 404 without a site 404 page.
        case notFound
        /// 403 for a request naming another host.
        case wrongHost(host: String, url: String)
        /// 400 for a request target that is not a path.
        case targetMustBePath
        /// 400 for an absolute-form target naming another server.
        case otherServer
        /// 404 for a file of the site that cannot be read.
        case cannotRead(String)
        /// Body of a 301.
        case movedTo(String)
        /// 405 for a method other than GET and HEAD.
        case methodNotAllowed(String)
        /// A request that cannot be served (400, 408, 431, 505); browsers do not send these.
        case badRequest(BadRequest)

        /// Why a request is refused.
        public enum BadRequest: Sendable, Hashable, CaseIterable {
            case headTooLarge
            case emptyRequest
            case malformedRequestLine
            case malformedMethod
            case malformedTarget
            case targetNotUTF8
            case versionNotSupported
            case malformedVersion
            case tooManyFields
            case obsoleteLineFolding
            case malformedField
            case malformedFieldName
            case controlCharacterInField
            case duplicateHost
            case missingHost
            case malformedContentLength
            case pathWithoutSlash
            case malformedPercentEncoding
            case encodedSlash
            case controlCharacterInPath
            case backslashInPath
            case pathNotUTF8
            case dotSegment
            case emptySegment
            case requestTimeout
            case bodyNotAccepted
        }
    }
}

extension Message {
    /// What `init`, `new` and `theme export` say.
    public enum Scaffold: Sendable, Hashable {
        case missingInitDir, expectedOneDir, missingSlug, missingThemeDir, missingThemeAction
        case initNotEmpty(String)
        case initNotAFolder(String)
        /// A file or folder `init`, `new` or `theme export` could not make (nothing was left behind).
        case cannotWrite(path: String, reason: FileProblem)
        case initDone(dir: String, shown: String, files: Int)
        /// `kinds`: the kinds `new` writes, as typed (`brand`, `rider`, …).
        case unknownKind(kind: String, kinds: [String])
        case missingKind(kinds: [String])
        case slugNotASCII(slug: String, kind: String)
        case slugInvalid(slug: String, suggestion: String?)
        /// A slug whose file name (`SLUG.md`) is longer than file systems allow (`start`: its first characters).
        case slugTooLong(start: String, bytes: Int, maximum: Int)
        case optionNotForKind(option: String, kind: String, use: String?)
        /// `--name`/`--title`/`--district` holding a control character, which front matter cannot hold.
        case controlCharacterInOption(option: String, Unicode.Scalar)
        case invalidDate(String)
        case documentExists(String)
        case newDone(path: String, marker: String)
        case unknownThemeAction(String)
        case themeFileExists(String)
        /// The theme was written into a project's own `templates/` (`dir`: the project), which overrides the built-in one.
        case themeExported(count: Int, dir: String)
        /// The theme was written into `dir/templates`, where `dir` is not a project: a copy, which overrides nothing.
        case themeExportedAside(count: Int, dir: String)
        /// `theme export` into a project's `content/` folder (or below it), where templates are not read.
        case themeIntoContent(dir: String, project: String)
    }
}

extension Message {
    /// Why a file or folder could not be made or written, from the system's error number.
    public enum FileProblem: Sendable, Hashable {
        /// A file stands where a folder is needed (payload: that file's path, as shown).
        case fileInTheWay(String)
        /// The file or folder is already there.
        case exists
        /// No permission to write in the folder (EACCES, EPERM).
        case permissionDenied
        /// The folder is on a read-only file system (EROFS).
        case readOnly
        /// The disk or quota is full (ENOSPC, EDQUOT).
        case diskFull
        /// A name longer than the file system allows (ENAMETOOLONG).
        case nameTooLong
        /// Anything else: the C library's text for the error number (`strerror`).
        case other(String)
    }
}
