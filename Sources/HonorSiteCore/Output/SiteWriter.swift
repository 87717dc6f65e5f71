import Foundation

/// Writes a compiled site to disk, all or nothing.
///
/// The files go into a staging folder beside the output (`.site.staging-PID`);
/// only when every file is written is the old output renamed away, the staging
/// folder renamed into place, and the old tree removed. A failure at any point
/// removes the staging folder and leaves the previous output as it was.
///
/// Safety: the output may not be the project folder, contain `content/` or
/// `templates/`, or lie inside them; an existing non-empty output folder must
/// carry the marker file `.honorsite-output` that this writer leaves, so a
/// mistyped `--output ~/Documents` is refused instead of replaced.
public enum SiteWriter {
    /// The marker file written at the output root.
    public static let marker = ".honorsite-output"

    /// Why the output folder cannot be used or written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// A sentence naming the folder.
        public var description: String
    }

    /// Refuses output folders that would overwrite sources (see the type's discussion).
    /// - Throws: ``WriteError``.
    public static func checkOutput(_ output: URL, root: URL) throws(WriteError) {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let r = root.standardizedFileURL.resolvingSymlinksInPath().path
        for protected in [r, r + "/content", r + "/templates"] {
            if protected == out || protected.hasPrefix(out == "/" ? "/" : out + "/") {
                throw WriteError(description: "refusing to write the site into \(output.path): it contains \(protected == r ? "the project" : protected)")
            }
            if out.hasPrefix(protected + "/") && protected != r {
                throw WriteError(description: "refusing to write the site into \(output.path): it is inside \(protected)")
            }
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDir) {
            guard isDir.boolValue else { throw WriteError(description: "output \(output.path) exists and is not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !entries.isEmpty && !entries.contains(marker) {
                throw WriteError(description: "output folder \(output.path) is not empty and was not written by honorsite (no \(marker)); remove it or choose another --output")
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
        try checkOutput(output, root: root)
        let fm = FileManager.default
        let out = output.standardizedFileURL
        let parent = out.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(out.lastPathComponent).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(out.lastPathComponent).old-\(pid)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeFiles(site.files, into: staging, root: root)
            try Data().write(to: staging.appendingPathComponent(marker))
        } catch {
            try? fm.removeItem(at: staging)
            throw WriteError(description: "cannot write the site into \(staging.path): \(error.localizedDescription)")
        }
        let hadOld = fm.fileExists(atPath: out.path)
        if hadOld {
            do { try fm.moveItem(at: out, to: old) } catch {
                try? fm.removeItem(at: staging)
                throw WriteError(description: "cannot replace \(out.path): \(error.localizedDescription)")
            }
        }
        do { try fm.moveItem(at: staging, to: out) } catch {
            if hadOld { try? fm.moveItem(at: old, to: out) }
            try? fm.removeItem(at: staging)
            throw WriteError(description: "cannot move the new site into \(out.path): \(error.localizedDescription)")
        }
        if hadOld { try? fm.removeItem(at: old) }
        return site.files.count
    }

    /// Creates folders, then writes files on all cores.
    static func writeFiles(_ files: [OutputFile], into dir: URL, root: URL) throws {
        var folders = Set<String>()
        for f in files {
            var p = f.path.split(separator: "/").dropLast()
            while !p.isEmpty { if !folders.insert(p.joined(separator: "/")).inserted { break }; p = p.dropLast() }
        }
        for folder in folders.sorted() {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let failures = parallelMap(files) { f -> String? in
            let target = dir.appendingPathComponent(f.path)
            do {
                switch f.contents {
                case .bytes(let b): try Data(b).write(to: target)
                case .copy(let src): try FileManager.default.copyItem(at: root.appendingPathComponent(src), to: target)
                }
                return nil
            } catch { return "\(f.path): \(error.localizedDescription)" }
        }
        if let first = failures.compactMap({ $0 }).first {
            throw SiteWriter.WriteError(description: first)
        }
    }
}
