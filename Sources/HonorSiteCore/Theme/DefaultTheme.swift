import Foundation

/// The default theme, carried in the binary.
///
/// `templates/` in the repository is the source of truth; `Scripts/gen-theme.py` copies every file of it
/// into `DefaultTheme.generated.swift` (``DefaultTheme/files``), and a test fails while the two differ.
/// A project builds with the embedded theme wherever its own `templates/` has no file of the same path
/// (or, for templates and partials, of the same name): a project may override just `partials/card.mustache`.
public enum DefaultTheme {
    /// The embedded files a project uses: those it does not override.
    ///
    /// - Parameter projectFiles: the project's files under `templates/` (site-relative paths).
    /// - Returns: the embedded files whose path, and whose template name, the project does not have.
    ///   Required page templates, `layout` (which they extend) and partials the project lacks always come
    ///   from the built-in theme.
    ///   Optional page templates (such as `search`) come only when the project has no page template of its
    ///   own, and static files only when it has no `templates/static/` file: a theme that brings its own
    ///   pages or assets chooses its features (a project with just `partials/card.mustache` gets the rest).
    static func fallbacks(for projectFiles: [String]) -> [EmbeddedFile] {
        let paths = Set(projectFiles)
        let names = Set(projectFiles.compactMap(themeTemplateName))
        let ownPages = projectFiles.contains { themeTemplateName($0) != nil && !$0.hasPrefix("templates/partials/") }
        let ownStatic = projectFiles.contains { $0.hasPrefix("templates/static/") }
        return files.filter { file in
            guard !paths.contains(file.path) else { return false }
            guard let name = themeTemplateName(file.path) else { return file.path.hasPrefix("templates/static/") && !ownStatic }
            guard !names.contains(name) else { return false }
            return file.path.hasPrefix("templates/partials/") || requiredTemplates.contains(name) || name == "layout" || !ownPages
        }
    }

    /// Writes every file of the embedded theme below `directory` (`DIR/templates/…`).
    ///
    /// Refuses, before writing anything, when any of the files already exists; when a file cannot be
    /// written, removes every file and folder it made.
    /// - Returns: the paths written, relative to `directory`.
    /// - Throws: ``ExportError`` naming the first file that exists or cannot be written.
    public static func export(to directory: URL) throws(ExportError) -> [String] {
        let fm = FileManager.default
        if let existing = files.first(where: { fm.fileExists(atPath: directory.appendingPathComponent($0.path).path) }) {
            throw .exists(existing.path)
        }
        var made = NewFiles()
        for file in files {
            do throws(FileFailure) { try made.write(file.bytes, to: directory.appendingPathComponent(file.path).path) } catch {
                made.removeCreated()
                throw .cannotWrite(error)
            }
        }
        return files.map(\.path)
    }

    /// Why ``export(to:)`` stopped.
    public enum ExportError: Error, Equatable {
        /// The file (relative to the target folder) is already there.
        case exists(String)
        /// A file or folder could not be made (nothing is left behind).
        case cannotWrite(FileFailure)
    }
}

/// One file of the embedded theme.
public struct EmbeddedFile: Sendable {
    /// Site-relative path, `templates/…`.
    public let path: String
    /// The file's bytes, exactly as in `templates/`.
    public let bytes: [UInt8]

    /// A text file (the generator's form for UTF-8 text).
    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    /// Any other file.
    init(path: String, base64: String) {
        self.path = path
        self.bytes = Data(base64Encoded: base64).map { Array($0) } ?? []
    }
}

/// The template name a theme file registers (`templates/home.mustache` → `home`,
/// `templates/partials/card.mustache` → `card`), or nil for files that are not templates.
func themeTemplateName(_ path: String) -> String? {
    guard path.hasPrefix("templates/"), path.hasSuffix(".mustache") else { return nil }
    let parts = path.dropFirst("templates/".count).split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 1 || (parts.count == 2 && parts[0] == "partials") else { return nil }
    return String(parts[parts.count - 1].dropLast(".mustache".count))
}
