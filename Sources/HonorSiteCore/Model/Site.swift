import Foundation
import Mustache

/// A tag: its name as written, its slug, and its documents in display order.
struct Tag: Sendable {
    var name: String
    var slug: String
    var documents: [Int]
}

/// The `index` stage's output: the one immutable model of the site.
///
/// Documents are in display order (each kind's order has a full tie-break, so
/// output is deterministic): brands and events newest first, then by title, then
/// path; riders by 姓氏笔画 (``StrokeOrder``); pages by weight then title. Every
/// grouping a page shows is computed here, once; every page's path, URL, title and
/// breadcrumb parent comes from `Site+Pages.swift`. The documents hold no Markdown:
/// the bodies are handed to the render stage apart (``IndexedSite/sources``).
struct Site: Sendable {
    let config: SiteConfig
    let urls: URLs
    let dates: DateRules
    /// `content/data/*.yml` by file name.
    let data: [String: MustacheValue]
    let documents: [Document]
    /// Today (site time zone) as `year·10000 + month·100 + day`; later events are upcoming.
    let todayKey: Int

    /// Document indices by kind, in display order.
    let byKind: [DocumentKind: [Int]]
    /// Each document's position in its kind's list (`byKind`), by document index.
    let kindPosition: [Int]
    /// Document indices by district name (all kinds), in display order.
    let byDistrict: [String: [Int]]
    /// Tags, most used first, then by name.
    let tags: [Tag]
    /// Index into ``tags`` by tag name.
    let tagIndex: [String: Int]
    /// Event indices by base name, in display order.
    let eventsByBase: [String: [Int]]
    /// Years with events, newest first, and the events of each year in display order.
    let eventYears: [Int]
    let eventsByYear: [Int: [Int]]
    /// Index into `config.bases` by base name (the first declaration, as `config.base(named:)`).
    let baseIndex: [String: Int]
    /// Honor rolls by year (newest first); sections in site.yml order, then undeclared titles.
    let rolls: [HonorRoll]
    /// content path (`content/riders/x.md`) → document index.
    let pathIndex: [String: Int]
    /// Every page to render, in sitemap order.
    var pages: [Page]
    /// The statistics, counted once from the documents (``statisticsStage(_:config:todayKey:)``).
    let statistics: StatisticsSet
    /// Images under `content/media/` by path below it (sizes for `<img>`, which copies are cleaned).
    let images: [String: MediaImage]

    /// True when the event starts after today (site time zone).
    func isUpcoming(_ i: Int) -> Bool {
        let d = documents[i]
        return d.kind == .event && (d.date.map(dayKey) ?? 0) > todayKey
    }

    /// The documents of `kind` among `indices`.
    func only(_ kind: DocumentKind, _ indices: [Int]) -> [Int] { indices.filter { documents[$0].kind == kind } }

    /// The honor roll of `year`, if any rider holds an honor of that year.
    func roll(year: Int) -> HonorRoll? { rolls.first { $0.year == year } }
}
