import Foundation
import HonorSiteCore
import TestSupport

/// Fixture paths and a helper that assembles a project from a fixture site plus the fixture theme.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(
        "Fixtures")
    static let theme = root.appendingPathComponent("theme")
    /// 2026-01-01T00:00:00Z: makes "upcoming" reproducible.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// A temp project: the fixture theme, then `site`'s files (which may override), then `extra` files.
    static func project(site: String? = nil, extra: [String: String] = [:]) throws -> URL {
        let dir = TestSupport.makeTempDir("hs-fixture")
        try TestSupport.copyTree(theme, to: dir)
        if let site { try TestSupport.copyTree(root.appendingPathComponent("sites/\(site)"), to: dir) }
        try? FileManager.default.removeItem(at: dir.appendingPathComponent("expected"))
        try TestSupport.writeTree(extra, at: dir)
        return dir
    }

    static func options(_ root: URL, strict: Bool = false, drafts: Bool = false) -> BuildOptions {
        BuildOptions(root: root, drafts: drafts, strict: strict, now: now, environment: [:])
    }

    /// Compiles and returns the diagnostics (errors and warnings) as printed, each with its
    /// notes (`…: error: message\n  note: …`), or [] on success.
    static func diagnostics(_ root: URL, strict: Bool = false) -> [String] {
        do {
            let site = try SiteCompiler.compile(options(root, strict: strict))
            return site.warnings.map(printed)
        } catch {
            return error.diagnostics.map(printed)
        }
    }

    /// A diagnostic with its notes, one per line.
    static func printed(_ d: Diagnostic) -> String {
        ([d.description] + d.notes(.english).map { "  note: \($0)" }).joined(separator: "\n")
    }
}
