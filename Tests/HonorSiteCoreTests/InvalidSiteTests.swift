import Foundation
import HonorSiteCore
import TestSupport
import Testing

/// Each case changes the basic fixture site and lists the exact diagnostics expected.
struct InvalidCase: CustomStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var expected: [String]
    var strict = false
    var description: String { name }
}

let riderHead = "---\nname: 田富\ndistrict: 福田区\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n"

/// The basic fixture's site.yml with `extra` lines added to the 十大最美骑手 declaration.
func basicSiteYML(topHonor extra: String) throws -> String {
    let url = Fixtures.root.appendingPathComponent("sites/basic/content/site.yml")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.replacingOccurrences(of: "    description: 表彰优秀骑手\n", with: "    description: 表彰优秀骑手\n" + extra)
}

let invalidCases: [InvalidCase] = [
    InvalidCase(
        name: "unterminated quote on line 3",
        files: [
            "content/riders/tian-fu.md":
                "---\nname: 田富\nplatform: \"外卖平台\ndistrict: 福田区\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n正文\n"
        ],
        expected: ["content/riders/tian-fu.md:3:11: error: unterminated double-quoted string"]),
    InvalidCase(
        name: "unknown district, with the declared ones in a note",
        files: ["content/riders/tian-fu.md": riderHead.replacingOccurrences(of: "福田区", with: "罗湖区") + "---\n正文\n"],
        expected: ["content/riders/tian-fu.md:3:11: error: unknown district '罗湖区'\n  note: declared districts: 福田区、南山区"]),
    InvalidCase(
        name: "misspelt key is a warning and the required field is missing",
        files: ["content/riders/tian-fu.md": "---\nname: 田富\ndistrcit: 福田区\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n正文\n"],
        expected: [
            "content/riders/tian-fu.md:2:1: error: missing required field 'district'",
            "content/riders/tian-fu.md:3:1: warning: unknown key 'distrcit'; did you mean 'district'?",
        ]),
    InvalidCase(
        name: "strict turns the unknown-key warning into an error",
        files: ["content/riders/tian-fu.md": riderHead + "colour: red\n---\n正文\n"],
        expected: ["content/riders/tian-fu.md:7:1: error: unknown key 'colour'"],
        strict: true),
    InvalidCase(
        name: "same rank twice for one honor and year",
        files: [
            "content/riders/bai-yun.md": "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 寻找城市星光\n    year: 2024\n    rank: 2\n---\n正文\n"
        ],
        expected: ["content/riders/tian-fu.md:9:5: error: rank 2 for '寻找城市星光' 2024 is also given to 白云 in content/riders/bai-yun.md"]),
    InvalidCase(
        name: "an honor not declared in site.yml is an error with a suggestion",
        files: ["content/riders/bai-yun.md": "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 十佳最美骑手\n    year: 2025\n---\n正文\n"],
        expected: ["content/riders/bai-yun.md:5:12: error: honor '十佳最美骑手' is not declared in site.yml honors; did you mean '十大最美骑手'?"]),
    InvalidCase(
        name: "an honor far from every declared one lists them",
        files: ["content/riders/bai-yun.md": "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 优秀共产党员\n    year: 2025\n---\n正文\n"],
        expected: [
            "content/riders/bai-yun.md:5:12: error: honor '优秀共产党员' is not declared in site.yml honors (declared: 十大最美骑手、寻找城市星光); "
                + "declare it there, or add the spelling to an honor's aliases"
        ]),
    InvalidCase(
        name: "a declared alias is accepted",
        files: [
            "content/site.yml": (try? basicSiteYML(topHonor: "    aliases: [十佳最美骑手]\n")) ?? "",
            "content/riders/bai-yun.md": "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 十佳最美骑手\n    year: 2025\n---\n正文\n",
        ],
        expected: []),
    InvalidCase(
        name: "an alias that is another honor's title",
        files: ["content/site.yml": (try? basicSiteYML(topHonor: "    aliases: [寻找城市星光]\n")) ?? ""],
        expected: ["content/site.yml:22:5: error: honor '寻找城市星光' is declared twice"]),
    InvalidCase(
        name: "more riders than the honor's size is an error naming them",
        files: ["content/site.yml": (try? basicSiteYML(topHonor: "    size: 3\n")) ?? ""],
        expected: [
            "content/riders/tian-fu.md:7:5: error: 4 riders have '十大最美骑手' for 2025, more than its size 3 in site.yml\n"
                + "  note: riders: content/riders/bai-yun.md, content/riders/si-wei.md, content/riders/tian-dali.md, content/riders/tian-fu.md"
        ]),
    InvalidCase(
        name: "fewer riders than the honor's size is a warning",
        files: ["content/site.yml": (try? basicSiteYML(topHonor: "    size: 10\n")) ?? ""],
        expected: [
            "content/riders/bai-yun.md:5:5: warning: only 4 of 10 riders have '十大最美骑手' for 2025 (size 10 in site.yml)\n"
                + "  note: riders: content/riders/bai-yun.md, content/riders/si-wei.md, content/riders/tian-dali.md, content/riders/tian-fu.md"
        ]),
    InvalidCase(
        name: "the same name twice on one roll is a warning naming both files",
        files: ["content/riders/tian-fu-2.md": riderHead + "---\n另一位田富\n"],
        expected: [
            "content/riders/tian-fu.md:7:5: warning: '田富' is on the 2025 '十大最美骑手' roll twice: content/riders/tian-fu-2.md and content/riders/tian-fu.md"
        ]),
    InvalidCase(
        name: "file name that is not a slug",
        files: ["content/riders/Tian_Fu2.md": riderHead + "---\n正文\n"],
        expected: [
            "content/riders/Tian_Fu2.md:1:1: error: file name 'Tian_Fu2.md' does not give a valid slug: use lowercase ASCII letters, digits and hyphens ([a-z0-9-]), or set 'slug:'",
            "content/riders/tian-fu.md:7:5: warning: '田富' is on the 2025 '十大最美骑手' roll twice: content/riders/Tian_Fu2.md and content/riders/tian-fu.md",
        ]),
    InvalidCase(
        name: "two documents with one URL",
        files: ["content/riders/tian-fu-2.md": riderHead + "slug: tian-fu\n---\n正文\n"],
        expected: [
            "content/riders/tian-fu.md:1:1: error: page URL /riders/tian-fu/ collides with content/riders/tian-fu-2.md\n"
                + "  note: both produce /riders/tian-fu/",
            "content/riders/tian-fu.md:7:5: warning: '田富' is on the 2025 '十大最美骑手' roll twice: content/riders/tian-fu-2.md and content/riders/tian-fu.md",
        ]),
    InvalidCase(
        name: "event slug equal to a year page",
        files: ["content/events/2025.md": "---\ntitle: 年会\ndate: 2025-01-01\nbase: 福田实训基地\n---\n正文\n"],
        expected: ["content/events/2025.md:1:1: error: page /events/2025/ would be generated twice (年会 and 2025年); choose another slug"]),
    InvalidCase(
        name: "broken link to a content file",
        files: ["content/pages/about.md": "---\ntitle: 关于\n---\n\n第一段。\n\n见[不存在](../riders/nobody.md)。\n"],
        expected: ["content/pages/about.md:7:2: error: link to '../riders/nobody.md' does not lead to a content file that is built"]),
    InvalidCase(
        name: "link to a draft is broken when drafts are not built",
        files: ["content/pages/about.md": "---\ntitle: 关于\n---\n[草稿](../brands/draft-one.md)\n"],
        expected: ["content/pages/about.md:4:1: error: link to '../brands/draft-one.md' does not lead to a content file that is built"]),
    InvalidCase(
        name: "end date before start",
        files: ["content/events/spring.md": "---\ntitle: 春季\ndate: 2025-03-15\nend_date: 2025-03-14\nbase: 福田实训基地\n---\n正文\n"],
        expected: ["content/events/spring.md:4:11: error: 'end_date' 2025-03-14 is before 'date' 2025-03-15"]),
    InvalidCase(
        name: "unknown base and wrong type",
        files: ["content/events/spring.md": "---\ntitle: 春季\ndate: 2025-03-15\nbase: 南山基地\nparticipants: 很多\n---\n正文\n"],
        expected: [
            "content/events/spring.md:4:7: error: unknown training base '南山基地'\n  note: declared bases: 福田实训基地",
            "content/events/spring.md:5:15: error: 'participants' must be an integer, found the string \"很多\"",
        ]),
    InvalidCase(
        name: "cover that does not exist, and a path with ..",
        files: [
            "content/brands/nanshan-star.md": "---\ntitle: 星光\ndistrict: 南山区\nstreet: 粤海街道\nbrand: 星光\ncover: nope.png\n---\n正文\n",
            "content/brands/futian-red.md": "---\ntitle: 红色\ndistrict: 福田区\nstreet: 沙头街道\nbrand: 红色\ncover: ../../etc/passwd\n---\n正文\n",
        ],
        expected: [
            "content/brands/futian-red.md:6:8: error: 'cover' must be a path below content/media without '..'",
            "content/brands/nanshan-star.md:6:8: error: 'cover' file 'content/media/nope.png' does not exist",
        ]),
    InvalidCase(
        name: "two tags with one slug",
        files: ["content/pages/about.md": "---\ntitle: 关于\ntags: [Red Star, red-star]\n---\n正文\n"],
        // Regression: reported at the tag, not at 1:1.
        expected: [
            "content/pages/about.md:3:18: error: tag 'red-star' and tag 'Red Star' (in content/pages/about.md) "
                + "both become /tags/red-star/; rename one"
        ]),
    InvalidCase(
        name: "tags that differ only by Chinese quotes, at the line of the tag",
        files: [
            "content/pages/about.md": "---\ntitle: 关于\ntags: [志愿服务]\n---\n正文\n",
            "content/events/spring.md": "---\ntitle: 春季培训\ndate: 2025-03-01\nbase: 福田实训基地\n"
                + "tags:\n  - “志愿服务”\n---\n正文\n",
        ],
        expected: [
            "content/events/spring.md:6:5: warning: the value “志愿服务” is wrapped in Chinese quotes, which become part of the text; "
                + "remove them (or use straight quotes \"…\")",
            "content/pages/about.md:3:8: error: tag '志愿服务' and tag '“志愿服务”' (in content/events/spring.md) both become "
                + "/tags/志愿服务/; rename one",
        ]),
    InvalidCase(
        name: "template with a missing partial",
        files: ["templates/404.mustache": "{{<layout}}{{$content}}\n  {{> nothing}}{{/content}}{{/layout}}\n"],
        expected: ["templates/404.mustache:2:3: error: partial 'nothing' not found"]),
    InvalidCase(
        name: "template with an unclosed section",
        files: ["templates/tags.mustache": "{{<layout}}{{$content}}\n{{#tags}}<li>{{name}}</li>\n{{/content}}{{/layout}}\n"],
        expected: ["templates/tags.mustache:3:1: error: closing tag 'content' does not match the open section 'tags'"]),
    // Regressions from hostile-input testing.
    InvalidCase(
        name: "control character in a body",
        files: ["content/pages/about.md": "---\ntitle: 关于\n---\n第一行\n第二行有\u{01}控制符\n"],
        expected: ["content/pages/about.md:5:5: error: control character U+0001 is not allowed; remove it"]),
    InvalidCase(
        name: "dates and years out of range",
        files: [
            "content/events/spring.md": "---\ntitle: 春季\ndate: 0001-01-01\nbase: 福田实训基地\n---\n正文\n",
            "content/riders/bai-yun.md": "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 十大最美骑手\n    year: 9223372036854775807\n---\n",
        ],
        expected: [
            "content/events/spring.md:3:7: error: 'date' must be a date in the years 1901–9999",
            "content/riders/bai-yun.md:6:11: error: 'year' must be at most 9999, found 9223372036854775807",
        ]),
    InvalidCase(
        name: "mobile and ID numbers in a rider story; a failed check digit is not reported",
        files: [
            "content/riders/bai-yun.md":
                "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n电话138-0013-8000，身份证11010519491231002X。\n号码11010519491231002Y不是，110105194912310021也不是。\n"
        ],
        expected: [
            "content/riders/bai-yun.md:8:3: error: possible mobile number '138******8000' must not be published; remove it or list the exact value under privacy_allow in site.yml",
            "content/riders/bai-yun.md:8:20: error: possible ID number '110***********002X' must not be published; remove it or list the exact value under privacy_allow in site.yml",
        ]),
    // Issue 17 item 8: broken links whose targets cmark escapes (', ", Chinese) keep their line:col.
    InvalidCase(
        name: "broken links with quotes and Chinese are located",
        files: ["content/pages/about.md": "---\ntitle: 关于\n---\n\n见[报告](/资料/报告.pdf)和[名单](/o'neil.pdf)。\n"],
        expected: [
            "content/pages/about.md:5:2: error: link '/资料/报告.pdf' leads to no generated file",
            "content/pages/about.md:5:19: error: link '/o'neil.pdf' leads to no generated file",
        ]),
    // Issue 17 item 7: names the file system cannot hold are found by `check`, at their line.
    InvalidCase(
        name: "a tag of 86 Chinese characters and a 300-character slug",
        files: [
            "content/riders/bai-yun.md":
                "---\nname: 白云\ndistrict: 福田区\ntags: [短, \(String(repeating: "标", count: 86))]\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n",
            "content/pages/long.md": "---\ntitle: 长\nslug: \(String(repeating: "a", count: 300))\n---\n",
        ],
        expected: [
            "content/pages/long.md:3:7: error: slug gives the folder name 'aaaaaaaaaaaa…' of 300 bytes; file systems hold at most 255; shorten it",
            "content/riders/bai-yun.md:4:11: error: tag '标标标标标标标标标标标标…' gives the folder name '标标标标标标标标标标标标…' of 258 bytes; file systems hold at most 255; shorten it",
        ]),
]

@Suite struct InvalidSiteTests {
    @Test(arguments: invalidCases)
    func reportsExactDiagnostics(_ c: InvalidCase) throws {
        let project = try Fixtures.project(site: "basic", extra: c.files)
        let actual = Fixtures.diagnostics(project, strict: c.strict)
        #expect(actual == c.expected, "\(c.name):\n\(actual.joined(separator: "\n"))")
    }

    @Test func aliasCountsAsTheDeclaredHonorOnTheRoll() throws {
        let project = try Fixtures.project(
            site: "basic",
            extra: [
                "content/site.yml": try basicSiteYML(topHonor: "    aliases: [十佳最美骑手]\n"),
                "content/riders/bai-yun.md": "---\nname: 白云\ndistrict: 福田区\nhonors:\n  - title: 十佳最美骑手\n    year: 2025\n---\n正文\n",
            ])
        let roll = try #require(try SiteCompiler.honorRolls(Fixtures.options(project)).rolls.first { $0.year == 2025 })
        #expect(roll.sections.map(\.title) == ["十大最美骑手"])
        #expect(roll.sections[0].entries.map(\.name).contains("白云"))
    }

    @Test func oversizedRollNamesEveryFile() throws {
        let project = try Fixtures.project(site: "basic", extra: ["content/site.yml": try basicSiteYML(topHonor: "    size: 3\n")])
        do {
            _ = try SiteCompiler.compile(Fixtures.options(project))
            Issue.record("an oversized roll must fail the build")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(
                d.notes(.english)
                    == [
                        "riders: content/riders/bai-yun.md, content/riders/si-wei.md, content/riders/tian-dali.md, "
                            + "content/riders/tian-fu.md"
                    ])
        }
    }

    @Test func basicSiteHasNoDiagnostics() throws {
        #expect(Fixtures.diagnostics(try Fixtures.project(site: "basic")) == [])
    }
}

@Suite struct TableOfContentsTests {
    /// A page with one heading gets no table of contents; two headings get one.
    @Test func oneHeadingGetsNoTableOfContents() throws {
        let project = try Fixtures.project(
            site: "basic",
            extra: [
                "content/pages/one.md": "---\ntitle: 一个标题\n---\n## 唯一的小节\n\n正文。\n",
                "content/pages/two.md": "---\ntitle: 两个标题\n---\n## 第一节\n\n正文。\n\n## 第二节\n\n正文。\n",
            ])
        let site = try SiteCompiler.compile(Fixtures.options(project))
        func page(_ path: String) throws -> String {
            let file = try #require(site.files.first { $0.path == path })
            guard case .bytes(let b) = file.contents else { return "" }
            return String(decoding: b, as: UTF8.self)
        }
        #expect(try page("pages/one/index.html").contains("<ol class=\"toc\"></ol>"))
        #expect(
            try page("pages/two/index.html").contains(
                "<ol class=\"toc\"><li><a href=\"#第一节\">第一节</a></li><li><a href=\"#第二节\">第二节</a></li></ol>"))
    }
}
