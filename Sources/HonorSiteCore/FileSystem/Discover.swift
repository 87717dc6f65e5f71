import Messages

/// The `discover` stage's output: the project's source paths, classified; nothing read yet.
struct SourceTree: Sendable {
    /// `content/<kind>/<name>.md`, by byte order.
    var documents: [(path: String, kind: DocumentKind)] = []
    /// Everything below `content/media/`.
    var media: [String] = []
    /// Everything below `content/data/`.
    var dataFiles: [String] = []
    /// `templates/*.mustache` and `templates/partials/*.mustache`.
    var templates: [String] = []
    /// Everything below `templates/static/`.
    var staticFiles: [String] = []
    /// The files of the built-in theme (``DefaultTheme``) that the project's `templates/` does not override.
    var builtInTheme: [EmbeddedFile] = []
    /// Files below `content/` in all (for the log).
    var contentFileCount = 0
    /// The listed files that are regular files reached through real folders: they need no
    /// further link or type check before they are read (``checkSource(_:in:plain:)``).
    var plainFiles: Set<String> = []
    /// Files that are not read where they are (a Markdown file in a subfolder, a
    /// file without `.md` in a content folder), and folders and files that cannot be read.
    var diagnostics: [Diagnostic] = []
}

/// Stage 1, discover: lists `content/**` and `templates/**` and sorts each path into its role.
func discover(_ fs: FileSystem) -> SourceTree {
    var tree = SourceTree()
    let content = fs.listing(under: "content")
    let theme = fs.listing(under: "templates")
    // A folder or file that cannot be read would silently vanish from the site.
    for entry in content.unreadable + theme.unreadable {
        tree.diagnostics.append(.error(SourceLocation(path: entry.path), .unreadableEntry(reason: entry.reason)))
    }
    tree.plainFiles = Set(content.files + theme.files).subtracting(content.special.union(theme.special))
    let contentFiles = content.files
    tree.contentFileCount = contentFiles.count
    for path in contentFiles {
        let parts = path.split(separator: "/")
        guard parts.count >= 3 else { continue }  // site.yml and stray files at the top
        if parts[1] == "media" {
            tree.media.append(path)
            continue
        }
        if parts[1] == "data" {
            tree.dataFiles.append(path)
            continue
        }
        guard let kind = DocumentKind(rawValue: String(parts[1])) else { continue }
        if parts.count == 3, path.hasSuffix(".md") {
            tree.documents.append((path, kind))
        } else if path.hasSuffix(".md") {
            tree.diagnostics.append(.warning(SourceLocation(path: path), .subfolderNotRead(folder: String(parts[1]))))
        } else if parts.count == 3 {
            tree.diagnostics.append(.warning(SourceLocation(path: path), .onlyMarkdownHere))
        }
    }
    let themeFiles = theme.files
    tree.builtInTheme = DefaultTheme.fallbacks(for: themeFiles)
    for path in themeFiles {
        if path.hasPrefix(SitePath.staticFolder) {
            tree.staticFiles.append(path)
            continue
        }
        if themeTemplateName(path) != nil { tree.templates.append(path) }
    }
    // A link is listed, never walked into: a linked folder where content or theme files go
    // (`content/events`, `templates/static`) would leave all its files out of the site without
    // a word. Links to folders (and FIFOs) that no later stage reads are refused here; a stray
    // link to a file is left alone like any stray file (it is never read).
    let readLater = Set(tree.media + tree.dataFiles + tree.documents.map(\.0) + tree.staticFiles + tree.templates + [SitePath.config])
    for path in content.special.union(theme.special).subtracting(readLater).sorted(by: utf8Precedes) where !fs.isRegularFile(path) {
        if let problem = checkSource(path, in: fs) { tree.diagnostics.append(problem.diagnostic) }
    }
    return tree
}
