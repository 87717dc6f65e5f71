import Foundation
import FrontMatter
import Markdown
import Mustache
import StrokeOrder

/// The site compiler: discover → load → validate → index → render, all in memory.
///
/// Nothing is written here (see ``SiteWriter``), so a failed build leaves the
/// previous output untouched.
public enum SiteCompiler {
    /// Stages 1–4: discover, load, validate, index. Stops (throws) on errors.
    static func prepare(
        _ options: BuildOptions, fileSystem: FileSystem?, log: (String) -> Void
    ) throws(BuildFailure) -> Prepared {
        let fs = fileSystem ?? DiskFileSystem(root: options.root)
        var diags: [Diagnostic] = []
        func stop() throws(BuildFailure) {
            if options.strict { diags = diags.map { var d = $0; d.severity = .error; return d } }
            if diags.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics: diags) }
        }

        // 1. discover
        let contentFiles = fs.files(under: "content")
        log("[1/6] discover: \(contentFiles.count) content files")

        // 2. load
        let (configOrNil, configDiags) = loadConfig(fs: fs, baseURLOverride: options.baseURL)
        diags += configDiags
        // Without settings nothing else can be checked meaningfully (a wrong --root
        // would otherwise also report every template as missing).
        guard let config = configOrNil else { throw BuildFailure(diagnostics: diags) }
        let (theme, themeDiags) = loadTheme(fs: fs)
        diags += themeDiags
        let (data, dataDiags) = loadData(fs: fs, privacyAllow: config.privacyAllow)
        diags += dataDiags
        var sources: [(String, DocumentKind)] = []
        // A file that links outside the project, or is not a regular file (a link to
        // a folder, a FIFO), is reported and never read or copied.
        let linkTargets = parallelMap(contentFiles) { fs.escapingLinkTarget($0) }
        var unreadable: Set<String> = []
        for (path, linkTarget) in zip(contentFiles, linkTargets) {
            if let target = linkTarget {
                diags.append(.error(SourceLocation(path: path), "symbolic link leads outside the project (to \(target)); the file was not read"))
                unreadable.insert(path)
                continue
            }
            let parts = path.split(separator: "/")
            guard parts.count >= 3, parts[0] == "content" else { continue }  // site.yml and stray files at the top
            let isDocument = DocumentKind(rawValue: String(parts[1])) != nil
            guard parts[1] == "media" || isDocument else { continue }
            if !fs.isRegularFile(path) {
                diags.append(.error(SourceLocation(path: path), "not a regular file (a link to a folder, a FIFO or a device); remove it"))
                unreadable.insert(path)
                continue
            }
            if let kind = DocumentKind(rawValue: String(parts[1])) {
                if parts.count == 3, path.hasSuffix(".md") { sources.append((path, kind)) }
                else if path.hasSuffix(".md") {
                    diags.append(.warning(SourceLocation(path: path), "content in subfolders is not read; move it to content/\(parts[1])/"))
                } else if parts.count == 3 {
                    diags.append(.warning(SourceLocation(path: path), "only files ending in .md are read here; file ignored"))
                }
            }
        }
        let media = Set(contentFiles.filter { $0.hasPrefix("content/media/") && !unreadable.contains($0) }
            .map { String($0.dropFirst("content/media/".count)) })
        let loaded = parallelMap(sources) { (path, kind) -> (Document?, [Diagnostic]) in
            guard let bytes = try? fs.read(path) else { return (nil, [.error(SourceLocation(path: path), "cannot read file")]) }
            switch decodeText(bytes, path: path) {
            case .failure(let d): return (nil, [d])
            case .success(let text):
                var (doc, d) = loadDocument(path: path, text: text, kind: kind, config: config, mediaExists: { media.contains($0) })
                if doc != nil {
                    d += PrivacyScanner.diagnostics(path: path, text: text, allowed: config.privacyAllow)
                }
                return (doc, d)
            }
        }
        var documents: [Document] = []
        for (doc, d) in loaded {
            diags += d
            if let doc, options.drafts || !doc.draft { documents.append(doc) }
        }
        log("[2/6] load: \(documents.count) documents, \(theme.names.count) templates")

        // 3. validate (across documents)
        diags += validateCollections(documents, config: config)
        try stop()
        log("[3/6] validate: ok")

        // 4. index
        let site = SiteIndex(config: config, documents: documents, data: data, now: options.now)
        diags += site.diagnostics
        try stop()
        log("[4/6] index: \(site.pages.count) pages")

        return Prepared(site: site, theme: theme, media: media, diagnostics: diags)
    }

    /// Stages 1–4 (discover, load, validate, index) of a build.
    struct Prepared {
        var site: SiteIndex
        var theme: Theme
        var media: Set<String>
        var diagnostics: [Diagnostic]
    }

    /// Compiles the site under `options.root`.
    ///
    /// - Parameters:
    ///   - options: what to build.
    ///   - fileSystem: read access to the project (defaults to the disk under `options.root`).
    ///   - log: receives one line per stage (`[2/6] load: 34 documents`).
    /// - Returns: the output files and warnings.
    /// - Throws: ``BuildFailure`` with every diagnostic when any error was found
    ///   (warnings count as errors when `options.strict`).
    public static func compile(
        _ options: BuildOptions, fileSystem: FileSystem? = nil, log: (String) -> Void = { _ in }
    ) throws(BuildFailure) -> CompiledSite {
        var site: SiteIndex
        let theme: Theme, media: Set<String>
        var diags: [Diagnostic]
        do {
            let prepared = try prepare(options, fileSystem: fileSystem, log: log)
            (site, theme, media, diags) = (prepared.site, prepared.theme, prepared.media, prepared.diagnostics)
        }  // `site` is now the only owner of the documents, so render can free their Markdown
        func stop() throws(BuildFailure) {
            if options.strict { diags = diags.map { var d = $0; d.severity = .error; return d } }
            if diags.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics: diags) }
        }
        // 5. render
        var rendered = render(site: &site, theme: theme, options: options)
        diags += rendered.diagnostics
        try stop()
        // Static theme files and media, copied verbatim.
        for path in theme.staticFiles {
            rendered.files.append(OutputFile(path: String(path.dropFirst("templates/static/".count)), contents: .copy(path), source: path))
        }
        for m in media.sorted() {
            rendered.files.append(OutputFile(path: "media/" + m, contents: .copy("content/media/" + m), source: "content/media/" + m))
        }
        if options.checkLinks {
            diags += checkLinks(rendered, site: site)
            try stop()
        }
        // Two sources for one output path (e.g. a static file named like a page).
        var seen: [String: String] = [:]
        for f in rendered.files {
            if let other = seen[f.path] {
                diags.append(.error(SourceLocation(path: f.source ?? other), "output file '\(f.path)' is produced twice", notes: ["also by: \(other)"]))
            } else { seen[f.path] = f.source ?? "(generated)" }
        }
        try stop()
        rendered.files.sort { utf8Precedes($0.path, $1.path) }
        log("[5/6] render: \(rendered.files.count) files")
        return CompiledSite(
            files: rendered.files, documentCount: site.documents.count,
            pageCount: rendered.files.filter { $0.path.hasSuffix(".html") }.count,
            warnings: diags.filter { $0.severity == .warning }.sorted())
    }
}

// MARK: - validate

/// Cross-document rules: unique output paths (case-insensitive), unique ranks per honor and year.
func validateCollections(_ documents: [Document], config: SiteConfig) -> [Diagnostic] {
    // (Positions, not copies of the large Document values.)
    var diags: [Diagnostic] = []
    var byPath: [String: Int] = Dictionary(minimumCapacity: documents.count)
    for i in documents.indices.sorted(by: { documents[$0].path < documents[$1].path }) {
        let pagePath = documents[i].pagePath
        let key = pagePath.lowercased()
        if let other = byPath[key] {
            diags.append(.error(SourceLocation(path: documents[i].path, line: 1, column: 1),
                "page URL /\(pagePath) collides with \(documents[other].path)", notes: ["both produce /\(key)"]))
        } else { byPath[key] = i }
    }
    var ranks: [String: Int] = [:]
    for i in documents.indices where documents[i].kind == .rider {
        for h in documents[i].honors {
            guard let r = h.rank else { continue }
            let key = "\(h.title)\u{0}\(h.year)\u{0}\(r)"
            if let o = ranks[key], documents[o].path != documents[i].path {
                diags.append(.error(h.location, "rank \(r) for '\(h.title)' \(h.year) is also given to \(documents[o].title) in \(documents[o].path)"))
            } else { ranks[key] = i }
        }
    }
    return diags
}
