import Foundation
import Messages
import Mustache
import StrokeOrder

/// The `index` stage's output: the model, and the documents' Markdown sources
/// apart from it (by document index), for the render stage to consume and free.
struct IndexedSite: Sendable {
    var site: Site
    var sources: [String]
}

/// Stage 4, index: sorts the documents into display order and builds every
/// grouping and the list of pages. Reports rare characters in rider names, tags
/// whose slugs collide and pages generated twice.
func index(_ loaded: consuming LoadedSite, now: Date, diagnostics: inout DiagnosticLog) -> IndexedSite {
    let config = loaded.config
    let urls = URLs(basePath: config.basePath, baseURL: config.baseURL)
    let dates = DateRules(timeZone: config.timeZone)
    let unsorted = loaded.documents
    loaded.documents = []

    // Sort all documents once: kind, then the kind's display order. (Positions are
    // sorted, not the large values; the order is total, ending with the path.)
    let riderKeys = parallelMap(Array(unsorted.indices)) { i in
        unsorted[i].document.kind == .rider ? StrokeOrder.sortKey(forName: unsorted[i].document.title) : nil
    }
    let order = unsorted.indices.sorted { i, j in
        let a = unsorted[i].document
        let b = unsorted[j].document
        if a.kind != b.kind { return a.kind < b.kind }
        switch a.kind {
        case .brand, .event, .report:
            let da = a.date.map(dayKey) ?? 0
            let db = b.date.map(dayKey) ?? 0
            if da != db { return da > db }
        case .rider:
            let ka = riderKeys[i]!
            let kb = riderKeys[j]!
            if ka != kb { return ka < kb }
        case .page:
            let wa = a.weight ?? Int.max
            let wb = b.weight ?? Int.max
            if wa != wb { return wa < wb }
        }
        if a.title != b.title { return a.title < b.title }
        return a.path < b.path
    }
    let documents = order.map { unsorted[$0].document }
    let sources = order.map { unsorted[$0].body }

    // Groupings, each in one pass, in display order.
    var byKind: [DocumentKind: [Int]] = [:]
    var byDistrict: [String: [Int]] = [:]
    var eventsByBase: [String: [Int]] = [:]
    var eventsByYear: [Int: [Int]] = [:]
    var paths: [String: Int] = Dictionary(minimumCapacity: documents.count)
    var kindPosition = [Int](repeating: 0, count: documents.count)
    for (i, d) in documents.enumerated() {
        kindPosition[i] = byKind[d.kind]?.count ?? 0
        byKind[d.kind, default: []].append(i)
        paths[d.path] = i
        if let name = d.district { byDistrict[name, default: []].append(i) }
        if d.kind == .event {
            if let b = d.base { eventsByBase[b, default: []].append(i) }
            if let y = d.date?.year { eventsByYear[y, default: []].append(i) }
        }
    }

    // Rare characters in rider names.
    for i in byKind[.rider] ?? [] {
        let unknown = StrokeOrder.unknownCharacters(in: documents[i].title)
        if !unknown.isEmpty {
            diagnostics.append(
                .warning(
                    SourceLocation(path: documents[i].path, line: 1, column: 1),
                    .unknownStrokes(name: documents[i].title, characters: unknown.map(String.init))))
        }
    }

    let tags = indexTags(documents, diagnostics: &diagnostics)
    var baseIndex: [String: Int] = [:]
    for (i, b) in config.bases.enumerated() where baseIndex[b.name] == nil { baseIndex[b.name] = i }
    let eventYears = eventsByYear.keys.sorted(by: >)
    let rolls = indexHonorRolls(documents, riders: byKind[.rider] ?? [], config: config, urls: urls)

    // Pages, in sitemap order; lists longer than `paginate` are followed by their later
    // pages (``Site/listPage(_:_:)``), added once the site can count them.
    var pages: [Page] = [.home, .section(.brand), .section(.rider), .section(.event)]
    pages += documents.indices.map(Page.document)
    pages += [.districts] + config.districts.indices.map(Page.district)
    pages += [.tags] + tags.indices.map(Page.tag)
    pages += eventYears.map(Page.eventsYear)
    pages += [.bases] + config.bases.indices.map(Page.base)
    pages += [.honors] + rolls.map { .honorsYear($0.year) }
    let todayKey = dates.dayKey(of: now)
    let statistics = statisticsStage(documents, config: config, todayKey: todayKey)
    pages += [.stats(nil)] + statistics.all.years.reversed().map { .stats($0) }
    pages.append(.section(.report))
    if loaded.theme.names.contains(Page.searchTemplate) { pages.append(.search) }
    pages.append(.notFound)

    var site = Site(
        config: config, urls: urls, dates: dates, data: loaded.data, documents: documents, todayKey: todayKey,
        byKind: byKind, kindPosition: kindPosition, byDistrict: byDistrict,
        tags: tags, tagIndex: Dictionary(tags.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a }),
        eventsByBase: eventsByBase, eventYears: eventYears, eventsByYear: eventsByYear, baseIndex: baseIndex,
        rolls: rolls, pathIndex: paths, pages: pages, statistics: statistics, images: loaded.images)
    site.pages = pages.flatMap { page in [page] + (1..<site.pageCount(page)).map { site.listPage(page, $0 + 1) } }

    // A document slug that equals a generated path (e.g. events/2025.md vs /events/2025/).
    var owners: [String: Page] = [:]
    for p in site.pages {
        let key = site.path(p).lowercased()
        if let first = owners[key] {
            let culprit = [p, first].compactMap { page -> Document? in if case .document(let i) = page { documents[i] } else { nil } }.first
            diagnostics.append(
                .error(
                    culprit.map { SourceLocation(path: $0.path, line: 1, column: 1) },
                    .generatedTwice(page: site.path(p), first: site.title(first), second: site.title(p))))
        } else {
            owners[key] = p
        }
    }
    return IndexedSite(site: site, sources: sources)
}

/// Tags with their slugs and documents, most used first; two names with one slug is an error.
private func indexTags(_ documents: [Document], diagnostics: inout DiagnosticLog) -> [Tag] {
    var slugs: [String: String] = [:]
    var slugOwner: [String: (String, String)] = [:]  // slug → (name, first file)
    var tagDocs: [String: [Int]] = [:]
    for (i, d) in documents.enumerated() {
        for (k, t) in d.tags.enumerated() {
            let s = termSlug(t)
            if let (name, file) = slugOwner[s], name != t {
                // At the tag itself (regression: was 1:1), e.g. `“志愿服务”` beside `志愿服务`.
                let at = k < d.tagLocations.count ? d.tagLocations[k] : SourceLocation(path: d.path, line: 1, column: 1)
                diagnostics.append(
                    .error(
                        at,
                        .tagCollision(tag: t, other: name, file: file, path: SitePath.tag(slug: s))))
                continue
            }
            slugOwner[s] = slugOwner[s] ?? (t, d.path)
            slugs[t] = s
            tagDocs[t, default: []].append(i)
        }
    }
    return tagDocs.map { Tag(name: $0.key, slug: slugs[$0.key]!, documents: $0.value) }.sorted { a, b in
        a.documents.count != b.documents.count ? a.documents.count > b.documents.count : a.name < b.name
    }
}

/// The honor rolls by year, newest first: sections in site.yml order, then undeclared
/// titles by title; ranked entries first by rank, then the rest in 姓氏笔画 order.
private func indexHonorRolls(_ documents: [Document], riders: [Int], config: SiteConfig, urls: URLs) -> [HonorRoll] {
    var awards: [Int: [String: [(document: Int, award: HonorAward)]]] = [:]
    for i in riders {
        for h in documents[i].honors { awards[h.year, default: [:]][h.title, default: []].append((i, h)) }
    }
    return awards.keys.sorted(by: >).map { year in
        let byTitle = awards[year]!
        let declared = config.honors.map(\.title).filter { byTitle[$0] != nil }
        let undeclared = byTitle.keys.filter { t in !config.honors.contains { $0.title == t } }.sorted()
        let sections = (declared + undeclared).map { title in
            // Riders are already in 姓氏笔画 order.
            let entries = byTitle[title]!.sorted { a, b in
                switch (a.award.rank, b.award.rank) {
                case (let x?, let y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a.document < b.document
                }
            }
            let decl = config.honor(titled: title)
            return HonorRoll.Section(
                title: title, issuer: entries.compactMap(\.award.issuer).first ?? decl?.issuer ?? "", description: decl?.description,
                entries: entries.enumerated().map { n, e in
                    let d = documents[e.document]
                    return HonorRoll.Entry(
                        number: n + 1, name: d.title, district: d.district ?? "", platform: d.platform ?? "",
                        rank: e.award.rank, permalink: urls.permalink(d.pagePath), document: e.document)
                },
                date: entries.compactMap(\.award.date).max { ($0.year, $0.month, $0.day) < ($1.year, $1.month, $1.day) })
        }
        return HonorRoll(year: year, sections: sections)
    }
}
