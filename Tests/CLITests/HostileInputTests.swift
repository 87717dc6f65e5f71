import Foundation
import HonorSiteCLI
import HonorSiteCore
import TestSupport
import Testing

/// Every entry below `dir` (files and folders), relative, sorted: what a failed command must leave unchanged.
func entries(_ dir: URL) -> [String] {
    (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).sorted()
}

/// Regression tests for the hostile-input pass over `init`, `new`, `theme export` and the exports.
@Suite struct HostileInputTests {
    // MARK: - A file where a folder is needed

    @Test(arguments: [
        (
            ["init", "afile/site"],
            "honorsite: error: cannot write afile/site: afile is a file, and a folder is needed there; choose another folder\n"
        ),
        (
            ["init", "afile/a/b"],
            "honorsite: error: cannot write afile/a/b: afile is a file, and a folder is needed there; choose another folder\n"
        ),
        (
            ["theme", "export", "afile"],
            "honorsite: error: cannot write afile: afile is a file, and a folder is needed there; choose another folder\n"
        ),
        (
            ["theme", "export", "afile/x"],
            "honorsite: error: cannot write afile/x: afile is a file, and a folder is needed there; choose another folder\n"
        ),
        (
            ["init", "afile/site", "--lang", "zh-CN"],
            "honorsite: error: 无法写入 afile/site：afile 是一个文件，而这里需要的是文件夹；请换一个文件夹\n"
        ),
    ])
    func aFileInTheWayIsNamedAndNothingIsMade(_ args: [String], _ message: String) throws {
        let dir = TestSupport.makeTempDir("hs-in-the-way")
        try TestSupport.writeTree(["afile": "keep"], at: dir)
        let (code, c) = run(args, cwd: dir)
        #expect(code == 1)
        #expect(c.err == message)
        #expect(entries(dir) == ["afile"])
    }

    @Test func newWithAFileWhereItsFolderGoesIsNamedAndMakesNothing() throws {
        let dir = TestSupport.makeTempDir("hs-new-in-the-way")
        try TestSupport.writeTree(["content/site.yml": "title: x\n", "content/riders": "not a folder"], at: dir)
        let before = entries(dir)
        let (code, c) = run(["new", "rider", "zhang-san"], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err == "honorsite: error: cannot write content/riders/zhang-san.md: "
                + "content/riders is a file, and a folder is needed there; choose another folder\n")
        #expect(entries(dir) == before)
    }

    @Test func exportBelowAFileIsNamed() throws {
        let dir = try fixtureProject()
        try "x".write(to: dir.appendingPathComponent("afile"), atomically: true, encoding: .utf8)
        let (code, c) = run(["export", "honor-roll", "--year", "2025", "--format", "csv", "-o", "afile/roll.csv"], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err == "honorsite: error: cannot write afile/roll.csv: afile is a file, and a folder is needed there; choose another folder\n"
        )
        let (tablesCode, t) = run(["export", "stats", "--year", "2025", "--format", "csv", "-o", "afile/tables"], cwd: dir)
        #expect(tablesCode == 1)
        #expect(
            t.err == "honorsite: error: cannot create afile/tables: afile is a file, and a folder is needed there; choose another folder\n")
    }

    @Test func exportIntoMissingFoldersMakesThem() throws {
        let dir = try fixtureProject()
        let (code, c) = run(["export", "honor-roll", "--year", "2025", "--format", "csv", "-o", "out/a/roll.csv"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/a/roll.csv").path))
        #expect(entries(dir.appendingPathComponent("out")) == ["a", "a/roll.csv"])  // no temporary file left
    }

    // MARK: - Slugs `new` refuses before writing

    @Test(arguments: [
        (String(repeating: "a", count: 300), "the slug 'aaaaaaaaaaaaaaaa…' is 300 characters long"),
        (String(repeating: "a", count: 253), "it becomes the file name SLUG.md, which may have at most 255, so a slug at most 252"),
        ("a/b", "'a/b' is not a valid slug"), (".hidden", "'.hidden' is not a valid slug"), ("..", "'..' is not a valid slug"),
        ("a\u{0}b", "is not a valid slug"), ("a-", "'a-' is not a valid slug"), ("a b", "did you mean 'a-b'?"),
    ])
    func newRefusesSlugsThatCannotBeAFileBeforeWriting(_ slug: String, _ message: String) throws {
        let dir = TestSupport.makeTempDir("hs-slug")
        try TestSupport.writeTree(["content/site.yml": "title: x\n"], at: dir)
        let (code, c) = run(["new", "rider", slug], cwd: dir)
        #expect(code == 64)
        #expect(c.err.contains(message), "\(c.err)")
        #expect(entries(dir) == ["content", "content/site.yml"])
    }

    @Test func theLongestSlugNewAcceptsIsOneCheckAccepts() throws {
        let dir = TestSupport.makeTempDir("hs-init-slug").appendingPathComponent("site")
        #expect(run(["init", "site"], cwd: dir.deletingLastPathComponent()).0 == 0)
        let slug = String(repeating: "ab-", count: 84)  // 252 characters, ends in '-'
        let longest = String(slug.dropLast()) + "c"
        let (code, c) = run(["new", "rider", longest, "--name", "张三"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let (checked, k) = run(["check", "--drafts"], cwd: dir)
        #expect(checked == 1)  // the placeholders only
        let errors = k.err.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2 && errors.allSatisfy { $0.contains("still holds the placeholder") }, "\(k.err)")
    }

    // MARK: - theme export says what its files do where they went

    @Test(arguments: ["content", "content/themes", "content/riders"])
    func themeExportRefusesTheContentFolder(_ target: String) throws {
        let dir = TestSupport.makeTempDir("hs-theme-content").appendingPathComponent("my site")
        #expect(run(["init", "my site"], cwd: dir.deletingLastPathComponent()).0 == 0)
        let before = entries(dir)
        let (code, c) = run(["theme", "export", target], cwd: dir)
        #expect(code == 1)
        #expect(
            c.err == "honorsite: error: \(dir.path)/\(target) is inside the content folder of \(dir.path), where theme files are not read; "
                + "export into the project folder instead (honorsite theme export '\(dir.path)'), which writes templates/ beside content/\n"
        )
        #expect(entries(dir) == before)
    }

    @Test func themeExportOutsideAProjectSaysItOverridesNothing() throws {
        let dir = TestSupport.makeTempDir("hs-theme-aside")
        let (code, c) = run(["theme", "export", "copy"], cwd: dir)
        #expect(code == 0)
        #expect(
            c.err == "wrote \(DefaultTheme.files.count) files of the default theme to \(dir.path)/copy/templates; "
                + "\(dir.path)/copy is not a site project, so they override nothing: "
                + "a site uses the templates/ folder beside its content/ folder (honorsite theme export PROJECT)\n")
        let site = TestSupport.makeTempDir("hs-theme-project").appendingPathComponent("s")
        #expect(run(["init", "s"], cwd: site.deletingLastPathComponent()).0 == 0)
        let (projectCode, p) = run(["theme", "export", "."], cwd: site)
        #expect(projectCode == 0)
        #expect(p.err.hasSuffix("/templates; files you keep there override the built-in ones\n"), "\(p.err)")
    }

    // MARK: - Commands printed for copying are shell words

    @Test(arguments: [
        ("my site", "  cd 'my site'\n"), ("it's", "  cd 'it'\\''s'\n"), ("福田 站点", "  cd '福田 站点'\n"), ("mysite", "  cd mysite\n"),
        ("福田站点", "  cd 福田站点\n"), ("$HOME", "  cd '$HOME'\n"),
    ])
    func initPrintsTheCdCommandQuoted(_ name: String, _ line: String) throws {
        let dir = TestSupport.makeTempDir("hs-init-quote")
        let (code, c) = run(["init", name], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.err.contains("\n" + line), "\(c.err)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name + "/content/site.yml").path))
    }

    // MARK: - Markdown tables write names as sentences do

    @Test func markdownExportsWriteAmpersandsAndAnglesAsWritten() throws {
        let dir = try fixtureProject()
        let name = "南山&前海<区>|x"
        for file in ["content/site.yml", "content/riders/si-wei.md", "content/riders/tian-dali.md", "content/brands/nanshan-star.md"] {
            let url = dir.appendingPathComponent(file)
            try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
                of: "南山区", with: "\"\(name.replacingOccurrences(of: "\\", with: "\\\\"))\""
            )
            .write(to: url, atomically: true, encoding: .utf8)
        }
        let (code, c) = run(["export", "stats", "--format", "md"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        #expect(c.out.contains("| 南山&前海<区>\\|x | "), "\(c.out)")
        #expect(!c.out.contains("&amp;") && !c.out.contains("&lt;"), "\(c.out)")
        let (rollCode, r) = run(["export", "honor-roll", "--year", "2025", "--format", "md"], cwd: dir)
        #expect(rollCode == 0, "\(r.err)")
        #expect(r.out.contains(" | 南山&前海<区>\\|x | "), "\(r.out)")
    }
}
