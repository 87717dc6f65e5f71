import Charts
import FrontMatter
import Media
import Mustache
import Testing

@testable import Messages

// MARK: - Every key in both languages

/// One example of every message key (every case of every nested enum, with
/// arguments). ``exampleName(_:)`` below switches over every case without
/// `default`, so a new key does not compile until it is named there, and
/// `everyKeyHasAnExample` fails until an example of it is added here.
let examples: [Message] = {
    var list: [Message] = []
    let kinds: [FrontMatterError.Kind] = [
        .invalidUTF8, .missingOpeningDelimiter, .unclosedFrontMatter, .invalidCharacter("\u{1}"),
        .tabIndentation, .badIndentation, .invalidKey("K"), .duplicateKey("k", firstLine: 1), .expectedKey,
        .expectedListItem, .unexpectedListItem, .unterminatedQuote(.double), .unterminatedQuote(.single),
        .badEscape("\\q"), .textAfterClosingQuote, .plainValueContainsColon, .unexpectedCharacter("@"),
        .unterminatedFlowList, .emptyFlowListItem, .textAfterFlowList, .invalidDate("2025-02-30"),
        .integerOutOfRange("99999999999999999999"), .frontMatterNotMapping, .unsupported(.anchor), .unsupported(.alias),
        .unsupported(.tag), .unsupported(.blockScalar), .unsupported(.flowMapping),
        .unsupported(.nestedFlowCollection), .unsupported(.multipleDocuments), .unsupported(.directive),
        .unsupported(.complexKey), .unsupported(.multiLinePlainScalar), .nestingTooDeep(64),
        .looksLikeGB18030, .fullWidthColon, .missingSpaceAfterColon, .fullWidthSpace, .fullWidthBracket("［"),
        .listDash("－"), .mismatchedQuote("”"), .fullWidthDigits("２０２５", ascii: "2025"),
        .nonISODate("2025年10月1日", iso: "2025-10-01"), .numberWithUnit("30人", number: "30"),
        .chineseBoolean("是", true),
    ]
    list += kinds.map(Message.frontMatter)
    list += [FrontMatterWarning.Kind.chineseListSeparator("，"), .quotesAroundValue("”刘洋“"), .strayQuote("”")]
        .map(Message.frontMatterWarning)
    list += Message.Editor.allCases.map(Message.saveAsUTF8)
    let templates: [MustacheError.Kind] = [
        .unclosedSection("items"), .mismatchedSectionEnd(expected: "a", found: "b"), .unexpectedSectionEnd("x"),
        .unclosedTag, .invalidDelimiters, .emptyTag, .invalidTagName("first name"), .missingPartial("nav"),
        .recursionLimit(200), .nestingLimit(200), .expansionLimit(2_000_000), .iterationLimit(20_000_000),
        .outputLimit(256 << 20), .missingTemplate("home"),
    ]
    list += templates.map(Message.mustache)
    list.append(.help(.main(commands: "  build     x")))
    list += [.help(.usageHeading), .help(.optionsHeading)]
    for c in Message.Command.allCases { list += [.help(.summary(c)), .help(.description(c)), .help(.footer(c))] }
    list += Message.Help.Option.allCases.map { .help(.option($0)) }
    let usages: [Message.Usage] = [
        .unknownCommand("bild"), .seeHelp(command: "build"), .unknownOption("--fast"), .optionTakesNoValue("drafts"),
        .optionNeedsValue("root"), .unexpectedArgument("x"), .outputNotAllowedInCheck, .badDiagnosticsFormat,
        .badLanguage("fr"), .missingTemplate, .expectedOneTemplate, .missingData, .missingExportKind,
        .cannotExport("roll"), .missingSlug, .csvNeedsFolder,
        .missingYear, .yearNotNumber, .missingFormat("csv|md|html"), .badFormat(["csv", "md", "html"]), .badPort("http"), .missingHost,
    ]
    list += usages.map(Message.usage)
    let cli: [Message.CLI] = [
        .projectMissing("/p"), .notASiteProject("/p"), .badSourceDateEpoch("x"), .writeProgress(files: 3, path: "/p/site"),
        .built(pages: 9, documents: 4, seconds: "0.10", warnings: 2), .checked(pages: 9, documents: 4, seconds: "0.10", warnings: 1),
        .buildFailed(errors: 2, warnings: 1), .checkFailed(errors: 1, warnings: 0), .invalidJSON("bad"),
        .exportIntoSources(folder: "content", path: "content/x.csv"), .exportToFolder(path: "out", example: "honors-2025.csv"),
        .exportFailed, .noHonorRoll(year: 2030, years: [2024, 2025]), .noHonorRoll(year: 2030, years: []),
        .noSuchHonor(honor: "金牌", year: 2025, honors: ["十大最美骑手"]), .cannotWrite(path: "/x", reason: .permissionDenied),
        .wroteNames(count: 5, path: "a.csv"), .noStatistics(year: 2019, years: [2024, 2025]), .noStatistics(year: 2019, years: []),
        .noReport(slug: "x", reports: ["annual-2025"]), .outputIsFile("out"), .cannotCreateFolder(path: "out", reason: .readOnly),
        .wroteReport(title: "2025年工作报告", path: "r.html"), .wroteTables(count: 3, path: "out"),
        .wroteStatistics("s.json"), .serving(url: "http://127.0.0.1:8000/", allInterfaces: true, polling: true),
        .stopping, .portInUse(port: 8000, next: 8001), .portInUse(port: 8000, next: nil), .noPermission(address: "0.0.0.0:80"),
        .badHost(host: "x", reason: ""), .badHost(host: "x", reason: "bad"), .cannotListen(address: "a:1", reason: "r"),
        .previewBuilt(initial: false, pages: 3, documents: 2, seconds: "0.05", changed: ["content/a.md", "content/b.md"], warnings: 1),
        .previewFailed(initial: true, changed: ["content/a.md"], errors: 2, seconds: "0.05"),
    ]
    list += cli.map(Message.cli)
    let server: [Message.Server] =
        [
            .overlayTitle, .warningsTitle(3), .hide, .building, .failedPageTitle, .failedHeading, .failedHint, .stopping,
            .tooManyConnections, .notFound, .wrongHost(host: "evil", url: "http://127.0.0.1:8000/"), .targetMustBePath,
            .otherServer, .cannotRead("a.png"), .movedTo("/riders/"), .methodNotAllowed("POST"),
        ] + Message.Server.BadRequest.allCases.map(Message.Server.badRequest)
    list += server.map(Message.server)
    let site: [Message.Site] = [
        .subfolderNotRead(folder: "riders"), .onlyMarkdownHere, .dataFilesMustBeYML, .linkLeavesProject(target: "/etc/x"),
        .notRegularFile, .cannotReadFile, .siteSettingsNotFound, .unreadableEntry(reason: "Permission denied"),
        .nameTooLong(.slug, name: "aaaaaaaaaaaa", bytes: 300, maximum: 255),
        .nameTooLong(.tag("最美骑手"), name: "x", bytes: 300, maximum: 255),
        .nameTooLong(.districtSlug, name: "x", bytes: 300, maximum: 255), .nameTooLong(.baseSlug, name: "x", bytes: 300, maximum: 255),
        .badLanguageTag("chinese"), .missingField("district"),
        .wrongType(key: "year", expected: .integer, found: .string("二〇二五")), .emptyField("name"),
        .tooSmall(key: "rank", minimum: 1, found: 0), .tooLarge(key: "year", maximum: 9999, found: 12000),
        .yearOutOfRange(key: "date", from: 1901, to: 9999), .unknownKey("distrcit", suggestion: "district"),
        .unknownKey("colour", suggestion: nil), .invalidSlug("Li Ming"), .fileNameNotSlug("刘洋.md"), .controlCharacter("\u{7}"),
        .unknownDistrict("福田"), .declaredDistricts(["福田区", "南山区"]), .mediaPathOutside(key: "photo"),
        .mediaMissing(key: "photo", path: "content/media/x.jpg", suggestion: nil),
        .mediaMissing(key: "photo", path: "content/media/riders\\x.jpg", suggestion: "riders/x.jpg"),
        .undeclaredHonor("十大最美骑士", suggestion: "十大最美骑手", declared: ["十大最美骑手"]),
        .undeclaredHonor("金牌", suggestion: nil, declared: ["十大最美骑手"]), .honorDateNotInYear(date: "2024-1-5", year: 2025),
        .honorOverSize(count: 11, honor: "十大最美骑手", year: 2025, size: 10),
        .honorUnderSize(count: 9, honor: "十大最美骑手", year: 2025, size: 10), .riders(["content/riders/a.md"]),
        .sameNameTwice(name: "田富", year: 2025, honor: "十大最美骑手", first: "a.md", second: "b.md"),
        .endBeforeStart(end: "2025-01-01", start: "2025-02-01"), .unknownBase("福田基地"), .declaredBases(["南山基地"]),
        .badBaseURL, .badBaseURLOverride("ftp://x"), .unknownTimeZone("Beijing"), .badDistrictSlug("FT"),
        .districtDeclaredTwice(name: "福田区", slug: "futian"), .firstDeclared(name: "福田区", slug: "futian"),
        .baseInUnknownDistrict("罗湖"), .badBaseSlug("B"), .baseDeclaredTwice(name: "基地", slug: "b"), .honorDeclaredTwice("金牌"),
        .urlCollision(page: "riders/a/", other: "content/riders/A.md"), .bothProduce("riders/a/"),
        .rankTaken(rank: 2, honor: "十大最美骑手", year: 2025, rider: "田富", path: "content/riders/tian-fu.md"),
        .personalNumber(.mobile, masked: "138****8000"), .personalNumber(.id, masked: "110***********1234"),
        .unknownStrokes(name: "𠀀明", characters: ["𠀀"]), .generatedTwice(page: "events/2025/", first: "2025", second: "2025 活动"),
        .tagCollision(tag: "Red Star", other: "red-star", file: "content/a.md", path: "tags/red-star/"), .templateNameTwice("nav"),
        .alsoAt("templates/partials/nav.mustache"), .templateMissing("rider"), .contentLinkNotBuilt("../riders/x.md"),
        .brokenLink(link: "#x", problem: .noSuchID(id: "x", page: "index.html")),
        .brokenLinkOnPage(link: "/y/", page: "riders/", problem: .noGeneratedFile), .outputTwice("feed.xml"),
        .alsoBy("templates/static/feed.xml"), .alsoBy(nil),
        .brokenLink(link: "/x", problem: .outsideBasePath("/sub/")), .brokenLink(link: "../../..", problem: .leavesSite),
    ]
    list += site.map(Message.site)
    list += [
        .site(.placeholder(key: "district", value: "待填写：所在区")),
        .site(.brokenLink(link: "/sub/x/", problem: .rootRelativeFromFolder)),
        .site(.brokenLink(link: "../riders/", problem: .folderFromFolder)),
    ]
    let newKinds = ["brand", "rider", "event", "page", "report"]
    let scaffold: [Message.Scaffold] = [
        .missingInitDir, .expectedOneDir, .missingSlug, .missingThemeDir, .missingThemeAction, .initNotEmpty("/tmp/x"),
        .initNotAFolder("/tmp/x"),
        .initDone(dir: "/tmp/mysite", shown: "mysite", files: 8), .unknownKind(kind: "hero", kinds: newKinds),
        .missingKind(kinds: newKinds),
        .slugNotASCII(slug: "张三", kind: "rider"), .slugInvalid(slug: "Zhang_San", suggestion: "zhang-san"),
        .slugTooLong(start: "aaaaaaaaaaaaaaaa", bytes: 300, maximum: 252),
        .optionNotForKind(option: "--title", kind: "rider", use: "--name"),
        .controlCharacterInOption(option: "--name", "\n"), .invalidDate("2026-02-30"),
        .documentExists("content/riders/tian-fu.md"), .newDone(path: "content/riders/zhang-san.md", marker: "待填写"),
        .unknownThemeAction("import"), .themeFileExists("/tmp/t/templates/home.mustache"), .themeExported(count: 27, dir: "/tmp/t"),
        .themeExportedAside(count: 27, dir: "/tmp/t"), .themeIntoContent(dir: "/tmp/p/content", project: "/tmp/p"),
    ]
    list += scaffold.map(Message.scaffold)
    let fileProblems: [Message.FileProblem] = [
        .fileInTheWay("afile"), .exists, .permissionDenied, .readOnly, .diskFull, .nameTooLong, .other("Input/output error"),
    ]
    list += fileProblems.map { .scaffold(.cannotWrite(path: "afile/site", reason: $0)) }
    list.append(.usage(.scaffold(.missingSlug)))
    list += [
        Message.Progress.discover(contentFiles: 10), .load(documents: 9, templates: 20), .validate, .index(pages: 30),
        .render(files: 40),
    ].map(Message.progress)
    let writes: [Message.Write] = [
        .outputContainsProject("/p"), .outputContains(output: "/", folder: "/p/content"),
        .outputInside(output: "/p/content/x", folder: "/p/content"),
        .outputNotFolder("/p/x"), .outputNotOurs(output: "/p/out", marker: ".honorsite-output"),
        .cannotWrite(path: "/p/.site.staging-1", reason: "No space left on device"), .cannotReplace(path: "/p/site", reason: "r"),
        .cannotMoveIn(path: "/p/site", reason: "r"), .fileFailed("index.html: Permission denied"),
    ]
    list += writes.map(Message.write)
    let reports: [Message.Report] = [
        .unknownChartKey("colour", valid: ["data", "type"]), .unknownData("x", valid: ["honors"]), .unknownType("pie", valid: ["bar"]),
        .missingData, .badLine("oops"), .badYear("next"), .duplicateKey("data"), .unclosedChart, .noData(2019),
        .unknownName("statz", valid: ["stats"]), .unknownName("x", valid: []), .delimiterChange, .partialInReport, .unclosedTag,
        .chart(data: "honors", type: "bar", problem: .noSeries),
        .chart(data: "honors", type: "bar", problem: .valueCount(series: "数量", values: 2, categories: 1)),
        .chart(data: "honors", type: "bar", problem: .negativeValues),
        .chart(data: "honors", type: "line", problem: .oneSeriesOnly("line")),
        .chart(data: "honors", type: "donut", problem: .tooManyParts(maximum: 8, found: 9)),
        .chart(data: "honors", type: "stacked", problem: .tooManySeries(maximum: 8)),
    ]
    list += reports.map(Message.report)
    let media: [Message.Media] = [
        .unreadable(MediaError(.empty, at: 0)), .unreadable(MediaError(.wrongFormat(actual: .heic, expected: .jpeg), at: 0)),
        .unreadable(MediaError(.wrongFormat(actual: .image(.png), expected: .jpeg), at: 0)),
        .unreadable(MediaError(.wrongFormat(actual: .pdf, expected: .jpeg), at: 0)),
        .unreadable(MediaError(.notAnImage(expected: .png), at: 0)),
        .unreadable(MediaError(.truncated("a JPEG segment"), at: 1200)), .unreadable(MediaError(.malformed("PNG chunk"), at: 33)),
        .locationRemoved, .alsoRemoved("camera serial number"), .tooLarge(size: "3.2 MB", budgetKB: 800),
        .tooManyPixels(size: "4032×3024", budget: 2400), .shrinkHint(path: "riders/a.jpg", format: .jpeg, maxPixels: 2400),
        .unknownKeep("x.jpg"), .missingAlt(key: "photo_alt", default: "田富的照片"), .uncheckedFormat("heic"),
    ]
    list += media.map(Message.media)
    return list
}()

/// The case name of a message, down to the nested enum's case. Exhaustive on purpose.
func exampleName(_ m: Message) -> String {
    func name(_ v: Any) -> String { String(String(describing: v).prefix { $0 != "(" }) }
    switch m {
    case .frontMatter(let k):
        if case .unsupported(let f) = k { return "frontMatter.unsupported.\(name(f))" }
        if case .unterminatedQuote(let q) = k { return "frontMatter.unterminatedQuote.\(name(q))" }
        return "frontMatter.\(name(k))"
    case .frontMatterWarning(let k): return "frontMatterWarning.\(name(k))"
    case .saveAsUTF8(let e): return "saveAsUTF8.\(name(e))"
    case .mustache(let k): return "mustache.\(name(k))"
    case .site(let k): return "site.\(name(k))"
    case .progress(let k): return "progress.\(name(k))"
    case .write(let k): return "write.\(name(k))"
    case .report(let k): return "report.\(name(k))"
    case .media(let k): return "media.\(name(k))"
    case .help(let h):
        switch h {
        case .summary(let c), .description(let c), .footer(let c): return "help.\(name(h)).\(c.rawValue)"
        case .option(let o): return "help.option.\(name(o))"
        default: return "help.\(name(h))"
        }
    case .usage(let u): return "usage.\(name(u))"
    case .cli(let c): return "cli.\(name(c))"
    case .server(let s): return "server.\(name(s))"
    case .scaffold(let s): return "scaffold.\(name(s))"
    }
}

/// Payload strings of a message that may appear verbatim in either language.
func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }

@Test func everyKeyHasAnExample() {
    // Counts of cases per nested enum, as declared (a new case changes the count and fails here
    // until an example is added above).
    let names = Set(examples.map(exampleName))
    let expected = [
        "frontMatter.": 45, "frontMatterWarning.": 3, "saveAsUTF8.": Message.Editor.allCases.count,
        "help.": 3 + 3 * Message.Command.allCases.count + Message.Help.Option.allCases.count,
        "usage.": 23, "mustache.": 14,
        "site.": 59, "progress.": 5, "write.": 9, "report.": 14, "media.": 9, "cli.": 31, "server.": 17, "scaffold.": 24,
    ]
    for (prefix, count) in expected {
        #expect(names.filter { $0.hasPrefix(prefix) }.count == count, "\(prefix)")
    }
}

@Test("every message exists in English and in Chinese", arguments: examples)
func bothLanguages(_ m: Message) {
    let en = m.text(.english)
    let zh = m.text(.chinese)
    #expect(!en.isEmpty && !zh.isEmpty)
    #expect(en != zh, "Chinese text is the English one: \(en)")
    // The Chinese text is Chinese beyond its arguments; the English one has no Chinese of its own.
    let argumentHan = Set(String(describing: m).unicodeScalars.filter(isHan))
    #expect(zh.unicodeScalars.contains { isHan($0) && !argumentHan.contains($0) }, "\(zh)")
    let ownHanInEnglish = en.unicodeScalars.filter { isHan($0) && !argumentHan.contains($0) }
    // The help texts name the Chinese product terms 光荣榜, 姓氏笔画 and the CSV header on purpose.
    // So does the warning that quotes the chart's "暂无数据" label.
    switch m {
    case .help, .report(.noData): break
    default: #expect(ownHanInEnglish.isEmpty, "\(en)")
    }
}

@Test func frontMatterMessagesAreDistinct() {
    let fm = examples.filter { if case .frontMatter = $0 { true } else { false } }
    for language in Language.allCases {
        let texts = fm.map { $0.text(language) }
        #expect(Set(texts).count == texts.count, "\(language)")
    }
    for m in fm { #expect(m.text(.english).first?.isLowercase == true, "\(m.text(.english))") }
}

// MARK: - Exact wording of the common cases

@Test func fullWidthColonWording() {
    #expect(Message.frontMatter(.fullWidthColon).text(.chinese) == "冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）")
    #expect(
        Message.frontMatter(.fullWidthColon).text(.english)
            == "full-width colon '：' after the key; type a half-width ': ' (colon and a space)")
}

@Test func englishFrontMatterMessagesUnchanged() {
    #expect(Message.frontMatter(.unterminatedQuote(.double)).text(.english) == "unterminated double-quoted string")
    #expect(
        Message.frontMatter(.duplicateKey("title", firstLine: 2)).text(.english)
            == "duplicate key 'title' (first defined on line 2)")
    #expect(
        Message.frontMatter(.invalidDate("2024-02-30")).text(.english)
            == "invalid date '2024-02-30'; expected a real date as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] "
            + "(quote the value if it is text)")
    #expect(Message.frontMatter(.invalidCharacter("\u{7}")).text(.english) == "control character U+0007 is not allowed")
}

// MARK: - Choosing the language

@Test func metadataNamesInChinese() {
    #expect(Message.media(.alsoRemoved("serial number, camera data")).text(.chinese) == "一并去掉的还有：序列号、相机信息")
}

@Test func templateMessages() {
    #expect(Message.mustache(.unclosedSection("items")).text(.english) == "section 'items' opened here is never closed")
    #expect(Message.mustache(.unclosedSection("items")).text(.chinese) == "这里开始的区块“items”没有结束：缺少 {{/items}}")
    #expect(Message.mustache(.missingTemplate("x")).text(.english) == "template 'x' not found")
    #expect(Message.mustache(.outputLimit(256 << 20)).text(.english).contains("256 MiB"))
}

@Test func languageFromEnvironment() {
    func lang(_ env: [String: String], flag: Language? = nil) -> Language { Language.resolve(flag: flag, environment: env) }
    #expect(lang([:]) == .english)
    #expect(lang(["LANG": "zh_CN.UTF-8"]) == .chinese)
    #expect(lang(["LANG": "C"]) == .english)
    #expect(lang(["LANG": "en_US.UTF-8"]) == .english)
    #expect(lang(["LANG": "zh_TW.UTF-8"]) == .chinese)
    // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; empty values are skipped.
    #expect(lang(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .english)
    #expect(lang(["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C"]) == .chinese)
    // HONORSITE_LANG wins over the locale; the flag wins over both.
    #expect(lang(["HONORSITE_LANG": "zh-CN", "LANG": "C"]) == .chinese)
    #expect(lang(["HONORSITE_LANG": "en", "LANG": "zh_CN.UTF-8"]) == .english)
    #expect(lang(["HONORSITE_LANG": "zh-CN"], flag: .english) == .english)
    // An unreadable HONORSITE_LANG falls back to the locale.
    #expect(lang(["HONORSITE_LANG": "klingon", "LANG": "zh_CN.UTF-8"]) == .chinese)
}

@Test func languageTags() {
    #expect(Language(tag: "zh-CN") == .chinese)
    #expect(Language(tag: "zh") == .chinese)
    #expect(Language(tag: "zh_CN.UTF-8") == .chinese)
    #expect(Language(tag: "zh-Hans") == .chinese)
    #expect(Language(tag: "en") == .english)
    #expect(Language(tag: "en-US") == .english)
    #expect(Language(tag: "fr") == nil)
    #expect(Language(tag: "") == nil)
}
