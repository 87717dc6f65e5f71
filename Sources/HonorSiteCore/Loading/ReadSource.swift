import Foundation
import FrontMatter

/// Why a source file was not read.
struct SourceError: Error, Sendable {
    enum Kind: Sendable, Equatable {
        /// A symbolic link on the path leads outside the project (to this target).
        case leavesProject(String)
        /// A folder, FIFO, device or dangling link.
        case notRegularFile
        /// The read itself failed.
        case unreadable
        /// The bytes are not UTF-8 (at this line and column).
        case invalidUTF8(line: Int, column: Int)
    }
    var kind: Kind
    var path: String

    /// The diagnostic for it (the messages of the safety preamble, written once).
    var diagnostic: Diagnostic {
        switch kind {
        case .leavesProject(let target):
            .error(SourceLocation(path: path), "symbolic link leads outside the project (to \(target)); the file was not read")
        case .notRegularFile:
            .error(SourceLocation(path: path), "not a regular file (a link to a folder, a FIFO or a device); remove it")
        case .unreadable:
            .error(SourceLocation(path: path), "cannot read file")
        case .invalidUTF8(let line, let column):
            .error(SourceLocation(path: path, line: line, column: column), "file is not valid UTF-8")
        }
    }
}

/// The safety preamble of every source file, read or copied: a file that links
/// outside the project, or is not a regular file (a link to a folder, a FIFO), is
/// refused and never read or copied.
func checkSource(_ path: String, in fs: FileSystem) -> SourceError? {
    if let target = fs.escapingLinkTarget(path) { return SourceError(kind: .leavesProject(target), path: path) }
    if !fs.isRegularFile(path) { return SourceError(kind: .notRegularFile, path: path) }
    return nil
}

/// Reads a source file as text: ``checkSource(_:in:)``, then the bytes, then UTF-8
/// (a BOM is kept for the parsers to drop; they also normalise CRLF).
func readSource(_ path: String, in fs: FileSystem) -> Result<String, SourceError> {
    if let problem = checkSource(path, in: fs) { return .failure(problem) }
    guard let data = try? fs.read(path) else { return .failure(SourceError(kind: .unreadable, path: path)) }
    guard let text = String(validating: data, as: UTF8.self) else {
        // The parser's byte-level entry point knows where the first bad byte is.
        var line = 1, column = 1
        do throws(FrontMatterError) { _ = try FrontMatter.parseYAML(utf8: Array(data)) } catch {
            if case .invalidUTF8 = error.kind { (line, column) = (error.line, error.column) }
        }
        return .failure(SourceError(kind: .invalidUTF8(line: line, column: column), path: path))
    }
    return .success(text)
}
