import Foundation
import Markdown
import Messages
import Mustache
import TestSupport
import Testing

@testable import HonorSiteCore

/// The basic fixture site (theme included) as an in-memory project.
func memoryProject(extra: [String: String] = [:], removing: [String] = []) throws -> MemoryFileSystem {
    var fs = MemoryFileSystem([:])
    for (path, data) in try TestSupport.readTree(Fixtures.theme) { fs.contents[path] = data }
    for (path, data) in try TestSupport.readTree(Fixtures.root.appendingPathComponent("sites/basic")) where !path.hasPrefix("expected/") {
        fs.contents[path] = data
    }
    for (path, text) in extra { fs.contents[path] = Data(text.utf8) }
    for path in removing { fs.contents[path] = nil }
    return fs
}

/// Runs discover, load, validate and index; fails the test on any error.
func indexedSite(_ fs: MemoryFileSystem) throws -> Site {
    var log = DiagnosticLog(strict: false)
    let options = Fixtures.options(URL(fileURLWithPath: "/nonexistent"))
    let loaded = try load(discover(fs), fs: fs, options: options, diagnostics: &log)
    log += validate(loaded)
    let site = index(loaded, now: options.now, diagnostics: &log).site
    try log.checkpoint()
    return site
}

@Suite struct StageTests {
    @Test func discoverClassifiesWithoutReading() throws {
        let fs = try memoryProject(extra: ["content/riders/old/x.md": "", "content/riders/notes.txt": "", "content/stray.txt": ""])
        let tree = discover(fs)
        #expect(
            tree.documents.map(\.path) == [
                "content/brands/draft-one.md", "content/brands/futian-red.md", "content/brands/nanshan-star.md",
                "content/events/future.md", "content/events/spring.md", "content/events/training.md", "content/pages/about.md",
                "content/reports/annual-2025.md",
                "content/riders/bai-yun.md", "content/riders/si-wei.md", "content/riders/tian-dali.md", "content/riders/tian-fu.md",
            ])
        #expect(tree.media == ["content/media/dot.svg"])
        #expect(tree.dataFiles == ["content/data/stats.yml"])
        #expect(tree.templates.contains("templates/partials/card.mustache") && tree.templates.contains("templates/layout.mustache"))
        #expect(
            tree.diagnostics.map(\.description) == [
                "content/riders/notes.txt: warning: only files ending in .md are read here; file ignored",
                "content/riders/old/x.md: warning: content in subfolders is not read; move it to content/riders/",
            ])
    }

    @Test func loadKeepsBodiesApartAndDropsDrafts() throws {
        let fs = try memoryProject()
        var log = DiagnosticLog(strict: false)
        let loaded = try load(discover(fs), fs: fs, options: Fixtures.options(URL(fileURLWithPath: "/x")), diagnostics: &log)
        #expect(log.all.isEmpty)
        #expect(loaded.documents.count == 11)
        #expect(!loaded.documents.contains { $0.document.draft })
        #expect(loaded.media == ["dot.svg"])
        let about = try #require(loaded.documents.first { $0.document.path == "content/pages/about.md" })
        #expect(about.body == "\n本站是测试站点。\n")
        #expect(about.document.bodyStartLine == 5)
    }

    @Test func theSiteModelNamesEveryPage() throws {
        let site = try indexedSite(try memoryProject())
        let tag = Page.tag(try #require(site.tagIndex["暖心驿站"]))
        #expect(site.path(tag) == "tags/暖心驿站/")
        #expect(site.url(tag) == "/sub/tags/%E6%9A%96%E5%BF%83%E9%A9%BF%E7%AB%99/")
        #expect(site.permalink(tag) == "https://example.org/sub/tags/%E6%9A%96%E5%BF%83%E9%A9%BF%E7%AB%99/")
        #expect(site.title(tag) == "暖心驿站")
        #expect(site.trail(tag).map(site.title) == ["标签", "暖心驿站"])
        #expect(site.template(tag) == "tag")
        let base = try #require(site.basePage(named: "福田实训基地"))
        #expect(site.trail(base).map(site.path) == ["events/", "bases/", "bases/futian-base/"])
        #expect(site.navigationSection(base) == .section(.event))
        #expect(site.navigationSection(tag) == nil)
        #expect(site.outputFile(.notFound) == "404.html" && site.trail(.notFound).isEmpty)
        // Groupings.
        #expect(site.tags.map(\.name) == ["党建引领", "暖心驿站", "最美骑手"])
        #expect(site.eventYears == [2027, 2025])
        #expect(site.rolls.map(\.year) == [2025, 2024])
        #expect(site.byDistrict["南山区"]?.map { site.documents[$0].title } == ["星光服务站", "田大利", "司伟"])  // brands, then riders by 姓氏笔画
    }

    @Test func tagPageValues() throws {
        let site = try indexedSite(try memoryProject())
        let i = try #require(site.tagIndex["暖心驿站"])
        let empty = renderMarkdown("", options: MarkdownOptions())
        let rendered = site.documents.map { _ in RenderedDocument(markdown: empty, summary: "s", readingMinutes: 1) }
        let context = PageValues(site: site, rendered: rendered).context(for: .tag(i), html: "")
        #expect(context["tag"] == .map(["name": .string("暖心驿站"), "count": .int(2), "only_riders": .bool(false)]))
        guard case .list(let items)? = context["items"] else {
            Issue.record("no items")
            return
        }
        #expect(items.map { $0["title"] } == [.string("红色驿站暖人心"), .string("星光服务站")])  // newest first
        #expect(context["page"]?["url"] == .string(site.url(.tag(i))))
        guard case .list(let crumbs)? = context["page"]?["breadcrumbs"] else {
            Issue.record("no breadcrumbs")
            return
        }
        #expect(crumbs.map { $0["title"] } == [.string("首页"), .string("标签"), .string("暖心驿站")])
    }

    @Test func strictIsAppliedAtTheCheckpoint() throws {
        var log = DiagnosticLog(strict: false)
        log.append(.warning(SourceLocation(path: "a.md", line: 1, column: 1), .onlyMarkdownHere))
        try log.checkpoint()
        #expect(log.warnings.count == 1)
        var strict = DiagnosticLog(strict: true)
        strict.append(.warning(SourceLocation(path: "a.md", line: 1, column: 1), .onlyMarkdownHere, notes: [.alsoAt("b.md")]))
        #expect(throws: BuildFailure.self) { try strict.checkpoint() }
        do { try strict.checkpoint() } catch {
            #expect(
                error.diagnostics == [
                    .error(SourceLocation(path: "a.md", line: 1, column: 1), .onlyMarkdownHere, notes: [.alsoAt("b.md")])
                ])
        }
    }

    // The in-memory project builds the same files as the disk.
    @Test func memoryAndDiskBuildsAgree() throws {
        let fs = try memoryProject()
        let memory = try SiteCompiler.compile(Fixtures.options(URL(fileURLWithPath: "/nonexistent")), fileSystem: fs)
        let disk = try SiteCompiler.compile(Fixtures.options(try Fixtures.project(site: "basic")))
        #expect(memory.files.map(\.path) == disk.files.map(\.path))
        for (m, d) in zip(memory.files, disk.files) {
            switch (m.contents, d.contents) {
            case (.bytes(let a), .bytes(let b)): #expect(a == b, "\(m.path)")
            case (.copy(let a), .copy(let b)): #expect(a == b)
            // the same image, cleaned (only the disk has stamps, so only its copy comes with a plan)
            case (.cleanedImage(let a, let fa, _), .cleanedImage(let b, let fb, _)): #expect(a == b && fa == fb)
            default: Issue.record("\(m.path): different kinds of contents")
            }
        }
    }

    // Regression: nothing tested that a static file named like a generated file is refused.
    @Test func anOutputProducedTwiceIsAnErrorWithItsOtherSource() throws {
        let fs = try memoryProject(extra: ["templates/static/feed.xml": "<feed/>"])
        #expect(throws: BuildFailure.self) { try SiteCompiler.compile(Fixtures.options(URL(fileURLWithPath: "/x")), fileSystem: fs) }
        do { _ = try SiteCompiler.compile(Fixtures.options(URL(fileURLWithPath: "/x")), fileSystem: fs) } catch {
            #expect(
                error.diagnostics == [
                    .error(SourceLocation(path: "templates/static/feed.xml"), .outputTwice("feed.xml"), notes: [.alsoBy(nil)])
                ])
        }
    }
}
