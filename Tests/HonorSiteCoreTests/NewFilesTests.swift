import Foundation
import Messages
import TestSupport
import Testing

@testable import HonorSiteCore

/// ``NewFiles``: the writer of `init`, `new`, `theme export` and the exports.
@Suite struct NewFilesTests {
    @Test(arguments: [
        (EACCES, Message.FileProblem.permissionDenied), (EPERM, .permissionDenied), (EROFS, .readOnly), (ENOSPC, .diskFull),
        (EDQUOT, .diskFull), (ENAMETOOLONG, .nameTooLong), (EEXIST, .exists), (EIO, .other("Input/output error")),
    ])
    func errorNumbersBecomeCatalogueReasons(_ code: Int32, _ problem: Message.FileProblem) {
        #expect(FileFailure(path: "/x/y", errno: code).problem == problem)
    }

    @Test func aFailureTakesBackEverythingMade() throws {
        let dir = TestSupport.makeTempDir("hs-newfiles")
        try TestSupport.writeTree(["keep/b.txt": "old"], at: dir)
        var made = NewFiles()
        try made.write(Array("a".utf8), to: dir.path + "/new/deep/a.txt")
        try made.write(Array("c".utf8), to: dir.path + "/keep/c.txt")
        #expect(throws: FileFailure(path: dir.path + "/keep/b.txt", problem: .exists)) {
            try made.write(Array("b".utf8), to: dir.path + "/keep/b.txt")
        }
        made.removeCreated()
        #expect(entries(dir) == ["keep", "keep/b.txt"])
        #expect(try String(contentsOf: dir.appendingPathComponent("keep/b.txt"), encoding: .utf8) == "old")
    }

    @Test func aFileOnTheWayIsNamedWhereverItIs() throws {
        let dir = TestSupport.makeTempDir("hs-newfiles-way")
        try TestSupport.writeTree(["f": "x"], at: dir)
        var made = NewFiles()
        #expect(throws: FileFailure(path: dir.path + "/f", problem: .fileInTheWay(dir.path + "/f"))) {
            try made.write([], to: dir.path + "/f/g/h.txt")
        }
        #expect(made.created.isEmpty)
    }

    @Test func replaceSwapsAFileWholeAndLeavesNoTemporaryFile() throws {
        let dir = TestSupport.makeTempDir("hs-newfiles-replace")
        try TestSupport.writeTree(["out.csv": "old"], at: dir)
        var made = NewFiles()
        try made.replace(dir.path + "/out.csv", with: Array("new".utf8))
        #expect(try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8) == "new")
        #expect(entries(dir) == ["out.csv"])
        made.removeCreated()  // the replaced file is not taken back
        #expect(entries(dir) == ["out.csv"])
    }
}

private func entries(_ dir: URL) -> [String] {
    (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).sorted()
}
