import Foundation
import HonorSiteCore
import TestSupport
import Testing

/// Regressions from hostile-input testing: nothing outside the project may reach the site.
@Suite struct SecurityTests {
    func outside() throws -> URL {
        let dir = TestSupport.makeTempDir("hs-outside")
        try TestSupport.writeTree(["secret.txt": "TOP-SECRET\n", "secret.mustache": "TOP-SECRET"], at: dir)
        return dir
    }

    @Test func themeLinksToOutsideAreErrorsAndNeverRead() throws {
        let project = try Fixtures.project(site: "basic")
        let secret = try outside()
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent("templates/static/pw.txt").path,
                                                   withDestinationPath: secret.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent("templates/partials/pw.mustache").path,
                                                   withDestinationPath: secret.appendingPathComponent("secret.mustache").path)
        let lines = Fixtures.diagnostics(project)
        #expect(lines == [
            "templates/partials/pw.mustache: error: symbolic link leads outside the project (to \(secret.resolvingSymlinksInPath().path)/secret.mustache); the file was not read",
            "templates/static/pw.txt: error: symbolic link leads outside the project (to \(secret.resolvingSymlinksInPath().path)/secret.txt); the file was not read",
        ])
        #expect(!lines.joined().contains("TOP-SECRET"))
    }

    @Test func siteSettingsLinkedFromOutsideAreNotRead() throws {
        let project = try Fixtures.project(site: "basic")
        let secret = try outside()
        let settings = project.appendingPathComponent("content/site.yml")
        try FileManager.default.removeItem(at: settings)
        try FileManager.default.createSymbolicLink(atPath: settings.path, withDestinationPath: secret.appendingPathComponent("secret.txt").path)
        let lines = Fixtures.diagnostics(project)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("content/site.yml: error: symbolic link leads outside the project") == true)
        #expect(!lines.joined().contains("TOP-SECRET"))
    }

    @Test func dataFilesAndSettingsAreScannedForPrivateNumbers() throws {
        let project = try Fixtures.project(site: "basic", extra: ["content/data/contacts.yml": "- name: 值班\n  phone: \"13800138000\"\n"])
        #expect(Fixtures.diagnostics(project) == [
            "content/data/contacts.yml:2:11: error: possible mobile number '138****8000' must not be published; remove it or list the exact value under privacy_allow in site.yml",
        ])
    }
}
