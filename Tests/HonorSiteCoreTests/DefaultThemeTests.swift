import Foundation
import HonorSiteCore
import TestSupport
import Testing

/// The theme embedded in the binary: the same bytes as templates/, used where a project has no file of its own.
@Suite struct DefaultThemeTests {
    static let templates = TestSupport.packageRoot.appendingPathComponent("templates")

    @Test func embeddedThemeIsExactlyTemplatesFolder() throws {
        let onDisk = try TestSupport.readTree(Self.templates)
        let embedded = Dictionary(
            uniqueKeysWithValues: DefaultTheme.files.map {
                (String($0.path.dropFirst("templates/".count)), Data($0.bytes))
            })
        #expect(onDisk.count >= 20, "templates/ not found at \(Self.templates.path)")
        let differences = TestSupport.diffTrees(actual: embedded, expected: onDisk)
        #expect(
            differences.isEmpty,
            """
            the embedded theme (Sources/HonorSiteCore/Theme/DefaultTheme.generated.swift) differs from templates/; \
            run `make theme`:
            \(differences.joined(separator: "\n"))
            """)
    }

    /// A site project with only content: the basic fixture site without the fixture theme.
    func contentOnlyProject() throws -> URL {
        let dir = TestSupport.makeTempDir("hs-no-theme")
        try TestSupport.copyTree(Fixtures.root.appendingPathComponent("sites/basic/content"), to: dir.appendingPathComponent("content"))
        return dir
    }

    @Test func projectWithoutTemplatesBuildsWithTheEmbeddedTheme() throws {
        let dir = try contentOnlyProject()
        let site = try SiteCompiler.compile(Fixtures.options(dir))
        let files = Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0) })
        let style = try #require(files["style.css"])
        guard case .bytes(let css) = style.contents else {
            Issue.record("style.css should come from the embedded theme")
            return
        }
        #expect(Data(css) == (try Data(contentsOf: Self.templates.appendingPathComponent("static/style.css"))))
        let home = try #require(files["index.html"])
        guard case .bytes(let html) = home.contents else {
            Issue.record("index.html not rendered")
            return
        }
        // The default theme's layout (templates/layout.mustache) links its stylesheet and skip link.
        #expect(String(decoding: html, as: UTF8.self).contains("style.css"))
    }

    @Test func aProjectPartialOverridesOnlyThatFile() throws {
        let dir = try contentOnlyProject()
        try TestSupport.writeTree(["templates/partials/card.mustache": "<p class=\"my-card\">{{title}}</p>"], at: dir)
        let site = try SiteCompiler.compile(Fixtures.options(dir))
        let files = Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0) })
        guard case .bytes(let html)? = files["riders/index.html"]?.contents else {
            Issue.record("riders/index.html missing")
            return
        }
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("<p class=\"my-card\">田富</p>"), "\(page)")
        #expect(page.contains("<!DOCTYPE html>") || page.contains("<!doctype html>"), "the layout still comes from the embedded theme")
        guard case .bytes? = files["style.css"]?.contents else {
            Issue.record("style.css should still be embedded")
            return
        }
    }

    @Test func aTopLevelTemplateOfTheSameNameReplacesTheEmbeddedPartial() throws {
        let dir = try contentOnlyProject()
        try TestSupport.writeTree(["templates/card.mustache": "<p class=\"top-card\">{{title}}</p>"], at: dir)
        // Not "template name 'card' is used twice": the project's card replaces the embedded partials/card.
        let site = try SiteCompiler.compile(Fixtures.options(dir))
        guard case .bytes(let html)? = site.files.first(where: { $0.path == "riders/index.html" })?.contents else {
            Issue.record("riders/index.html missing")
            return
        }
        #expect(String(decoding: html, as: UTF8.self).contains("<p class=\"top-card\">田富</p>"))
    }

    @Test func exportWritesTheThemeAndRefusesToOverwrite() throws {
        let dir = TestSupport.makeTempDir("hs-theme-export")
        let written = try DefaultTheme.export(to: dir)
        #expect(written.count == DefaultTheme.files.count)
        #expect(try TestSupport.readTree(dir.appendingPathComponent("templates")) == (try TestSupport.readTree(Self.templates)))
        #expect(throws: DefaultTheme.ExportError.exists(DefaultTheme.files[0].path)) { try DefaultTheme.export(to: dir) }
    }
}
