import Foundation
import FuzzSupport
import HonorSiteCore

/// The whole compile (load, validate, index, render, link check) over an in-memory project:
/// the repository's templates plus the input's parts, split at `=====` lines, as
/// content/site.yml, a page, an event, a rider, a brand and content/data/stats.yml.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var files: [String: Data] = [:]
    for (path, bytes) in Project.templates { files[path] = Data(bytes) }
    let parts = fuzzParts(fuzzText(data, size))
    for (part, path) in zip(parts, Project.paths) { files[path] = Data(part.utf8) }
    var fs = MemoryFileSystem([:])
    fs.contents = files
    let options = BuildOptions(root: URL(fileURLWithPath: "/fuzz"), now: Date(timeIntervalSince1970: 1_767_225_600), environment: [:])
    if let site = try? SiteCompiler.compile(options, fileSystem: fs) {
        var seen = Set<String>()
        for f in site.files where !seen.insert(f.path).inserted { fatalError("output path twice: \(f.path)") }
    }
    return 0
}

enum Project {
    static let paths = [
        "content/site.yml", "content/pages/a.md", "content/events/b.md", "content/riders/c.md",
        "content/brands/d.md", "content/data/stats.yml",
    ]

    /// templates/ of the repository (found from this file's path), read once (kept as byte
    /// arrays: LeakSanitizer cannot follow `Data` held by a global and reports it).
    static let templates: [(String, [UInt8])] = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var out: [(String, [UInt8])] = []
        let base = repo.appendingPathComponent("templates")
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { fatalError("no templates at \(base.path)") }
        for case let relative as String in walker where relative.hasSuffix(".mustache") || relative.hasPrefix("static/") {
            if let d = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path) {
                out.append(("templates/" + relative, Array(d)))
            }
        }
        return out
    }()
}

@_cdecl("FuzzCompile_main")
public func fuzzCompileMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzCompile($0, $1) }
}
