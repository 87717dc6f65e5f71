import FrontMatter
import Testing

// Chinese-keyboard mistakes: each is reported at the wrong character with a kind
// that names it (the words, in Chinese and English, are tested in MessagesTests).

let keyboardErrorCases: [ErrorCase] = [
    // Full-width colon after a key
    .doc("full-width colon on the first line", "---\ndistrict：盐田区\n---\n", .fullWidthColon, 2, 9),
    .doc("full-width colon on a later line", "---\nname: 田富\ndistrict：盐田区\n---\n", .fullWidthColon, 3, 9),
    .doc("full-width colon after a space", "---\nname: 田富\ndistrict ：盐田区\n---\n", .fullWidthColon, 3, 10),
    .doc("full-width colon after a Chinese key", "---\n区域：盐田区\n---\n", .fullWidthColon, 2, 3),
    // Regression: this was "bad indentation" on the next line.
    .doc(
        "full-width colon in a list item", "---\nname: 田富\nhonors:\n  - title：十大最美骑手\n    year: 2025\n---\n",
        .fullWidthColon, 4, 10),
    .doc(
        "full-width colon in a list item's second entry",
        "---\nhonors:\n  - title: 十大最美骑手\n    year：2025\n---\n", .fullWidthColon, 4, 9),
    .yaml("full-width colon in a nested mapping on its own line", "a:\n  b：1\n", .fullWidthColon, 2, 4),
    .yaml("full-width colon in site.yml", "title: 站点\nbase_url：https://example.org/\n", .fullWidthColon, 2, 9),

    // Spaces
    .doc(
        "two full-width spaces as indentation", "---\nname: 田富\nhonors:\n  - title: 十大最美骑手\n　　year: 2025\n---\n",
        .fullWidthSpace, 5, 1),
    .yaml("full-width space after ordinary ones", "a:\n  　b: 1\n", .fullWidthSpace, 2, 3),
    .yaml("tab before a full-width space", "a:\n\t　b: 1\n", .tabIndentation, 2, 1),
    .yaml("full-width space before a tab", "a:\n　\tb: 1\n", .fullWidthSpace, 2, 1),
    .yaml("full-width space after the colon", "a: 1\nname:　田富\n", .fullWidthSpace, 2, 6),
    .yaml("no space after the colon", "a: 1\nname:田富\n", .missingSpaceAfterColon, 2, 5),

    // Brackets and dashes
    .yaml("full-width square brackets", "tags: ［最美骑手, 志愿服务］\n", .fullWidthBracket("［"), 1, 7),
    .yaml("lenticular brackets around a list", "tags: 【最美骑手，志愿服务】\n", .fullWidthBracket("【"), 1, 7),
    .yaml("half-width open, full-width close", "tags: [最美骑手, 志愿服务］\n", .fullWidthBracket("］"), 1, 18),
    .yaml("full-width dash as a list item", "tags:\n  － 最美骑手\n", .listDash("－"), 2, 3),
    .yaml("em dash as a list item", "tags:\n  — 最美骑手\n", .listDash("—"), 2, 3),
    .yaml("bullet from Word as a list item", "honors:\n  • title: 十大最美骑手\n", .listDash("•"), 2, 3),

    // Quotes
    .yaml("straight quote closed by a Chinese one", "name: \"刘洋”\n", .mismatchedQuote("”"), 1, 10),
    .yaml("single quote closed by a Chinese one", "name: '刘洋’\n", .mismatchedQuote("’"), 1, 10),

    // Digits and dates
    .yaml("full-width digits in a year", "year: ２０２５\n", .fullWidthDigits("２０２５", ascii: "2025"), 1, 7),
    .yaml("full-width digits in a date", "date: ２０２５-１０-０１\n", .fullWidthDigits("２０２５-１０-０１", ascii: "2025-10-01"), 1, 7),
    .yaml(
        "full-width digits and dashes in a date", "date: ２０２５－１０－０１\n",
        .fullWidthDigits("２０２５－１０－０１", ascii: "2025-10-01"), 1, 7),
    .yaml("date with 年月日", "date: 2025年10月1日\n", .nonISODate("2025年10月1日", iso: "2025-10-01"), 1, 7),
    .yaml("date with 年月号", "date: 2025年10月1号\n", .nonISODate("2025年10月1号", iso: "2025-10-01"), 1, 7),
    .yaml("date with dots", "date: 2025.10.1\n", .nonISODate("2025.10.1", iso: "2025-10-01"), 1, 7),
    .yaml("date with slashes", "date: 2025/10/01\n", .nonISODate("2025/10/01", iso: "2025-10-01"), 1, 7),
    .yaml("date with one-digit month", "date: 2025-9-30\n", .nonISODate("2025-9-30", iso: "2025-09-30"), 1, 7),
    .yaml("full-width date with 年月日", "date: ２０２５年１０月１日\n", .nonISODate("２０２５年１０月１日", iso: "2025-10-01"), 1, 7),
    .yaml("date with 年月日 in a list", "dates: [2025-01-01, 2025年2月3日]\n", .nonISODate("2025年2月3日", iso: "2025-02-03"), 1, 21),
    .yaml("no such day, written with 年月日", "date: 2025年2月30日\n", .invalidDate("2025年2月30日"), 1, 7),
    .yaml("no such month, written with slashes", "date: 2025/13/01\n", .invalidDate("2025/13/01"), 1, 7),
]

@Test("Chinese-keyboard mistakes", arguments: keyboardErrorCases)
func reportsKeyboardMistake(_ c: ErrorCase) {
    let error = parseError(c)
    #expect(error?.kind == c.kind)
    #expect(error?.line == c.line)
    #expect(error?.column == c.column)
}

/// Values that look like mistakes but are fine, with what they parse to.
@Test func keyboardLookalikesAreAccepted() throws {
    let text = """
        title: 【通知】安全培训
        summary: 2025年度“十大最美骑手”评选
        note: 活动主题：安全第一
        quoted: "2025年10月1日"
        tags:
          - 说明：很好
          - 2025年度
        joined: 2025.10
        """
    let root = try FrontMatter.parseYAMLFile(text)
    #expect(root.warnings.isEmpty)
    #expect(root.root["title"]?.value == .string("【通知】安全培训"))
    #expect(root.root["quoted"]?.value == .string("2025年10月1日"))
    #expect(root.root["tags"]?.listValue?.map(\.value) == [.string("说明：很好"), .string("2025年度")])
    #expect(root.root["joined"]?.value == .string("2025.10"))
}

// MARK: - Warnings

struct WarningCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var kind: FrontMatterWarning.Kind
    var line: Int
    var column: Int
    var testDescription: String { name }
}

let keyboardWarningCases: [WarningCase] = [
    WarningCase(
        name: "Chinese comma in a flow list", input: "tags: [最美骑手，志愿服务]\n",
        kind: .chineseListSeparator("，"), line: 1, column: 12),
    WarningCase(
        name: "enumeration comma in a flow list", input: "tags: [a, 最美骑手、志愿服务]\n",
        kind: .chineseListSeparator("、"), line: 1, column: 15),
    WarningCase(
        name: "Chinese semicolon in a flow list", input: "tags: [最美骑手；志愿服务]\n",
        kind: .chineseListSeparator("；"), line: 1, column: 12),
    WarningCase(
        name: "reversed curly quotes around a name", input: "name: ”刘洋“\n",
        kind: .quotesAroundValue("”刘洋“"), line: 1, column: 7),
    WarningCase(
        name: "curly quotes around a tag", input: "tags: [“志愿服务”]\n",
        kind: .quotesAroundValue("“志愿服务”"), line: 1, column: 8),
    WarningCase(
        name: "curly open, straight close", input: "name: “刘洋\"\n",
        kind: .quotesAroundValue("“刘洋\""), line: 1, column: 7),
    WarningCase(
        name: "corner brackets around a name", input: "name: 「刘洋」\n",
        kind: .quotesAroundValue("「刘洋」"), line: 1, column: 7),
    WarningCase(
        name: "stray closing quote in a name", input: "name: 刘洋”\n",
        kind: .strayQuote("”"), line: 1, column: 9),
    WarningCase(
        name: "stray opening quote in a title", input: "title: 评选“十大最美骑手\n",
        kind: .strayQuote("“"), line: 1, column: 10),
    WarningCase(
        name: "stray straight quote in a title", input: "title: 他说\"好\n",
        kind: .strayQuote("\""), line: 1, column: 10),
    WarningCase(
        name: "stray quote in a list item", input: "honors:\n  - title: 十大最美骑手”\n    year: 2025\n",
        kind: .strayQuote("”"), line: 2, column: 18),
]

@Test("Chinese-keyboard slips that are warnings", arguments: keyboardWarningCases)
func reportsKeyboardWarning(_ c: WarningCase) throws {
    let file = try FrontMatter.parseYAMLFile(c.input)
    #expect(file.warnings == [FrontMatterWarning(c.kind, line: c.line, column: c.column)])
}

@Test func warningsReachTheDocument() throws {
    let doc = try FrontMatter.parseDocument("---\nname: ”刘洋“\ntags: [最美骑手，志愿服务]\n---\n正文\n")
    #expect(
        doc.warnings == [
            FrontMatterWarning(.quotesAroundValue("”刘洋“"), line: 2, column: 7),
            FrontMatterWarning(.chineseListSeparator("，"), line: 3, column: 12),
        ])
    // The value itself is kept as written: the warning says what to change.
    #expect(doc.frontMatter["tags"]?.listValue?.map(\.value) == [.string("最美骑手，志愿服务")])
}

@Test func balancedQuotesInsideATitleAreFine() throws {
    let file = try FrontMatter.parseYAMLFile("title: 2025年“十大最美骑手”评选\nsummary: 「平安」与『守护』\nmotto: “平安”与“守护”\n")
    #expect(file.warnings.isEmpty)
}

// MARK: - Encodings

@Test func gbkFileIsRecognised() {
    // "title: 田富" saved as GBK: 田 = CC EF, 富 = B8 BB.
    let bytes = Array("---\ntitle: ".utf8) + [0xCC, 0xEF, 0xB8, 0xBB] + Array("\n---\n正文".utf8).prefix(5)
    #expect(throws: FrontMatterError(.looksLikeGB18030, line: 2, column: 8)) {
        try FrontMatter.parseDocument(utf8: bytes)
    }
    // GB18030 four-byte sequence (U+00A5 ¥ is 81 30 84 36) also counts.
    #expect(throws: FrontMatterError(.looksLikeGB18030, line: 1, column: 4)) {
        try FrontMatter.parseYAML(utf8: Array("a: ".utf8) + [0x81, 0x30, 0x84, 0x36])
    }
    // Bytes that are neither stay "not UTF-8".
    #expect(throws: FrontMatterError(.invalidUTF8, line: 1, column: 4)) {
        try FrontMatter.parseYAML(utf8: Array("a: ".utf8) + [0xFF, 0xFF])
    }
}

// MARK: - Values read by type

@Test func mistakesForExpectedTypes() {
    #expect(FrontMatter.mistake(in: "30人", expected: .integer) == .numberWithUnit("30人", number: "30"))
    #expect(FrontMatter.mistake(in: "30 人", expected: .integer) == .numberWithUnit("30 人", number: "30"))
    #expect(FrontMatter.mistake(in: "2025年", expected: .integer) == .numberWithUnit("2025年", number: "2025"))
    #expect(FrontMatter.mistake(in: "３０人", expected: .integer) == .numberWithUnit("３０人", number: "30"))
    #expect(FrontMatter.mistake(in: "３０", expected: .integer) == .fullWidthDigits("３０", ascii: "30"))
    #expect(FrontMatter.mistake(in: "约30人", expected: .integer) == nil)
    #expect(FrontMatter.mistake(in: "30至40人", expected: .integer) == nil)
    #expect(FrontMatter.mistake(in: "很多", expected: .integer) == nil)
    #expect(FrontMatter.mistake(in: "是", expected: .boolean) == .chineseBoolean("是", true))
    #expect(FrontMatter.mistake(in: "否", expected: .boolean) == .chineseBoolean("否", false))
    #expect(FrontMatter.mistake(in: "对", expected: .boolean) == .chineseBoolean("对", true))
    #expect(FrontMatter.mistake(in: "错", expected: .boolean) == .chineseBoolean("错", false))
    #expect(FrontMatter.mistake(in: "yes", expected: .boolean) == nil)
    // A phone number is never repeated in a message (the privacy check reports it masked).
    #expect(FrontMatter.mistake(in: "１３８００１３８０００", expected: .integer) == nil)
    #expect(FrontMatter.mistake(in: "13800138000号", expected: .integer) == nil)
    #expect(FrontMatter.dateOrDigitsMistake("１３８００１３８０００") == nil)
}
