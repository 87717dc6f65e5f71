import Foundation
import FrontMatter
import Messages
import TestSupport
import Testing

@testable import HonorSiteCLI
@testable import HonorSiteCore

/// Names that need quoting in YAML, or look as if they do: quotes, backslashes, colons, `#`, leading
/// indicators, full-width punctuation, values the parser would type (booleans, numbers, dates) and the
/// Chinese-keyboard look-alikes the parser warns about.
let awkwardNames = [
    "张\"三", "张\\三", "\\", "\"", "'", "张'三", "'张三'", "\"张三\"", "a: b", "a:b", "张三:", "a #b", "#1", "张#三", "- a", "-a", "-",
    "[a]", "[a, b]", "{a}", "a]", "!x", "&x", "*x", "|", ">", "%x", "@x", "`x`", "?x", "?", ",x", "张三：李四", "张三：", "：",
    "“张三”", "张三”", "”刘洋“", "「张三」", "『张三』", "＂张三＂", "【通知】培训", "【张三，李四】", "［张三］", "－ 张三", "— 张三", "· 张三",
    "２０２５", "2025年10月1日", "2025-10-01", "2025.10.1", "30", "30人", "-1", "+1", "0x1F", "1e3", ".inf", "true", "False", "null", "~",
    "yes", "是", "否", " 张三", "张三 ", "张　三", "　张三", "张三，李四", "张三、李四", "a\tb", "AI 夜校: 第一课", "王 小明 # 备注", "张三 ：李四",
]

/// `new` writes every text value so that the real loader reads the same text back, with no warning.
@Test(arguments: awkwardNames)
func newWritesEveryValueSoTheLoaderReadsItBack(_ name: String) throws {
    let fs = MemoryFileSystem(Dictionary(uniqueKeysWithValues: SiteSkeleton.files.map { ($0.path, $0.text) }))
    let config = try #require(loadConfig(fs: fs, baseURLOverride: nil).0)
    for kind in DocumentKind.allCases {
        let district: String? = kind == .page || kind == .report ? nil : name
        let skeleton = DocumentSkeleton(kind: kind, slug: "x", title: name, district: district, date: "2026-01-01", year: 2026)
        let (loaded, diagnostics) = loadDocument(
            path: skeleton.path, text: skeleton.text, kind: kind, config: config, mediaExists: { _ in false })
        let document = try #require(loaded?.document, "\(kind): \(diagnostics)\n\(skeleton.text)")
        #expect(document.title == name, "\(kind)\n\(skeleton.text)")
        // Left: the placeholders of fields not given, and the district read back exactly (it is not declared).
        let unexpected = diagnostics.filter {
            switch $0.message {
            case .site(.placeholder): false
            case .site(.unknownDistrict(let read)): read != name
            default: true
            }
        }
        #expect(unexpected.isEmpty, "\(kind) '\(name)': \(unexpected.map { $0.message.text(.english) })\n\(skeleton.text)")
        if district != nil {
            #expect(diagnostics.contains { $0.message == .site(.unknownDistrict(name)) } || name.isEmpty, "\(kind)")
        }
    }
}

/// Plain where a plain value reads back the same, so editors see `name: 张三`, not `name: "张三"`.
@Test(arguments: [("张三", "张三"), ("AI 夜校", "AI 夜校"), ("评为“十大最美骑手”", "评为“十大最美骑手”"), ("张\"三", #""张\"三""#), ("a: b", #""a: b""#)])
func plainWhereThatReadsBack(_ value: String, _ written: String) {
    #expect(yamlText(value) == written)
}

@Test func newRefusesAControlCharacterInAValue() {
    let (code, c) = run(["new", "rider", "x", "--name", "张\n三"], cwd: TestSupport.makeTempDir())
    #expect(code == 64)
    #expect(c.err.contains("--name holds the control character U+000A, which a front-matter value cannot hold"), "\(c.err)")
}
