import Foundation
import HonorSiteCLI
import TestSupport
import Testing

// Every case of the issue's table, and the other Chinese-keyboard mistakes, through
// the whole program: the exact lines under a Chinese locale and under LANG=C.

let zhEnv = ["SOURCE_DATE_EPOCH": "1767225600", "LANG": "zh_CN.UTF-8"]
let cEnv = ["SOURCE_DATE_EPOCH": "1767225600", "LANG": "C"]

/// One mistake: files to change in the fixture project and the diagnostic lines
/// (`content/…` and `  note:` lines) expected in Chinese and in English.
struct KeyboardCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// Path → (text to replace, replacement) in the fixture file; or a whole new file when `find` is empty.
    var edits: [String: (find: String, replace: String)]
    var bytes: [String: [UInt8]] = [:]
    var zh: [String]
    var en: [String]
    var testDescription: String { name }
}

let rider = "content/riders/tian-fu.md"
let spring = "content/events/spring.md"

let keyboardCases: [KeyboardCase] = [
    KeyboardCase(
        name: "district：盐田区 (full-width colon)",
        edits: [rider: ("district: 福田区", "district：福田区")],
        zh: ["content/riders/tian-fu.md:3:9: error: 冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）"],
        en: ["content/riders/tian-fu.md:3:9: error: full-width colon '：' after the key; type a half-width ': ' (colon and a space)"]),
    KeyboardCase(
        name: "full-width colon in a list item, not bad indentation on the next line",
        edits: [rider: ("  - title: 十大最美骑手", "  - title：十大最美骑手")],
        zh: ["content/riders/tian-fu.md:7:10: error: 冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）"],
        en: ["content/riders/tian-fu.md:7:10: error: full-width colon '：' after the key; type a half-width ': ' (colon and a space)"]),
    KeyboardCase(
        name: "two full-width spaces as indentation",
        edits: [rider: ("    year: 2025\n", "　　year: 2025\n")],
        zh: ["content/riders/tian-fu.md:8:1: error: 这里是全角空格“　”，请改为半角空格（切换到英文输入法再按空格键）"],
        en: ["content/riders/tian-fu.md:8:1: error: full-width space '　' (U+3000); use ordinary half-width spaces here"]),
    KeyboardCase(
        name: "tags: [最美骑手，志愿服务] (Chinese comma)",
        edits: [rider: ("tags: [最美骑手]", "tags: [最美骑手，志愿服务]")],
        zh: ["content/riders/tian-fu.md:13:12: warning: 列表里用了中文“，”分隔，整段会被当成一项；各项之间请用半角逗号加空格“, ”分隔"],
        en: [
            "content/riders/tian-fu.md:13:12: warning: Chinese '，' inside a list item, so it stays one item; "
                + "separate items with a half-width ', ' comma"
        ]),
    KeyboardCase(
        name: "name: ”刘洋“ (reversed curly quotes)",
        edits: [rider: ("name: 田富", "name: ”刘洋“")],
        zh: ["content/riders/tian-fu.md:2:7: warning: 值 ”刘洋“ 两头的中文引号会原样显示在网页和光荣榜上；请删掉这对引号"],
        en: [
            "content/riders/tian-fu.md:2:7: warning: the value ”刘洋“ is wrapped in Chinese quotes, which become part of the text; "
                + "remove them (or use straight quotes \"…\")"
        ]),
    KeyboardCase(
        name: "tags: [“志愿服务”] next to 志愿服务, reported at the tags",
        edits: [
            rider: ("tags: [最美骑手]", "tags: [“志愿服务”]"),
            "content/brands/futian-red.md": ("tags: [党建引领, 暖心驿站]", "tags: [党建引领, 志愿服务]"),
        ],
        zh: [
            "content/riders/tian-fu.md:13:8: error: 标签「“志愿服务”」和标签“志愿服务”（在 content/brands/futian-red.md 里）"
                + "都会变成 /tags/志愿服务/；请改掉其中一个",
            "content/riders/tian-fu.md:13:8: warning: 值 “志愿服务” 两头的中文引号会原样显示在网页和光荣榜上；请删掉这对引号",
        ],
        en: [
            "content/riders/tian-fu.md:13:8: error: tag '“志愿服务”' and tag '志愿服务' (in content/brands/futian-red.md) "
                + "both become /tags/志愿服务/; rename one",
            "content/riders/tian-fu.md:13:8: warning: the value “志愿服务” is wrapped in Chinese quotes, which become part of the text; "
                + "remove them (or use straight quotes \"…\")",
        ]),
    KeyboardCase(
        name: "a file saved as GBK",
        edits: [:],
        bytes: [
            "content/riders/gbk.md": Array("---\nname: ".utf8) + [0xCC, 0xEF, 0xB8, 0xBB]
                + Array("\ndistrict: ".utf8) + [0xB8, 0xA3, 0xCC, 0xEF, 0xC7, 0xF8] + Array("\nhonors: []\n---\n".utf8)
        ],
        zh: [
            "content/riders/gbk.md:2:7: error: 文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文 Windows 下的编辑器常用的编码）；"
                + "请把它另存为 UTF-8 编码（本工具没有改动这个文件）",
            "  note: 记事本：点“文件”→“另存为”，在下方“编码”里选“UTF-8”，再点“保存”",
            "  note: WPS：点“文件”→“另存为”，保存类型选纯文本，编码选“UTF-8”，文件名仍以 .md 结尾",
            "  note: VS Code：点右下角状态栏里的编码 →“通过编码重新打开”选 GB 18030，再点一次编码 →“通过编码保存”选 UTF-8",
        ],
        en: [
            "content/riders/gbk.md:2:7: error: file is not UTF-8: it looks like GBK/GB18030 (saved by a Chinese-language editor); "
                + "save it again as UTF-8 (the file was not changed)",
            "  note: Notepad: File → Save As…, set Encoding to \"UTF-8\", Save",
            "  note: WPS: File → Save As…, choose the plain-text type and the encoding \"UTF-8\"",
            "  note: VS Code: click the encoding in the status bar → Reopen with Encoding → GB 18030, "
                + "then click it again → Save with Encoding → UTF-8",
        ]),
    KeyboardCase(
        name: "party_member: 是",
        edits: [rider: ("party_member: true", "party_member: 是")],
        zh: ["content/riders/tian-fu.md:5:15: error: 这里要填 true 或 false，不能写“是”；请写成 true（true 表示是，false 表示否）"],
        en: ["content/riders/tian-fu.md:5:15: error: value '是' is not a yes/no value here; write true (true = yes, false = no)"]),
    KeyboardCase(
        name: "party_member: 否",
        edits: [rider: ("party_member: true", "party_member: 否")],
        zh: ["content/riders/tian-fu.md:5:15: error: 这里要填 true 或 false，不能写“否”；请写成 false（true 表示是，false 表示否）"],
        en: ["content/riders/tian-fu.md:5:15: error: value '否' is not a yes/no value here; write false (true = yes, false = no)"]),
    KeyboardCase(
        name: "participants: 30人",
        edits: [spring: ("district: 福田区", "district: 福田区\nparticipants: 30人")],
        zh: ["content/events/spring.md:6:15: error: 这里只能写数字，不能写“30人”；请去掉单位，写成 30"],
        en: ["content/events/spring.md:6:15: error: value '30人' must be a number alone; write 30 without the unit"]),
    KeyboardCase(
        name: "date: 2025年10月1日",
        edits: [spring: ("date: 2025-03-15T14:30:00+08:00", "date: 2025年10月1日")],
        zh: ["content/events/spring.md:3:7: error: 日期“2025年10月1日”请写成 2025-10-01（年-月-日，月和日都写两位）"],
        en: ["content/events/spring.md:3:7: error: date '2025年10月1日' must be written as 2025-10-01 (YYYY-MM-DD, two-digit month and day)"]),
    KeyboardCase(
        name: "date: 2025.10.1",
        edits: [spring: ("date: 2025-03-15T14:30:00+08:00", "date: 2025.10.1")],
        zh: ["content/events/spring.md:3:7: error: 日期“2025.10.1”请写成 2025-10-01（年-月-日，月和日都写两位）"],
        en: ["content/events/spring.md:3:7: error: date '2025.10.1' must be written as 2025-10-01 (YYYY-MM-DD, two-digit month and day)"]),
    KeyboardCase(
        name: "date: 2025/10/01",
        edits: [spring: ("date: 2025-03-15T14:30:00+08:00", "date: 2025/10/01")],
        zh: ["content/events/spring.md:3:7: error: 日期“2025/10/01”请写成 2025-10-01（年-月-日，月和日都写两位）"],
        en: ["content/events/spring.md:3:7: error: date '2025/10/01' must be written as 2025-10-01 (YYYY-MM-DD, two-digit month and day)"]),
    KeyboardCase(
        name: "year: ２０２５ (full-width digits)",
        edits: [rider: ("    year: 2025\n", "    year: ２０２５\n")],
        zh: ["content/riders/tian-fu.md:8:11: error: “２０２５”里的数字是全角的，请改为半角：2025"],
        en: ["content/riders/tian-fu.md:8:11: error: value '２０２５' is typed with full-width digits; write 2025"]),
    KeyboardCase(
        name: "tags: ［最美骑手］ (full-width brackets)",
        edits: [rider: ("tags: [最美骑手]", "tags: ［最美骑手］")],
        zh: ["content/riders/tian-fu.md:13:7: error: 方括号“［”是全角的；列表要用半角方括号和半角逗号，如 [最美骑手, 志愿服务]"],
        en: ["content/riders/tian-fu.md:13:7: error: full-width bracket '［'; a list is written with half-width brackets: [a, b]"]),
    KeyboardCase(
        name: "－ as a list dash",
        edits: [rider: ("  - title: 寻找城市星光", "  － title: 寻找城市星光")],
        zh: ["content/riders/tian-fu.md:9:3: error: 列表项以“－”开头，请改为半角减号加一个空格“- ”"],
        en: ["content/riders/tian-fu.md:9:3: error: list item starts with '－'; start it with a half-width '-' and a space: '- '"]),
    KeyboardCase(
        name: "stray quote in a name",
        edits: [rider: ("name: 田富", "name: 田富”")],
        zh: ["content/riders/tian-fu.md:2:9: warning: 引号 ” 只有一半；请删掉它，或者补上另一半"],
        en: ["content/riders/tian-fu.md:2:9: warning: quote '”' has no partner; remove it or add the matching quote"]),
]

/// The `content/…` diagnostic lines and their notes from `check`.
func diagnosticLines(_ c: KeyboardCase, env: [String: String]) throws -> [String] {
    let dir = try fixtureProject()
    for (path, edit) in c.edits {
        let url = dir.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(edit.find), "\(path) has no \(edit.find)")
        try text.replacingOccurrences(of: edit.find, with: edit.replace).write(to: url, atomically: true, encoding: .utf8)
    }
    for (path, bytes) in c.bytes { try Data(bytes).write(to: dir.appendingPathComponent(path)) }
    let (_, out) = run(["check"], cwd: dir, env: env)
    return out.err.split(separator: "\n").map(String.init).filter { $0.hasPrefix("content/") || $0.hasPrefix("  note:") }
}

@Test("Chinese-keyboard mistakes under LANG=zh_CN.UTF-8", arguments: keyboardCases)
func keyboardMistakeInChinese(_ c: KeyboardCase) throws {
    #expect(try diagnosticLines(c, env: zhEnv) == c.zh)
}

@Test("Chinese-keyboard mistakes under LANG=C", arguments: keyboardCases)
func keyboardMistakeInEnglish(_ c: KeyboardCase) throws {
    #expect(try diagnosticLines(c, env: cEnv) == c.en)
}

@Test func gbkFileIsNotChanged() throws {
    let dir = try fixtureProject()
    let bytes: [UInt8] = Array("---\nname: ".utf8) + [0xCC, 0xEF, 0xB8, 0xBB] + Array("\n---\n".utf8)
    let url = dir.appendingPathComponent("content/riders/gbk.md")
    try Data(bytes).write(to: url)
    #expect(run(["build"], cwd: dir, env: zhEnv).0 == 1)
    #expect(try Data(contentsOf: url) == Data(bytes))
}

@Test func caretLinesUpUnderTheFullWidthColon() throws {
    let dir = try fixtureProject()
    let url = dir.appendingPathComponent(rider)
    let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "district: 福田区", with: "district：福田区")
    try text.write(to: url, atomically: true, encoding: .utf8)
    let (code, c) = run(["check"], cwd: dir, env: zhEnv)
    #expect(code == 1)
    #expect(
        c.err.contains(
            """
            content/riders/tian-fu.md:3:9: error: 冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）
              district：福田区
                      ^
            检查没有通过：1 个错误，0 条警告
            """), "\(c.err)")
}

// MARK: - The command line itself in Chinese

@Test func helpOfEveryCommandInChinese() {
    let expected = [
        "build": "用法：honorsite build", "check": "用法：honorsite check", "render": "用法：honorsite render",
        "export": "用法：honorsite export honor-roll|stats|report", "serve": "用法：honorsite serve",
        "export honor-roll": "用法：honorsite export honor-roll --year YEAR",
        "export stats": "用法：honorsite export stats [--year YEAR]", "export report": "用法：honorsite export report SLUG",
    ]
    for (cmd, head) in expected {
        let (code, c) = run(cmd.split(separator: " ").map(String.init) + ["--help"], cwd: TestSupport.makeTempDir(), env: zhEnv)
        #expect(code == 0)
        #expect(c.out.hasPrefix(head), "\(c.out)")
        // Option names stay as typed; their explanations are Chinese.
        #expect(c.out.contains("--lang zh-CN|en"))
        #expect(!c.out.contains("USAGE"))
    }
    let (code, c) = run(["--help"], cwd: TestSupport.makeTempDir(), env: zhEnv)
    #expect(code == 0)
    #expect(c.out.contains("\n  build      把 content/ 和 templates/ 生成到输出文件夹（默认 site/）\n"), "\(c.out)")
    // The flag wins over the locale, in either position.
    #expect(run(["build", "--help", "--lang", "en"], cwd: TestSupport.makeTempDir(), env: zhEnv).1.out.hasPrefix("USAGE: honorsite build"))
    #expect(run(["--lang=zh-CN", "serve", "--help"], cwd: TestSupport.makeTempDir(), env: cEnv).1.out.hasPrefix("用法：honorsite serve"))
    #expect(
        run(["check", "--help"], cwd: TestSupport.makeTempDir(), env: ["HONORSITE_LANG": "zh-CN", "LANG": "C"]).1.out
            .hasPrefix("用法：honorsite check"))
}

@Test(arguments: [
    (["frobnicate"], "honorsite: error: 没有“frobnicate”这个命令"),
    (["build", "--fast"], "honorsite: error: 没有“--fast”这个选项\n用法请看 'honorsite build --help'。"),
    (["build", "--root"], "honorsite: error: 选项 --root 后面要跟一个值"),
    (["check", "--output", "x"], "honorsite: error: check 不写任何文件，不能用 --output"),
    (["export", "honor-roll", "--year", "2025"], "honorsite: error: 缺少 --format（csv|md|html）"),
    (["export", "honor-roll", "--year", "2025", "--format", "pdf"], "honorsite: error: --format 只能是 csv、md 或 html"),
    (["serve", "--port", "http"], "honorsite: error: --port 要写 0 到 65535 之间的数字，不能是“http”"),
    (["build", "--lang", "fr"], "honorsite: error: --lang 只能是 zh-CN 或 en，不能是“fr”"),
    (["export", "roll"], "honorsite: error: 不能导出“roll”；请选 honor-roll、stats 或 report"),
    (["export", "report", "--format", "html"], "honorsite: error: 缺少 SLUG（报告的 slug 字段，没有时为文件名，不带 .md）"),
    (["export", "stats", "--format", "csv"], "honorsite: error: csv 每张表写一个文件；请用 -o 指定一个文件夹"),
])
func usageErrorsInChinese(_ args: [String], _ message: String) throws {
    let (code, c) = run(args, cwd: TestSupport.makeTempDir(), env: zhEnv)
    #expect(code == 64)
    #expect(c.err.hasPrefix(message), "\(c.err)")
}

@Test func summaryAndProgressInChinese() throws {
    let dir = try fixtureProject()
    let (code, c) = run(["build"], cwd: dir, env: zhEnv)
    #expect(code == 0, "\(c.err)")
    let lines = c.err.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("[6/6] 写入：") && $0.hasSuffix(" 个文件写到 \(dir.appendingPathComponent("site").path)") }, "\(c.err)")
    #expect(lines.last?.hasPrefix("已生成 ") == true && lines.last?.contains(" 个页面（来自 ") == true, "\(c.err)")
    #expect(lines.last?.hasSuffix(" 秒（0 条警告）") == true)
    let (code2, c2) = run(["check", "--quiet"], cwd: dir, env: zhEnv)
    #expect(code2 == 0)
    #expect(c2.err.hasPrefix("已检查 ") && c2.err.contains("篇文档），用时 ") && c2.err.hasSuffix("秒：0 个错误，0 条警告\n"), "\(c2.err)")
}

@Test func exportErrorsInChinese() throws {
    let dir = try fixtureProject()
    let (code, c) = run(["export", "honor-roll", "--year", "2030", "--format", "csv"], cwd: dir, env: zhEnv)
    #expect(code == 1)
    #expect(c.err == "honorsite: error: 2030 年没有光荣榜；有荣誉的年度：2025、2024\n")
    let (code2, c2) = run(["export", "honor-roll", "--year", "2025", "--honor", "金牌", "--format", "csv"], cwd: dir, env: zhEnv)
    #expect(code2 == 1)
    #expect(c2.err == "honorsite: error: 2025 年没有“金牌”这项荣誉；当年的荣誉有：十大最美骑手\n")
    let (code3, c3) = run(["export", "honor-roll", "--year", "2025", "--format", "csv", "-o", "content/x.csv"], cwd: dir, env: zhEnv)
    #expect(code3 == 1)
    #expect(c3.err == "honorsite: error: 不能把导出文件写进 content/（content/x.csv）；请选项目源文件以外的位置\n")
    let (code4, c4) = run(["export", "honor-roll", "--year", "2025", "--format", "csv", "-o", "out.csv"], cwd: dir, env: zhEnv)
    #expect(code4 == 0)
    #expect(c4.err.hasPrefix("已把 ") && c4.err.hasSuffix(" 个名字写入 out.csv\n"), "\(c4.err)")
}

@Test func githubAnnotationsKeepTheirSyntax() throws {
    let dir = try fixtureProject()
    let url = dir.appendingPathComponent(rider)
    let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "district: 福田区", with: "district：福田区")
    try text.write(to: url, atomically: true, encoding: .utf8)
    let (_, c) = run(["check", "--diagnostics", "github"], cwd: dir, env: zhEnv)
    #expect(
        c.err.contains("\n::error file=content/riders/tian-fu.md,line=3,col=9::冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）\n"),
        "\(c.err)")
}

@Test func templateErrorsInChinese() throws {
    let dir = TestSupport.makeTempDir()
    try TestSupport.writeTree(["t.mustache": "<ul>\n  {{#items}}<li>{{.}}</li>\n</ul>\n", "d.json": "{\"items\": [1]}"], at: dir)
    let (code, c) = run(["render", "t.mustache", "--data", "d.json"], cwd: dir, env: zhEnv)
    #expect(code == 1)
    #expect(c.err == "t.mustache:2:3: error: 这里开始的区块“items”没有结束：缺少 {{/items}}\n")
    let (_, e) = run(["render", "t.mustache", "--data", "d.json"], cwd: dir, env: cEnv)
    #expect(e.err == "t.mustache:2:3: error: section 'items' opened here is never closed\n")
}
