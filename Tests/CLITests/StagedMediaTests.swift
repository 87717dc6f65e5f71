import Foundation
import Media
import TestSupport
import Testing

@testable import HonorSiteCLI
@testable import HonorSiteCore

/// `build` stages its output before compiling, and the media are copied into the staging folder
/// while the site renders (``BuildOptions/staging``): the result must be the same files as the
/// library's one-step write, and a failed build must leave nothing behind.
@Suite struct StagedMediaTests {
    static let phone =
        (try? Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Tests/MediaTests/Fixtures/phone-gps-orientation6.jpg")))
        ?? Data()

    /// The fixture project with photos no document shows (written while the site renders), one a
    /// rider shows (written by the writer) and a file that is not an image.
    func project() throws -> URL {
        let dir = try fixtureProject()
        for path in ["content/media/spare/a.jpg", "content/media/spare/deep/b.jpg", "content/media/riders/tian-fu.jpg"] {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.phone.write(to: url)
        }
        try TestSupport.writeTree(["content/media/spare/notes.txt": "plain text\n"], at: dir)
        let rider = dir.appendingPathComponent("content/riders/tian-fu.md")
        let text = try String(contentsOf: rider, encoding: .utf8)
        try text.replacingOccurrences(of: "district: 福田区", with: "district: 福田区\nphoto: riders/tian-fu.jpg")
            .write(to: rider, atomically: true, encoding: .utf8)
        return dir
    }

    @Test func stagedBuildWritesTheSameFilesAsTheLibrary() throws {
        #expect(!Self.phone.isEmpty)
        let dir = try project()
        let (code, c) = run(["build", "--quiet"], cwd: dir)
        #expect(code == 0, "\(c.err)")
        let staged = try TestSupport.readTree(dir.appendingPathComponent("site"))
        let options = BuildOptions(root: dir, now: Date(timeIntervalSince1970: 1_767_225_600), environment: [:])
        let library = dir.appendingPathComponent("library-site")
        try SiteWriter.write(try SiteCompiler.compile(options), to: library, root: dir)
        let written = try TestSupport.readTree(library)
        #expect(staged.keys.sorted() == written.keys.sorted())
        for (path, bytes) in written { #expect(staged[path] == bytes, "\(path)") }
        for path in ["media/spare/a.jpg", "media/spare/deep/b.jpg", "media/riders/tian-fu.jpg"] {
            let published = try #require(staged[path])
            let info = try inspectImage([UInt8](published), as: .jpeg)
            #expect(info.metadata.isEmpty, "\(path)")
            #expect(info.orientation == 6, "\(path)")
        }
        #expect(staged["media/spare/notes.txt"] == Data("plain text\n".utf8))
        // only the output is left beside the project's other folders: no staging folder
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".site.") } == [])
    }

    @Test func failedBuildRemovesTheStagedMediaAndKeepsTheOutput() throws {
        let dir = try project()
        #expect(run(["build", "--quiet"], cwd: dir).0 == 0)
        let before = try TestSupport.readTree(dir.appendingPathComponent("site"))
        try TestSupport.writeTree(["content/riders/broken.md": "---\nname: 无区\n---\n正文。\n"], at: dir)
        try Self.phone.write(to: dir.appendingPathComponent("content/media/spare/c.jpg"))
        let (code, c) = run(["build", "--quiet"], cwd: dir)
        #expect(code == 1, "\(c.err)")
        #expect(try TestSupport.readTree(dir.appendingPathComponent("site")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".site.") } == [])
    }

    // The search index files go into the staging folder as soon as they are made, and their bytes
    // are dropped: at 10k documents they are 45 MB that were held while the pages were rendered.
    @Test func searchIndexFilesAreWrittenIntoTheStagingFolderAtOnce() throws {
        let dir = try fixtureProject()
        let staging = try SiteWriter.stage(dir.appendingPathComponent("site"), root: dir)
        var options = BuildOptions(root: dir, now: Date(timeIntervalSince1970: 1_767_225_600), environment: [:])
        options.staging = staging
        let site = try SiteCompiler.compile(options)
        let search = site.files.filter { $0.path.hasPrefix("search/") && $0.path.hasSuffix(".js") }
        #expect(!search.isEmpty)
        for file in search {
            #expect(file.prewritten, "\(file.path)")
            if case .bytes(let b) = file.contents { #expect(b.isEmpty, "\(file.path)") }
            #expect(FileManager.default.fileExists(atPath: staging.appendingPathComponent(file.path).path), "\(file.path)")
        }
        options.staging = nil
        let unstaged = try SiteCompiler.compile(options).files.filter { $0.path.hasPrefix("search/") && $0.path.hasSuffix(".js") }
        #expect(unstaged.map(\.path) == search.map(\.path))
        for file in unstaged {
            guard case .bytes(let b) = file.contents else { continue }
            #expect(try Data(contentsOf: staging.appendingPathComponent(file.path)) == Data(b), "\(file.path)")
        }
        SiteWriter.discard(staging)
    }

    @Test func aStagedFileThatCannotBeWrittenIsLeftToTheWriter() throws {
        let dir = TestSupport.makeTempDir("hs-staged")
        try Data("x".utf8).write(to: dir.appendingPathComponent("file"))
        // a folder is needed where a file is: nothing is written, and the writer will report it
        #expect(SiteWriter.writeStaged(Self.phone, pieces: nil, to: dir.path + "/file/a.jpg") == false)
        #expect(SiteWriter.writeStaged(Self.phone, pieces: nil, to: dir.path + "/made/a.jpg"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("made/a.jpg")) == Self.phone)
        // an existing file is never overwritten
        #expect(SiteWriter.writeStaged(Data("y".utf8), pieces: nil, to: dir.path + "/made/a.jpg") == false)
        #expect(try Data(contentsOf: dir.appendingPathComponent("made/a.jpg")) == Self.phone)
    }
}
