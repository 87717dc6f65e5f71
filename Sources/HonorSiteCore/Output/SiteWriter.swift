import Foundation
import Media
import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a compiled site to disk, all or nothing.
///
/// The files go into a staging folder beside the output (`.site.staging-PID`);
/// only when every file is written is the old output renamed away, the staging
/// folder renamed into place, and the old tree removed. A failure at any point
/// removes the staging folder and leaves the previous output as it was.
///
/// Speed (docs/benchmark.md): files are written with plain `open`/`write`/`close`
/// on all cores (no `fsync` per file); a file whose bytes equal the previous
/// output's is hard-linked from it instead of written again; and a large old
/// tree (``backgroundRemovalThreshold`` files or more) is removed by a detached
/// `rm -rf` after the swap, because deleting tens of thousands of files costs
/// seconds on the file system. The old tree is then the only leftover, and only
/// until that process finishes.
///
/// Safety: the output may not be the project folder, contain `content/` or
/// `templates/`, or lie inside them; an existing non-empty output folder must
/// carry the marker file `.honorsite-output` that this writer leaves, so a
/// mistyped `--output ~/Documents` is refused instead of replaced.
public enum SiteWriter {
    /// The marker file written at the output root.
    public static let marker = ".honorsite-output"

    /// Sites with at least this many files have their replaced output removed in
    /// the background (a detached process) instead of before ``write(_:to:root:)`` returns.
    public static let backgroundRemovalThreshold = 1000

    /// Why the output folder cannot be used or written.
    public struct WriteError: Error, CustomStringConvertible, LocalizedError, Sendable {
        /// What went wrong, naming the folder (the edge prints it in the reader's language).
        public var message: Message.Write
        /// The message in English.
        public var description: String { Message.write(message).text(.english) }
        public var errorDescription: String? { description }
    }

    /// Refuses output folders that would overwrite sources (see the type's discussion).
    /// - Throws: ``WriteError``.
    public static func checkOutput(_ output: URL, root: URL) throws(WriteError) {
        let out = realPath(output)
        let r = root.standardizedFileURL.resolvingSymlinksInPath().path
        for protected in [r, r + "/content", r + "/templates"] {
            if protected == out || protected.hasPrefix(out == "/" ? "/" : out + "/") {
                throw WriteError(
                    message: protected == r
                        ? .outputContainsProject(output.path)
                        : .outputContains(output: output.path, folder: protected))
            }
            if out.hasPrefix(protected + "/") && protected != r {
                throw WriteError(message: .outputInside(output: output.path, folder: protected))
            }
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDir) {
            guard isDir.boolValue else { throw WriteError(message: .outputNotFolder(output.path)) }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !entries.isEmpty && !entries.contains(marker) {
                throw WriteError(message: .outputNotOurs(output: output.path, marker: marker))
            }
        }
    }

    /// Writes `site` to `output`, replacing what was there.
    ///
    /// - Parameters:
    ///   - site: the compiled files.
    ///   - output: the output folder.
    ///   - root: the project folder (source of copied files, and for ``checkOutput(_:root:)``).
    /// - Returns: the number of files written.
    /// - Throws: ``WriteError``; the previous output is then untouched.
    @discardableResult
    public static func write(_ site: CompiledSite, to output: URL, root: URL) throws(WriteError) -> Int {
        try write(site, to: output, root: root, staging: stage(output, root: root))
    }

    /// The staging folder beside `output` (checked with ``checkOutput(_:root:)``), made empty,
    /// so that files can go into it while the site is compiled (``BuildOptions/staging``); then
    /// ``write(_:to:root:staging:)`` finishes it, or ``discard(_:)`` removes it.
    public static func stage(_ output: URL, root: URL) throws(WriteError) -> URL {
        try checkOutput(output, root: root)
        // Write where the output really is: a `site` link to a web root updates
        // that folder (the link stays), instead of being replaced by a folder.
        let out = URL(fileURLWithPath: realPath(output))
        let parent = out.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(sideStem(out) + "staging-\(ProcessInfo.processInfo.processIdentifier)")
        removeAbandonedFolders(beside: out)
        try? FileManager.default.removeItem(at: staging)
        do {
            // `--output out/site` where `out/` does not exist yet: its folders are made, as `mkdir -p`.
            try makeFolders(parent.path)
            if mkdir(staging.path, 0o777) != 0 { throw POSIXFailure(path: staging.path, code: errno) }
        } catch {
            throw WriteError(message: .cannotWrite(path: out.path, reason: error.localizedDescription))
        }
        return staging
    }

    /// Removes a staging folder that will not be used (the build failed).
    public static func discard(_ staging: URL) { removeTree(staging) }

    /// Writes `site` into `staging` (from ``stage(_:root:)``, which may already hold its
    /// ``OutputFile/prewritten`` files), then puts it in place of `output`.
    /// - Throws: ``WriteError``; the staging folder is then removed and the previous output is untouched.
    @discardableResult
    public static func write(_ site: CompiledSite, to output: URL, root: URL, staging: URL) throws(WriteError) -> Int {
        let fm = FileManager.default
        let out = URL(fileURLWithPath: realPath(output))
        let parent = out.deletingLastPathComponent()
        let old = parent.appendingPathComponent(sideStem(out) + "old-\(ProcessInfo.processInfo.processIdentifier)")
        var isDir: ObjCBool = false
        let hadOld = fm.fileExists(atPath: out.path, isDirectory: &isDir) && isDir.boolValue
        do {
            try writeFiles(site.files, into: staging, root: root, previous: hadOld ? out : nil)
            try writeFile(staging.appendingPathComponent(marker).path, [])
        } catch {
            removeTree(staging)
            var reason = error.localizedDescription
            if let e = error as? WriteError, case .fileFailed(let detail) = e.message { reason = detail }
            throw WriteError(message: .cannotWrite(path: out.path, reason: reason))
        }
        if hadOld {
            do { try fm.moveItem(at: out, to: old) } catch {
                try? fm.removeItem(at: staging)
                throw WriteError(message: .cannotReplace(path: out.path, reason: error.localizedDescription))
            }
        }
        do { try fm.moveItem(at: staging, to: out) } catch {
            if hadOld { try? fm.moveItem(at: old, to: out) }
            try? fm.removeItem(at: staging)
            throw WriteError(message: .cannotMoveIn(path: out.path, reason: error.localizedDescription))
        }
        if hadOld {
            if site.files.count < backgroundRemovalThreshold || !removeInBackground(old) { removeTree(old) }
        }
        return site.files.count
    }

    /// `.NAME.` for the staging and old folders beside the output `NAME`, with `NAME` cut to
    /// 200 bytes so that `.NAME.staging-PID` stays within the 255-byte name limit.
    static func sideStem(_ output: URL) -> String {
        var name = output.lastPathComponent
        while name.utf8.count > 200 { name.removeLast() }
        return ".\(name)."
    }

    /// Removes a folder tree; folders made read-only (`chmod a-w site`) are made writable
    /// first, so a replaced output never stays behind.
    static func removeTree(_ url: URL) {
        let fm = FileManager.default
        if (try? fm.removeItem(at: url)) != nil || !fm.fileExists(atPath: url.path) { return }
        var folders = [url.path]
        if let walker = fm.enumerator(atPath: url.path) {
            for case let rel as String in walker where (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                folders.append(url.path + "/" + rel)
            }
        }
        for folder in folders { chmod(folder, 0o700) }
        try? fm.removeItem(at: url)
    }

    /// The absolute path with every symbolic link resolved, also when the last
    /// components do not exist yet: the nearest existing ancestor is resolved and
    /// the rest appended (so `--output link-to-content/new` is seen as inside `content/`).
    static func realPath(_ url: URL) -> String {
        var missing: [String] = []
        var current = url.standardizedFileURL.path
        while true {
            if let resolved = realpath(current, nil) {
                defer { free(resolved) }
                var path = String(cString: resolved)
                for component in missing.reversed() { path += (path.hasSuffix("/") ? "" : "/") + component }
                return path
            }
            let u = URL(fileURLWithPath: current)
            if current == "/" || current.isEmpty { return url.standardizedFileURL.path }
            missing.append(u.lastPathComponent)
            current = u.deletingLastPathComponent().path
        }
    }

    /// Removes staging and old folders (`.NAME.staging-PID`, `.NAME.old-PID`) left
    /// beside `output` by a build that was killed: only those whose PID is no longer
    /// a running process, and only names this writer makes.
    static func removeAbandonedFolders(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = sideStem(output)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let pidText: Substring
            if rest.hasPrefix("staging-") {
                pidText = rest.dropFirst("staging-".count)
            } else if rest.hasPrefix("old-") {
                pidText = rest.dropFirst("old-".count)
            } else {
                continue
            }
            // Only the names this writer makes: a PID in plain digits ("+9", "09" are not).
            guard !pidText.isEmpty, pidText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), pidText.first != "0",
                let pid = Int32(pidText), pid != ProcessInfo.processInfo.processIdentifier
            else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            let folder = parent.appendingPathComponent(name)
            if !removeInBackground(folder) { removeTree(folder) }
        }
    }

    /// Starts a detached `/bin/sh -c 'rm -rf -- "$1" &'` for `path` and waits only
    /// for the shell (a few milliseconds), so no zombie is left behind.
    /// - Returns: false when the process could not be started (the caller removes the tree itself).
    static func removeInBackground(_ path: URL) -> Bool {
        // chmod first: a folder made read-only would otherwise stay behind.
        let script = "trap '' HUP INT; (chmod -R u+rwx -- \"$1\"; rm -rf -- \"$1\") </dev/null >/dev/null 2>&1 &"
        let args = ["/bin/sh", "-c", script, "honorsite-cleanup", path.path]
        var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }
        var child: pid_t = 0
        guard posix_spawn(&child, "/bin/sh", nil, nil, cArgs, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        return true
    }

    /// A file system error with the path and the C library's message.
    /// Creates `path` and every missing folder above it (`mkdir -p`).
    ///
    /// - Throws: ``POSIXFailure`` naming the first folder that could not be made.
    static func makeFolders(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw POSIXFailure(path: path, code: ENOTDIR)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolders(parent) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw POSIXFailure(path: path, code: errno) }
    }

    struct POSIXFailure: Error, LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(reason)" }
        /// The C library's message for `code`, e.g. "No space left on device".
        var reason: String { String(cString: strerror(code)) }
    }

    /// Creates folders (each depth level on all cores), then writes files on all cores.
    ///
    /// - Parameter previous: the current output folder, if any; a generated file
    ///   whose bytes equal the file at the same path there is hard-linked from it.
    static func writeFiles(_ files: [OutputFile], into dir: URL, root: URL, previous: URL? = nil) throws {
        let base = dir.path
        let previousBase = previous?.path
        var folders = Set<String>()
        for f in files {
            var p = f.path.split(separator: "/").dropLast()
            while !p.isEmpty {
                if !folders.insert(p.joined(separator: "/")).inserted { break }
                p = p.dropLast()
            }
        }
        var levels: [[String]] = []
        for folder in folders {
            let depth = folder.utf8.reduce(0) { $0 + ($1 == 0x2F ? 1 : 0) }
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        for level in levels {
            // mkdir holds the parent folder's lock: tasks of up to 64 folders, taking
            // parents in turn, keep the cores in different parents most of the time.
            var byParent: [String: [String]] = [:]
            for folder in level.sorted() {
                let parent = folder.utf8.lastIndex(of: 0x2F).map { String(folder[..<$0]) } ?? ""
                byParent[parent, default: []].append(folder)
            }
            var queues = byParent.keys.sorted().map { byParent[$0]![...] }
            var tasks: [[String]] = []
            while !queues.isEmpty {
                for q in queues.indices {
                    tasks.append(Array(queues[q].prefix(64)))
                    queues[q] = queues[q].dropFirst(64)
                }
                queues.removeAll { $0.isEmpty }
            }
            let failures = parallelTasks(tasks) { folders -> String? in
                for folder in folders {
                    if mkdir(base + "/" + folder, 0o777) != 0 && errno != EEXIST {
                        return POSIXFailure(path: folder, code: errno).localizedDescription
                    }
                }
                return nil
            }
            if let first = failures.lazy.compactMap({ $0 }).first { throw SiteWriter.WriteError(message: .fileFailed(first)) }
        }
        let failures = parallelMap(files.filter { !$0.prewritten }) { f -> String? in
            let target = base + "/" + f.path
            do throws(POSIXFailure) {
                switch f.contents {
                case .bytes(let b):
                    if let previousBase, sameBytes(previousBase + "/" + f.path, b), link(previousBase + "/" + f.path, target) == 0 {
                        return nil
                    }
                    try writeFile(target, b)
                case .copy(let src):
                    // The bytes, not the link: a link inside the project is copied as the
                    // file it names (links leading outside were refused when compiling).
                    try copyFile(root.path + "/" + src, to: target)
                case .cleanedImage(let src, let format, let plan):
                    // Written by the plan made at load while the file is unchanged; else read and
                    // cleaned again: if it no longer reads, nothing is published rather than the uncleaned bytes.
                    if let plan, try writePlanned(root.path + "/" + src, to: target, plan) { return nil }
                    // Not the file checked at load: checked again, as a link could now lead outside the project.
                    if let outside = DiskFileSystem(root: root).escapingLinkTarget(src) {
                        return "\(src): " + Message.site(.linkLeavesProject(target: outside)).text(.english)
                    }
                    if let problem = try writeCleanedImage(root.path + "/" + src, to: target, format: format) {
                        return "\(src): \(problem.message) (the file changed during the build?)"
                    }
                }
                return nil
            } catch {
                // Named as the user knows the file: its path in the site, or the source copied.
                let inProject = error.path.hasPrefix(root.path + "/") ? String(error.path.dropFirst(root.path.count + 1)) : error.path
                let name = error.path == target ? f.path : inProject
                return "\(name): \(error.reason)"
            }
        }
        if let first = failures.lazy.compactMap({ $0 }).first {
            throw SiteWriter.WriteError(message: .fileFailed(first))
        }
    }

    /// Creates `target` from `plan`, made when `source` was loaded: the kept ranges are copied
    /// in the kernel straight from the source, the new bytes (a minimal EXIF block) written.
    /// The source is neither read into this process nor parsed again.
    /// - Returns: false, leaving no `target`, when the source is not the version the plan was
    ///   made for, or changes while it is copied (the caller then reads and cleans it again).
    static func writePlanned(_ source: String, to target: String, _ plan: CleaningPlan) throws(POSIXFailure) -> Bool {
        let input = try openRegularFile(source)
        defer { close(input.fd) }
        guard FileStamp(input.stat) == plan.stamp else { return false }
        let out = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard out >= 0 else { throw POSIXFailure(path: target, code: errno) }
        var failure: Int32 = 0
        for piece in plan.pieces where failure == 0 {
            switch piece {
            case .bytes(let b): failure = b.withUnsafeBytes { writeAll(out, $0) }
            case .range(let r): failure = copyRange(input.fd, from: r.lowerBound, count: r.count, to: out).0
            }
        }
        if close(out) != 0 && failure == 0 { failure = errno }
        var after = stat()
        if failure == ENODATA || fstat(input.fd, &after) != 0 || FileStamp(after) != plan.stamp {
            unlink(target)
            return false
        }
        if failure != 0 { throw POSIXFailure(path: target, code: failure) }
        return true
    }

    /// Opens a regular file for reading (`O_NONBLOCK`: a FIFO must not wait for a writer).
    static func openRegularFile(_ path: String) throws(POSIXFailure) -> (fd: Int32, stat: stat) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw POSIXFailure(path: path, code: errno) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw POSIXFailure(path: path, code: EINVAL)
        }
        return (fd, st)
    }

    /// Copies `count` bytes from `offset` of `input` (to its end when nil) to `output`, in the
    /// kernel (`sendfile`), else through a buffer where the kernel cannot.
    /// - Returns: 0, the `errno` of a failure, or `ENODATA` when the input ends before `count`
    ///   bytes; and the number of pieces of at most `chunk` bytes copied.
    static func copyRange(_ input: Int32, from offset: Int, count: Int?, to output: Int32, chunk: Int = 1 << 30) -> (Int32, Int) {
        var position = off_t(offset)
        var left = count ?? Int.max
        var inKernel = true
        var chunks = 0
        var buffer: UnsafeMutableRawBufferPointer?
        defer { buffer?.deallocate() }
        while left > 0 {
            let piece = min(left, max(1, chunk))
            var n: Int
            if inKernel {
                n = sendfile(output, input, &position, piece)
                if n < 0 && (errno == EINVAL || errno == ENOSYS) {
                    inKernel = false
                    continue
                }
            } else {
                let b = buffer ?? UnsafeMutableRawBufferPointer.allocate(byteCount: min(piece, 1 << 20), alignment: 16)
                buffer = b
                n = pread(input, b.baseAddress, min(piece, b.count), position)
                if n > 0 {
                    let failure = writeAll(output, UnsafeRawBufferPointer(rebasing: b[0..<n]))
                    if failure != 0 { return (failure, chunks) }
                    position += off_t(n)
                }
            }
            if n < 0 {
                if errno == EINTR { continue }
                return (errno, chunks)
            }
            if n == 0 { return (count == nil ? 0 : ENODATA, chunks) }
            chunks += 1
            left -= n
        }
        return (0, chunks)
    }

    /// Creates `target` holding `source` without its location and device data
    /// (``Media/cleaningPlan(bytes:as:)``): the source is read once (not mapped: a file
    /// truncated while mapped would crash the process), and the pieces are written
    /// straight from that buffer, without assembling a second copy.
    /// - Returns: the problem when the source no longer reads as an image (nothing is written).
    static func writeCleanedImage(_ source: String, to target: String, format: ImageFormat) throws(POSIXFailure) -> MediaError? {
        let fd = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw POSIXFailure(path: source, code: errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw POSIXFailure(path: source, code: EINVAL) }
        var readFailure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(st.st_size)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    readFailure = errno
                    return
                }
                if n == 0 { break }  // the file shrank while being read: the parse reports it
                count += n
            }
        }
        if readFailure != 0 { throw POSIXFailure(path: source, code: readFailure) }
        let outcome: Result<MediaError?, POSIXFailure> = bytes.withUnsafeBytes { all in
            let plan: [Piece]
            do throws(MediaError) { plan = try cleaningPlan(bytes: all, as: format) ?? [.range(0..<all.count)] } catch {
                return .success(error)
            }
            let out = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard out >= 0 else { return .failure(POSIXFailure(path: target, code: errno)) }
            var failure = writePieces(plan, of: all, to: out)
            if close(out) != 0 && failure == 0 { failure = errno }
            return failure == 0 ? .success(nil) : .failure(POSIXFailure(path: target, code: failure))
        }
        return try outcome.get()
    }

    /// Creates `target` (and its folders) from `data`: the `pieces` of its cleaning plan, or all of it.
    /// - Returns: false, leaving no file, when it cannot be written (``writeFiles`` then writes it as usual).
    static func writeStaged(_ data: Data, pieces: [Piece]?, to target: String) -> Bool {
        data.withUnsafeBytes { writeStaged($0, pieces: pieces, to: target) }
    }

    /// A generated file written into `staging` at once, its bytes then dropped from memory:
    /// the returned file is ``OutputFile/prewritten`` and empty; `file` itself when it cannot be
    /// written there (the writer then writes it as usual).
    static func prewrite(_ file: OutputFile, into staging: URL) -> OutputFile {
        guard case .bytes(let bytes) = file.contents,
            bytes.withUnsafeBytes({ writeStaged($0, pieces: nil, to: staging.path + "/" + file.path) })
        else { return file }
        var written = OutputFile(path: file.path, contents: .bytes([]), source: file.source)
        written.prewritten = true
        return written
    }

    static func writeStaged(_ all: UnsafeRawBufferPointer, pieces: [Piece]?, to target: String) -> Bool {
        let folder = (target as NSString).deletingLastPathComponent
        var out = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if out < 0 && errno == ENOENT {
            guard (try? makeFolders(folder)) != nil else { return false }
            out = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard out >= 0 else { return false }
        var failure = writePieces(pieces ?? [.range(0..<all.count)], of: all, to: out)
        if close(out) != 0 && failure == 0 { failure = errno }
        if failure != 0 { unlink(target) }
        return failure == 0
    }

    /// Writes a cleaning plan's pieces of `all` (new bytes, and ranges of `all`) to `fd`; returns 0 or the `errno` of the failure.
    static func writePieces(_ pieces: [Piece], of all: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        for piece in pieces {
            let failure: Int32
            switch piece {
            case .bytes(let b): failure = b.withUnsafeBytes { writeAll(fd, $0) }
            case .range(let r): failure = writeAll(fd, UnsafeRawBufferPointer(rebasing: all[r]))
            }
            if failure != 0 { return failure }
        }
        return 0
    }

    /// Writes all of `buffer` to `fd`; returns 0 or the `errno` of the failure.
    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }

    /// Creates `path` (which must not exist) holding `bytes`; mode 0666 less the umask.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(POSIXFailure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw POSIXFailure(path: path, code: errno) }
        var failure = bytes.withUnsafeBytes { writeAll(fd, $0) }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw POSIXFailure(path: path, code: failure) }
    }

    /// Copies the file at `source` to `target` (which must not exist) in `chunk`-byte pieces, in the
    /// kernel (`sendfile`, as `cp` does with `copy_file_range`; else reads and writes through a
    /// buffer), never holding the file in memory (two 3 GB media files once took 6 GB).
    /// Returns the number of chunks (tests check that a large file takes several).
    @discardableResult
    static func copyFile(_ source: String, to target: String, chunk: Int = 1 << 20) throws(POSIXFailure) -> Int {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw POSIXFailure(path: source, code: errno) }
        defer { close(input) }
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard output >= 0 else { throw POSIXFailure(path: target, code: errno) }
        let (copyFailure, chunks) = copyRange(input, from: 0, count: nil, to: output, chunk: chunk)
        var failure = copyFailure
        if close(output) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw POSIXFailure(path: target, code: failure) }
        return chunks
    }

    /// True when the regular file at `path` holds exactly `bytes`.
    static func sameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        if bytes.isEmpty { return true }
        let existing = [UInt8](unsafeUninitializedCapacity: bytes.count + 1) { buffer, count in
            var offset = 0
            while offset <= bytes.count {
                let n = read(fd, buffer.baseAddress! + offset, bytes.count + 1 - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    break
                }
                if n == 0 { break }
                offset += n
            }
            count = offset
        }
        return existing == bytes
    }
}

/// `read(2)`, named apart from Foundation's.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }

/// `write(2)`, named apart from ``SiteWriter/write(_:to:root:)``.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
