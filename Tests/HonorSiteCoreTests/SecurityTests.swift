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
        try FileManager.default.createSymbolicLink(
            atPath: project.appendingPathComponent("templates/static/pw.txt").path,
            withDestinationPath: secret.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: project.appendingPathComponent("templates/partials/pw.mustache").path,
            withDestinationPath: secret.appendingPathComponent("secret.mustache").path)
        let lines = Fixtures.diagnostics(project)
        #expect(
            lines == [
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
        try FileManager.default.createSymbolicLink(
            atPath: settings.path, withDestinationPath: secret.appendingPathComponent("secret.txt").path)
        let lines = Fixtures.diagnostics(project)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("content/site.yml: error: symbolic link leads outside the project") == true)
        #expect(!lines.joined().contains("TOP-SECRET"))
    }

    @Test func dataFilesAndSettingsAreScannedForPrivateNumbers() throws {
        let project = try Fixtures.project(site: "basic", extra: ["content/data/contacts.yml": "- name: 值班\n  phone: \"13800138000\"\n"])
        #expect(
            Fixtures.diagnostics(project) == [
                "content/data/contacts.yml:2:11: error: possible mobile number '138****8000' must not be published; remove it or list the exact value under privacy_allow in site.yml"
            ])
    }

    // Regression: `--output link-to-content/new` wrote 100 files into content/.
    @Test func outputThroughALinkIntoContentIsRefused() throws {
        let project = try Fixtures.project(site: "basic")
        let link = TestSupport.makeTempDir("hs-link").appendingPathComponent("lnk")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: project.appendingPathComponent("content").path)
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter.checkOutput(link.appendingPathComponent("newdir/deeper"), root: project)
        }
    }

    // Regression: a FIFO in content/media made the build hang forever.
    @Test func fifoInMediaIsAnErrorNotAHang() throws {
        let project = try Fixtures.project(site: "basic")
        let fifo = project.appendingPathComponent("content/media/pipe.jpg").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(
            Fixtures.diagnostics(project) == [
                "content/media/pipe.jpg: error: not a regular file (a link to a folder, a FIFO or a device); remove it"
            ])
    }

    // Regression: a `site` link to a web root was replaced by a folder, leaving the web root stale.
    @Test func aLinkedOutputUpdatesItsTarget() throws {
        let project = try Fixtures.project(site: "basic")
        let webroot = TestSupport.makeTempDir("hs-www").appendingPathComponent("www")
        let site = project.appendingPathComponent("site")
        try SiteWriter.write(try SiteCompiler.compile(Fixtures.options(project)), to: webroot, root: project)
        try FileManager.default.createSymbolicLink(atPath: site.path, withDestinationPath: webroot.path)
        try TestSupport.writeTree(["content/pages/about.md": "---\ntitle: 新关于\n---\n新内容\n"], at: project)
        try SiteWriter.write(try SiteCompiler.compile(Fixtures.options(project)), to: site, root: project)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.path) == webroot.path)
        #expect(try String(contentsOf: webroot.appendingPathComponent("pages/about/index.html"), encoding: .utf8).contains("新内容"))
    }

    // Regression: a killed build left `.site.staging-PID` behind for ever.
    @Test func abandonedStagingFoldersAreRemoved() throws {
        let project = try Fixtures.project(site: "basic")
        let abandoned = project.appendingPathComponent(".site.staging-999999")
        try TestSupport.writeTree(["index.html": "half"], at: abandoned)
        try SiteWriter.write(try SiteCompiler.compile(Fixtures.options(project)), to: project.appendingPathComponent("site"), root: project)
        // Removal may run in the background: wait up to 5 s.
        let deadline = Date().addingTimeInterval(5)
        while FileManager.default.fileExists(atPath: abandoned.path) && Date() < deadline { usleep(20_000) }
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
    }
}

@Suite struct MissingSettingsTests {
    // Regression: a project without site.yml also listed every template as missing.
    @Test func onlyTheSettingsErrorIsReported() throws {
        let project = TestSupport.makeTempDir("hs-empty")  // no content/, no templates/
        #expect(
            Fixtures.diagnostics(project) == [
                "content/site.yml: error: site settings not found (is --root the site project folder?)"
            ])
    }
}

@Suite struct DataLinkTests {
    // Regression: a data file linking outside the project was reported twice (discover and load).
    @Test func dataLinkedFromOutsideIsOneError() throws {
        let project = try Fixtures.project(site: "basic")
        let secret = TestSupport.makeTempDir("hs-outside").appendingPathComponent("x.yml")
        try Data("k: TOP-SECRET\n".utf8).write(to: secret)
        let link = project.appendingPathComponent("content/data/evil.yml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: secret.path)
        let target = secret.resolvingSymlinksInPath().path
        #expect(
            Fixtures.diagnostics(project) == [
                "content/data/evil.yml: error: symbolic link leads outside the project (to \(target)); the file was not read"
            ])
    }
}

@Suite struct LinkedFolderTests {
    // The discover walk vouches for the files it lists below real folders only: a `content`
    // folder that is itself a link to outside the project must still be refused file by file.
    @Test func aContentFolderLinkedFromOutsideIsNotRead() throws {
        let project = try Fixtures.project(site: "basic")
        let elsewhere = TestSupport.makeTempDir("hs-outside").appendingPathComponent("content")
        try FileManager.default.moveItem(at: project.appendingPathComponent("content"), to: elsewhere)
        try FileManager.default.createSymbolicLink(
            atPath: project.appendingPathComponent("content").path, withDestinationPath: elsewhere.path)
        let lines = Fixtures.diagnostics(project)
        #expect(lines.first?.hasPrefix("content/site.yml: error: symbolic link leads outside the project") == true)
    }

    // A linked folder is listed, never walked into: `content/events` or `templates/static` as a link
    // made every event or the stylesheet vanish from the site without a word (the build succeeded).
    @Test func aLinkedContentOrThemeFolderIsAnErrorNotSilentlyLeftOut() throws {
        let project = try Fixtures.project(site: "basic")
        let fm = FileManager.default
        let elsewhere = TestSupport.makeTempDir("hs-outside").appendingPathComponent("events")
        try fm.moveItem(at: project.appendingPathComponent("content/events"), to: elsewhere)
        try fm.createSymbolicLink(atPath: project.appendingPathComponent("content/events").path, withDestinationPath: elsewhere.path)
        let statics = project.appendingPathComponent("templates/static")
        try fm.createDirectory(at: statics, withIntermediateDirectories: true)
        try fm.moveItem(at: statics, to: project.appendingPathComponent("shared-static"))
        try fm.createSymbolicLink(atPath: statics.path, withDestinationPath: "../shared-static")
        // a stray link to a file is never read: left alone, as a stray file is
        let notes = elsewhere.deletingLastPathComponent().appendingPathComponent("notes.txt")
        try Data("private".utf8).write(to: notes)
        try fm.createSymbolicLink(atPath: project.appendingPathComponent("content/notes.txt").path, withDestinationPath: notes.path)
        let lines = Fixtures.diagnostics(project).filter { $0.contains(": error: ") }
        #expect(
            lines.contains(
                "content/events: error: symbolic link leads outside the project (to \(elsewhere.resolvingSymlinksInPath().path)); "
                    + "the file was not read"))
        #expect(lines.contains("templates/static: error: not a regular file (a link to a folder, a FIFO or a device); remove it"))
        #expect(!lines.contains { $0.hasPrefix("content/notes.txt") })
    }

    @Test func listingMarksOnlyLinksAndFifosAsSpecial() throws {
        let project = try Fixtures.project(site: "basic")
        let media = project.appendingPathComponent("content/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: media.appendingPathComponent("plain.txt"))
        try FileManager.default.createSymbolicLink(atPath: media.appendingPathComponent("link.txt").path, withDestinationPath: "plain.txt")
        #expect(mkfifo(media.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let listing = DiskFileSystem(root: project).listing(under: "content/media")
        #expect(listing.files.contains("content/media/plain.txt"))
        #expect(listing.special == ["content/media/link.txt", "content/media/pipe.txt"])
    }
}
