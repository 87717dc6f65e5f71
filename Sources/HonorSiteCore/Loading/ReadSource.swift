import Foundation
import FrontMatter
import Messages

/// Why a source file was not read.
struct SourceError: Error, Sendable {
    enum Kind: Sendable, Equatable {
        /// A symbolic link on the path leads outside the project (to this target).
        case leavesProject(String)
        /// A folder, FIFO, device or dangling link.
        case notRegularFile
        /// The read itself failed.
        case unreadable
        /// The bytes are not UTF-8: `.invalidUTF8` or `.looksLikeGB18030`, at the first such byte.
        case notUTF8(FrontMatterError)
    }
    var kind: Kind
    var path: String

    /// The diagnostic for it (the messages of the safety preamble, written once).
    var diagnostic: Diagnostic {
        switch kind {
        case .leavesProject(let target):
            .error(SourceLocation(path: path), .linkLeavesProject(target: target))
        case .notRegularFile:
            .error(SourceLocation(path: path), .notRegularFile)
        case .unreadable:
            .error(SourceLocation(path: path), .cannotReadFile)
        case .notUTF8(let error):
            HonorSiteCore.diagnostic(error, path: path)
        }
    }
}

/// The safety preamble of every source file, read or copied: a file that links
/// outside the project, or is not a regular file (a link to a folder, a FIFO), is
/// refused and never read or copied.
///
/// - Parameter plain: files the discover walk found to be regular files reached through
///   real folders (``SourceTree/plainFiles``): they pass without another system call.
func checkSource(_ path: String, in fs: FileSystem, plain: Set<String> = []) -> SourceError? {
    if plain.contains(path) { return nil }
    if let target = fs.escapingLinkTarget(path) { return SourceError(kind: .leavesProject(target), path: path) }
    if !fs.isRegularFile(path) { return SourceError(kind: .notRegularFile, path: path) }
    return nil
}

/// Reads a source file as text: ``checkSource(_:in:)``, then the bytes, then UTF-8
/// (a BOM is kept for the parsers to drop; they also normalise CRLF).
func readSource(_ path: String, in fs: FileSystem, plain: Set<String> = []) -> Result<String, SourceError> {
    if let problem = checkSource(path, in: fs, plain: plain) { return .failure(problem) }
    guard let data = try? fs.read(path) else { return .failure(SourceError(kind: .unreadable, path: path)) }
    guard let text = String(validating: data, as: UTF8.self) else {
        // The parser's byte-level entry point knows where the first bad byte is,
        // and tells UTF-8 damage from a file saved as GBK/GB18030.
        var problem = FrontMatterError(.invalidUTF8, line: 1, column: 1)
        do throws(FrontMatterError) { _ = try FrontMatter.parseYAML(utf8: Array(data)) } catch {
            if error.kind == .invalidUTF8 || error.kind == .looksLikeGB18030 { problem = error }
        }
        return .failure(SourceError(kind: .notUTF8(problem), path: path))
    }
    return .success(text)
}
