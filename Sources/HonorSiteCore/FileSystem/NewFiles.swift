import Foundation
import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Makes files and folders that do not exist yet, and takes them all back when a step fails.
///
/// `init`, `new`, `theme export` and the export commands write through it: nothing is replaced
/// (``write(_:to:)`` refuses an existing file), missing folders are made as `mkdir -p` does, and
/// ``removeCreated()`` removes, newest first, every file and folder this value made, so a failed
/// command leaves the disk as it found it. Failures are ``FileFailure``s: the path and a
/// ``Message/FileProblem`` from the system's error number, never Foundation's error text.
public struct NewFiles {
    /// Absolute paths of the files and folders made so far, oldest first.
    public private(set) var created: [String] = []

    public init() {}

    /// Makes the folder `path` (absolute) and its missing parents.
    ///
    /// - Throws: ``FileFailure``: `.fileInTheWay` naming the first file on the way, or the system's reason.
    public mutating func makeFolder(_ path: String) throws(FileFailure) {
        var st = stat()
        if stat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw FileFailure(path: path, problem: .fileInTheWay(path)) }
            return
        }
        let code = errno
        guard code == ENOENT || code == ENOTDIR else { throw FileFailure(path: path, errno: code) }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolder(parent) }
        if mkdir(path, 0o777) == 0 {
            created.append(path)
        } else if errno != EEXIST {
            throw FileFailure(path: path, errno: errno)
        }
    }

    /// Writes `bytes` into the new file `path` (absolute), making its folders first.
    ///
    /// - Throws: ``FileFailure``: `.exists` when the file is there already, `.fileInTheWay`, or the
    ///   system's reason; a partly written file is removed.
    public mutating func write(_ bytes: [UInt8], to path: String) throws(FileFailure) {
        try makeFolder((path as NSString).deletingLastPathComponent)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            let code = errno
            throw code == EEXIST ? FileFailure(path: path, problem: .exists) : FileFailure(path: path, errno: code)
        }
        created.append(path)
        var failure = bytes.withUnsafeBytes { SiteWriter.writeAll(fd, $0) }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            created.removeLast()
            throw FileFailure(path: path, errno: failure)
        }
    }

    /// Writes `bytes` to `path` (absolute), replacing a file there in one step: a temporary file
    /// beside it, then `rename`. Missing folders are made.
    ///
    /// The file is not recorded in ``created`` (it may have replaced an earlier one); folders made for it are.
    /// - Throws: ``FileFailure``; the temporary file is removed and a file already there is untouched.
    public mutating func replace(_ path: String, with bytes: [UInt8]) throws(FileFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.honorsite-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw FileFailure(path: path, problem: .exists)
        }
        try write(bytes, to: temporary)
        created.removeLast()  // renamed away below, or removed here: never taken back later
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw FileFailure(path: path, errno: code)
        }
    }

    /// Removes every file and folder made so far, newest first (a folder only when empty).
    public mutating func removeCreated() {
        for path in created.reversed() where unlink(path) != 0 { rmdir(path) }
        created = []
    }
}

/// A file or folder that could not be made: the path and why.
public struct FileFailure: Error, Equatable, Sendable {
    /// The absolute path that failed.
    public var path: String
    /// Why, from the system's error number.
    public var problem: Message.FileProblem

    public init(path: String, problem: Message.FileProblem) {
        self.path = path
        self.problem = problem
    }

    /// The problem an error number stands for; a path component that is a file (`ENOTDIR`, `EEXIST`
    /// from `mkdir`) is looked up and named.
    init(path: String, errno code: Int32) {
        self.path = path
        switch code {
        case ENOTDIR: problem = .fileInTheWay(firstFile(above: path) ?? path)
        case EEXIST: problem = .exists
        case EACCES, EPERM: problem = .permissionDenied
        case EROFS: problem = .readOnly
        case ENOSPC, EDQUOT: problem = .diskFull
        case ENAMETOOLONG: problem = .nameTooLong
        default: problem = .other(String(cString: strerror(code)))
        }
    }
}

/// The first existing path on the way to `path` that is not a folder, if any.
private func firstFile(above path: String) -> String? {
    var prefix = ""
    for part in path.split(separator: "/") {
        prefix += "/" + part
        var st = stat()
        guard stat(prefix, &st) == 0 else { return nil }
        if st.st_mode & S_IFMT != S_IFDIR { return prefix }
    }
    return nil
}
