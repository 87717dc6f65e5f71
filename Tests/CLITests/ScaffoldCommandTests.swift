import Foundation
import HonorSiteCLI
import HonorSiteCore
import TestSupport
import Testing

/// `honorsite init`, `new`, `theme export` and `--version`.
@Suite struct ScaffoldCommandTests {
    /// A new site made by `init` in a fresh temp folder.
    func newSite() throws -> URL {
        let dir = TestSupport.makeTempDir("hs-init").appendingPathComponent("mysite")
        let (code, c) = run(["init", "mysite"], cwd: dir.deletingLastPathComponent())
        #expect(code == 0, "\(c.err)")
        return dir
    }

    @Test func initCreatesASiteThatBuildsStrictAtOnce() throws {
        let dir = try newSite()
        let tree = try TestSupport.readTree(dir)
        #expect(
            tree.keys.sorted() == [
                ".github/workflows/publish.yml", ".gitignore", "content/brands/futian-shatou.md", "content/data/stats.yml",
                "content/events/futian-party-day.md", "content/pages/about.md", "content/riders/tian-fu.md", "content/site.yml",
            ])
        let settings = String(decoding: try #require(tree["content/site.yml"]), as: UTF8.self)
        for district in ["福田区", "罗湖区", "盐田区", "南山区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区", "深汕特别合作区"] {
            #expect(settings.contains("  - name: \(district)\n"), "\(district)")
        }
        let (code, c) = run(["build", "--strict"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.err.contains("built 36 pages from 4 documents"), "\(c.err)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/riders/tian-fu/index.html").path))
        #expect(try TestSupport.brokenLinks(site: dir.appendingPathComponent("site"), basePath: "/") == [])
    }

    @Test func initRefusesANonEmptyFolderAndChangesNothing() throws {
        let dir = TestSupport.makeTempDir("hs-init-full")
        try TestSupport.writeTree(["notes.txt": "keep"], at: dir)
        let (code, c) = run(["init", dir.path], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err == "honorsite: error: folder \(dir.path) is not empty; "
                + "give a new or empty folder (init never changes existing files)\n")
        #expect(try TestSupport.readTree(dir) == ["notes.txt": Data("keep".utf8)])
    }

    @Test func workflowIsTheOneInThePublishingGuide() throws {
        let dir = try newSite()
        let workflow = try String(contentsOf: dir.appendingPathComponent(".github/workflows/publish.yml"), encoding: .utf8)
        let guide = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/publishing.md"), encoding: .utf8)
        #expect(guide.contains("```yaml\n" + workflow + "```\n"), "docs/publishing.md must show the workflow init writes, verbatim")
        #expect(workflow.contains("honorsite check --strict"))
        #expect(workflow.contains("honorsite build --strict"))
    }

    @Test func newRiderHasEveryFieldAndFailsCheckUntilEdited() throws {
        let dir = try newSite()
        let (code, c) = run(["new", "rider", "zhang-san", "--name", "张三"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let path = dir.appendingPathComponent("content/riders/zhang-san.md")
        var text = try String(contentsOf: path, encoding: .utf8)
        for field in [
            "name: 张三\n", "district: 待填写：所在区\n", "honors:\n  - title: 待填写：荣誉名称\n    year: 2026\n",
            "# rank: 1\n", "# issuer:\n", "# platform:\n", "# party_member: true\n", "# photo: riders/zhang-san.jpg\n",
            "# tags: []\n", "# summary:\n", "# slug: zhang-san\n", "draft: true\n",
        ] {
            #expect(text.contains(field), "\(field)")
        }
        // The placeholders fail check (also for drafts), each at its line.
        let (failed, f) = run(["check"], cwd: dir)
        #expect(failed == 1)
        #expect(
            f.err.contains(
                "content/riders/zhang-san.md:5:11: error: "
                    + "'district' still holds the placeholder '待填写：所在区'; replace it with the real value"), "\(f.err)")
        #expect(f.err.contains("content/riders/zhang-san.md:12:12: error: 'title' still holds the placeholder '待填写：荣誉名称'"), "\(f.err)")
        #expect(f.err.contains("check failed: 2 errors, 0 warnings"))
        // Edited as the editor would: it builds and is published.
        text = text.replacingOccurrences(of: "待填写：所在区", with: "南山区").replacingOccurrences(of: "待填写：荣誉名称", with: "十大最美骑手")
            .replacingOccurrences(of: "draft: true", with: "draft: false")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let (built, b) = run(["build", "--strict"], cwd: dir)
        #expect(built == 0, "\(b.err)")
        let page = try String(contentsOf: dir.appendingPathComponent("site/riders/zhang-san/index.html"), encoding: .utf8)
        #expect(page.contains("张三"))
    }

    @Test(arguments: [
        (
            ["new", "brand", "futian-x"],
            [
                "title: 待填写：标题\n", "district: 待填写：所在区\n", "street: 待填写：街道\n", "brand: 待填写：品牌名称\n",
                "# station:\n", "date: 2026-01-01\n", "# cover: brands/futian-x.jpg\n", "draft: true\n",
            ]
        ),
        (
            ["new", "event", "ai-night", "--title", "AI 夜校: 第一课", "--district", "南山区", "--date", "2026-03-05"],
            [
                "title: \"AI 夜校: 第一课\"\n", "date: 2026-03-05\n", "# end_date: 2026-03-05\n", "base: 待填写：实训基地名称\n",
                "district: 南山区\n", "# category:\n", "# participants:\n", "draft: true\n",
            ]
        ),
        (["new", "page", "contact", "--title", "联系我们"], ["title: 联系我们\n", "# weight: 1\n", "date: 2026-01-01\n", "draft: true\n"]),
        (
            ["new", "report", "annual-2025", "--date", "2026-01-15"],
            [
                "title: 待填写：标题\n", "year: 2026\n", "issuer: 待填写：发文机关\n", "date: 2026-01-15\n", "# doc_number:\n",
                "draft: true\n",
            ]
        ),
    ])
    func newWritesEveryFieldOfTheKind(_ args: [String], _ lines: [String]) throws {
        let dir = try newSite()
        let (code, c) = run(args, cwd: dir)
        #expect(code == 0, "\(c.err)")
        let text = try String(contentsOf: dir.appendingPathComponent("content/\(args[1])s/\(args[2]).md"), encoding: .utf8)
        for line in lines { #expect(text.contains(line), "\(line) in\n\(text)") }
    }

    @Test func todayIsTakenInTheSiteTimeZone() throws {
        let dir = try newSite()
        // 2026-01-01T00:00:00Z is still 2025-12-31 in New York, already 2026-01-01 in Shanghai (the default).
        #expect(run(["new", "page", "shanghai"], cwd: dir).0 == 0)
        let settings = dir.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "time_zone: Asia/Shanghai", with: "time_zone: America/New_York")
            .write(to: settings, atomically: true, encoding: .utf8)
        #expect(run(["new", "page", "new-york"], cwd: dir).0 == 0)
        let shanghai = try String(contentsOf: dir.appendingPathComponent("content/pages/shanghai.md"), encoding: .utf8)
        let newYork = try String(contentsOf: dir.appendingPathComponent("content/pages/new-york.md"), encoding: .utf8)
        #expect(shanghai.contains("\ndate: 2026-01-01\n"))
        #expect(newYork.contains("\ndate: 2025-12-31\n"))
    }

    @Test func newReportBuildsOnceFilledIn() throws {
        let dir = try newSite()
        #expect(run(["new", "report", "annual", "--title", "2025年工作报告"], cwd: dir).0 == 0)
        let path = dir.appendingPathComponent("content/reports/annual.md")
        let (failed, f) = run(["check"], cwd: dir)
        #expect(failed == 1)
        #expect(f.err.contains("content/reports/annual.md:7:9: error: 'issuer' still holds the placeholder '待填写：发文机关'"), "\(f.err)")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "待填写：发文机关", with: "某某市场监督管理局").replacingOccurrences(of: "draft: true", with: "draft: false")
            .write(to: path, atomically: true, encoding: .utf8)
        let (code, c) = run(["build", "--strict"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/reports/annual/index.html").path))
    }

    @Test func newEventWithOptionsReadsBackAsGiven() throws {
        let dir = try newSite()
        #expect(run(["new", "event", "ai-night", "--title", "AI 夜校: 第一课", "--date", "2026-03-05"], cwd: dir).0 == 0)
        let path = dir.appendingPathComponent("content/events/ai-night.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "待填写：实训基地名称", with: "福田“小个专”党建实训基地")
            .write(to: path, atomically: true, encoding: .utf8)
        let (code, c) = run(["build", "--strict", "--drafts"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let page = try String(contentsOf: dir.appendingPathComponent("site/events/ai-night/index.html"), encoding: .utf8)
        #expect(page.contains("AI 夜校: 第一课"))
    }

    @Test(arguments: [
        (["new", "rider", "张三"], "'张三' cannot be a file name: a slug is lowercase pinyin or English letters, digits and hyphens"),
        (["new", "rider", "张三"], "'honorsite new rider zhang-san --name 张三'"),
        (
            ["new", "rider", "Zhang_San"],
            "'Zhang_San' is not a valid slug: use lowercase ASCII letters, digits and single hyphens ([a-z0-9-]); did you mean 'zhang-san'?"
        ),
        (["new", "hero", "x"], "unknown kind 'hero'; use brand, rider, event, page or report"),
        (["new"], "missing KIND (brand, rider, event, page or report) and SLUG"),
        (["new", "rider"], "missing SLUG"),
        (["new", "rider", "x", "--title", "张三"], "--title does not apply to a rider; use --name"),
        (["new", "brand", "x", "--name", "张三"], "--name does not apply to a brand; use --title"),
        (["new", "page", "x", "--district", "福田区"], "--district does not apply to a page"),
        (["new", "event", "x", "--date", "2026-02-30"], "--date must be a date written YYYY-MM-DD, not '2026-02-30'"),
        (["init"], "missing DIR, the folder of the new site"),
        (["theme"], "missing action; use 'theme export DIR'"),
        (["theme", "import", "x"], "unknown theme action 'import'"),
        (["theme", "export"], "missing DIR"),
    ])
    func usageErrorsExit64(_ args: [String], _ message: String) throws {
        let (code, c) = run(args, cwd: TestSupport.makeTempDir())
        #expect(code == 64)
        #expect(c.err.contains(message), "\(c.err)")
    }

    @Test func newRefusesToOverwrite() throws {
        let dir = try newSite()
        let (code, c) = run(["new", "rider", "tian-fu", "--name", "田富"], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err == "honorsite: error: content/riders/tian-fu.md already exists; "
                + "new never overwrites a file (choose another slug, or edit that file)\n")
        let kept = try String(contentsOf: dir.appendingPathComponent("content/riders/tian-fu.md"), encoding: .utf8)
        #expect(kept.hasPrefix("---\nname: 田富\n"))
    }

    @Test func newOutsideAProjectIsOneClearError() throws {
        let dir = TestSupport.makeTempDir("hs-no-project")
        let (code, c) = run(["new", "page", "about"], cwd: dir)
        #expect(code == 1)
        #expect(c.err.contains("is not a site project: content/site.yml not found"), "\(c.err)")
    }

    @Test func themeExportWritesTheBuiltInThemeWhichThenOverrides() throws {
        let dir = try newSite()
        let (code, c) = run(["theme", "export", "."], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(
            try TestSupport.readTree(dir.appendingPathComponent("templates"))
                == (try TestSupport.readTree(TestSupport.packageRoot.appendingPathComponent("templates"))))
        #expect(run(["theme", "export", "."], cwd: dir).0 == 1)  // never overwrites
        try "<p class=\"mine\">{{title}}</p>".write(
            to: dir.appendingPathComponent("templates/partials/card.mustache"),
            atomically: true, encoding: .utf8)
        #expect(run(["build"], cwd: dir).0 == 0)
        let riders = try String(contentsOf: dir.appendingPathComponent("site/riders/index.html"), encoding: .utf8)
        #expect(riders.contains("<p class=\"mine\">田富</p>"))
    }

    @Test func versionNamesTheReleaseNumber() {
        let (code, c) = run(["--version"], cwd: TestSupport.makeTempDir())
        #expect(code == 0)
        #expect(c.out == HonorSiteVersion.line + "\n")
        #expect(c.out.hasPrefix("honorsite \(HonorSiteVersion.number)"))
        #expect(HonorSiteVersion.number.split(separator: ".").count == 3)
    }
}

/// `init` and `new` speak Chinese under a Chinese locale, like every other command.
@Suite struct ScaffoldChineseTests {
    @Test func newExplainsAChineseSlugInChinese() {
        let (code, c) = run(["new", "rider", "张三", "--lang", "zh-CN"], cwd: TestSupport.makeTempDir())
        #expect(code == 64)
        #expect(c.err.contains("“张三”不能用作文件名：文件名就是网页地址，只能用小写拼音或英文字母、数字和连字符。"), "\(c.err)")
        #expect(c.err.contains("'honorsite new rider zhang-san --name 张三'"), "\(c.err)")
    }

    @Test func initRefusesANonEmptyFolderInChinese() throws {
        let dir = TestSupport.makeTempDir("hs-init-zh")
        try TestSupport.writeTree(["notes.txt": "keep"], at: dir)
        let (code, c) = run(["init", dir.path], cwd: dir, env: ["LANG": "zh_CN.UTF-8"])
        #expect(code == 1)
        #expect(c.err == "honorsite: error: 文件夹 \(dir.path) 不是空的；请指定一个新的或空的文件夹（init 不会改动已有文件）\n")
    }
}
