import Foundation
import TestSupport
import Testing

@testable import HonorSiteCore

/// Issue 17 items 7, 9, 10 and the writer's minor defects.
@Suite struct FileSystemHardeningTests {
    /// A project whose content/events folder and one media file cannot be read.
    @Test func unreadableFoldersAndFilesAreErrors() throws {
        let root = try Fixtures.project(site: "basic")
        var fs = MemoryFileSystem([:])
        let disk = DiskFileSystem(root: root)
        for dir in ["content", "templates"] {
            for path in disk.files(under: dir) { fs.contents[path] = try disk.read(path) }
        }
        fs.unreadableEntries = [
            UnreadableEntry(path: "content/events", reason: "Permission denied"),
            UnreadableEntry(path: "templates/partials/card.mustache", reason: "Permission denied"),
        ]
        #expect(fs.files(under: "content").contains { $0.hasPrefix("content/events/") } == false)
        do {
            _ = try SiteCompiler.compile(Fixtures.options(root), fileSystem: fs)
            Issue.record("the build succeeded without the unreadable folder")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(
                lines.contains(
                    "content/events: error: cannot be read (Permission denied); nothing in it would be published; fix its permissions or remove it"
                ), "\(lines)")
            #expect(
                lines.contains(
                    "templates/partials/card.mustache: error: cannot be read (Permission denied); nothing in it would be published; fix its permissions or remove it"
                ))
        }
    }

    /// On disk: a name that is not UTF-8 is reported as such (it used to be "not a regular file").
    @Test func nonUTF8FileNameIsNamed() throws {
        let root = try Fixtures.project(site: "basic")
        var bad = Array((root.path + "/content/media/caf").utf8) + [0xE9, 0]
        let fd = bad.withUnsafeMutableBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let entries = DiskFileSystem(root: root).unreadable(under: "content")
        #expect(entries == [UnreadableEntry(path: "content/media/caf\u{FFFD}", reason: "the name is not valid UTF-8; rename it")])
    }

    /// Media are copied in chunks, never read whole (issue 17 item 10).
    @Test func mediaCopiesStream() throws {
        let dir = TestSupport.makeTempDir("hs-copy")
        let source = dir.appendingPathComponent("big.bin").path
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: source))
        let chunks = try SiteWriter.copyFile(source, to: dir.appendingPathComponent("copy.bin").path, chunk: 64 * 1024)
        #expect(chunks == 5)
        #expect(try Data(contentsOf: dir.appendingPathComponent("copy.bin")) == Data(bytes))
        #expect(throws: SiteWriter.POSIXFailure.self) { try SiteWriter.copyFile(source, to: dir.appendingPathComponent("copy.bin").path) }
    }

    /// A write that fails names the file and the system's reason (it used to print
    /// "The operation could not be completed. (…WriteError error 1.)").
    @Test func writeErrorsNameTheFileAndReason() throws {
        let root = try Fixtures.project(site: "basic")
        var site = try SiteCompiler.compile(Fixtures.options(root))
        let long = String(repeating: "标", count: 86)
        site.files.append(OutputFile(path: "tags/\(long)/index.html", contents: .bytes([1]), source: nil))
        let out = root.appendingPathComponent("site")
        do {
            try SiteWriter.write(site, to: out, root: root)
            Issue.record("a 258-byte name was written")
        } catch {
            #expect(error.localizedDescription == "cannot write the site into \(out.path): tags/\(long): File name too long")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") } == [])
    }

    /// `--output a/b/site` where `a/b` does not exist yet: the folders are made (the CI step
    /// `make file-links` failed with "No such file or directory" for the staging folder).
    @Test func outputInsideMissingFoldersIsCreated() throws {
        let root = try Fixtures.project(site: "basic")
        let site = try SiteCompiler.compile(Fixtures.options(root))
        let out = root.appendingPathComponent("build/nested/site")
        #expect(try SiteWriter.write(site, to: out, root: root) == site.files.count)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        let left = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("build/nested").path)
        #expect(left == ["site"])
        // A file where a folder is needed is a located, named failure, and nothing is written.
        let blocked = root.appendingPathComponent("file-not-folder")
        try Data("x".utf8).write(to: blocked)
        do {
            try SiteWriter.write(site, to: blocked.appendingPathComponent("site"), root: root)
            Issue.record("wrote below a file")
        } catch {
            #expect(error.localizedDescription == "cannot write the site into \(blocked.path)/site: \(blocked.path): Not a directory")
        }
    }

    /// Only names the writer makes are cleaned up beside the output, and a long output name
    /// still fits its staging name. (A read-only output is checked by hand as a non-root
    /// user: root may delete anything, so a test run as root could not fail.)
    @Test func writerCleansOnlyItsOwnNamesAndFitsLongNames() throws {
        let root = try Fixtures.project(site: "basic")
        let site = try SiteCompiler.compile(Fixtures.options(root))
        let out = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".site.staging-+999998"), withIntermediateDirectories: false)
        try SiteWriter.write(site, to: out, root: root)
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") }
        #expect(left == [".site.staging-+999998"])
        let longName = root.appendingPathComponent(String(repeating: "s", count: 250))
        #expect(try SiteWriter.write(site, to: longName, root: root) == site.files.count)
        #expect(FileManager.default.fileExists(atPath: longName.appendingPathComponent("index.html").path))
    }
}
