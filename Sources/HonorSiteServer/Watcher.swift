import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders of a project (by default `content/` and `templates/`) and
/// reports changes — created, edited, deleted and renamed files, including in
/// new subfolders — after a quiet period.
///
/// Uses inotify when available (watching every folder, and adding watches for
/// folders created later); otherwise, or if inotify fails (e.g. the watch limit
/// is reached), it scans modification times and sizes every ``pollInterval`` seconds.
///
/// Bursts are debounced: ``onChange`` runs once ``debounce`` seconds pass without
/// further events (but at most ``maxDelay`` seconds after the first), on the
/// watcher's own thread; events arriving while it runs are reported next time.
/// Editor scratch files (see ``isIgnored(_:)``) never count as changes.
///
/// Thread safety: `@unchecked Sendable` because the only state shared with the
/// watcher thread (the stop flag and wake pipe) is guarded by `lock`; all other
/// state is touched only by that thread.
public final class FileWatcher: @unchecked Sendable {
    /// How to watch.
    public enum Mode: Sendable {
        /// inotify, falling back to polling when it is unavailable.
        case automatic
        /// Always poll (e.g. network file systems, where inotify misses remote edits).
        case polling
    }

    /// How the watcher is actually watching.
    public enum Backend: Sendable, Equatable {
        /// Not started.
        case none
        /// Kernel notifications.
        case inotify
        /// Periodic scans.
        case polling
    }

    /// The project folder.
    public let root: URL
    /// Watched folders, relative to ``root``.
    public let folders: [String]
    /// Seconds without events before ``onChange`` runs.
    public let debounce: TimeInterval
    /// Longest wait, in seconds, from the first event of a burst to ``onChange``.
    public let maxDelay: TimeInterval
    /// Seconds between scans when polling.
    public let pollInterval: TimeInterval
    /// Called with the changed paths (relative to ``root``, sorted; may be
    /// incomplete after a kernel queue overflow or when polling notices only a folder).
    public let onChange: @Sendable ([String]) -> Void

    private let mode: Mode
    private let lock = NSCondition()
    private var stopping = false
    private var finished = true
    private var wakeRead: Int32 = -1
    private var wakeWrite: Int32 = -1
    private var activeBackend: Backend = .none

    /// Creates a watcher; call ``start()`` to begin.
    public init(
        root: URL, folders: [String] = ["content", "templates"], mode: Mode = .automatic,
        debounce: TimeInterval = 0.1, maxDelay: TimeInterval = 1, pollInterval: TimeInterval = 0.5,
        onChange: @escaping @Sendable ([String]) -> Void
    ) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.mode = mode
        self.debounce = debounce
        self.maxDelay = maxDelay
        self.pollInterval = pollInterval
        self.onChange = onChange
    }

    deinit { stop() }

    /// How the watcher is watching (``Backend/none`` before ``start()`` and after ``stop()``).
    public var backend: Backend {
        lock.lock()
        defer { lock.unlock() }
        return activeBackend
    }

    /// Starts watching on a background thread. The watches are in place when this returns.
    public func start() {
        lock.lock()
        defer { lock.unlock() }
        guard finished else { return }
        guard let fds = makeWakePipe() else { return }
        wakeRead = fds[0]
        wakeWrite = fds[1]
        stopping = false
        finished = false
        let inotify = mode == .automatic ? InotifyState(root: root, folders: folders) : nil
        activeBackend = inotify == nil ? .polling : .inotify
        let initialSnapshot = inotify == nil ? snapshot() : [:]
        let wake = fds[0]
        let thread = Thread { [self] in
            if let inotify { inotifyLoop(inotify, wake: wake) } else { pollLoop(initialSnapshot, wake: wake) }
            lock.lock()
            finished = true
            activeBackend = .none
            lock.broadcast()
            lock.unlock()
        }
        thread.name = "honorsite-watch"
        thread.start()
    }

    /// Stops watching and waits for the watcher thread (including a running
    /// ``onChange``) to finish. Safe to call more than once.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        stopping = true
        var b: UInt8 = 1
        _ = write(wakeWrite, &b, 1)
        while !finished { lock.wait() }
        close(wakeRead)
        close(wakeWrite)
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    /// Whether a file name is an editor's scratch or backup file, or hidden (the
    /// compiler skips names starting with `.`): `.x.swp`, `.#x`, `x~`, `4913`
    /// (vim's write test), `x.swp`/`.swx`/`.swo`, `x___jb_tmp___`/`x___jb_old___` (JetBrains).
    public static func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" { return true }
        for suffix in [".swp", ".swx", ".swo", "___jb_tmp___", "___jb_old___", ".kate-swp"] where name.hasSuffix(suffix) {
            return true
        }
        return false
    }

    // MARK: - inotify

    /// The inotify descriptor and the watched folders by watch descriptor.
    ///
    /// `@unchecked Sendable`: created by ``start()`` and then handed over to the
    /// watcher thread, which alone uses it.
    final class InotifyState: @unchecked Sendable {
        let fd: Int32
        let root: URL
        let folders: [String]
        var paths: [Int32: String] = [:]  // wd → folder relative to root ("" for root)
        static let mask = UInt32(
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

        /// nil when inotify is unavailable or the watch limit is reached.
        init?(root: URL, folders: [String]) {
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard fd >= 0 else { return nil }
            self.root = root
            self.folders = folders
            // The root itself, to notice content/ or templates/ appearing or being replaced.
            let wd = inotify_add_watch(fd, root.path, UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR))
            guard wd >= 0, resync() else {
                close(fd)
                return nil
            }
            paths[wd] = ""
        }

        deinit { close(fd) }

        /// (Re)adds a watch on every folder below the watched folders; false when
        /// the system refuses one (watch limit), so the caller falls back to polling.
        @discardableResult
        func resync() -> Bool {
            for folder in folders where !addRecursive(folder) { return false }
            return true
        }

        private func addRecursive(_ rel: String) -> Bool {
            var stack = [rel]
            var seen = Set<Int32>()
            while let dir = stack.popLast() {
                let wd = inotify_add_watch(fd, root.appendingPathComponent(dir).path, InotifyState.mask)
                if wd < 0 {
                    if errno == ENOSPC || errno == ENOMEM { return false }
                    continue  // vanished or not a folder
                }
                paths[wd] = dir
                guard seen.insert(wd).inserted else { continue }  // a symlink loop
                let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path)) ?? []
                for name in names where !name.hasPrefix(".") {
                    var isDir: ObjCBool = false
                    let child = dir + "/" + name
                    if FileManager.default.fileExists(atPath: root.appendingPathComponent(child).path, isDirectory: &isDir), isDir.boolValue
                    {
                        stack.append(child)
                    }
                }
            }
            return true
        }
    }

    private func inotifyLoop(_ state: InotifyState, wake: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed = Set<String>()
        var firstEvent: Date?
        var lastEvent = Date()
        while !isStopping {
            var timeout: Int32 = -1
            if let first = firstEvent {
                let due = min(lastEvent.addingTimeInterval(debounce), first.addingTimeInterval(maxDelay))
                let ms = due.timeIntervalSinceNow * 1000
                if ms <= 0 {
                    firstEvent = nil
                    let paths = changed.sorted()
                    changed.removeAll()
                    onChange(paths)
                    continue
                }
                timeout = Int32(ms.rounded(.up))
            }
            var fds = [pollfd(fd: state.fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, 2, timeout)
            if n < 0 && errno != EINTR { break }
            if fds[1].revents != 0 { break }
            guard n > 0, fds[0].revents & Int16(POLLIN) != 0 else { continue }
            var needResync = false
            var relevant = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(state.fd, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                var offset = 0
                buffer.withUnsafeBytes { raw in
                    while offset + 16 <= count {
                        let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                        let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                        let len = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        let nameBytes = raw[(offset + 16)..<min(offset + 16 + len, count)].prefix { $0 != 0 }
                        let name = String(decoding: nameBytes, as: UTF8.self)
                        offset += 16 + len
                        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                            needResync = true
                            relevant = true
                            continue
                        }
                        if mask & UInt32(IN_IGNORED) != 0 {
                            state.paths[wd] = nil
                            continue
                        }
                        guard let dir = state.paths[wd] else { continue }
                        let isDir = mask & UInt32(IN_ISDIR) != 0
                        if dir.isEmpty {
                            // An event in the project folder: only the watched folders matter.
                            guard folders.contains(name) else { continue }
                            needResync = true
                            relevant = true
                            changed.insert(name)
                            continue
                        }
                        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                            relevant = true
                            changed.insert(dir)
                            continue
                        }
                        if name.isEmpty || FileWatcher.isIgnored(name) { continue }
                        if isDir && mask & UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM) != 0 { needResync = true }
                        // A new empty folder or attribute-only change of a folder changes no output.
                        if isDir && mask & UInt32(IN_ATTRIB | IN_CREATE) != 0 && mask & UInt32(IN_MOVED_TO) == 0 {
                            if mask & UInt32(IN_CREATE) != 0 {
                                relevant = true
                                changed.insert(dir + "/" + name)
                            }
                            continue
                        }
                        relevant = true
                        changed.insert(dir + "/" + name)
                    }
                }
            }
            if needResync { state.resync() }
            if relevant {
                lastEvent = Date()
                if firstEvent == nil { firstEvent = lastEvent }
            }
        }
    }

    // MARK: - polling

    /// Modification time (ns), size, inode and kind of every file (and the presence of
    /// every folder) below the watched folders.
    struct Stamp: Equatable {
        var mtime: Int
        var size: Int
        var inode: UInt
        var isDir: Bool
    }

    func snapshot() -> [String: Stamp] {
        var out: [String: Stamp] = [:]
        var seenFolders = Set<[UInt]>()  // (device, inode): symbolic-link loops are walked once
        var stack = folders
        while let rel = stack.popLast() {
            var st = stat()
            guard stat(root.appendingPathComponent(rel).path, &st) == 0 else { continue }
            let isDir = (st.st_mode & S_IFMT) == S_IFDIR
            if isDir && !seenFolders.insert([UInt(st.st_dev), UInt(st.st_ino)]).inserted { continue }
            // A folder's own time and size change with any entry, scratch files too: only its presence counts.
            out[rel] =
                isDir
                ? Stamp(mtime: 0, size: 0, inode: UInt(st.st_ino), isDir: true)
                : Stamp(
                    mtime: st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec, size: Int(st.st_size),
                    inode: UInt(st.st_ino), isDir: false)
            guard isDir else { continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(rel).path)) ?? []
            for name in names where !FileWatcher.isIgnored(name) { stack.append(rel + "/" + name) }
        }
        return out
    }

    private func pollLoop(_ initial: [String: Stamp], wake: Int32) {
        var last = initial
        var pending: Set<String> = []
        var firstChange: Date?
        while true {
            let interval = firstChange == nil ? pollInterval : debounce
            var p = pollfd(fd: wake, events: Int16(POLLIN), revents: 0)
            let n = poll(&p, 1, Int32(interval * 1000))
            if n > 0 || isStopping { break }
            let now = snapshot()
            if now != last {
                var diff = Set<String>()
                for (k, v) in now where last[k] != v { diff.insert(k) }
                for k in last.keys where now[k] == nil { diff.insert(k) }
                pending.formUnion(diff)
                last = now
                if firstChange == nil { firstChange = Date() }
                if Date().timeIntervalSince(firstChange!) < maxDelay { continue }
            }
            // Quiet for one debounce interval (or waited maxDelay): report.
            if firstChange != nil {
                firstChange = nil
                let paths = pending.sorted()
                pending.removeAll()
                onChange(paths)
            }
        }
    }
}
