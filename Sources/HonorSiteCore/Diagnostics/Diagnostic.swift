import Messages

/// A place in a source file.
///
/// `path` is relative to the site root (e.g. `content/riders/li-ming.md`);
/// `line` and `column` are 1-based; columns count Unicode scalars (for Chinese
/// text that is one per character, as editors show it). `line == 0` means the
/// whole file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path relative to the site root, with `/` separators.
    public var path: String
    /// 1-based line, or 0 for "the whole file".
    public var line: Int
    /// 1-based column in Unicode scalars, or 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, `path:line` or `path`, by what is known.
    public var description: String {
        if line <= 0 { return path }
        if column <= 0 { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }

    /// Orders by path, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One problem found while building, with where it is.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad a problem is. `--strict` turns warnings into errors; a note is
    /// information (e.g. "location data removed") that stays a note.
    public enum Severity: String, Sendable, Hashable { case error, warning, note }

    /// Error or warning.
    public var severity: Severity
    /// Where; nil for problems that belong to no file (e.g. a bad option).
    public var location: SourceLocation?
    /// What is wrong, as a catalogue key; the edge prints it in the reader's language
    /// with ``message(_:)`` (a lowercase sentence without final period in English,
    /// e.g. `unknown district '福田'`).
    public var message: Message
    /// Further lines printed under the message, e.g. the other file of a collision.
    public var notes: [Message]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ location: SourceLocation?, _ message: Message, notes: [Message] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String { message.text(language) }

    /// The notes in `language`.
    public func notes(_ language: Language) -> [String] { notes.map { $0.text(language) } }

    /// Shorthand for an error about the site (`.site(message)`).
    public static func error(_ location: SourceLocation?, _ message: Message.Site, notes: [Message.Site] = []) -> Diagnostic {
        Diagnostic(.error, location, .site(message), notes: notes.map(Message.site))
    }

    /// Shorthand for a note (information that never fails a build, even with `--strict`).
    public static func note(_ location: SourceLocation?, _ message: Message, notes: [Message] = []) -> Diagnostic {
        Diagnostic(.note, location, message, notes: notes)
    }

    /// This diagnostic as `--strict` sees it: a warning becomes an error.
    public var strict: Diagnostic {
        var d = self
        if d.severity == .warning { d.severity = .error }
        return d
    }

    /// Shorthand for a warning about the site (`.site(message)`).
    public static func warning(_ location: SourceLocation?, _ message: Message.Site, notes: [Message.Site] = []) -> Diagnostic {
        Diagnostic(.warning, location, .site(message), notes: notes.map(Message.site))
    }

    /// `path:line:col: error: message`, the compiler convention editors make clickable.
    public var description: String {
        let head = location.map { "\($0): " } ?? "honorsite: "
        return "\(head)\(severity.rawValue): \(message(.english))"
    }

    /// Orders by location (diagnostics without one first), then severity, then message.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (let x?, let y?) where x != y: return x < y
        default:
            if a.severity != b.severity { return a.severity == .error || (a.severity == .warning && b.severity == .note) }
            return a.message(.english) < b.message(.english)
        }
    }
}

/// Thrown when a build stops on errors; carries every diagnostic found.
public struct BuildFailure: Error, Sendable {
    /// All diagnostics, sorted; at least one is an error.
    public var diagnostics: [Diagnostic]
    /// Creates a failure.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }
}
