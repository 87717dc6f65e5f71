import Charts
import FrontMatter
import Media
import Mustache

/// The English catalogue: every ``Message`` once, lowercase sentences without
/// a final period (diagnostics) or the exact lines printed (help, summaries).
enum English {
    static func text(_ m: Message) -> String {
        switch m {
        case .frontMatter(let kind): frontMatter(kind)
        case .frontMatterWarning(let kind): frontMatterWarning(kind)
        case .saveAsUTF8(let editor): saveAsUTF8(editor)
        case .mustache(let kind): mustache(kind)
        case .site(let s): site(s)
        case .progress(let p): progress(p)
        case .write(let w): write(w)
        case .report(let r): report(r)
        case .media(let m): media(m)
        case .help(let command): help(command)
        case .usage(let u): usage(u)
        case .cli(let c): cli(c)
        case .scaffold(let s): scaffold(s)
        case .server(let s): server(s)
        }
    }

    // MARK: - Front matter

    static func frontMatter(_ kind: FrontMatterError.Kind) -> String {
        switch kind {
        case .invalidUTF8:
            return "file is not valid UTF-8"
        case .missingOpeningDelimiter:
            return "file must start with a front matter block opened by a line holding exactly '---'"
        case .unclosedFrontMatter:
            return "front matter opened here is never closed (expected a line holding exactly '---')"
        case .nestingTooDeep(let limit):
            return "nesting deeper than \(limit) levels is not supported"
        case .invalidCharacter(let scalar):
            return "control character \(uPlus(scalar)) is not allowed"
        case .tabIndentation:
            return "tab used for indentation; indent with spaces"
        case .badIndentation:
            return "bad indentation: this line does not line up with the entries around it"
        case .invalidKey(let key):
            return "invalid key '\(key)'; keys must match [a-z_][a-z0-9_]*"
        case .duplicateKey(let key, let firstLine):
            return "duplicate key '\(key)' (first defined on line \(firstLine))"
        case .expectedKey:
            return "expected a 'key: value' entry (with a space after ':')"
        case .expectedListItem:
            return "expected a '- ' list item"
        case .unexpectedListItem:
            return "a '- ' list item cannot start here; start the list on its own line below the key"
        case .unterminatedQuote(.double):
            return "unterminated double-quoted string"
        case .unterminatedQuote(.single):
            return "unterminated single-quoted string"
        case .badEscape(let esc):
            return "invalid escape sequence '\(esc)' in double-quoted string"
        case .textAfterClosingQuote:
            return "unexpected text after closing quote"
        case .plainValueContainsColon:
            return "unquoted value contains ': '; put the whole value in quotes"
        case .unexpectedCharacter(let c):
            return "unexpected character '\(c)'; put the value in quotes if it is text"
        case .unterminatedFlowList:
            return "unterminated flow list; '[' must be closed by ']' on the same line"
        case .emptyFlowListItem:
            return "empty item in flow list"
        case .textAfterFlowList:
            return "unexpected text after closing ']'"
        case .invalidDate(let text):
            return "invalid date '\(text)'; expected a real date as YYYY-MM-DD or "
                + "YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] (quote the value if it is text)"
        case .integerOutOfRange(let text):
            return "integer '\(text)' is out of range"
        case .frontMatterNotMapping:
            return "front matter must be a mapping of 'key: value' entries"
        case .unsupported(let feature):
            switch feature {
            case .anchor: return "anchors ('&name') are not supported"
            case .alias: return "aliases ('*name') are not supported"
            case .tag: return "tags ('!tag') are not supported"
            case .blockScalar:
                return "block scalars ('|' and '>') are not supported; use a quoted string with \\n"
            case .flowMapping:
                return "flow mappings ('{...}') are not supported; use an indented block mapping"
            case .nestedFlowCollection: return "nested flow collections are not supported"
            case .multipleDocuments:
                return "multiple documents ('---' or '...' markers) are not supported"
            case .directive: return "directives ('%...') are not supported"
            case .complexKey: return "complex mapping keys ('? ') are not supported"
            case .multiLinePlainScalar:
                return "multi-line values are not supported; put the value on one line, in quotes if needed"
            }
        case .looksLikeGB18030:
            return "file is not UTF-8: it looks like GBK/GB18030 (saved by a Chinese-language editor); "
                + "save it again as UTF-8 (the file was not changed)"
        case .fullWidthColon:
            return "full-width colon '：' after the key; type a half-width ': ' (colon and a space)"
        case .missingSpaceAfterColon:
            return "missing space after ':'; write 'key: value' with a space after the colon"
        case .fullWidthSpace:
            return "full-width space '　' (U+3000); use ordinary half-width spaces here"
        case .fullWidthBracket(let c):
            return "full-width bracket '\(c)'; a list is written with half-width brackets: [a, b]"
        case .listDash(let c):
            return "list item starts with '\(c)'; start it with a half-width '-' and a space: '- '"
        case .mismatchedQuote(let c):
            return "string opened with '\"' ends with the Chinese quote '\(c)'; use the same straight quote '\"' at both ends"
        case .fullWidthDigits(let text, let ascii):
            return "value '\(text)' is typed with full-width digits; write \(ascii)"
        case .nonISODate(let text, let iso):
            return "date '\(text)' must be written as \(iso) (YYYY-MM-DD, two-digit month and day)"
        case .numberWithUnit(let text, let number):
            return "value '\(text)' must be a number alone; write \(number) without the unit"
        case .chineseBoolean(let text, let value):
            return "value '\(text)' is not a yes/no value here; write \(value) (true = yes, false = no)"
        }
    }

    static func frontMatterWarning(_ kind: FrontMatterWarning.Kind) -> String {
        switch kind {
        case .chineseListSeparator(let c):
            return "Chinese '\(c)' inside a list item, so it stays one item; separate items with a half-width ', ' comma"
        case .quotesAroundValue(let value):
            return "the value \(value) is wrapped in Chinese quotes, which become part of the text; "
                + "remove them (or use straight quotes \"…\")"
        case .strayQuote(let c):
            return "quote '\(c)' has no partner; remove it or add the matching quote"
        }
    }

    static func saveAsUTF8(_ editor: Message.Editor) -> String {
        switch editor {
        case .notepad:
            return "Notepad: File → Save As…, set Encoding to \"UTF-8\", Save"
        case .wps:
            return "WPS: File → Save As…, choose the plain-text type and the encoding \"UTF-8\""
        case .vscode:
            return "VS Code: click the encoding in the status bar → Reopen with Encoding → GB 18030, "
                + "then click it again → Save with Encoding → UTF-8"
        }
    }

    // MARK: - The site compiler

    static func site(_ s: Message.Site) -> String {
        switch s {
        case .subfolderNotRead(let folder): return "content in subfolders is not read; move it to content/\(folder)/"
        case .onlyMarkdownHere: return "only files ending in .md are read here; file ignored"
        case .dataFilesMustBeYML: return "data files must end in .yml; file ignored"
        case .linkLeavesProject(let target): return "symbolic link leads outside the project (to \(target)); the file was not read"
        case .notRegularFile: return "not a regular file (a link to a folder, a FIFO or a device); remove it"
        case .cannotReadFile: return "cannot read file"
        case .unreadableEntry(let reason):
            return "cannot be read (\(reason)); nothing in it would be published; fix its permissions or remove it"
        case .nameTooLong(let what, let name, let bytes, let maximum):
            let source: String
            switch what {
            case .slug: source = "slug"
            case .districtSlug: source = "district slug"
            case .baseSlug: source = "base slug"
            case .tag(let t): source = "tag '\(t)…'"
            }
            return "\(source) gives the folder name '\(name)…' of \(bytes) bytes; file systems hold at most \(maximum); shorten it"
        case .badLanguageTag(let tag): return "'language' must be a language tag such as zh-CN or en, found '\(tag)'"
        case .siteSettingsNotFound: return "site settings not found (is --root the site project folder?)"
        case .missingField(let key): return "missing required field '\(key)'"
        case .placeholder(let key, let value): return "'\(key)' still holds the placeholder '\(value)'; replace it with the real value"
        case .wrongType(let key, let expected, let found): return "'\(key)' must be \(valueType(expected)), found \(foundValue(found))"
        case .emptyField(let key): return "'\(key)' must not be empty"
        case .tooSmall(let key, let minimum, let found): return "'\(key)' must be at least \(minimum), found \(found)"
        case .tooLarge(let key, let maximum, let found): return "'\(key)' must be at most \(maximum), found \(found)"
        case .yearOutOfRange(let key, let from, let to): return "'\(key)' must be a date in the years \(from)–\(to)"
        case .unknownKey(let key, let suggestion): return "unknown key '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invalidSlug(let slug): return "slug '\(slug)' must be lowercase ASCII letters, digits and single hyphens ([a-z0-9-])"
        case .fileNameNotSlug(let name):
            return "file name '\(name)' does not give a valid slug: use lowercase ASCII letters, digits and hyphens ([a-z0-9-]), "
                + "or set 'slug:'"
        case .controlCharacter(let scalar): return "control character \(uPlus(scalar)) is not allowed; remove it"
        case .unknownDistrict(let name): return "unknown district '\(name)'"
        case .declaredDistricts(let names): return "declared districts: \(names.joined(separator: "、"))"
        case .mediaPathOutside(let key): return "'\(key)' must be a path below content/media without '..'"
        case .mediaMissing(let key, let path, let suggestion):
            return "'\(key)' file '\(path)' does not exist" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .undeclaredHonor(let title, let suggestion, let declared):
            if let near = suggestion { return "honor '\(title)' is not declared in site.yml honors; did you mean '\(near)'?" }
            return "honor '\(title)' is not declared in site.yml honors"
                + (declared.isEmpty ? "" : " (declared: \(declared.joined(separator: "、")))")
                + "; declare it there, or add the spelling to an honor's aliases"
        case .honorDateNotInYear(let date, let year): return "honor date \(date) is not in its year \(year)"
        case .honorOverSize(let count, let honor, let year, let size):
            return "\(count) riders have '\(honor)' for \(year), more than its size \(size) in site.yml"
        case .honorUnderSize(let count, let honor, let year, let size):
            return "only \(count) of \(size) riders have '\(honor)' for \(year) (size \(size) in site.yml)"
        case .riders(let files): return "riders: " + files.joined(separator: ", ")
        case .sameNameTwice(let name, let year, let honor, let first, let second):
            return "'\(name)' is on the \(year) '\(honor)' roll twice: \(first) and \(second)"
        case .endBeforeStart(let end, let start): return "'end_date' \(end) is before 'date' \(start)"
        case .unknownBase(let name): return "unknown training base '\(name)'"
        case .declaredBases(let names): return "declared bases: \(names.joined(separator: "、"))"
        case .badBaseURL:
            return "'base_url' must be \(baseURLRule), such as https://example.org/"
        case .badBaseURLOverride(let url):
            return "base URL '\(url)' (from --base-url or HONORSITE_BASE_URL) must be \(baseURLRule)"
        case .unknownTimeZone(let zone): return "unknown time zone '\(zone)'"
        case .badDistrictSlug(let slug): return "district slug '\(slug)' must be lowercase ASCII [a-z0-9-]"
        case .districtDeclaredTwice(let name, let slug): return "district '\(name)' (\(slug)) is declared twice"
        case .firstDeclared(let name, let slug): return "first: \(name) (\(slug))"
        case .baseInUnknownDistrict(let name): return "unknown district '\(name)'; declare it under districts"
        case .badBaseSlug(let slug): return "base slug '\(slug)' must be lowercase ASCII [a-z0-9-]"
        case .baseDeclaredTwice(let name, let slug): return "base '\(name)' (\(slug)) is declared twice"
        case .honorDeclaredTwice(let title): return "honor '\(title)' is declared twice"
        case .urlCollision(let page, let other): return "page URL /\(page) collides with \(other)"
        case .bothProduce(let path): return "both produce /\(path)"
        case .rankTaken(let rank, let honor, let year, let rider, let path):
            return "rank \(rank) for '\(honor)' \(year) is also given to \(rider) in \(path)"
        case .personalNumber(let kind, let masked):
            return "possible \(kind == .mobile ? "mobile number" : "ID number") '\(masked)' must not be published; "
                + "remove it or list the exact value under privacy_allow in site.yml"
        case .unknownStrokes(let name, let characters):
            return "name '\(name)' has characters without stroke data (\(characters.joined(separator: "、"))); "
                + "they sort after all known characters"
        case .generatedTwice(let page, let first, let second):
            return "page /\(page) would be generated twice (\(first) and \(second)); choose another slug"
        case .tagCollision(let tag, let other, let file, let path):
            return "tag '\(tag)' and tag '\(other)' (in \(file)) both become /\(path); rename one"
        case .templateNameTwice(let name): return "template name '\(name)' is used twice"
        case .alsoAt(let path): return "also: \(path)"
        case .templateMissing(let name): return "template '\(name)' is missing from the theme"
        case .contentLinkNotBuilt(let link): return "link to '\(link)' does not lead to a content file that is built"
        case .brokenLink(let link, let problem): return "link '\(link)' \(linkProblem(problem))"
        case .brokenLinkOnPage(let link, let page, let problem): return "link '\(link)' on /\(page) \(linkProblem(problem))"
        case .outputTwice(let path): return "output file '\(path)' is produced twice"
        case .searchIndexLinksToMissing(let url): return "the search index links to \(url), which is not built"
        case .alsoBy(let source): return "also by: \(source ?? "(generated)")"
        }
    }

    static let baseURLRule = "an absolute http(s) URL without spaces, quotes, <>, user name, query or fragment, with a port in 1–65535"

    static func valueType(_ t: Message.Site.ValueType) -> String {
        switch t {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "true or false"
        case .date: "a date (YYYY-MM-DD)"
        case .stringList: "a list of strings"
        case .nonEmptyStringList: "a list of non-empty strings"
        case .honorList: "a list of mappings (title, year)"
        case .mappingList: "a list of mappings"
        }
    }

    static func foundValue(_ v: Message.Site.FoundValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .integer(let i): "the integer \(i)"
        case .string(let s): "the string \"\(s)\""
        case .date: "a date"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }

    static func linkProblem(_ p: Message.Site.LinkProblem) -> String {
        switch p {
        case .noSuchID(let id, let page): "names '#\(id)', which is no id on \(page)"
        case .outsideBasePath(let base): "is outside the site's base path \(base)"
        case .leavesSite: "leaves the site"
        case .noGeneratedFile: "leads to no generated file"
        case .rootRelativeFromFolder: "is root-relative; opened from a folder it leads to the disk's root"
        case .folderFromFolder: "names a folder; opened from a folder it needs the file (…/index.html)"
        }
    }

    static func progress(_ p: Message.Progress) -> String {
        switch p {
        case .discover(let files): "[1/6] discover: \(files) content files"
        case .load(let documents, let templates): "[2/6] load: \(documents) documents, \(templates) templates"
        case .validate: "[3/6] validate: ok"
        case .index(let pages): "[4/6] index: \(pages) pages"
        case .render(let files): "[5/6] render: \(files) files"
        }
    }

    static func write(_ w: Message.Write) -> String {
        switch w {
        case .outputContainsProject(let output): "refusing to write the site into \(output): it contains the project"
        case .outputContains(let output, let folder): "refusing to write the site into \(output): it contains \(folder)"
        case .outputInside(let output, let folder): "refusing to write the site into \(output): it is inside \(folder)"
        case .outputNotFolder(let output): "output \(output) exists and is not a folder"
        case .outputNotOurs(let output, let marker):
            "output folder \(output) is not empty and was not written by honorsite (no \(marker)); remove it or choose another --output"
        case .cannotWrite(let path, let reason): "cannot write the site into \(path): \(reason)"
        case .cannotReplace(let path, let reason): "cannot replace \(path): \(reason)"
        case .cannotMoveIn(let path, let reason): "cannot move the new site into \(path): \(reason)"
        case .fileFailed(let detail): detail
        }
    }

    // MARK: - Photos

    static func media(_ m: Message.Media) -> String {
        switch m {
        case .unreadable(let error): error.message
        case .locationRemoved: "had location data (GPS); it is removed from the published copy (the file under content/ is unchanged)"
        case .alsoRemoved(let kinds): "also removed: \(kinds)"
        case .tooLarge(let size, let budgetKB): "is \(size), over the budget of \(budgetKB) KB (media_max_kb in site.yml)"
        case .tooManyPixels(let size, let budget):
            "is \(size) pixels, over the budget of \(budget) pixels on the long side (media_max_pixels in site.yml)"
        case .shrinkHint(let path, let format, let maxPixels):
            shrinkHint(shellQuoted("content/media/" + path), format, min(maxPixels, 2000))
        case .unknownKeep(let path): "media_keep_metadata lists '\(path)', which is not an image under content/media"
        case .uncheckedFormat(let ext):
            "a .\(ext) file is published as it is: its location and device data are not checked or removed "
                + "(only JPEG, PNG, GIF, WebP and SVG are); export photos as JPEG, and check videos before publishing"
        case .missingAlt(let key, let text):
            "rider photo has no '\(key)'; screen readers will say '\(text)'. Describe the photo in '\(key)'"
        }
    }

    // MARK: - Reports

    /// How to shrink an image of `format` at `file` (shell-quoted) to `side` pixels on its long side.
    static func shrinkHint(_ file: String, _ format: ImageFormat, _ side: Int) -> String {
        let resize = "`mogrify -resize '\(side)x\(side)>' \(format == .jpeg || format == .webp ? "-quality 85 " : "")\(file)`"
        switch format {
        case .jpeg:
            return "shrink it, e.g. \(resize) (ImageMagick), then `jpegoptim --size=500k \(file)` or mozjpeg "
                + "(`cjpeg -quality 80`), or export it again as JPEG at quality 80 and about \(side) pixels from the phone or a photo editor"
        case .png:
            return "shrink it, e.g. \(resize) (ImageMagick), then `pngquant --ext .png --force --quality 65-80 \(file)`, "
                + "`oxipng -o 4 \(file)` or `optipng \(file)`; a photo is much smaller saved as JPEG at about \(side) pixels"
        case .webp:
            return "shrink it, e.g. \(resize) (ImageMagick), or make it again from the original photo, resized to about \(side) pixels: "
                + "`cwebp -q 80 original.jpg -o \(file)`"
        case .gif:
            return "shrink it, e.g. `gifsicle -b -O3 --lossy=80 --resize-fit \(side)x\(side) \(file)`, or use a photo (JPEG) "
                + "or a short video instead of a large animation"
        case .svg:
            return "shrink it, e.g. `svgo \(file)`, and take out embedded photos (link them as JPEG files instead); "
                + "set its width and height to at most \(side)"
        }
    }

    static func report(_ r: Message.Report) -> String {
        switch r {
        case .unknownChartKey(let key, let valid): "unknown chart setting '\(key)'; valid settings: \(valid.joined(separator: ", "))"
        case .unknownData(let name, let valid): "unknown chart data '\(name)'; valid data: \(valid.joined(separator: ", "))"
        case .unknownType(let name, let valid): "unknown chart type '\(name)'; valid types: \(valid.joined(separator: ", "))"
        case .missingData: "chart block needs 'data:' naming a table, such as 'data: brands.by_district'"
        case .badLine(let line): "chart block line '\(line)' is not 'key: value'"
        case .badYear(let text): "chart year '\(text)' must be a year such as 2025, or 'all'"
        case .duplicateKey(let key): "chart setting '\(key)' is given twice"
        case .unclosedChart: "chart block is not closed; end it with a line of ```"
        case .noData(let year): "no statistics for \(year); the chart shows 暂无数据"
        case .unknownName(let name, let valid):
            "unknown name '\(name)' in report; valid names here: \(valid.isEmpty ? "none" : valid.joined(separator: ", "))"
        case .delimiterChange: "changing the tag delimiters ({{= =}}) is not supported in reports"
        case .partialInReport: "partials and template inheritance ({{> name}}, {{< name}}, {{$ name}}) are not available in reports"
        case .groupAsFigure(let name, let names):
            "'\(name)' is a group of figures and prints nothing; name one of them: \(names.joined(separator: ", "))"
        case .listAsFigure(let name):
            "'\(name)' is a list and prints nothing; go over it with {{#\(name)}}…{{/\(name)}} or draw it in a chart block"
        case .chartInfoString(let info): "chart settings go on the lines below '```chart', one 'key: value' a line, not after it: '\(info)'"
        case .figureTooLarge(let field, let value, let limit):
            "key figure '\(field)' \(value) is too large; at most \(limit) (1000万亿) either way"
        case .duplicateFigureKey(let key, let line):
            "key figure 'key: \(key)' is given twice (first on line \(line)); {{figures.\(key)…}} must name one figure"
        case .unclosedTag: "unclosed tag: '{{' without '}}'"
        case .chart(let data, let type, let problem): "chart '\(data)' as \(type): \(chartProblem(problem))"
        }
    }

    static func chartProblem(_ p: ChartProblem) -> String {
        switch p {
        case .noSeries: "the chart has no series"
        case .valueCount(let series, let values, let categories): "series '\(series)' has \(values) values for \(categories) categories"
        case .negativeValues: "values must not be negative"
        case .oneSeriesOnly(let type): "a \(type) chart shows one series; use stacked for several"
        case .tooManyParts(let maximum, let found): "a donut shows at most \(maximum) parts; use bar for \(found)"
        case .tooManySeries(let maximum): "a stacked chart shows at most \(maximum) series"
        }
    }

    // MARK: - Templates

    static func mustache(_ kind: MustacheError.Kind) -> String {
        switch kind {
        case .unclosedSection(let name):
            return "section '\(name)' opened here is never closed"
        case .mismatchedSectionEnd(let expected, let found):
            return "closing tag '\(found)' does not match the open section '\(expected)'"
        case .unexpectedSectionEnd(let name):
            return "closing tag '\(name)' has no matching opening tag"
        case .unclosedTag:
            return "tag opened here is never closed"
        case .invalidDelimiters:
            return "set-delimiters tag must hold exactly two delimiters without whitespace or '='"
        case .emptyTag:
            return "tag has no name"
        case .invalidTagName(let name):
            return "tag name '\(name)' must not contain whitespace"
        case .missingPartial(let name):
            return "partial '\(name)' not found"
        case .recursionLimit(let limit):
            return "more than \(limit) nested partial/parent/block expansions (recursive partial?)"
        case .nestingLimit(let limit):
            return "sections, partials and blocks nest more than \(limit) levels deep"
        case .expansionLimit(let limit):
            return "more than \(limit) partial/parent/block expansions in one render (do partials include each other repeatedly?)"
        case .iterationLimit(let limit):
            return "sections went through more than \(limit) list items in one render (is a list section nested inside itself?)"
        case .outputLimit(let limit):
            return "output of one render exceeds \(limit / (1 << 20)) MiB "
                + "(do nested sections repeat over long lists, or partials include each other?)"
        case .missingTemplate(let name):
            return "template '\(name)' not found"
        }
    }

    // MARK: - Command line

    static func help(_ h: Message.Help) -> String {
        switch h {
        case .main(let list):
            return """
                USAGE: honorsite <command> [options]

                Compiles Markdown content with front matter into a static site, and exports honor rolls,
                statistics and work reports.

                COMMANDS:
                \(list)

                Run 'honorsite <command> --help' for a command's options.
                Every command takes --lang zh-CN|en (default: HONORSITE_LANG, else the locale).

                """
        case .usageHeading: return "USAGE: "
        case .optionsHeading: return "OPTIONS:"
        case .summary(let c):
            switch c {
            case .build: return "Build content/ and templates/ into the output folder (default site/)"
            case .check: return "Run every validation and the link and privacy checks; write nothing"
            case .render: return "Render one Mustache template against a JSON or YAML data file"
            case .export: return "Export an honor roll (光荣榜), the statistics or a work report"
            case .exportHonorRoll: return "Export an honor roll (光荣榜) as CSV, Markdown or HTML"
            case .exportStats: return "Export the statistics counted from the content"
            case .exportReport: return "Export a work report as HTML, Markdown or CSV"
            case .serve: return "Build, serve on localhost, rebuild and reload on change"
            case .initSite: return "Create a new site project in a folder"
            case .new: return "Add a brand case, rider, event, page or report with every field to fill in"
            case .theme: return "Export the built-in theme for customising (theme export DIR)"
            }
        case .description(let c):
            switch c {
            case .build: return "Builds the site. Nothing in the output folder changes unless the whole build succeeds."
            case .check:
                return """
                    Runs every validation, the link check, the privacy check and the photo checks without writing anything.
                    Exit 1 on any error (with --strict, on any warning too). Notes (a photo's location data,
                    which the published copy never carries) never make it fail.
                    """
            case .render:
                return """
                    Renders one Mustache template against a data file (.json, or .yml/.yaml in the
                    front-matter YAML subset) and writes exactly the result to standard output.
                    A missing partial renders as nothing, as the Mustache spec says.
                    """
            case .export:
                return """
                    Exports from the site, without building it:
                      honor-roll   a year's honor roll (光荣榜) as CSV, Markdown or HTML
                      stats        the statistics counted from the content as JSON, CSV or Markdown
                      report       a work report (/reports/SLUG/) as HTML, Markdown or CSV
                    Run 'honorsite export honor-roll --help' (or stats, report) for their options.
                    """
            case .exportStats:
                return """
                    Exports the statistics counted from the content (docs/statistics.md): brands, riders,
                    honors and events, for all years or restricted to --year.
                      json   one JSON document with the documented, stable shape (keys sorted)
                      csv    one file per table into the folder -o DIR (UTF-8 with BOM, CRLF, headers with
                             units such as 区域,品牌案例数（个）); summary.csv holds the headline figures
                      md     the figures and every table as Markdown tables
                    Without -o, json and md go to standard output. An unknown year exits 1 and lists the
                    years with data.
                    """
            case .exportReport:
                return """
                    Exports the work report /reports/SLUG/ (SLUG: its slug: field, else its file name) filled in.
                      html   one standalone page in the 公文 print layout (A4, GB/T 9704-2012 type area):
                             inline CSS, charts as inline SVG, tables expanded, no external references
                      md     Markdown, each chart replaced by its caption and a table
                      csv    one file per chart or table into the folder -o DIR (fig-1.csv …; UTF-8 with
                             BOM, CRLF, headers with units)
                    Without -o, html and md go to standard output. An unknown SLUG exits 1 and lists the
                    reports that exist.
                    """
            case .exportHonorRoll:
                return """
                    Exports a year's honor roll (光荣榜) in print order (rank, else 姓氏笔画).
                      csv    UTF-8 with BOM, CRLF, RFC 4180; columns 序号,姓名,名次,区域,平台,荣誉,年度 (opens in Excel)
                      md     per honor the order used and a table with 名次, for pasting into documents
                      html   one standalone print page (A4) laid out as the year page prints, inline CSS,
                             no external references
                    Each honor is signed with its award date, else the export day (SOURCE_DATE_EPOCH if set).
                    Without -o the export goes to standard output. An unknown year or honor exits 1
                    and lists the ones that exist.
                    """
            case .serve:
                return """
                    Builds the site into memory and serves it at http://HOST:PORT/. Changes to
                    content/ and templates/ rebuild it; open pages reload by themselves, or show
                    the build errors over the last good version, and list warnings in a small panel.
                    Nothing is written to disk.
                    """
            case .initSite:
                return """
                    Creates a new site project in DIR (created if missing; refused when it is not empty):
                    content/site.yml with the organisation, districts, training bases and honors, commented in
                    Chinese; one example brand case, rider, event and page; .gitignore; and a GitHub Actions
                    workflow (.github/workflows/publish.yml) that checks with --strict and publishes to GitHub Pages.
                    The site builds at once with the built-in theme; 'honorsite theme export .' copies the theme
                    out for customising.
                    """
            case .new:
                return """
                    Writes content/<kind>s/SLUG.md with every field of that kind: required ones filled in from the
                    options or marked 待填写 (check fails until they are edited), optional ones commented out with an
                    explanation, draft: true, and today's date where the kind has one. Never overwrites a file.
                    SLUG is the file name and the page address: lowercase pinyin or English, digits and hyphens
                    (zhang-san, not 张三).
                    """
            case .theme:
                return """
                    Writes the built-in theme to DIR/templates (refused when any of its files exists there).
                    A project's own templates/ overrides the built-in theme file by file: keep only the files
                    you change (for example templates/partials/card.mustache) and delete the rest.
                    """
            }
        case .footer(let c):
            switch c {
            case .build: return "EXIT STATUS: 0 built, 1 content or template errors, 64 usage error."
            case .check: return "EXIT STATUS: 0 no errors, 1 content or template errors, 64 usage error."
            case .render, .export, .exportHonorRoll, .exportStats, .exportReport, .initSite, .new, .theme:
                return "EXIT STATUS: 0 done, 1 errors, 64 usage error."
            case .serve: return "Stop with Ctrl-C.\n\nEXIT STATUS: 0 stopped, 1 cannot listen (e.g. port in use), 64 usage error."
            }
        case .option(let o):
            switch o {
            case .root: return "The site project (holds content/ and templates/). Default: current folder."
            case .output: return "Output folder, relative to the current folder. Default: ROOT/site."
            case .baseURL: return "Overrides site.yml base_url (also HONORSITE_BASE_URL)."
            case .drafts: return "Include documents with draft: true."
            case .strict: return "Treat warnings as errors."
            case .diagnostics: return "human (default) or github (GitHub Actions annotations)."
            case .quiet: return "Print only diagnostics and the summary line."
            case .lang: return "Language of messages. Default: HONORSITE_LANG, else the locale (LANG)."
            case .help: return "Show this help."
            case .data: return "The data file: .json, .yml or .yaml."
            case .partials: return "Where {{> name}} finds DIR/name.mustache. Default: the template's folder."
            case .year: return "The roll's year, such as 2025."
            case .honor: return "Only this honor. Default: every honor of the year."
            case .format: return "The export format (see above)."
            case .exportOutput: return "Write to FILE instead of standard output."
            case .port: return "TCP port. Default: 8000."
            case .host:
                return "Address to listen on. Default: 127.0.0.1 (this machine only);\n"
                    + "0.0.0.0 makes the preview reachable from the network."
            case .poll: return "Watch by scanning every 0.5 s instead of inotify (network drives)."
            case .statsYear: return "Restrict every figure to one year, such as 2025."
            case .statsOutput: return "A file (json, md) or a folder (csv; created if missing)."
            case .reportOutput: return "A file (html, md) or a folder (csv; created if missing)."
            case .reportStrict: return "Treat warnings (a chart year without data) as errors."
            case .title: return "Title (brand, event, page, report)."
            case .name: return "Name (rider)."
            case .district: return "District, as in site.yml (brand, rider, event)."
            case .date:
                return "Date (brand, event, page, report). Default: today in the site's time_zone\n"
                    + "(SOURCE_DATE_EPOCH fixes the moment)."
            case .relativeURLs:
                return "Links relative to each page (…/index.html): the site opens from a folder\n"
                    + "or a zip (file://). Also site.yml relative_urls: true. Canonical links,\n"
                    + "sitemap and feed stay absolute."
            }
        }
    }

    static func usage(_ u: Message.Usage) -> String {
        switch u {
        case .unknownCommand(let c): return "unknown command '\(c)'"
        case .scaffold(let s): return scaffold(s)
        case .seeHelp(let command): return "Run 'honorsite \(command) --help' for usage."
        case .unknownOption(let o): return "unknown option '\(o)'"
        case .optionTakesNoValue(let o): return "option --\(o) takes no value"
        case .optionNeedsValue(let o): return "option --\(o) needs a value"
        case .unexpectedArgument(let a): return "unexpected argument '\(a)'"
        case .outputNotAllowedInCheck: return "check writes nothing; --output is not allowed"
        case .badDiagnosticsFormat: return "--diagnostics must be 'human' or 'github'"
        case .badLanguage(let l): return "--lang must be 'zh-CN' or 'en', not '\(l)'"
        case .missingTemplate: return "missing TEMPLATE"
        case .expectedOneTemplate: return "expected one TEMPLATE"
        case .missingData: return "missing --data FILE"
        case .missingExportKind: return "missing what to export (honor-roll, stats or report)"
        case .cannotExport(let what): return "cannot export '\(what)'; choose honor-roll, stats or report"
        case .missingSlug: return "missing SLUG (the report's slug: field, else its file name without .md)"
        case .csvNeedsFolder: return "csv writes one file per table; give a folder with -o DIR"
        case .missingYear: return "missing --year"
        case .yearNotNumber: return "--year must be a number, such as 2025"
        case .missingFormat(let choices): return "missing --format \(choices)"
        case .badFormat(let choices): return "--format must be \(choices.dropLast().joined(separator: ", ")) or \(choices.last ?? "")"
        case .badPort(let p): return "--port must be a number from 0 to 65535, not '\(p)'"
        case .missingHost: return "--host needs an address, e.g. 127.0.0.1"
        }
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func cli(_ c: Message.CLI) -> String {
        switch c {
        case .projectMissing(let path):
            return "project folder \(path) does not exist"
        case .notASiteProject(let path):
            return "\(path) is not a site project: content/site.yml not found (use --root)"
        case .badSourceDateEpoch(let value):
            return "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(value)'"
        case .writeProgress(let files, let path):
            return "[6/6] write: \(files) files to \(path)"
        case .built(let pages, let documents, let seconds, let warnings):
            return "built \(pages) pages from \(documents) documents in \(seconds) s (\(plural(warnings, "warning")))"
        case .checked(let pages, let documents, let seconds, let warnings):
            return "checked \(pages) pages from \(documents) documents in \(seconds) s: 0 errors, \(plural(warnings, "warning"))"
        case .buildFailed(let errors, let warnings):
            return "build failed: \(plural(errors, "error")), \(plural(warnings, "warning")); the output folder was not changed"
        case .checkFailed(let errors, let warnings):
            return "check failed: \(plural(errors, "error")), \(plural(warnings, "warning"))"
        case .invalidJSON(let reason):
            return "invalid JSON: \(reason)"
        case .exportIntoSources(let folder, let path):
            return "refusing to write the export into \(folder)/ (\(path)); choose a file outside the project's sources"
        case .exportToFolder(let path, let example):
            return "\(path) is a folder; -o takes a file name such as \(example)"
        case .exportFailed:
            return "export failed: the content has errors"
        case .noHonorRoll(let year, let years):
            let list = years.isEmpty ? "none" : years.map(String.init).joined(separator: ", ")
            return "no honor roll for \(year); years with honors: \(list)"
        case .noSuchHonor(let honor, let year, let honors):
            return "no honor '\(honor)' in \(year); honors that year: \(honors.joined(separator: "、"))"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(fileProblem(reason))"
        case .wroteNames(let count, let path):
            return "wrote \(count) names to \(path)"
        case .noStatistics(let year, let years):
            return "no statistics for \(year); years with data: \(years.isEmpty ? "none" : years.map(String.init).joined(separator: ", "))"
        case .noReport(let slug, let reports):
            return "no report '\(slug)'; reports: \(reports.isEmpty ? "none" : reports.joined(separator: ", "))"
        case .outputIsFile(let path): return "\(path) is a file; csv needs a folder (-o DIR)"
        case .cannotCreateFolder(let path, let reason): return "cannot create \(path): \(fileProblem(reason))"
        case .wroteReport(let title, let path): return "wrote \(title) to \(path)"
        case .wroteTables(let count, let path): return "wrote \(count) tables to \(path)"
        case .wroteStatistics(let path): return "wrote statistics to \(path)"
        case .serving(let url, let allInterfaces, let polling):
            return "serving \(url) (Ctrl-C to stop)" + (allInterfaces ? " — listening on all interfaces" : "")
                + (polling ? "; watching by polling" : "")
        case .stopping:
            return "stopping"
        case .portInUse(let port, let next):
            return "port \(port) is in use; " + (next.map { "try --port \($0)" } ?? "try another --port")
        case .noPermission(let address):
            return "no permission to listen on \(address) (ports below 1024 need privileges)"
        case .badHost(let host, let reason):
            return reason.isEmpty ? "\(host) is not an address of this machine" : "cannot use host '\(host)': \(reason)"
        case .cannotListen(let address, let reason):
            return "cannot listen on \(address): \(reason)"
        case .previewBuilt(let initial, let pages, let documents, let seconds, let changed, let warnings):
            return "\(initial ? "built" : "rebuilt") \(pages) pages from \(documents) documents in \(seconds) s"
                + because(changed) + " (\(plural(warnings, "warning")))"
        case .previewFailed(let initial, let changed, let errors, let seconds):
            return "build failed\(because(changed)): \(plural(errors, "error")) in \(seconds) s; "
                + (initial ? "pages show the errors until it builds" : "still serving the last good site")
        }
    }

    static func because(_ changed: [String]) -> String {
        guard let first = changed.first else { return "" }
        return " (\(first)\(changed.count > 1 ? " and \(changed.count - 1) more" : ""))"
    }

    // MARK: - Preview server

    static func server(_ s: Message.Server) -> String {
        switch s {
        case .overlayTitle: return "Build failed — showing the last good version (fix the file and save to reload)"
        case .warningsTitle(let n): return plural(n, "warning")
        case .hide: return "Hide"
        case .building: return "Building…"
        case .failedPageTitle: return "HonorSite: build failed"
        case .failedHeading: return "The site could not be built"
        case .failedHint: return "Fix these problems and save; the page reloads by itself."
        case .stopping: return "the preview server is stopping"
        case .tooManyConnections: return "too many connections"
        case .notFound: return "not found"
        case .wrongHost(let host, let url): return "unexpected Host '\(host)'; open \(url) instead"
        case .targetMustBePath: return "the request target must be a path"
        case .otherServer: return "the request names another server"
        case .cannotRead(let key): return "\(key) cannot be read"
        case .movedTo(let location): return "moved to \(location)"
        case .methodNotAllowed(let method): return "method \(method) is not allowed; this preview server answers GET and HEAD"
        case .badRequest(let problem): return badRequest(problem)
        }
    }

    static func badRequest(_ p: Message.Server.BadRequest) -> String {
        switch p {
        case .headTooLarge: "request header fields too large"
        case .emptyRequest: "empty request"
        case .malformedRequestLine: "malformed request line"
        case .malformedMethod: "malformed method"
        case .malformedTarget: "malformed request target"
        case .targetNotUTF8: "request target is not UTF-8"
        case .versionNotSupported: "HTTP version not supported"
        case .malformedVersion: "malformed HTTP version"
        case .tooManyFields: "too many header fields"
        case .obsoleteLineFolding: "obsolete line folding is not accepted"
        case .malformedField: "malformed header field"
        case .malformedFieldName: "malformed header field name"
        case .controlCharacterInField: "control character in header field"
        case .duplicateHost: "more than one Host field"
        case .missingHost: "HTTP/1.1 request without Host"
        case .malformedContentLength: "malformed Content-Length"
        case .pathWithoutSlash: "the path must start with /"
        case .malformedPercentEncoding: "malformed percent-encoding in the path"
        case .encodedSlash: "encoded slashes are not allowed in the path"
        case .controlCharacterInPath: "control characters are not allowed in the path"
        case .backslashInPath: "backslashes are not allowed in the path"
        case .pathNotUTF8: "the path is not UTF-8"
        case .dotSegment: "'.' and '..' segments are not allowed in the path"
        case .emptySegment: "empty segments ('//') are not allowed in the path"
        case .requestTimeout: "request timeout"
        case .bodyNotAccepted: "request bodies are not accepted"
        }
    }

    /// `U+0007` style.
    static func uPlus(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    // MARK: - init, new, theme

    static func fileProblem(_ p: Message.FileProblem) -> String {
        switch p {
        case .fileInTheWay(let file): "\(file) is a file, and a folder is needed there; choose another folder"
        case .exists: "it already exists"
        case .permissionDenied: "permission denied: you may not write in this folder (choose another one, or ask its owner)"
        case .readOnly: "the folder is on a read-only disk; choose another folder"
        case .diskFull: "the disk is full; free some space and try again"
        case .nameTooLong: "the name is longer than the file system allows (255 bytes)"
        case .other(let reason): reason
        }
    }

    static func scaffold(_ s: Message.Scaffold) -> String {
        switch s {
        case .missingInitDir: return "missing DIR, the folder of the new site"
        case .expectedOneDir: return "expected one DIR"
        case .missingSlug: return "missing SLUG, the file name: lowercase pinyin or English words joined by hyphens, e.g. zhang-san"
        case .missingThemeDir: return "missing DIR: where to write the theme (a templates/ folder is created in it)"
        case .missingThemeAction: return "missing action; use 'theme export DIR'"
        case .initNotEmpty(let dir): return "folder \(dir) is not empty; give a new or empty folder (init never changes existing files)"
        case .initNotAFolder(let dir): return "\(dir) exists and is not a folder"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(fileProblem(reason))"
        case .initDone(let dir, let shown, let files):
            return """
                created a new site in \(dir) (\(files) files)

                next:
                  cd \(shellQuoted(shown))
                  honorsite serve            preview at http://127.0.0.1:8000/, rebuilt on every change
                  honorsite new rider SLUG   add a rider (also: brand, event, page, report)
                edit content/site.yml first: title, organization, base_url, districts, bases, honors.

                """
        case .unknownKind(let kind, let kinds): return "unknown kind '\(kind)'; use \(list(kinds))"
        case .missingKind(let kinds): return "missing KIND (\(list(kinds))) and SLUG"
        case .slugNotASCII(let slug, let kind):
            return "'\(slug)' cannot be a file name: a slug is lowercase pinyin or English letters, digits and hyphens, "
                + "because it becomes the page address. Write it in pinyin, e.g. "
                + "'honorsite new \(kind) zhang-san\(kind == "rider" ? " --name \(shellQuoted(slug))" : "")'; "
                + "the Chinese name goes into the front matter, and 'slug:' there can set another address later"
        case .slugInvalid(let slug, let suggestion):
            return "'\(slug)' is not a valid slug: use lowercase ASCII letters, digits and single hyphens ([a-z0-9-])"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .slugTooLong(let start, let bytes, let maximum):
            return "the slug '\(start)…' is \(bytes) characters long; it becomes the file name SLUG.md, "
                + "which may have at most \(maximum + 3), so a slug at most \(maximum): choose a shorter one"
        case .optionNotForKind(let option, let kind, let use):
            return "\(option) does not apply to a \(kind)" + (use.map { "; use \($0)" } ?? "")
        case .controlCharacterInOption(let option, let scalar):
            return
                "\(option) holds the control character \(uPlus(scalar)), which a front-matter value cannot hold; write it on one line without it"
        case .invalidDate(let value): return "--date must be a date written YYYY-MM-DD, not '\(value)'"
        case .documentExists(let path):
            return "\(path) already exists; new never overwrites a file (choose another slug, or edit that file)"
        case .newDone(let path, let marker):
            return "created \(path) (draft: true)\n"
                + "fill in every value that starts with \(marker), then set draft: false; "
                + "'honorsite check' shows what is still missing\n"
        case .unknownThemeAction(let action): return "unknown theme action '\(action)'; use 'theme export DIR'"
        case .themeFileExists(let path): return "\(path) already exists; export never overwrites (remove it or choose another folder)"
        case .themeExported(let count, let dir):
            return "wrote \(count) files of the default theme to \(dir)/templates; files you keep there override the built-in ones\n"
        case .themeExportedAside(let count, let dir):
            return "wrote \(count) files of the default theme to \(dir)/templates; \(dir) is not a site project, so they override "
                + "nothing: a site uses the templates/ folder beside its content/ folder (honorsite theme export PROJECT)\n"
        case .themeIntoContent(let dir, let project):
            return "\(dir) is inside the content folder of \(project), where theme files are not read; "
                + "export into the project folder instead (honorsite theme export \(shellQuoted(project))), "
                + "which writes templates/ beside content/"
        }
    }

    /// `brand, rider, event, page or report`.
    private static func list(_ kinds: [String]) -> String {
        kinds.dropLast().joined(separator: ", ") + " or " + (kinds.last ?? "")
    }
}
