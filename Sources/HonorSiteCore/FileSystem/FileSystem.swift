import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Read access to a site project, injected so tests can use an in-memory tree.
///
/// Paths are relative to the site root, with `/` separators.
public protocol FileSystem: Sendable {
    /// The bytes of a file. - Throws: when it cannot be read.
    func read(_ path: String) throws -> Data
    /// What is below `directory` (recursive): its files, what cannot be read, and which
    /// files are not plain (see ``Listing``). Empty when the directory does not exist.
    func listing(under directory: String) -> Listing
    /// For a symbolic link anywhere on `path` that leads outside the site root,
    /// the resolved target; nil otherwise.
    func escapingLinkTarget(_ path: String) -> String?
    /// True when `path` is (or links to) a regular file; false for folders,
    /// FIFOs, sockets, devices and dangling links, which are never read.
    func isRegularFile(_ path: String) -> Bool
    /// The bytes of a file and the stamp of the version read (nil when the tree has no stamps).
    /// - Throws: when it cannot be read.
    func readStamped(_ path: String) throws -> (Data, FileStamp?)
}

extension FileSystem {
    public func readStamped(_ path: String) throws -> (Data, FileStamp?) { (try read(path), nil) }

    /// Files below `directory` (``Listing/files``).
    public func files(under directory: String) -> [String] { listing(under: directory).files }

    /// What cannot be read below `directory` (``Listing/unreadable``).
    public func unreadable(under directory: String) -> [UnreadableEntry] { listing(under: directory).unreadable }
}

/// One walk of a folder (``FileSystem/listing(under:)``).
public struct Listing: Sendable, Equatable {
    /// The files below the folder (recursive), relative to the site root, sorted by byte order:
    /// regular files, and entries of other types (symbolic links, FIFOs), which are listed but
    /// never descended into.
    public var files: [String] = []
    /// Folders and files that exist but cannot be listed or read, or whose names are not UTF-8,
    /// each with the reason; nothing in them would be published, so the compiler reports each
    /// as an error.
    public var unreadable: [UnreadableEntry] = []
    /// The listed files that were not regular files reached through real folders (links, FIFOs,
    /// entries of unknown type): only these need the link and type checks before a read
    /// (``checkSource(_:in:plain:)``).
    public var special: Set<String> = []

    public init(files: [String] = [], unreadable: [UnreadableEntry] = [], special: Set<String> = []) {
        self.files = files
        self.unreadable = unreadable
        self.special = special
    }
}

/// Which version of a file was read: a later writer can tell that the file is still the same
/// (size, inode, modification and change times to the nanosecond) without reading it again.
public struct FileStamp: Sendable, Equatable {
    var device: UInt64, inode: UInt64, size: Int64
    var modified: Int64, modifiedNanoseconds: Int64, changed: Int64, changedNanoseconds: Int64

    /// The stamp of the file that `st` describes (from `stat`/`fstat`).
    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modified = Int64(st.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec)
        changedNanoseconds = Int64(st.st_ctim.tv_nsec)
    }
}

/// A folder or file that cannot be listed or read (see ``FileSystem/unreadable(under:)``).
public struct UnreadableEntry: Sendable, Equatable {
    /// Relative to the site root (a name that is not UTF-8 shows U+FFFD for its bad bytes).
    public var path: String
    /// The system's message, e.g. "Permission denied".
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// The real file system below a root folder.
public struct DiskFileSystem: FileSystem {
    /// Absolute root folder.
    public let root: URL

    /// Creates a file system rooted at `root`.
    public init(root: URL) { self.root = root.standardizedFileURL }

    public func read(_ path: String) throws -> Data { try readStamped(path).0 }

    public func readStamped(_ path: String) throws -> (Data, FileStamp?) {
        // open/fstat/read: building a URL per file cost more than reading it.
        // O_NONBLOCK: opening a FIFO must not wait for a writer (fstat then rejects it).
        let fd = open(root.path + "/" + path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        // Into memory that is not zeroed first (`Data(count:)` would clear what the read overwrites).
        let size = Int(st.st_size)
        guard let memory = malloc(max(size, 1)) else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        var total = 0
        while total < size {
            let n = systemRead(fd, memory + total, size - total)
            if n < 0 {
                if errno == EINTR { continue }
                free(memory)
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            if n == 0 { break }
            total += n
        }
        var data = Data(bytesNoCopy: memory, count: size, deallocator: .free)
        // The stamp of the version read: taken before reading, so a change during the read makes it stale.
        if total < size {
            data = data.prefix(total)
            return (data, nil)
        }  // the file shrank while being read
        return (data, FileStamp(st))
    }

    /// Lists `directory` recursively, in one walk: the files, which are not plain, and what could not be listed or read.
    public func listing(under directory: String) -> Listing {
        let base = root.appendingPathComponent(directory)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: base.path, isDirectory: &isDir), isDir.boolValue else { return Listing() }
        // readdir's d_type spares a stat per entry; links and unknown types are stat'ed (followed).
        let rootPath = root.path
        var result: [String] = []
        var special: Set<String> = []
        var problems: [UnreadableEntry] = []
        var stack = [directory]
        while let dir = stack.popLast() {
            guard let handle = opendir(root.appendingPathComponent(dir).path) else {
                problems.append(UnreadableEntry(path: dir, reason: String(cString: strerror(errno))))
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                // Exactly strlen(d_name) bytes: the bytes after the NUL are undefined, and a
                // vectorised decode of a `prefix(while:)` slice read them (valgrind).
                let (name, isUTF8) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
                    let bytes = UnsafeRawBufferPointer(rebasing: raw[0..<length])
                    return (String(decoding: bytes, as: UTF8.self), String(validating: bytes, as: UTF8.self) != nil)
                }
                if name.hasPrefix(".") { continue }
                let rel = dir.isEmpty ? name : dir + "/" + name
                guard isUTF8 else {
                    problems.append(UnreadableEntry(path: rel, reason: "the name is not valid UTF-8; rename it"))
                    continue
                }
                switch Int(entry.pointee.d_type) {
                case Int(DT_DIR): stack.append(rel)
                case Int(DT_REG):
                    if access(rootPath + "/" + rel, R_OK) != 0 {
                        problems.append(UnreadableEntry(path: rel, reason: String(cString: strerror(errno))))
                    } else {
                        result.append(rel)
                    }
                default:
                    // Links are listed, never descended into (a link to a folder could
                    // loop or lead outside); the compiler reports any that escape the
                    // root or are not regular files. Other types (FIFOs…) are listed too.
                    var st = stat()
                    let type = lstat(rootPath + "/" + rel, &st) == 0 ? st.st_mode & S_IFMT : 0
                    if type == S_IFDIR {
                        stack.append(rel)
                    } else if type == S_IFREG {
                        result.append(rel)  // a file system without d_type
                    } else {
                        result.append(rel)
                        special.insert(rel)
                    }
                }
            }
        }
        // Below a linked folder (`content` → elsewhere) nothing is plain: each file gets the full checks.
        if !isPlainFolder(directory) { special = Set(result) }
        return Listing(
            files: result.sorted(by: utf8Precedes), unreadable: problems.sorted { utf8Precedes($0.path, $1.path) }, special: special)
    }

    /// True when no component of `directory` (relative to the root) is a symbolic link.
    private func isPlainFolder(_ directory: String) -> Bool {
        var current = root.path
        for c in directory.split(separator: "/") {
            current += "/" + c
            var st = stat()
            if lstat(current, &st) != 0 || (st.st_mode & S_IFMT) != S_IFDIR { return false }
        }
        return true
    }

    public func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(root.path + "/" + path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    public func escapingLinkTarget(_ path: String) -> String? {
        // Fast path: a plain relative path none of whose components is a symbolic
        // link resolves to itself below the root (one lstat per component).
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if !components.isEmpty, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) {
            var current = root.path
            var plain = true
            for c in components {
                current += "/" + c
                var st = stat()
                if lstat(current, &st) != 0 || (st.st_mode & S_IFMT) == S_IFLNK {
                    plain = false
                    break
                }
            }
            if plain { return nil }
        }
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
    /// Folders and files that exist but cannot be read, with the reason; files below an
    /// unreadable folder are not listed (as on disk).
    public var unreadableEntries: [UnreadableEntry] = []

    /// Creates a tree from text files.
    public init(_ files: [String: String]) {
        contents = files.mapValues { Data($0.utf8) }
    }

    public func read(_ path: String) throws -> Data {
        guard let d = contents[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return d
    }

    public func listing(under directory: String) -> Listing {
        let prefix = directory.isEmpty ? "" : directory + "/"
        let hidden = unreadableEntries.map { $0.path + "/" }
        let files = contents.keys.filter { key in key.hasPrefix(prefix) && !hidden.contains { key.hasPrefix($0) } }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let unreadable = unreadableEntries.filter { $0.path == directory || $0.path.hasPrefix(directory + "/") }
        return Listing(files: files, unreadable: unreadable)
    }

    public func escapingLinkTarget(_ path: String) -> String? { nil }

    public func isRegularFile(_ path: String) -> Bool { contents[path] != nil }
}

/// `a.utf8.lexicographicallyPrecedes(b.utf8)` (byte order), by `memcmp` when
/// both strings store contiguous UTF-8.
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    let fast = a.utf8.withContiguousStorageIfAvailable { pa in
        b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
            let n = min(pa.count, pb.count)
            let c = n == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, n)
            return c != 0 ? c < 0 : pa.count < pb.count
        }
    }
    if let result = fast ?? nil { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
}

/// `read(2)`, named apart from ``FileSystem/read(_:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
