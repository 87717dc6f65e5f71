import Foundation
import HonorSiteCore
import TestSupport
import Testing

/// Builds `Fixtures/sites/basic` and compares the output tree with `expected/`.
/// Regenerate with `make goldens` (UPDATE_GOLDENS=1), then review the diff.
@Suite struct GoldenTests {
    @Test func basicSiteMatchesGoldenTree() throws {
        let project = try Fixtures.project(site: "basic")
        let out = project.appendingPathComponent("site")
        let site = try SiteCompiler.compile(Fixtures.options(project))
        try SiteWriter.write(site, to: out, root: project)
        try? FileManager.default.removeItem(at: out.appendingPathComponent(SiteWriter.marker))
        let problems = try TestSupport.compareGolden(actual: out, golden: Fixtures.root.appendingPathComponent("sites/basic/expected"))
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func basicSiteHasNoBrokenLinks() throws {
        let project = try Fixtures.project(site: "basic")
        let out = project.appendingPathComponent("site")
        try SiteWriter.write(try SiteCompiler.compile(Fixtures.options(project)), to: out, root: project)
        #expect(try TestSupport.brokenLinks(site: out, basePath: "/sub/") == [])
    }
}
