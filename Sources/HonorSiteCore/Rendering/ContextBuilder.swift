import Foundation
import Mustache
import StrokeOrder

/// Builds the template context of each page (the values are listed in README, "Template values").
struct ContextBuilder: Sendable {
    let site: SiteIndex
    let rendered: [RenderedDocument]
    /// Summary values of every document, by document index (built once).
    let items: [MustacheValue]
    /// Each document's position in its kind's display order (`site.byKind`), by document index.
    let kindPosition: [Int]
    /// Document indices by district name, in display order.
    let byDistrict: [String: [Int]]
    /// Event indices by base name, in display order.
    let eventsByBase: [String: [Int]]
    /// Event indices by the year of their date, in display order.
    let eventsByYear: [Int: [Int]]
    /// Index into `config.bases` by base name (the first declaration, as `config.base(named:)`).
    let baseIndex: [String: Int]
    /// The template value of each base, in `config.bases` order (built once).
    let baseValues: [MustacheValue]
    /// The `nav` value for each active section key (`brands`, …, or `""`).
    let navs: [String: MustacheValue]

    /// Builds every value shared between pages, each index in one pass over the documents.
    init(site: SiteIndex, rendered: [RenderedDocument]) {
        self.site = site
        self.rendered = rendered
        let refs = Refs(site: site)
        items = parallelMap(Array(site.documents.indices)) { ContextBuilder.item(site: site, rendered: rendered, refs: refs, $0) }
        var position = [Int](repeating: 0, count: site.documents.count)
        for list in site.byKind.values { for (p, i) in list.enumerated() { position[i] = p } }
        kindPosition = position
        var districts: [String: [Int]] = [:], bases: [String: [Int]] = [:], years: [Int: [Int]] = [:]
        for (i, d) in site.documents.enumerated() {
            if let name = d.district { districts[name, default: []].append(i) }
        }
        for i in site.byKind[.event] ?? [] {
            let d = site.documents[i]
            if let b = d.base { bases[b, default: []].append(i) }
            if let y = d.date?.year { years[y, default: []].append(i) }
        }
        byDistrict = districts
        eventsByBase = bases
        eventsByYear = years
        var baseIndex: [String: Int] = [:]
        for (i, b) in site.config.bases.enumerated() where baseIndex[b.name] == nil { baseIndex[b.name] = i }
        self.baseIndex = baseIndex
        let urls = site.urls
        baseValues = site.config.bases.map { b in
            let events = bases[b.name] ?? []
            return .map(["name": .string(b.name), "slug": .string(b.slug), "url": .string(urls.href("bases/\(b.slug)/")),
                         "district": .string(b.district), "address": b.address.map(MustacheValue.string) ?? .null,
                         "description": b.description.map(MustacheValue.string) ?? .null,
                         "count": .int(events.count),
                         "upcoming_count": .int(events.filter { site.isUpcoming(site.documents[$0]) }.count)])
        }
        let entries: [(String, String, String)] = [
            ("brands", "品牌案例", "brands/"), ("riders", "最美骑手", "riders/"), ("events", "实训活动", "events/"),
            ("districts", "区域", "districts/"), ("honors", "光荣榜", "honors/"),
        ]
        var navs: [String: MustacheValue] = [:]
        for section in ["", "brands", "riders", "events", "pages", "districts", "honors"] {
            navs[section] = .list(entries.map { key, title, path in
                .map(["title": .string(title), "url": .string(urls.href(path)), "active": .bool(key == section)])
            })
        }
        self.navs = navs
    }

    private var urls: URLs { site.urls }

    // MARK: site-wide

    func siteValue() -> MustacheValue {
        let c = site.config
        return .map([
            "title": .string(c.title),
            "organization": .string(c.organization),
            "language": .string(c.language),
            "base_url": .string(c.baseURL),
            "base_path": .string(c.basePath),
            "feed_url": .string(urls.href("feed.xml")),
            "brands_url": .string(urls.href("brands/")), "riders_url": .string(urls.href("riders/")),
            "events_url": .string(urls.href("events/")), "districts_url": .string(urls.href("districts/")),
            "tags_url": .string(urls.href("tags/")), "bases_url": .string(urls.href("bases/")),
            "honors_url": .string(urls.href("honors/")),
            "districts": .list(c.districts.map { .map(["name": .string($0.name), "slug": .string($0.slug), "url": .string(urls.href("districts/\($0.slug)/"))]) }),
            "pages": .list((site.byKind[.page] ?? []).map { items[$0] }),
        ])
    }

    func nav(active page: PageSpec) -> MustacheValue { navs[navKey(page)]! }

    /// The key of ``navs`` for `page`: its section (`brands`, …) or `""`.
    func navKey(_ page: PageSpec) -> String {
        let section: String = {
            switch page.kind {
            case .section(let k): return k.rawValue
            case .document(let i): return site.documents[i].kind.rawValue
            case .eventsYear, .bases, .base: return "events"
            case .districts, .district: return "districts"
            case .honors, .honorsYear: return "honors"
            default: return ""
            }
        }()
        return section
    }

    // MARK: documents

    static func dateValue(_ site: SiteIndex, _ d: ContentDate?) -> MustacheValue {
        guard let d else { return .null }
        return .map(["iso": .string(site.dates.iso(d)), "display": .string(site.dates.display(d)),
                     "year": .int(d.year), "month": .int(d.month), "day": .int(d.day)])
    }

    /// The small values items link to (tags, districts, bases), each built once rather than per document.
    ///
    /// Keyed by name; a value is used only when the document spells the name with
    /// the same bytes (String `==` also matches canonically equivalent spellings,
    /// and the value shows the name as the document wrote it).
    struct Refs: Sendable {
        var tags: [String: MustacheValue] = [:]
        var districts: [String: MustacheValue] = [:]
        var bases: [String: MustacheValue] = [:]

        static func cached(_ table: [String: MustacheValue], _ name: String) -> MustacheValue? {
            guard let v = table[name], case .string(let shown)? = v["name"], shown.utf8.elementsEqual(name.utf8) else { return nil }
            return v
        }

        init(site: SiteIndex) {
            let urls = site.urls
            for (t, slug) in site.tagSlugs { tags[t] = .map(["name": .string(t), "url": .string(urls.href("tags/\(slug)/"))]) }
            for dist in site.config.districts where districts[dist.name] == nil {
                districts[dist.name] = .map(["name": .string(dist.name), "slug": .string(dist.slug), "url": .string(urls.href("districts/\(dist.slug)/"))])
            }
            for base in site.config.bases where bases[base.name] == nil {
                bases[base.name] = .map(["name": .string(base.name), "slug": .string(base.slug), "url": .string(urls.href("bases/\(base.slug)/"))])
            }
        }
    }

    static func item(site: SiteIndex, rendered: [RenderedDocument], refs: Refs, _ i: Int) -> MustacheValue {
        let d = site.documents[i], r = rendered[i], urls = site.urls
        var m: [String: MustacheValue] = [
            "kind": .string(d.kind.rawValue),
            "section_title": .string(d.kind.sectionTitle),
            "slug": .string(d.slug),
            "title": .string(d.title),
            "url": .string(urls.href(d.pagePath)),
            "permalink": .string(urls.permalink(d.pagePath)),
            "summary": .string(r.summary),
            "reading_minutes": .int(r.readingMinutes),
            "date": dateValue(site, d.date),
            "tags": .list(d.tags.map { Refs.cached(refs.tags, $0) ?? .map(["name": .string($0), "url": .string(urls.href("tags/\(site.tagSlugs[$0] ?? termSlug($0))/"))]) }),
            "draft": .bool(d.draft),
        ]
        if let name = d.district, let dist = site.config.district(named: name) {
            m["district"] = Refs.cached(refs.districts, name)
                ?? .map(["name": .string(name), "slug": .string(dist.slug), "url": .string(urls.href("districts/\(dist.slug)/"))])
        }
        if let img = d.image {
            m["image_url"] = .string(urls.href("media/" + img))
            m["image_permalink"] = .string(urls.permalink("media/" + img))
        }
        switch d.kind {
        case .brand:
            m["street"] = d.street.map(MustacheValue.string) ?? .null
            m["brand"] = d.brand.map(MustacheValue.string) ?? .null
            m["station"] = d.station.map(MustacheValue.string) ?? .null
        case .rider:
            m["name"] = .string(d.title)
            m["name_display"] = .string(paddedName(d.title))
            m["platform"] = d.platform.map(MustacheValue.string) ?? .null
            m["party_member"] = .bool(d.partyMember ?? false)
            let honors = d.honors.sorted { ($0.year, $1.title) > ($1.year, $0.title) }
            m["honors"] = .list(honors.map { h in
                .map(["title": .string(h.title), "year": .int(h.year), "rank": h.rank.map(MustacheValue.int) ?? .null,
                      "url": .string(urls.href("honors/\(h.year)/") + "#" + honorAnchor(h.title))])
            })
        case .event:
            m["end_date"] = dateValue(site, d.endDate)
            m["category"] = d.category.map(MustacheValue.string) ?? .null
            m["participants"] = d.participants.map(MustacheValue.int) ?? .null
            m["upcoming"] = .bool(site.isUpcoming(d))
            if let b = d.base, let base = site.config.base(named: b) {
                m["base"] = Refs.cached(refs.bases, b)
                    ?? .map(["name": .string(b), "slug": .string(base.slug), "url": .string(urls.href("bases/\(base.slug)/"))])
            }
        case .page:
            m["weight"] = d.weight.map(MustacheValue.int) ?? .null
        }
        return .map(m)
    }

    func list(_ indices: [Int]) -> MustacheValue { .list(indices.map { items[$0] }) }

    // MARK: pages

    func breadcrumbs(_ trail: [(String, String)]) -> MustacheValue {
        let all = [("首页", "")] + trail
        return .list(all.enumerated().map { i, t in
            .map(["title": .string(t.0), "url": .string(urls.href(t.1)), "current": .bool(i == all.count - 1)])
        })
    }

    /// About how many items `page` lists (its cost to render, in cards).
    func listedItems(_ page: PageSpec) -> Int {
        switch page.kind {
        case .home: return 20
        case .section(let k): return site.byKind[k]?.count ?? 0
        case .document: return 1
        case .districts: return site.config.districts.count
        case .district(let i): return byDistrict[site.config.districts[i].name]?.count ?? 0
        case .tags: return site.tagNames.count
        case .tag(let t): return site.byTag[t]?.count ?? 0
        case .eventsYear(let y): return eventsByYear[y]?.count ?? 0
        case .bases: return site.config.bases.count
        case .base(let i): return 2 * (eventsByBase[site.config.bases[i].name]?.count ?? 0)
        case .honors: return site.rolls.count
        case .honorsYear(let y): return site.rolls.first { $0.year == y }?.sections.reduce(0) { $0 + $1.entries.count } ?? 0
        case .notFound: return 1
        }
    }

    /// The context of `page`; `html` is the Markdown HTML of a document page.
    func context(for page: PageSpec, html: String) -> [String: MustacheValue] {
        var page_: [String: MustacheValue] = [
            "title": .string(page.title),
            "url": .string(urls.href(page.sitePath)),
            "permalink": .string(urls.permalink(page.sitePath)),
            "description": .string(site.config.title),
        ]
        var c: [String: MustacheValue] = [:]
        var trail: [(String, String)] = []
        switch page.kind {
        case .home:
            page_["is_home"] = .bool(true)
            let events = site.byKind[.event] ?? []
            c["latest_brands"] = list(Array((site.byKind[.brand] ?? []).prefix(6)))
            c["latest_events"] = list(Array(events.filter { !site.isUpcoming(site.documents[$0]) }.prefix(6)))
            c["upcoming_events"] = list(events.filter { site.isUpcoming(site.documents[$0]) }.reversed())
            c["latest_riders"] = list(Array((site.byKind[.rider] ?? []).prefix(8)))
            c["stats"] = site.data["stats"] ?? .null
            c["has_upcoming_events"] = .bool(events.contains { site.isUpcoming(site.documents[$0]) })
        case .section(let kind):
            trail = [(kind.sectionTitle, page.sitePath)]
            c["section"] = .map(["kind": .string(kind.rawValue), "title": .string(kind.sectionTitle)])
            c["items"] = list(site.byKind[kind] ?? [])
            c["count"] = .int(site.byKind[kind]?.count ?? 0)
            c["is_" + kind.rawValue] = .bool(true)
            if kind == .event {
                c["years"] = .list(site.eventYears.map { y in
                    .map(["year": .int(y), "url": .string(urls.href("events/\(y)/")),
                          "count": .int(eventsByYear[y]?.count ?? 0)])
                })
                c["bases_url"] = .string(urls.href("bases/"))
            }
        case .document(let i):
            let d = site.documents[i], r = rendered[i]
            if d.kind != .page { trail.append((d.kind.sectionTitle, "\(d.kind.rawValue)/")) }
            trail.append((d.title, d.pagePath))
            c["doc"] = items[i]
            c["content"] = .string(html)
            let toc = r.markdown.headings.filter { $0.level <= 3 }
            c["toc"] = .list(toc.map { .map(["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)]) })
            c["has_toc"] = .bool(!toc.isEmpty)
            page_["description"] = .string(r.summary)
            page_["kind"] = .string(d.kind.rawValue)
            // Neighbours in the section's order.
            let siblings = site.byKind[d.kind] ?? []
            let pos = kindPosition[i]
            c["prev"] = pos > 0 ? items[siblings[pos - 1]] : .null
            c["next"] = pos + 1 < siblings.count ? items[siblings[pos + 1]] : .null
            if d.kind == .event, let b = d.base, let bi = baseIndex[b] {
                c["base_info"] = baseValues[bi]
            }
        case .districts:
            trail = [("区域", "districts/")]
            c["districts"] = .list(site.config.districts.map { dist in
                let docs = byDistrict[dist.name] ?? []
                return .map(["name": .string(dist.name), "slug": .string(dist.slug), "url": .string(urls.href("districts/\(dist.slug)/")),
                             "count": .int(docs.count),
                             "brand_count": .int(docs.filter { site.documents[$0].kind == .brand }.count),
                             "rider_count": .int(docs.filter { site.documents[$0].kind == .rider }.count),
                             "event_count": .int(docs.filter { site.documents[$0].kind == .event }.count)])
            })
        case .district(let di):
            let dist = site.config.districts[di]
            trail = [("区域", "districts/"), (dist.name, page.sitePath)]
            let docs = byDistrict[dist.name] ?? []
            c["district"] = .map(["name": .string(dist.name), "slug": .string(dist.slug)])
            c["brands"] = list(docs.filter { site.documents[$0].kind == .brand })
            c["riders"] = list(docs.filter { site.documents[$0].kind == .rider })
            c["events"] = list(docs.filter { site.documents[$0].kind == .event })
            let bases = site.config.bases.indices.filter { site.config.bases[$0].district == dist.name }
            c["bases"] = .list(bases.map { baseValues[$0] })
            c["count"] = .int(docs.count)
            c["brand_count"] = .int(docs.filter { site.documents[$0].kind == .brand }.count)
            c["rider_count"] = .int(docs.filter { site.documents[$0].kind == .rider }.count)
            c["event_count"] = .int(docs.filter { site.documents[$0].kind == .event }.count)
            c["base_count"] = .int(bases.count)
        case .tags:
            trail = [("标签", "tags/")]
            c["tags"] = .list(site.tagNames.map { t in
                .map(["name": .string(t), "url": .string(urls.href("tags/\(site.tagSlugs[t]!)/")), "count": .int(site.byTag[t]!.count)])
            })
        case .tag(let t):
            trail = [("标签", "tags/"), (t, page.sitePath)]
            c["tag"] = .map(["name": .string(t), "count": .int(site.byTag[t]!.count)])
            c["items"] = list(site.byTag[t]!)
        case .eventsYear(let y):
            trail = [("实训活动", "events/"), ("\(y)年", page.sitePath)]
            let events = eventsByYear[y] ?? []
            let months = Array(Set(events.compactMap { site.documents[$0].date?.month })).sorted(by: >)
            c["year"] = .int(y)
            c["count"] = .int(events.count)
            c["months"] = .list(months.map { mo in
                .map(["month": .int(mo), "label": .string("\(mo)月"),
                      "events": list(events.filter { site.documents[$0].date?.month == mo })])
            })
            c["years"] = .list(site.eventYears.map { .map(["year": .int($0), "url": .string(urls.href("events/\($0)/")), "current": .bool($0 == y)]) })
        case .bases:
            trail = [("实训活动", "events/"), ("实训基地", "bases/")]
            c["bases"] = .list(baseValues)
        case .base(let bi):
            let base = site.config.bases[bi]
            trail = [("实训活动", "events/"), ("实训基地", "bases/"), (base.name, page.sitePath)]
            let events = eventsByBase[base.name] ?? []
            c["base"] = baseValues[bi]
            c["events"] = list(events)
            c["upcoming"] = list(events.filter { site.isUpcoming(site.documents[$0]) })
            c["past"] = list(events.filter { !site.isUpcoming(site.documents[$0]) })
        case .honors:
            trail = [("光荣榜", "honors/")]
            c["years"] = .list(site.rolls.map { roll in
                .map(["year": .int(roll.year), "url": .string(urls.href("honors/\(roll.year)/")),
                      "count": .int(roll.sections.reduce(0) { $0 + $1.entries.count }),
                      "honors": .list(roll.sections.map { s in
                          .map(["title": .string(s.title), "count": .int(s.entries.count),
                                "url": .string(urls.href("honors/\(roll.year)/") + "#" + honorAnchor(s.title))])
                      })])
            })
        case .honorsYear(let y):
            trail = [("光荣榜", "honors/"), ("\(y)年度", page.sitePath)]
            let sections = site.rolls.first { $0.year == y }?.sections ?? []
            c["year"] = .int(y)
            c["honors"] = .list(sections.map { rollSectionValue($0, year: y) })
            c["years"] = .list(site.rolls.map { .map(["year": .int($0.year), "url": .string(urls.href("honors/\($0.year)/")), "current": .bool($0.year == y)]) })
        case .notFound:
            break
        }
        page_["breadcrumbs"] = breadcrumbs(trail)
        c["page"] = .map(page_)
        return c
    }

    func rollSectionValue(_ s: RollSection, year: Int) -> MustacheValue {
        .map([
            "title": .string(s.title),
            "anchor": .string(honorAnchor(s.title)),
            "print_title": .string("\(year)年度“\(s.title)”光荣榜"),
            "issuer": .string(s.issuer),
            "description": s.description.map(MustacheValue.string) ?? .null,
            "count": .int(s.entries.count),
            "entries": .list(s.entries.enumerated().map { n, e in
                let d = site.documents[e.documentIndex]
                return .map(["number": .int(n + 1), "name": .string(d.title), "name_display": .string(paddedName(d.title)),
                             "url": .string(urls.href(d.pagePath)), "district": d.district.map(MustacheValue.string) ?? .null,
                             "platform": d.platform.map(MustacheValue.string) ?? .null,
                             "rank": e.award.rank.map(MustacheValue.int) ?? .null])
            }),
        ])
    }
}

/// The id of an honor's section on a year's roll page.
func honorAnchor(_ title: String) -> String { termSlug(title) }

/// A name padded for print alignment: two-character Chinese names get an
/// ideographic space (U+3000) between the characters (`王　伟`), so they line
/// up with three-character names. Other names are unchanged.
func paddedName(_ name: String) -> String {
    let chars = Array(name)
    guard chars.count == 2, chars.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value >= 0x3400 } }) else { return name }
    return "\(chars[0])\u{3000}\(chars[1])"
}
