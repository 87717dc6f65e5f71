import Foundation
import Media
import Mustache

/// A loaded document and its Markdown body (kept apart so that the body can be
/// handed to the render stage and freed without touching the model).
struct SourceDocument: Sendable {
    var document: Document
    var body: String
}

/// The `load` stage's output: settings, theme, data files, documents and media.
struct LoadedSite: Sendable {
    var config: SiteConfig
    var theme: Theme
    /// `content/data/*.yml` by file name.
    var data: [String: MustacheValue]
    /// The documents to build (drafts only with `--drafts`), in discovery order.
    var documents: [SourceDocument]
    /// Paths below `content/media/` of the media files to copy, by byte order.
    var media: [String]
    /// The images documents show, inspected (format, size, metadata), by path below `content/media/`.
    var images: [String: MediaImage]
    /// The other images among ``media``, being inspected while the site is indexed and rendered.
    var otherImages: PendingMedia
}

/// Stage 2, load: `site.yml` → ``SiteConfig``; the theme; `data/*.yml`; each
/// document (in parallel) → ``Document`` through ``FieldReader``, which checks
/// types, required and unknown keys and records positions; the privacy scan of
/// each file's text. Every file is read through ``readSource(_:in:)``.
///
/// - Throws: ``BuildFailure`` when site.yml is missing or unusable: without
///   settings nothing else can be checked meaningfully (a wrong `--root` would
///   otherwise also report every template as missing).
func load(_ tree: SourceTree, fs: FileSystem, options: BuildOptions, diagnostics: inout DiagnosticLog) throws(BuildFailure) -> LoadedSite {
    let (configOrNil, configDiagnostics) = loadConfig(fs: fs, baseURLOverride: options.baseURL, relativeURLs: options.relativeURLs)
    diagnostics += configDiagnostics
    guard let config = configOrNil else { throw diagnostics.fail() }
    diagnostics += tree.diagnostics
    let (theme, themeDiagnostics) = loadTheme(tree, fs: fs)
    diagnostics += themeDiagnostics
    let (data, dataDiagnostics) = loadData(tree.dataFiles, fs: fs, plain: tree.plainFiles, privacyAllow: config.privacyAllow)
    diagnostics += dataDiagnostics

    // Media: checked; images are also read and inspected (other files are copied, never read).
    let mediaProblems = parallelMap(tree.media) { checkSource($0, in: fs, plain: tree.plainFiles) }
    var media: [String] = []
    for (path, problem) in zip(tree.media, mediaProblems) {
        if let problem { diagnostics.append(problem.diagnostic) } else { media.append(String(path.dropFirst(SitePath.mediaFolder.count))) }
    }
    diagnostics += keepMetadataWarnings(media, config: config)
    diagnostics += uncheckedFormatWarnings(media)
    let mediaSet = Set(media)
    let mediaList = media
    let loaded = parallelMap(tree.documents) { (path, kind) -> (SourceDocument?, [Diagnostic]) in
        switch readSource(path, in: fs, plain: tree.plainFiles) {
        case .failure(let e): return (nil, [e.diagnostic])
        case .success(let text):
            var (doc, d) = loadDocument(
                path: path, text: text, kind: kind, config: config, mediaExists: { mediaSet.contains($0) },
                mediaSuggestion: { mediaSuggestion(for: $0, in: mediaList) })
            if doc != nil { d += PrivacyScanner.diagnostics(path: path, text: text, allowed: config.privacyAllow) }
            return (doc, d)
        }
    }
    var documents: [SourceDocument] = []
    for (doc, d) in loaded {
        diagnostics += d
        if let doc, options.drafts || !doc.document.draft { documents.append(doc) }
    }
    // The images documents show are inspected now (their sizes go into the pages), the
    // others on another thread meanwhile (the compiler waits for them before its last checkpoint).
    let shown = Set(documents.compactMap(\.document.image))
    let others = media.filter { !shown.contains($0) && ImageFormat(fileName: $0) != nil }
    let staging = options.staging
    let otherImages = PendingMedia { loadMedia(others, fs: fs, config: config, parallel: false, staging: staging) }
    let (images, imageDiagnostics) = loadMedia(media.filter { shown.contains($0) }, fs: fs, config: config)
    diagnostics += imageDiagnostics
    if options.strict {
        for d in documents.map(\.document) where d.kind == .rider && d.image != nil && d.imageAlt == nil {
            diagnostics.append(Diagnostic(.warning, d.imageLocation, MediaMessages.missingAlt("photo_alt", default: imageAlt(d))))
        }
    }
    return LoadedSite(
        config: config, theme: theme, data: data, documents: documents, media: media, images: images, otherImages: otherImages)
}
