import FrontMatter
import Testing

// MARK: - Valid YAML texts → value trees

struct ValidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: V
    var testDescription: String { name }
}

let validCases: [ValidCase] = [
    // Plain strings
    .init(name: "plain string", input: "title: Hello World\n", expected: ["title": "Hello World"]),
    .init(
        name: "CJK plain string that starts with digits",
        input: "title: 2024年度最美骑手\n", expected: ["title": "2024年度最美骑手"]),
    .init(name: "decimal number is a string", input: "ratio: 1.5\nv: .inf\n", expected: ["ratio": "1.5", "v": ".inf"]),
    .init(name: "trailing spaces are trimmed", input: "a: hello   \n", expected: ["a": "hello"]),
    .init(
        name: "special characters inside plain values",
        input: "a: Tom & Jerry!\nb: 50% off\nc: -foo\nd: ?x\ne: a - b\nf: C#\ng: a#b\nh: :x\n",
        expected: [
            "a": "Tom & Jerry!", "b": "50% off", "c": "-foo", "d": "?x", "e": "a - b",
            "f": "C#", "g": "a#b", "h": ":x",
        ]),
    .init(
        name: "colon not followed by space stays in the value",
        input: "time: 10:30\nurl: https://example.com/a?b=c#frag\n",
        expected: ["time": "10:30", "url": "https://example.com/a?b=c#frag"]),
    .init(
        name: "date-like but not date-shaped is a string",
        input: "season: 2024-2025\nslug: 2024-01-01-final\nphone: 2024-123-45\n",
        expected: ["season": "2024-2025", "slug": "2024-01-01-final", "phone": "2024-123-45"]),

    // Integers
    .init(
        name: "integers",
        input: "a: 42\nb: -7\nc: +3\nd: 0\ne: 0x1F\nf: 0o17\ng: 007\n",
        expected: ["a": 42, "b": -7, "c": 3, "d": 0, "e": 31, "f": 15, "g": 7]),
    .init(
        name: "integer limits",
        input: "max: 9223372036854775807\nmin: -9223372036854775808\n",
        expected: ["max": .int(Int.max), "min": .int(Int.min)]),
    .init(
        name: "not integers", input: "a: 0x\nb: 12a\nc: +\nd: 0xG1\n",
        expected: ["a": "0x", "b": "12a", "c": "+", "d": "0xG1"]),

    // Booleans and null
    .init(
        name: "booleans (YAML 1.2 core schema)",
        input: "a: true\nb: false\nc: True\nd: FALSE\ne: yes\nf: off\n",
        expected: ["a": true, "b": false, "c": true, "d": false, "e": "yes", "f": "off"]),
    .init(
        name: "nulls", input: "a: null\nb: ~\nc:\nd: Null\ne: nil\nf:   # comment\n",
        expected: ["a": nil, "b": nil, "c": nil, "d": nil, "e": "nil", "f": nil]),

    // Dates
    .init(
        name: "dates and date-times",
        input: """
            a: 2024-02-29
            b: 2024-03-05T10:30
            c: 2024-03-05T10:30:15Z
            d: 2024-03-05T23:59:59+08:00
            e: 2000-02-29T00:00-05:30
            f: 1999-12-31
            """,
        expected: [
            "a": .d(2024, 2, 29), "b": .d(2024, 3, 5, 10, 30, 0),
            "c": .d(2024, 3, 5, 10, 30, 15, offset: 0), "d": .d(2024, 3, 5, 23, 59, 59, offset: 480),
            "e": .d(2000, 2, 29, 0, 0, 0, offset: -330), "f": .d(1999, 12, 31),
        ]),

    // Quoted strings
    .init(
        name: "quoted values are always strings",
        input: "a: \"2024\"\nb: 'true'\nc: \"null\"\nd: '2024-02-30'\ne: \"\"\nf: ''\n",
        expected: ["a": "2024", "b": "true", "c": "null", "d": "2024-02-30", "e": "", "f": ""]),
    .init(
        name: "double-quoted escapes",
        input: #"""
            a: "say \"hi\" \\ done"
            b: "line1\nline2\ttab"
            c: "\u00e9\u4E2D"
            d: "\U0001F600 \uD83D\uDE00"
            e: "\x41\/\_"
            """#,
        expected: [
            "a": "say \"hi\" \\ done", "b": "line1\nline2\ttab", "c": "é中",
            "d": "😀 😀", "e": "A/\u{A0}",
        ]),
    .init(
        name: "single-quoted strings",
        input: "a: 'it''s'\nb: 'back\\slash \"q\"'\nc: '王''s'\n",
        expected: ["a": "it's", "b": "back\\slash \"q\"", "c": "王's"]),
    .init(
        name: "quotes protect ': ' and ' #'",
        input: "a: \"x: y # not a comment\"  # a comment\nb: 'Re: Zero'\n",
        expected: ["a": "x: y # not a comment", "b": "Re: Zero"]),

    // Comments and blank lines
    .init(
        name: "comments and blank lines",
        input: "# heading comment\n\ntitle: A   # trailing\n   # indented comment\n\t# tab comment\n\t\n\nyear: 2024\n#end",
        expected: ["title": "A", "year": 2024]),
    .init(name: "empty text is an empty mapping", input: "", expected: [:]),
    .init(name: "only comments is an empty mapping", input: "# nothing\n\n  # here\n", expected: [:]),

    // Flow lists
    .init(
        name: "flow list of scalars",
        input: "tags: [a, b, \"c, d\", 'e', 2024, true, ~, 2024-01-02, 王]\n",
        expected: ["tags": ["a", "b", "c, d", "e", 2024, true, nil, .d(2024, 1, 2), "王"]]),
    .init(
        name: "empty flow lists and trailing comma",
        input: "a: []\nb: [ ]\nc: [x, y,]\nd: [ x ,y ]  # comment\n",
        expected: ["a": [], "b": [], "c": ["x", "y"], "d": ["x", "y"]]),
    .init(
        name: "flow plain items with spaces", input: "a: [hello world, a#b]\n",
        expected: ["a": ["hello world", "a#b"]]),

    // Block lists
    .init(
        name: "block list indented under key", input: "tags:\n  - a\n  - b\n",
        expected: ["tags": ["a", "b"]]),
    .init(
        name: "block list at the key's indentation", input: "tags:\n- a\n- b\nnext: 1\n",
        expected: ["tags": ["a", "b"], "next": 1]),
    .init(
        name: "block list of mappings",
        input: """
            awards:
              - title: 最美骑手
                year: 2023
              - title: "Best: Rider"
                year: 2024
                tags: [a, b]
            """,
        expected: [
            "awards": [
                ["title": "最美骑手", "year": 2023],
                ["title": "Best: Rider", "year": 2024, "tags": ["a", "b"]],
            ]
        ]),
    .init(
        name: "same key in different list items is fine", input: "- a: 1\n- a: 2\n",
        expected: [["a": 1], ["a": 2]]),
    .init(
        name: "compact mapping after extra spaces", input: "-   a: 1\n    b: 2\n",
        expected: [["a": 1, "b": 2]]),
    .init(
        name: "nested lists", input: "m:\n  - - a\n    - b\n  - - c\n",
        expected: ["m": [["a", "b"], ["c"]]]),
    .init(
        name: "empty list items are null", input: "l:\n  -\n  - x\n  - # comment\n",
        expected: ["l": [nil, "x", nil]]),
    .init(
        name: "list item with a mapping on the next line", input: "l:\n  -\n    a: 1\n    b: [x]\n",
        expected: ["l": [["a": 1, "b": ["x"]]]]),
    .init(
        name: "list inside a list-item mapping at the same indentation",
        input: "- tags:\n  - x\n  - y\n  name: n\n- z\n",
        expected: [["tags": ["x", "y"], "name": "n"], "z"]),

    // Nested mappings
    .init(
        name: "nested mappings",
        input: "site:\n  title: X\n  social:\n    weibo: abc\n    deep:\n      deeper: 1\n  lang: zh\nafter: 2\n",
        expected: [
            "site": ["title": "X", "social": ["weibo": "abc", "deep": ["deeper": 1]], "lang": "zh"],
            "after": 2,
        ]),
    .init(
        name: "scalar value on the next line", input: "a:\n  hello\nb:\n  [x]\n",
        expected: ["a": "hello", "b": ["x"]]),
    .init(
        name: "space before colon and tab after it", input: "a  : 1\nb:\tx\n",
        expected: ["a": 1, "b": "x"]),
    .init(name: "keys with digits and underscores", input: "_a1: 1\nb_2_c: 2\n", expected: ["_a1": 1, "b_2_c": 2]),
    .init(
        name: "more than sixteen keys",
        input: (1...20).map { "k\($0): \($0)\n" }.joined(),
        expected: .map((1...20).map { V.Pair(key: "k\($0)", value: .int($0)) })),

    // Roots other than mappings, document markers
    .init(name: "root block list", input: "- a\n- b: 1\n  c: 2\n", expected: ["a", ["b": 1, "c": 2]]),
    .init(name: "root scalar", input: "hello\n", expected: "hello"),
    .init(name: "leading --- and trailing ...", input: "--- # start\na: 1\n...\n# end\n", expected: ["a": 1]),

    // Encodings and line endings
    .init(
        name: "BOM and CRLF", input: "\u{FEFF}a: 1\r\nb: x\r\n\r\nc: [1, 2]\r\n",
        expected: ["a": 1, "b": "x", "c": [1, 2]]),
    .init(name: "lone CR line endings", input: "a: 1\rb: 2\r", expected: ["a": 1, "b": 2]),
    .init(
        name: "non-ASCII characters in values",
        input: "a: Ünïcödé — “quotes”\nb: \"😀 王\"\nc: \u{A0}x\n",
        expected: ["a": "Ünïcödé — “quotes”", "b": "😀 王", "c": "\u{A0}x"]),

    // A realistic site.yml
    .init(
        name: "site.yml-like document",
        input: """
            # HonorSite configuration
            title: 荣誉榜
            base_url: https://example.org/honor/
            language: zh-CN
            since: 2019-09-01
            per_page: 20
            draft: false
            nav:
              - title: 首页
                url: /
              - title: "关于: 我们"
                url: /about/
            social:
              weibo: honor_site
              wechat: ~
            sort_order: [stroke, year]
            footer: '© 2024 Honor'
            """,
        expected: [
            "title": "荣誉榜", "base_url": "https://example.org/honor/", "language": "zh-CN",
            "since": .d(2019, 9, 1), "per_page": 20, "draft": false,
            "nav": [["title": "首页", "url": "/"], ["title": "关于: 我们", "url": "/about/"]],
            "social": ["weibo": "honor_site", "wechat": nil],
            "sort_order": ["stroke", "year"], "footer": "© 2024 Honor",
        ]),
]

@Test("valid YAML", arguments: validCases)
func parsesValidYAML(_ c: ValidCase) throws {
    let node = try FrontMatter.parseYAML(c.input)
    #expect(strip(node) == c.expected)
}

@Test("valid YAML through the bytes entry point", arguments: validCases)
func parsesValidYAMLBytes(_ c: ValidCase) throws {
    let node = try FrontMatter.parseYAML(utf8: Array(c.input.utf8))
    #expect(strip(node) == c.expected)
}

// MARK: - Positions

struct PositionCase: Sendable, CustomTestStringConvertible {
    var input: String
    var path: [Step]
    var line: Int
    var column: Int
    var firstLine = 1
    var testDescription: String { "\(path.map(\.description).joined(separator: ".")) in \(input.debugDescription)" }
}

let nestedText = "a: 1\nb:\n  c: [x, \"y\"]\n  d:\n    - e: 2\n"
let cjkText = "name: 王小明\ntags: [骑手, 王]\nnote: \"中文\" # c\n"

let positionCases: [PositionCase] = [
    .init(input: nestedText, path: [], line: 1, column: 1),
    .init(input: nestedText, path: ["a"], line: 1, column: 4),
    .init(input: nestedText, path: ["b"], line: 3, column: 3),
    .init(input: nestedText, path: ["b", "c"], line: 3, column: 6),
    .init(input: nestedText, path: ["b", "c", 0], line: 3, column: 7),
    .init(input: nestedText, path: ["b", "c", 1], line: 3, column: 10),
    .init(input: nestedText, path: ["b", "d"], line: 5, column: 5),
    .init(input: nestedText, path: ["b", "d", 0], line: 5, column: 7),
    .init(input: nestedText, path: ["b", "d", 0, "e"], line: 5, column: 10),
    .init(input: cjkText, path: ["name"], line: 1, column: 7),
    .init(input: cjkText, path: ["tags", 1], line: 2, column: 12),
    .init(input: cjkText, path: ["note"], line: 3, column: 7),
    .init(input: "a:\nb: 1\n", path: ["a"], line: 1, column: 3),
    .init(input: "-\n- x\n", path: [0], line: 1, column: 2),
    .init(input: "l:\n- x\n", path: ["l"], line: 2, column: 1),
    .init(input: "a: 1\n", path: ["a"], line: 10, column: 4, firstLine: 10),
    .init(input: "\n\n# c\n  x: 1\n", path: [], line: 4, column: 3),
    .init(input: "\u{FEFF}a: 1\r\nb: x\r\n", path: ["b"], line: 2, column: 4),
    .init(input: "", path: [], line: 7, column: 1, firstLine: 7),
]

@Test("node positions", arguments: positionCases)
func nodePositions(_ c: PositionCase) throws {
    let root = try FrontMatter.parseYAML(c.input, firstLine: c.firstLine)
    let node = try #require(follow(root, c.path))
    #expect(node.line == c.line)
    #expect(node.column == c.column)
}

@Test func entryKeyPositions() throws {
    let root = try FrontMatter.parseYAML("x: 1\nlist:\n  - name: 王\n    year: 2020\n")
    let list = try #require(root["list"]?.listValue)
    let entries = try #require(list[0].entries)
    #expect(entries.map(\.key) == ["name", "year"])
    #expect(entries.map(\.keyLine) == [3, 4])
    #expect(entries.map(\.keyColumn) == [5, 5])
    #expect(entries[0].value.column == 11)
    #expect(root.entry("list")?.keyColumn == 1)
    #expect(root.entry("list")?.keyLine == 2)
}

// MARK: - Content documents

@Test func splitsDocument() throws {
    let doc = try FrontMatter.parseDocument("---\ntitle: X\ntags: [a]\n---\n# Body\n\ntext\n")
    #expect(strip(doc.frontMatter) == ["title": "X", "tags": ["a"]])
    #expect(doc.body == "# Body\n\ntext\n")
    #expect(doc.bodyStartLine == 5)
    #expect(doc.frontMatter.line == 2 && doc.frontMatter.column == 1)
    #expect(doc.frontMatter["tags"]?.line == 3)
}

@Test func emptyFrontMatter() throws {
    let doc = try FrontMatter.parseDocument("---\n---\nbody")
    #expect(doc.frontMatter == YAMLNode(.mapping([]), line: 2, column: 1))
    #expect(doc.body == "body")
    #expect(doc.bodyStartLine == 3)
}

@Test func closingDelimiterAtEndOfFile() throws {
    let doc = try FrontMatter.parseDocument("---\na: 1\n# c\n---")
    #expect(strip(doc.frontMatter) == ["a": 1])
    #expect(doc.body == "")
    #expect(doc.bodyStartLine == 5)
}

@Test func bodyMayContainDashLines() throws {
    let doc = try FrontMatter.parseDocument("---\na: 1\n---\ntext\n---\nmore\n...\n")
    #expect(doc.body == "text\n---\nmore\n...\n")
    #expect(strip(doc.frontMatter) == ["a": 1])
}

@Test func documentWithBOMAndCRLF() throws {
    let doc = try FrontMatter.parseDocument("\u{FEFF}---\r\ntitle: 王\r\nyear: 2024\r\n---\r\nHello\r\nWorld\r\n")
    #expect(strip(doc.frontMatter) == ["title": "王", "year": 2024])
    #expect(doc.body == "Hello\nWorld\n")
    #expect(doc.bodyStartLine == 5)
    let title = try #require(doc.frontMatter.entry("title"))
    #expect((title.keyLine, title.keyColumn) == (2, 1))
    #expect((title.value.line, title.value.column) == (2, 8))
}

@Test func riderFile() throws {
    let text = """
        ---
        title: 2024年度最美骑手
        name: "王小明"
        joined: 2021-06-15
        awards:
          - title: 最美骑手
            year: 2024
        ---
        王小明是一名外卖骑手。

        """
    let doc = try FrontMatter.parseDocument(text)
    #expect(doc.frontMatter["title"]?.stringValue == "2024年度最美骑手")
    #expect(doc.frontMatter["name"]?.stringValue == "王小明")
    #expect(doc.frontMatter["joined"]?.dateValue == YAMLDate(year: 2021, month: 6, day: 15))
    #expect(doc.frontMatter["awards"]?.listValue?.first?["year"]?.intValue == 2024)
    #expect(doc.frontMatter["awards"]?.line == 6)
    #expect(doc.body == "王小明是一名外卖骑手。\n")
    #expect(doc.bodyStartLine == 9)
    let bytes = try FrontMatter.parseDocument(utf8: Array(text.utf8))
    #expect(bytes.frontMatter == doc.frontMatter && bytes.body == doc.body)
}

// MARK: - Accessors and dates

@Test func accessors() throws {
    let root = try FrontMatter.parseYAML("s: x\ni: 3\nb: true\nd: 2024-01-02\nl: [1]\nn: ~\nm:\n  k: v\n")
    #expect(root["s"]?.stringValue == "x")
    #expect(root["s"]?.intValue == nil)
    #expect(root["i"]?.intValue == 3)
    #expect(root["b"]?.boolValue == true)
    #expect(root["d"]?.dateValue?.day == 2)
    #expect(root["l"]?.listValue?.count == 1)
    #expect(root["n"]?.isNull == true)
    #expect(root["s"]?.isNull == false)
    #expect(root["m"]?["k"]?.stringValue == "v")
    #expect(root["m"]?.entries?.count == 1)
    #expect(root["missing"] == nil)
    #expect(root["s"]?["k"] == nil)
    #expect(root["l"]?.value.kindName == "list")
}

@Test func dateDescription() {
    #expect(YAMLDate(year: 2024, month: 3, day: 5).description == "2024-03-05")
    #expect(
        YAMLDate(year: 2024, month: 3, day: 5, hour: 9, minute: 7, second: 0).description
            == "2024-03-05T09:07:00")
    #expect(
        YAMLDate(year: 2024, month: 3, day: 5, hour: 9, minute: 7, second: 1, utcOffsetMinutes: 0).description
            == "2024-03-05T09:07:01Z")
    #expect(
        YAMLDate(year: 2024, month: 3, day: 5, hour: 9, minute: 7, second: 1, utcOffsetMinutes: -330).description
            == "2024-03-05T09:07:01-05:30")
    #expect(YAMLDate.daysInMonth(2, year: 2000) == 29)
    #expect(YAMLDate.daysInMonth(2, year: 1900) == 28)
    #expect(YAMLDate.daysInMonth(2, year: 2024) == 29)
    #expect(YAMLDate.daysInMonth(4, year: 2023) == 30)
}
