import Foundation
import Mustache

/// The theme: parsed templates and partials plus the static files to copy.
struct Theme: Sendable {
    var library: TemplateLibrary
    var names: Set<String>
    var staticFiles: [String]   // site-relative source paths under templates/static
}

/// Page templates every theme must have.
let requiredTemplates = [
    "home", "section", "brand", "rider", "event", "page", "districts", "district",
    "tags", "tag", "events-year", "bases", "base", "honors", "honors-year", "404",
]

/// Loads `templates/*.mustache` and `templates/partials/*.mustache` (partials
/// are registered by file name too, so `{{> card}}` finds `partials/card.mustache`).
func loadTheme(fs: FileSystem) -> (Theme, [Diagnostic]) {
    var library = TemplateLibrary()
    var names: Set<String> = []
    var origin: [String: String] = [:]
    var diags: [Diagnostic] = []
    var statics: [String] = []
    for path in fs.files(under: "templates") {
        // A theme file that is a link to outside the project would copy or render
        // that file (say /etc/passwd) into the public site: refused, never read.
        if let target = fs.escapingLinkTarget(path) {
            diags.append(.error(SourceLocation(path: path), "symbolic link leads outside the project (to \(target)); the file was not read"))
            continue
        }
        if !fs.isRegularFile(path) {
            diags.append(.error(SourceLocation(path: path), "not a regular file (a link to a folder, a FIFO or a device); remove it"))
            continue
        }
        if path.hasPrefix("templates/static/") { statics.append(path); continue }
        guard path.hasSuffix(".mustache") else { continue }
        let rel = path.dropFirst("templates/".count)
        let isTop = !rel.contains("/")
        let isPartial = rel.hasPrefix("partials/") && rel.split(separator: "/").count == 2
        guard isTop || isPartial else { continue }
        let name = String((rel as NSString).lastPathComponent.dropLast(".mustache".count))
        if let first = origin[name] {
            diags.append(.error(SourceLocation(path: path), "template name '\(name)' is used twice", notes: ["also: \(first)"]))
            continue
        }
        origin[name] = path
        guard let data = try? fs.read(path) else { diags.append(.error(SourceLocation(path: path), "cannot read template")); continue }
        switch decodeText(data, path: path) {
        case .failure(let d): diags.append(d)
        case .success(let text):
            do throws(MustacheError) {
                library.register(try Template(text, name: path), named: name)
                names.insert(name)
            } catch {
                diags.append(.error(SourceLocation(path: error.templateName.isEmpty ? path : error.templateName, line: error.line, column: error.column), error.message))
            }
        }
    }
    if !diags.contains(where: { $0.severity == .error }) {
        for name in requiredTemplates where !names.contains(name) {
            diags.append(.error(SourceLocation(path: "templates/\(name).mustache"), "template '\(name)' is missing from the theme"))
        }
    }
    return (Theme(library: library, names: names, staticFiles: statics), diags)
}

extension MustacheError {
    var diagnostic: Diagnostic {
        .error(SourceLocation(path: templateName, line: line, column: column), message)
    }
}
