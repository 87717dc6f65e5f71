import Charts
import Foundation
import Markdown

/// A work report ready to export: its fields, its body with the statistics filled in, and its figures.
public struct ReportExport: Sendable {
    public var slug: String
    public var title: String
    public var year: Int
    public var issuer: String
    /// `2026年1月15日`.
    public var date: String
    public var docNumber: String?
    /// The body as Markdown, each chart replaced by its caption and a Markdown table.
    public var markdown: String
    /// The body as HTML with the figures inline (tables expanded, no CSV links).
    public var bodyHTML: String
    /// Every table of the report: its CSV file name (`fig-1.csv`) and contents.
    public var csvFiles: [(name: String, contents: String)]

    /// The report as one Markdown document: title, document number, body, signature.
    public func markdownDocument() -> String {
        var o = "# \(escapeMarkdownText(title))\n\n"
        if let docNumber { o += "\(escapeMarkdownText(docNumber))\n\n" }
        o +=
            markdown.replacingOccurrences(of: #"\n{3,}"#, with: "\n\n", options: .regularExpression)
            .trimmingCharacters(in: .newlines) + "\n\n"
        o += "\(escapeMarkdownText(issuer))  \n\(date)\n"
        return o
    }

    /// The report as one standalone HTML page in the 公文 layout: inline CSS, SVG inline,
    /// no external references (links in the body keep their text only).
    public func standaloneHTML(language: String) -> String {
        let body = bodyHTML.replacingOccurrences(of: #"<a href="[^"]*"[^>]*>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "</a>", with: "")
        return """
            <!DOCTYPE html>
            <html lang="\(escapeXML(language))">
            <head>
            <meta charset="utf-8">
            <title>\(escapeXML(title))</title>
            <style>
            \(reportStandaloneCSS)
            </style>
            </head>
            <body>
            <article class="report">
            <header class="report__head">
            \(docNumber.map { "<p class=\"report__docnum\">\(escapeXML($0))</p>" } ?? "")
            <h1 class="report__title">\(escapeXML(title))</h1>
            </header>
            <div class="report__body">
            \(body)
            </div>
            <p class="report__sign"><span>\(escapeXML(issuer))</span><span>\(escapeXML(date))</span></p>
            </article>
            </body>
            </html>

            """
    }
}

/// The faces of official documents (GB/T 9704-2012) with the usual fallbacks, as in the theme's style.css.
private enum ReportFonts {
    static let xiaobiaosong = #""FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "华文中宋", "Noto Serif CJK SC", serif"#
    static let fangsong = #""FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋", "Noto Serif CJK SC", serif"#
    static let kaiti = #""KaiTi", "楷体", "KaiTi_GB2312", "STKaiti", "Noto Serif CJK SC", serif"#
    static let heiti = #""SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", sans-serif"#
    static let songti = #""SimSun", "宋体", "STSong", "Noto Serif CJK SC", serif"#
    static let sans = #""Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif"#
}

/// The print styles of a standalone report (the theme's `.page-report` rules, without the site chrome):
/// A4 with the 156 × 225 mm type area, page numbers `— 1 —` at the foot, odd pages right, even pages left.
private let pageNumber = #"content: "— " counter(page) " —"; font-size: 14pt; vertical-align: top; padding-top: 7mm;"#
let reportStandaloneCSS = """
    @page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm;
      @bottom-right { \(pageNumber) font-family: \(ReportFonts.songti); margin-right: 14pt; } }
    @page :left { @bottom-right { content: none; }
      @bottom-left { \(pageNumber) font-family: \(ReportFonts.songti); margin-left: 14pt; } }
    body { margin: 0; color: #000; background: #fff; }
    .report { font-family: \(ReportFonts.fangsong); font-size: 16pt; line-height: 28.95pt; max-width: 156mm; margin: 0 auto; }
    .report__docnum { text-align: center; margin: 0 0 14pt; }
    .report__title { font-family: \(ReportFonts.xiaobiaosong);
      font-size: 22pt; line-height: 1.5; text-align: center; margin: 0 0 28.95pt; }
    .report__body p { text-indent: 2em; margin: 0; text-align: justify; }
    .report__body h2, .report__body h3, .report__body h4 { font-size: 16pt; text-indent: 2em; margin: 0; break-after: avoid; }
    .report__body h2 { font-family: \(ReportFonts.heiti); font-weight: normal; }
    .report__body h3 { font-family: \(ReportFonts.kaiti); font-weight: normal; }
    .report__body h4 { font-weight: 700; }
    .report__body ul, .report__body ol { margin: 0; padding-left: 4em; }
    .report__sign { width: fit-content; margin: 28.95pt 4em 0 auto; text-align: center; break-inside: avoid; }
    .report__sign span { display: block; }
    .chart { margin: 8pt 0; break-inside: avoid; font-family: \(ReportFonts.sans); font-size: 10.5pt; line-height: 1.4; }
    .chart__svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    .chart figcaption { text-align: center; font-family: \(ReportFonts.heiti); font-size: 12pt; margin: 4pt 0; }
    .chart__data > summary { display: none; }
    .data-table { border-collapse: collapse; margin: 4pt auto; break-inside: avoid; }
    .data-table caption { padding: 2pt 0; }
    .data-table th, .data-table td { border: 1px solid #000; padding: 2pt 6pt; }
    .data-table td { text-align: right; }
    .data-table tbody th { text-align: left; font-weight: normal; }
    """

extension SiteCompiler {
    /// The slugs of the site's reports, in display order (newest first).
    public static func reportSlugs(_ options: BuildOptions, fileSystem: FileSystem? = nil) throws(BuildFailure) -> [String] {
        let site = try indexedSite(options, fileSystem: fileSystem).indexed.site
        return (site.byKind[.report] ?? []).map { site.documents[$0].slug }
    }

    /// The report with `slug`, with its statistics filled in, or nil when there is none.
    ///
    /// - Throws: ``BuildFailure`` when the content or the report has errors.
    public static func report(_ options: BuildOptions, slug: String, fileSystem: FileSystem? = nil) throws(BuildFailure) -> ReportExport? {
        var (indexed, log) = try indexedSite(options, fileSystem: fileSystem)
        let site = indexed.site
        guard let i = (site.byKind[.report] ?? []).first(where: { site.documents[$0].slug == slug }) else { return nil }
        let doc = site.documents[i]
        let (expansion, diags) = expandReport(doc, body: indexed.sources[i], site: site)
        log += diags
        try log.checkpoint()
        guard let expansion else { throw log.fail() }
        let html = renderMarkdown(expansion.markdown, options: MarkdownOptions(unsafeHTML: site.config.unsafeHTML) { _, _ in nil }).html
        return ReportExport(
            slug: slug, title: doc.title, year: doc.reportYear ?? 0, issuer: doc.issuer ?? "",
            date: doc.date.map(site.dates.display) ?? "", docNumber: doc.docNumber,
            markdown: expansion.markdownWithTables,
            bodyHTML: expansion.html(html, csvHref: { _ in nil }, tableOpen: true),
            csvFiles: expansion.figures.map { ($0.csvFile, $0.chart.table.csv()) })
    }
}
