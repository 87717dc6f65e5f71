import Foundation

/// Read access to a site project, injected so tests can use an in-memory tree.
///
/// Paths are relative to the site root, with `/` separators.
public protocol FileSystem: Sendable {
    /// The bytes of a file. - Throws: when it cannot be read.
    func read(_ path: String) throws -> Data
    /// Regular files below `directory` (recursive), relative to the site root, sorted by byte order.
    /// Empty when the directory does not exist.
    func files(under directory: String) -> [String]
    /// True when a regular file or directory exists at `path`.
    func exists(_ path: String) -> Bool
    /// For a symbolic link anywhere on `path` that leads outside the site root,
    /// the resolved target; nil otherwise.
    func escapingLinkTarget(_ path: String) -> String?
}

/// The real file system below a root folder.
public struct DiskFileSystem: FileSystem {
    /// Absolute root folder.
    public let root: URL

    /// Creates a file system rooted at `root`.
    public init(root: URL) { self.root = root.standardizedFileURL }

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    public func files(under directory: String) -> [String] {
        let base = root.appendingPathComponent(directory)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: base.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        var result: [String] = []
        var stack = [directory]
        while let dir = stack.popLast() {
            let url = root.appendingPathComponent(dir)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names where !name.hasPrefix(".") {
                let rel = dir.isEmpty ? name : dir + "/" + name
                var sub: ObjCBool = false
                if fm.fileExists(atPath: root.appendingPathComponent(rel).path, isDirectory: &sub) {
                    if sub.boolValue { stack.append(rel) } else { result.append(rel) }
                } else {
                    result.append(rel)  // a dangling link: reported by whoever reads it
                }
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    public func escapingLinkTarget(_ path: String) -> String? {
        let resolved = root.appendingPathComponent(path).resolvingSymlinksInPath().standardizedFileURL.path
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        if resolved == rootPath || resolved.hasPrefix(rootPath + "/") { return nil }
        return resolved
    }
}

/// An in-memory file tree for tests.
public struct MemoryFileSystem: FileSystem {
    /// Files by relative path.
    public var contents: [String: Data]

    /// Creates a tree from text files.
    public init(_ files: [String: String]) {
        contents = files.mapValues { Data($0.utf8) }
    }

    public func read(_ path: String) throws -> Data {
        guard let d = contents[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return d
    }

    public func files(under directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        return contents.keys.filter { $0.hasPrefix(prefix) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func exists(_ path: String) -> Bool {
        contents[path] != nil || contents.keys.contains { $0.hasPrefix(path + "/") }
    }

    public func escapingLinkTarget(_ path: String) -> String? { nil }
}
