import Foundation
import Mustache
import StrokeOrder

/// What a generated page shows.
enum PageKind: Sendable, Hashable {
    case home
    case section(DocumentKind)
    case document(Int)            // index into SiteIndex.documents
    case districts, district(Int) // index into config.districts
    case tags, tag(String)
    case eventsYear(Int)
    case bases, base(Int)         // index into config.bases
    case honors, honorsYear(Int)
    case notFound
}

/// One page to render: its site path, template and breadcrumb title.
struct PageSpec: Sendable {
    var sitePath: String
    var kind: PageKind
    var template: String
    var title: String
}

/// One entry of an honor roll.
struct RollEntry: Sendable {
    var documentIndex: Int
    var award: HonorAward
}

/// One honor's section of a year's roll, entries in print order.
struct RollSection: Sendable {
    var title: String
    var issuer: String
    var description: String?
    var entries: [RollEntry]
}

/// The immutable index of a site: documents in order, groupings, URLs and pages.
///
/// Orders (each with a full tie-break so output is deterministic):
/// brands and events newest first, then by title, then path; riders by 姓氏笔画
/// (``StrokeOrder``); pages by weight then title.
struct SiteIndex: Sendable {
    let config: SiteConfig
    let urls: URLs
    let dates: DateRules
    let data: [String: MustacheValue]
    private(set) var documents: [Document]
    let todayKey: Int
    /// Document indices by kind, in display order.
    let byKind: [DocumentKind: [Int]]
    /// Tag name → slug, and slug → documents (display order).
    let tagSlugs: [String: String]
    let tagNames: [String]          // sorted by count desc, then name
    let byTag: [String: [Int]]
    let eventYears: [Int]           // newest first
    /// Honor rolls by year (newest first); sections in site.yml order, then undeclared titles.
    let rolls: [(year: Int, sections: [RollSection])]
    let pages: [PageSpec]
    let diagnostics: [Diagnostic]
    /// content path (`content/riders/x.md`) → document index.
    let pathIndex: [String: Int]

    init(config: SiteConfig, documents unsorted: [Document], data: [String: MustacheValue], now: Date) {
        self.config = config
        self.data = data
        urls = URLs(basePath: config.basePath, baseURL: config.baseURL)
        dates = DateRules(timeZone: config.timeZone)
        todayKey = dates.dayKey(of: now)
        var diags: [Diagnostic] = []

        // Sort all documents once: kind, then the kind's display order.
        // (Positions are sorted, not the large Document values; the order is total,
        // ending with the path, so this is the order of sorting the documents.)
        let riderKeys = parallelMap(Array(unsorted.indices)) { i in
            unsorted[i].kind == .rider ? StrokeOrder.sortKey(forName: unsorted[i].title) : nil
        }
        let order = unsorted.indices.sorted { i, j in
            let a = unsorted[i].kind, b = unsorted[j].kind
            if a != b { return a < b }
            switch a {
            case .brand, .event:
                let da = unsorted[i].date.map(dayKey) ?? 0, db = unsorted[j].date.map(dayKey) ?? 0
                if da != db { return da > db }
            case .rider:
                let ka = riderKeys[i]!, kb = riderKeys[j]!
                if ka != kb { return ka < kb }
            case .page:
                let wa = unsorted[i].weight ?? Int.max, wb = unsorted[j].weight ?? Int.max
                if wa != wb { return wa < wb }
            }
            if unsorted[i].title != unsorted[j].title { return unsorted[i].title < unsorted[j].title }
            return unsorted[i].path < unsorted[j].path
        }
        let sorted = order.map { unsorted[$0] }
        documents = sorted
        var kinds: [DocumentKind: [Int]] = [:]
        var paths: [String: Int] = Dictionary(minimumCapacity: sorted.count)
        for i in sorted.indices { kinds[sorted[i].kind, default: []].append(i); paths[sorted[i].path] = i }
        byKind = kinds
        pathIndex = paths

        // Rare characters in rider names.
        for i in kinds[.rider] ?? [] {
            let unknown = StrokeOrder.unknownCharacters(in: sorted[i].title)
            if !unknown.isEmpty {
                diags.append(.warning(SourceLocation(path: sorted[i].path, line: 1, column: 1),
                    "name '\(sorted[i].title)' has characters without stroke data (\(unknown.map(String.init).joined(separator: "、"))); they sort after all known characters"))
            }
        }

        // Tags: slug per name; two names with one slug is an error.
        var slugs: [String: String] = [:]
        var slugOwner: [String: (String, String)] = [:]  // slug → (name, first file)
        var tagDocs: [String: [Int]] = [:]
        for i in sorted.indices {
            for t in sorted[i].tags {
                let s = termSlug(t)
                if let (name, file) = slugOwner[s], name != t {
                    diags.append(.error(SourceLocation(path: sorted[i].path, line: 1, column: 1),
                        "tag '\(t)' and tag '\(name)' (in \(file)) both become /tags/\(s)/; rename one"))
                    continue
                }
                slugOwner[s] = slugOwner[s] ?? (t, sorted[i].path)
                slugs[t] = s
                tagDocs[t, default: []].append(i)
            }
        }
        tagSlugs = slugs
        byTag = tagDocs
        tagNames = tagDocs.keys.sorted { a, b in
            let ca = tagDocs[a]!.count, cb = tagDocs[b]!.count
            return ca != cb ? ca > cb : a < b
        }
        eventYears = Array(Set((kinds[.event] ?? []).compactMap { sorted[$0].date?.year })).sorted(by: >)

        // Honor rolls.
        var awards: [Int: [String: [RollEntry]]] = [:]
        for i in kinds[.rider] ?? [] {
            for h in sorted[i].honors { awards[h.year, default: [:]][h.title, default: []].append(RollEntry(documentIndex: i, award: h)) }
        }
        var rolls: [(Int, [RollSection])] = []
        for year in awards.keys.sorted(by: >) {
            let byTitle = awards[year]!
            let declared = config.honors.map(\.title).filter { byTitle[$0] != nil }
            let undeclared = byTitle.keys.filter { t in !config.honors.contains { $0.title == t } }.sorted()
            var sections: [RollSection] = []
            for title in declared + undeclared {
                // Ranked entries first by rank; then the rest in 姓氏笔画 order (documents are already in it).
                let entries = byTitle[title]!.sorted { a, b in
                    switch (a.award.rank, b.award.rank) {
                    case let (x?, y?) where x != y: return x < y
                    case (.some, nil): return true
                    case (nil, .some): return false
                    default: return a.documentIndex < b.documentIndex
                    }
                }
                let decl = config.honor(titled: title)
                sections.append(RollSection(title: title, issuer: entries.compactMap(\.award.issuer).first ?? decl?.issuer ?? "",
                                            description: decl?.description, entries: entries))
            }
            rolls.append((year, sections))
        }
        self.rolls = rolls

        // Pages.
        var pages: [PageSpec] = [PageSpec(sitePath: "", kind: .home, template: "home", title: "首页")]
        for kind in [DocumentKind.brand, .rider, .event] {
            pages.append(PageSpec(sitePath: "\(kind.rawValue)/", kind: .section(kind), template: "section", title: kind.sectionTitle))
        }
        for i in sorted.indices {
            let template: String
            switch sorted[i].kind { case .brand: template = "brand"; case .rider: template = "rider"; case .event: template = "event"; case .page: template = "page" }
            pages.append(PageSpec(sitePath: sorted[i].pagePath, kind: .document(i), template: template, title: sorted[i].title))
        }
        pages.append(PageSpec(sitePath: "districts/", kind: .districts, template: "districts", title: "区域"))
        for (i, d) in config.districts.enumerated() {
            pages.append(PageSpec(sitePath: "districts/\(d.slug)/", kind: .district(i), template: "district", title: d.name))
        }
        pages.append(PageSpec(sitePath: "tags/", kind: .tags, template: "tags", title: "标签"))
        for t in tagNames { pages.append(PageSpec(sitePath: "tags/\(slugs[t]!)/", kind: .tag(t), template: "tag", title: t)) }
        for y in eventYears { pages.append(PageSpec(sitePath: "events/\(y)/", kind: .eventsYear(y), template: "events-year", title: "\(y)年")) }
        pages.append(PageSpec(sitePath: "bases/", kind: .bases, template: "bases", title: "实训基地"))
        for (i, b) in config.bases.enumerated() {
            pages.append(PageSpec(sitePath: "bases/\(b.slug)/", kind: .base(i), template: "base", title: b.name))
        }
        pages.append(PageSpec(sitePath: "honors/", kind: .honors, template: "honors", title: "光荣榜"))
        for (y, _) in rolls { pages.append(PageSpec(sitePath: "honors/\(y)/", kind: .honorsYear(y), template: "honors-year", title: "\(y)年度")) }
        pages.append(PageSpec(sitePath: "404.html", kind: .notFound, template: "404", title: "页面未找到"))

        // A document slug that equals a generated path (e.g. events/2025.md vs /events/2025/).
        var owners: [String: PageSpec] = [:]
        for p in pages {
            let key = p.sitePath.lowercased()
            if let first = owners[key] {
                let culprit = [p, first].compactMap { s -> Document? in if case .document(let i) = s.kind { return sorted[i] } else { return nil } }.first
                diags.append(.error(culprit.map { SourceLocation(path: $0.path, line: 1, column: 1) },
                    "page /\(p.sitePath) would be generated twice (\(first.title) and \(p.title)); choose another slug"))
            } else { owners[key] = p }
        }
        self.pages = pages
        diagnostics = diags
    }

    /// Empties every document's `body` once its Markdown is rendered (the pages
    /// need only the HTML; this frees memory the size of the content).
    mutating func dropMarkdownSources() {
        for i in documents.indices { documents[i].body = "" }
    }

    /// True when the event starts after today (site time zone).
    func isUpcoming(_ d: Document) -> Bool { d.kind == .event && (d.date.map(dayKey) ?? 0) > todayKey }
}

extension Dictionary {
    init(unsortedWith pairs: [(Key, Value)]) { self.init(pairs, uniquingKeysWith: { a, _ in a }) }
}
