import Foundation
import Messages
import Mustache

/// The theme: parsed templates and partials plus the static files to copy.
struct Theme: Sendable {
    var library: TemplateLibrary
    var names: Set<String>
    /// Site-relative source paths under `templates/static/` (the project's own, copied).
    var staticFiles: [String]
    /// The built-in theme's static files the project does not override (written from the binary's bytes).
    var builtInStaticFiles: [EmbeddedFile]
}

/// Loads `templates/*.mustache` and `templates/partials/*.mustache` (partials
/// are registered by file name too, so `{{> card}}` finds `partials/card.mustache`),
/// and checks the static files. Every template is parsed once, here. The built-in
/// theme's files the project does not override (``SourceTree/builtInTheme``) complete it.
func loadTheme(_ tree: SourceTree, fs: FileSystem) -> (Theme, [Diagnostic]) {
    var library = TemplateLibrary()
    var names: Set<String> = []
    var origin: [String: String] = [:]
    var diags: [Diagnostic] = []
    var statics: [String] = []
    // A theme file that is a link to outside the project would copy or render
    // that file (say /etc/passwd) into the public site: refused, never read.
    for path in tree.staticFiles {
        if let problem = checkSource(path, in: fs, plain: tree.plainFiles) {
            diags.append(problem.diagnostic)
        } else {
            statics.append(path)
        }
    }
    for path in tree.templates {
        let name = String(lastPathComponent(path).dropLast(".mustache".count))
        let text: String
        switch readSource(path, in: fs, plain: tree.plainFiles) {
        case .failure(let e):
            diags.append(e.diagnostic)
            continue
        case .success(let s): text = s
        }
        if let first = origin[name] {
            diags.append(.error(SourceLocation(path: path), .templateNameTwice(name), notes: [.alsoAt(first)]))
            continue
        }
        origin[name] = path
        do throws(MustacheError) {
            library.register(try Template(text, name: path), named: name)
            names.insert(name)
        } catch {
            diags.append(error.diagnostic(in: path))
        }
    }
    for file in tree.builtInTheme {
        guard let name = themeTemplateName(file.path) else { continue }
        do throws(MustacheError) {
            library.register(try Template(String(decoding: file.bytes, as: UTF8.self), name: file.path), named: name)
            names.insert(name)
        } catch {
            diags.append(error.diagnostic(in: file.path))
        }
    }
    if !diags.contains(where: { $0.severity == .error }) {
        for name in requiredTemplates where !names.contains(name) {
            diags.append(.error(SourceLocation(path: "templates/\(name).mustache"), .templateMissing(name)))
        }
    }
    let builtInStatics = tree.builtInTheme.filter { $0.path.hasPrefix(SitePath.staticFolder) }
    return (Theme(library: library, names: names, staticFiles: statics, builtInStaticFiles: builtInStatics), diags)
}

extension MustacheError {
    /// The error at its position in the template it names (else in `path`).
    func diagnostic(in path: String = "") -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(path: templateName.isEmpty ? path : templateName, line: line, column: column),
            .mustache(kind))
    }
}
