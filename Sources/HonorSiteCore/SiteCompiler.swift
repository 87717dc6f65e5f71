import Foundation
import Messages

/// The site compiler: discover → load → validate → index → render → verify, all
/// in memory, each stage a function from one named value to the next:
///
/// ```
/// FileSystem ─discover→ SourceTree ─load→ LoadedSite ─validate→ (diagnostics)
///            ─index→ IndexedSite (Site + Markdown sources) ─render→ RenderedSite ─verify→ CompiledSite
/// ```
///
/// Every diagnostic goes into one ``DiagnosticLog``; its checkpoints stop the build.
/// Nothing is written here (see ``SiteWriter``), so a failed build leaves the
/// previous output untouched. The one exception: when the caller has staged its output
/// (``BuildOptions/staging``, from ``SiteWriter/stage(_:root:)``), the published copies of the
/// images no document shows go into that staging folder as they are inspected, on the core
/// the rendering leaves free; the caller discards the folder if the build fails.
public enum SiteCompiler {
    /// Compiles the site under `options.root`.
    ///
    /// - Parameters:
    ///   - options: what to build.
    ///   - fileSystem: read access to the project (defaults to the disk under `options.root`).
    ///   - log: receives one progress message per stage (``Message/Progress``; `[2/6] load: 34 documents, 21 templates`).
    /// - Returns: the output files and warnings.
    /// - Throws: ``BuildFailure`` with every diagnostic when any error was found
    ///   (warnings count as errors when `options.strict`).
    public static func compile(
        _ options: BuildOptions, fileSystem: FileSystem? = nil, log: (Message) -> Void = { _ in }
    ) throws(BuildFailure) -> CompiledSite {
        let fs = fileSystem ?? DiskFileSystem(root: options.root)
        var diagnostics = DiagnosticLog(strict: options.strict)

        let tree = discover(fs)
        log(.progress(.discover(contentFiles: tree.contentFileCount)))
        let loaded = try load(tree, fs: fs, options: options, diagnostics: &diagnostics)
        log(.progress(.load(documents: loaded.documents.count, templates: loaded.theme.names.count)))
        let (theme, media, otherImages) = (loaded.theme, loaded.media, loaded.otherImages)
        // A build stopped before render still reports the images being inspected meanwhile.
        func checkpoint() throws(BuildFailure) {
            if diagnostics.failing { diagnostics += otherImages.wait().1 }
            try diagnostics.checkpoint()
        }
        diagnostics += validate(loaded)
        try checkpoint()
        log(.progress(.validate))
        let indexed = index(consume loaded, now: options.now, diagnostics: &diagnostics)
        try checkpoint()
        let site = indexed.site
        log(.progress(.index(pages: site.pages.count)))
        var rendered = render(
            consume indexed, theme: theme, media: media, otherImages: otherImages, options: options, diagnostics: &diagnostics)
        try diagnostics.checkpoint()
        if site.config.relativeURLs { rendered = withRelativeLinks(rendered, basePath: site.config.basePath) }
        diagnostics += verify(rendered, site: site, options: options)
        try diagnostics.checkpoint()
        rendered.files.sort { utf8Precedes($0.path, $1.path) }
        log(.progress(.render(files: rendered.files.count)))

        return CompiledSite(
            files: rendered.files, documentCount: site.documents.count,
            pageCount: rendered.files.filter { $0.path.hasSuffix(".html") }.count, warnings: diagnostics.warnings,
            notes: diagnostics.notes)
    }

    /// The honor rolls of the site, newest year first, in print order (rank, then 姓氏笔画).
    ///
    /// Runs the discover, load, validate and index stages only.
    /// - Throws: ``BuildFailure`` when the content has errors.
    public static func honorRolls(_ options: BuildOptions, fileSystem: FileSystem? = nil) throws(BuildFailure) -> HonorRolls {
        let site = try indexedSite(options, fileSystem: fileSystem).indexed.site
        let today = site.dates.calendar.dateComponents([.year, .month, .day], from: options.now)
        let exportDay = DateRules.display(ContentDate(year: today.year ?? 1970, month: today.month ?? 1, day: today.day ?? 1))
        return HonorRolls(siteTitle: site.config.title, rolls: site.rolls, exportDay: exportDay)
    }
}
