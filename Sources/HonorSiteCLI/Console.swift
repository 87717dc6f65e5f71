import Foundation
import HonorSiteCore
import Messages

/// Where the CLI writes: injected so tests can capture output.
public struct Console: Sendable {
    /// Writes to standard output (exactly the bytes given).
    public var out: @Sendable (String) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Colour diagnostics (a terminal, and `NO_COLOR` unset).
    public var color: Bool

    /// Creates a console from two writers.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, color: Bool = false) {
        self.out = out
        self.err = err
        self.color = color
    }

    /// The process's standard output and error; colour when stderr is a terminal and `NO_COLOR` is unset (no-color.org).
    public static func standard(environment: [String: String]) -> Console {
        let color = isatty(2) == 1 && environment["NO_COLOR"].map(\.isEmpty) ?? true
        return Console(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) },
            color: color)
    }
}

/// How diagnostics are printed.
enum DiagnosticFormat: String {
    /// `path:line:col: error: message`, then the source line and a caret.
    case human
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
    case github
}

/// Prints diagnostics sorted by path, line and column.
///
/// The `error:`/`warning:`/`note:` keywords and the annotation syntax stay English
/// (editors and CI read them); the message and notes are in `language`.
///
/// - Parameters:
///   - root: the project folder, to show the offending source line.
func printDiagnostics(
    _ diagnostics: [Diagnostic], format: DiagnosticFormat, root: URL, console: Console,
    language: Language
) {
    // Written in pieces of up to 64 KB, not a write per line (500 photo notes made 1,000 writes).
    var pending = ""
    func emit(_ s: String) {
        pending += s
        if pending.utf8.count >= 1 << 16 {
            console.err(pending)
            pending = ""
        }
    }
    defer { if !pending.isEmpty { console.err(pending) } }
    var cache: [String: [Substring]] = [:]
    // The scalars of the last line shown: diagnostics come sorted, so 20,000 on one long
    // line decode it once (issue 17: that took minutes).
    var lastLine: (path: String, line: Int, scalars: [Unicode.Scalar])?
    for d in diagnostics.sorted() {
        switch format {
        case .github:
            var props: [String] = []
            if let l = d.location {
                props.append("file=\(escapeProperty(l.path))")
                if l.line > 0 { props.append("line=\(l.line)") }
                if l.column > 0 { props.append("col=\(l.column)") }
            }
            let message = ([d.message(language)] + d.notes(language)).joined(separator: "\n")
            let command = d.severity == .note ? "notice" : d.severity.rawValue  // GitHub calls notes "notice"
            emit("::\(command)\(props.isEmpty ? "" : " " + props.joined(separator: ","))::\(escapeData(message))\n")
        case .human:
            let (on, off): (String, String) =
                console.color
                ? (d.severity == .error ? "\u{1B}[1;31m" : d.severity == .note ? "\u{1B}[1;36m" : "\u{1B}[1;35m", "\u{1B}[0m") : ("", "")
            let head = d.location.map { "\($0): " } ?? "honorsite: "
            emit("\(head)\(on)\(d.severity.rawValue):\(off) \(d.message(language))\n")
            if let l = d.location, l.line > 0 {
                if cache[l.path] == nil {
                    let text = (try? String(contentsOf: root.appendingPathComponent(l.path), encoding: .utf8)) ?? ""
                    cache[l.path] = text.split(separator: "\n", omittingEmptySubsequences: false)
                }
                if let lines = cache[l.path], l.line <= lines.count {
                    var line = lines[l.line - 1]
                    if line.hasSuffix("\r") { line = line.dropLast() }
                    if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
                    // Long lines are shown as a window of 120 characters around the column.
                    var column = l.column
                    if lastLine?.path != l.path || lastLine?.line != l.line {
                        lastLine = (l.path, l.line, Array(line.unicodeScalars))
                    }
                    let scalars = lastLine!.scalars
                    if scalars.count > 160 {
                        let start = max(0, min(column - 60, scalars.count - 120))
                        let end = min(scalars.count, start + 120)
                        var window = String.UnicodeScalarView()
                        window.append(contentsOf: scalars[start..<end])
                        line = Substring((start > 0 ? "…" : "") + String(window) + (end < scalars.count ? "…" : ""))
                        column = column - start + (start > 0 ? 1 : 0)
                    }
                    // Control characters are shown as U+FFFD (one cell, so the caret stays
                    // aligned): an echoed ESC or BEL must not drive the user's terminal.
                    line = Substring(
                        String(
                            String.UnicodeScalarView(
                                line.unicodeScalars.map {
                                    ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
                                })))
                    emit("  \(line)\n")
                    if l.column > 0 {
                        // Pad with the same characters' display widths: CJK takes two cells.
                        var pad = ""
                        for s in line.unicodeScalars.prefix(column - 1) {
                            pad += s == "\t" ? "\t" : (isWideScalar(s) ? "  " : " ")
                        }
                        emit("  \(pad)^\n")
                    }
                }
            }
            for note in d.notes(language) { emit("  note: \(note)\n") }
        }
    }
}

func isWideScalar(_ s: Unicode.Scalar) -> Bool {
    (0x1100...0x115F).contains(s.value) || (0x2E80...0xA4CF).contains(s.value) || (0xAC00...0xD7A3).contains(s.value)
        || (0xF900...0xFAFF).contains(s.value) || (0xFE30...0xFE4F).contains(s.value) || (0xFF00...0xFF60).contains(s.value)
        || (0xFFE0...0xFFE6).contains(s.value) || (0x20000...0x3FFFD).contains(s.value)
}

/// Escapes a workflow-command message (`%`, CR, LF).
func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
}

/// Escapes a workflow-command property (also `:` and `,`).
func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
}
