import Mustache

// The template values of each page kind: one type and one builder per kind
// (``PageValues/context(for:html:)`` dispatches). Shared values (items, bases,
// the site and the navigation) are built once in ``PageValues/init(site:rendered:)``.

/// Values every page receives under `page`.
struct PageInfo: TemplateValue {
    var title: String
    var url: String
    var permalink: String
    var description: String
    var breadcrumbs: [Breadcrumb]
    var isHome = false
    /// On document pages: the document's kind.
    var kind: DocumentKind?
    var templateValue: MustacheValue {
        var m: [String: MustacheValue] = [
            "title": .string(title), "url": .string(url), "permalink": .string(permalink),
            "description": .string(description), "breadcrumbs": breadcrumbs.templateValue,
        ]
        if isHome { m["is_home"] = .bool(true) }
        if let kind { m["kind"] = .string(kind.rawValue) }
        return .map(m)
    }
}

/// The values of one page template, beside `page`, `site`, `data` and `nav`.
protocol PageTemplateValues {
    var fields: [String: MustacheValue] { get }
}

struct HomePage: PageTemplateValues {
    var latestBrands: Items, latestEvents: Items, upcomingEvents: Items, latestRiders: Items
    var stats: MustacheValue
    var fields: [String: MustacheValue] {
        [
            "latest_brands": latestBrands.templateValue, "latest_events": latestEvents.templateValue,
            "upcoming_events": upcomingEvents.templateValue, "has_upcoming_events": .bool(!upcomingEvents.values.isEmpty),
            "latest_riders": latestRiders.templateValue, "stats": stats,
        ]
    }
}

struct SectionPage: PageTemplateValues {
    var kind: DocumentKind
    /// The items on this page; `count` is the whole list's.
    var items: Items
    var count: Int
    /// Events only: the years with events, and the bases page.
    var years: [YearLink]?
    var basesURL: String?
    var fields: [String: MustacheValue] {
        var c: [String: MustacheValue] = [
            "section": .map(["kind": .string(kind.rawValue), "title": .string(kind.sectionTitle)]),
            "items": items.templateValue, "count": .int(count), "is_" + kind.rawValue: .bool(true),
        ]
        if let years { c["years"] = years.templateValue }
        if let basesURL { c["bases_url"] = .string(basesURL) }
        return c
    }
}

struct DocumentPage: PageTemplateValues {
    var doc: MustacheValue
    var content: String
    var toc: [TocEntry]
    var prev: MustacheValue?, next: MustacheValue?
    /// Events at a declared base: the base as the bases page shows it.
    var baseInfo: MustacheValue?
    var fields: [String: MustacheValue] {
        var c: [String: MustacheValue] = [
            "doc": doc, "content": .string(content), "toc": toc.templateValue, "has_toc": .bool(!toc.isEmpty),
            "prev": prev ?? .null, "next": next ?? .null,
        ]
        if let baseInfo { c["base_info"] = baseInfo }
        return c
    }
}

struct DistrictsPage: PageTemplateValues {
    var districts: [DistrictSummary]
    var fields: [String: MustacheValue] { ["districts": districts.templateValue] }
}

struct DistrictPage: PageTemplateValues {
    var name: String, slug: String
    /// The items on this page; the counts are the whole district's.
    var brands: Items, riders: Items, events: Items, bases: Items
    var counts: (brands: Int, riders: Int, events: Int)
    var fields: [String: MustacheValue] {
        let (b, r, e) = counts
        return [
            "district": .map(["name": .string(name), "slug": .string(slug)]),
            "brands": brands.templateValue, "riders": riders.templateValue, "events": events.templateValue,
            "bases": bases.templateValue, "count": .int(b + r + e),
            "brand_count": .int(b), "rider_count": .int(r), "event_count": .int(e), "base_count": .int(bases.values.count),
        ]
    }
}

/// `{name, url, count}`: a tag on the tags page.
struct TagSummary: TemplateValue {
    var name: String, url: String, count: Int
    var templateValue: MustacheValue { .map(["name": .string(name), "url": .string(url), "count": .int(count)]) }
}

struct TagsPage: PageTemplateValues {
    var tags: [TagSummary]
    var fields: [String: MustacheValue] { ["tags": tags.templateValue] }
}

struct TagPage: PageTemplateValues {
    var name: String
    /// The items on this page; `count` is the whole tag's.
    var items: Items
    var count: Int
    /// Whether every document of the tag is a rider (people are counted 位, not 篇).
    var onlyRiders: Bool
    var fields: [String: MustacheValue] {
        ["tag": .map(["name": .string(name), "count": .int(count), "only_riders": .bool(onlyRiders)]), "items": items.templateValue]
    }
}

/// `pagination` on the pages of a list (also when it fits on one page):
/// `{number, count, is_first, has_pages, prev_url, next_url, pages [{number, url, current} or {is_gap}]}`.
struct Pagination: TemplateValue {
    var number: Int
    var count: Int
    /// URLs of pages 1 … count.
    var urls: [String]
    var templateValue: MustacheValue {
        var m: [String: MustacheValue] = [
            "number": .int(number), "count": .int(count), "is_first": .bool(number == 1), "has_pages": .bool(count > 1),
            "pages": .list(
                Self.shownNumbers(current: number, count: count).map { n in
                    n == 0
                        ? .map(["is_gap": .bool(true)])
                        : .map(["number": .int(n), "url": .string(urls[n - 1]), "current": .bool(n == number)])
                }),
        ]
        if number > 1 { m["prev_url"] = .string(urls[number - 2]) }
        if number < count { m["next_url"] = .string(urls[number]) }
        return .map(m)
    }

    /// Page numbers a pager shows: the first, the last and two either side of `current`; 0 marks a gap.
    static func shownNumbers(current: Int, count: Int) -> [Int] {
        let shown = Set([1, count] + Array(max(1, current - 2)...min(count, current + 2))).sorted()
        var out: [Int] = []
        for n in shown {
            if let last = out.last, n > last + 1 { out.append(n == last + 2 ? last + 1 : 0) }
            out.append(n)
        }
        return out
    }
}

/// `{month, label, events}`: a month of the events-year page.
struct MonthGroup: TemplateValue {
    var month: Int
    var events: Items
    var templateValue: MustacheValue { .map(["month": .int(month), "label": .string("\(month)月"), "events": events.templateValue]) }
}

struct EventsYearPage: PageTemplateValues {
    var year: Int, count: Int
    var months: [MonthGroup]
    var years: [YearLink]
    var fields: [String: MustacheValue] {
        ["year": .int(year), "count": .int(count), "months": months.templateValue, "years": years.templateValue]
    }
}

struct BasesPage: PageTemplateValues {
    var bases: Items
    var fields: [String: MustacheValue] { ["bases": bases.templateValue] }
}

struct BasePage: PageTemplateValues {
    var base: MustacheValue
    var events: Items, upcoming: Items, past: Items
    var fields: [String: MustacheValue] {
        ["base": base, "events": events.templateValue, "upcoming": upcoming.templateValue, "past": past.templateValue]
    }
}

struct HonorsPage: PageTemplateValues {
    var years: [RollYearSummary]
    var fields: [String: MustacheValue] { ["years": years.templateValue] }
}

struct HonorsYearPage: PageTemplateValues {
    var year: Int
    var honors: [RollSectionValue]
    var years: [YearLink]
    var fields: [String: MustacheValue] { ["year": .int(year), "honors": honors.templateValue, "years": years.templateValue] }
}

struct NotFoundPage: PageTemplateValues {
    var fields: [String: MustacheValue] { [:] }
}

/// The search page: the common values only (the script fills it; see docs/templates.md).
struct SearchPage: PageTemplateValues {
    var fields: [String: MustacheValue] { [:] }
}

/// The builders.
struct PageValues: Sendable {
    let site: Site
    let rendered: [RenderedDocument]
    /// Every document's item, by document index (built once).
    let items: [MustacheValue]
    /// Every base as the bases page shows it, in `config.bases` order (built once).
    let bases: [MustacheValue]
    /// `site`, the same on every page.
    let siteValue: MustacheValue
    /// `nav` for each entry of ``Page/navigation`` active, then for none active.
    let navs: [MustacheValue]
    /// The links of districts, bases and tags.
    let links: SharedLinks

    init(site: Site, rendered: [RenderedDocument]) {
        self.site = site
        self.rendered = rendered
        let shared = SharedLinks(site: site)
        links = shared
        let items = parallelMap(Array(site.documents.indices)) {
            documentItem($0, site: site, rendered: rendered[$0], shared: shared).templateValue
        }
        self.items = items
        bases = site.config.bases.indices.map { baseInfo($0, site: site, link: shared.bases[$0].value).templateValue }
        let c = site.config
        siteValue = .map([
            "title": .string(c.title), "organization": .string(c.organization), "language": .string(c.language),
            "base_url": .string(c.baseURL), "base_path": .string(c.basePath), "feed_url": .string(site.urls.href(SitePath.feed)),
            "brands_url": .string(site.url(.section(.brand))), "riders_url": .string(site.url(.section(.rider))),
            "events_url": .string(site.url(.section(.event))), "districts_url": .string(site.url(.districts)),
            "tags_url": .string(site.url(.tags)), "bases_url": .string(site.url(.bases)), "honors_url": .string(site.url(.honors)),
            "stats_url": .string(site.url(.stats(nil))), "reports_url": .string(site.url(.section(.report))),
            "search_url": site.pages.contains(.search) ? .string(site.url(.search)) : .null,
            "districts": .list(shared.districts.map(\.templateValue)),
            "pages": .list((site.byKind[.page] ?? []).map { items[$0] }),
        ])
        navs = (Page.navigation.map { Optional($0) } + [nil]).map { active in
            Page.navigation.map { NavEntry(title: site.title($0), url: site.url($0), active: $0 == active) }.templateValue
        }
    }

    func list(_ indices: some Sequence<Int>) -> Items { Items(values: indices.map { items[$0] }) }

    /// The index into ``navs`` for `page`.
    func navIndex(_ page: Page) -> Int {
        site.navigationSection(page).flatMap { Page.navigation.firstIndex(of: $0) } ?? Page.navigation.count
    }

    /// The context of `page` without `site`, `data` and `nav` (the renderer adds its
    /// own copies of those); `html` is the Markdown HTML of a document page.
    func context(for page: Page, html: String) -> [String: MustacheValue] {
        let values: PageTemplateValues
        var description = site.config.title
        // Lists show the items of their page number (1 unless a later page).
        let (shown, number) = site.listAndNumber(page) ?? (page, 1)
        switch shown {
        case .home: values = homePage()
        case .section(let kind): values = sectionPage(kind, number)
        case .document(let i):
            values = documentPage(i, html: html)
            description = rendered[i].summary
        case .districts: values = districtsPage()
        case .district(let i): values = districtPage(i, number)
        case .tags: values = tagsPage()
        case .tag(let i): values = tagPage(i, number)
        case .eventsYear(let year): values = eventsYearPage(year)
        case .bases: values = BasesPage(bases: Items(values: bases))
        case .base(let i): values = basePage(i, number)
        case .honors: values = honorsPage()
        case .honorsYear(let year): values = honorsYearPage(year)
        case .stats(let year): values = statsPage(year)
        case .search: values = SearchPage()
        case .notFound, .listPage: values = NotFoundPage()  // (a list page is shown as its list)
        }
        let trail = [Page.home] + site.trail(page)
        var kind: DocumentKind?
        if case .document(let i) = page { kind = site.documents[i].kind }
        let info = PageInfo(
            title: site.title(page), url: site.url(page), permalink: site.permalink(page), description: description,
            breadcrumbs: trail.enumerated().map { n, p in
                Breadcrumb(title: site.title(p), url: site.url(p), current: n == trail.count - 1)
            },
            isHome: page == .home, kind: kind)
        var c = values.fields
        c["page"] = info.templateValue
        if site.listLength(shown) != nil {
            c["pagination"] =
                Pagination(
                    number: number, count: site.pageCount(shown),
                    urls: (1...site.pageCount(shown)).map { site.url(site.listPage(shown, $0)) }
                ).templateValue
        }
        return c
    }

    // MARK: One builder per page kind

    func homePage() -> HomePage {
        let events = site.byKind[.event] ?? []
        return HomePage(
            latestBrands: list((site.byKind[.brand] ?? []).prefix(6)),
            latestEvents: list(events.filter { !site.isUpcoming($0) }.prefix(6)),
            upcomingEvents: list(events.filter { site.isUpcoming($0) }.reversed()),
            latestRiders: list((site.byKind[.rider] ?? []).prefix(8)),
            stats: keyFigures(site.data))
    }

    /// The part of `indices` that page `number` of `list` shows.
    func slice(_ indices: [Int], of list: Page, _ number: Int) -> ArraySlice<Int> {
        indices[site.listSlice(list, number).clamped(to: indices.indices)]
    }

    func sectionPage(_ kind: DocumentKind, _ number: Int) -> SectionPage {
        let all = site.byKind[kind] ?? []
        var page = SectionPage(kind: kind, items: list(slice(all, of: .section(kind), number)), count: all.count)
        if kind == .event {
            page.years = site.eventYears.map {
                YearLink(year: $0, url: site.url(.eventsYear($0)), count: site.eventsByYear[$0]?.count ?? 0)
            }
            page.basesURL = site.url(.bases)
        }
        return page
    }

    func documentPage(_ i: Int, html: String) -> DocumentPage {
        let d = site.documents[i]
        let siblings = site.byKind[d.kind] ?? []
        let position = site.kindPosition[i]
        // A table of contents needs at least two headings: one heading gets no 目录 box.
        let toc = rendered[i].markdown.headings.filter { $0.level <= 3 }.map { TocEntry(level: $0.level, text: $0.text, id: $0.id) }
        return DocumentPage(
            doc: items[i], content: html,
            toc: toc.count >= 2 ? toc : [],
            prev: position > 0 ? items[siblings[position - 1]] : nil,
            next: position + 1 < siblings.count ? items[siblings[position + 1]] : nil,
            baseInfo: d.kind == .event ? d.base.flatMap { site.baseIndex[$0] }.map { bases[$0] } : nil)
    }

    func districtsPage() -> DistrictsPage {
        DistrictsPage(
            districts: site.config.districts.indices.map { i in
                let docs = site.byDistrict[site.config.districts[i].name] ?? []
                return DistrictSummary(
                    link: links.districts[i].value,
                    counts: DistrictCounts(
                        count: docs.count, brands: site.only(.brand, docs).count,
                        riders: site.only(.rider, docs).count, events: site.only(.event, docs).count))
            })
    }

    func districtPage(_ i: Int, _ number: Int) -> DistrictPage {
        let district = site.config.districts[i]
        let docs = site.byDistrict[district.name] ?? []
        // Documents are in kind order, so a later page continues where the last ended.
        let shown = Array(slice(docs, of: .district(i), number))
        return DistrictPage(
            name: district.name, slug: district.slug,
            brands: list(site.only(.brand, shown)), riders: list(site.only(.rider, shown)), events: list(site.only(.event, shown)),
            bases: Items(values: site.config.bases.indices.filter { site.config.bases[$0].district == district.name }.map { bases[$0] }),
            counts: (site.only(.brand, docs).count, site.only(.rider, docs).count, site.only(.event, docs).count))
    }

    func tagsPage() -> TagsPage {
        TagsPage(
            tags: site.tags.indices.map {
                TagSummary(name: site.tags[$0].name, url: links.tags[$0].value.url, count: site.tags[$0].documents.count)
            })
    }

    func tagPage(_ i: Int, _ number: Int) -> TagPage {
        let all = site.tags[i].documents
        return TagPage(
            name: site.tags[i].name, items: list(slice(all, of: .tag(i), number)), count: all.count,
            onlyRiders: all.allSatisfy { site.documents[$0].kind == .rider })
    }

    func eventsYearPage(_ year: Int) -> EventsYearPage {
        let events = site.eventsByYear[year] ?? []
        let months = Array(Set(events.compactMap { site.documents[$0].date?.month })).sorted(by: >)
        return EventsYearPage(
            year: year, count: events.count,
            months: months.map { month in
                MonthGroup(month: month, events: list(events.filter { site.documents[$0].date?.month == month }))
            },
            years: site.eventYears.map { YearLink(year: $0, url: site.url(.eventsYear($0)), current: $0 == year) })
    }

    func basePage(_ i: Int, _ number: Int) -> BasePage {
        // Newest first, so upcoming events are on the first page.
        let events = Array(slice(site.eventsByBase[site.config.bases[i].name] ?? [], of: .base(i), number))
        return BasePage(
            base: bases[i], events: list(events), upcoming: list(events.filter { site.isUpcoming($0) }),
            past: list(events.filter { !site.isUpcoming($0) }))
    }

    func honorsPage() -> HonorsPage {
        HonorsPage(
            years: site.rolls.map { roll in
                RollYearSummary(
                    year: roll.year, url: site.url(.honorsYear(roll.year)), count: roll.count,
                    honors: roll.sections.map {
                        HonorSummary(title: $0.title, count: $0.entries.count, url: site.honorURL($0.title, year: roll.year))
                    })
            })
    }

    func honorsYearPage(_ year: Int) -> HonorsYearPage {
        let sections = site.roll(year: year)?.sections ?? []
        return HonorsYearPage(
            year: year,
            honors: sections.map { s in
                RollSectionValue(
                    year: year, title: s.title, issuer: s.issuer, description: s.description, order: s.order,
                    date: s.date.map(site.dates.display),
                    entries: s.entries.map { e in
                        let d = site.documents[e.document]
                        return RollEntryValue(
                            number: e.number, name: d.title, url: site.url(.document(e.document)),
                            district: d.district, platform: d.platform, rank: e.rank, photo: site.imageValue(d))
                    })
            },
            years: site.rolls.map { YearLink(year: $0.year, url: site.url(.honorsYear($0.year)), current: $0.year == year) })
    }
}

// MARK: - Items

/// The links items show (districts, bases, tags), each built once rather than per document.
struct SharedLinks: Sendable {
    /// By index into `config.districts` / `config.bases` / `site.tags`.
    var districts: [Shared<PlaceLink>]
    var bases: [Shared<PlaceLink>]
    var tags: [Shared<TagLink>]

    init(site: Site) {
        districts = site.config.districts.indices.map {
            Shared(PlaceLink(name: site.config.districts[$0].name, slug: site.config.districts[$0].slug, url: site.url(.district($0))))
        }
        bases = site.config.bases.indices.map {
            Shared(PlaceLink(name: site.config.bases[$0].name, slug: site.config.bases[$0].slug, url: site.url(.base($0))))
        }
        tags = site.tags.indices.map { Shared(TagLink(name: site.tags[$0].name, url: site.url(.tag($0)))) }
    }

}

extension Shared where Value: Named {
    /// This link, showing `name` as a document wrote it: the shared value when the
    /// bytes are the same (String `==` also matches canonically equivalent
    /// spellings), else a copy with the document's spelling.
    func named(_ name: String) -> Shared {
        if value.name.utf8.elementsEqual(name.utf8) { return self }
        var renamed = value
        renamed.name = name
        return Shared(renamed)
    }
}

/// The item of document `i`.
func documentItem(_ i: Int, site: Site, rendered: RenderedDocument, shared: SharedLinks) -> DocumentItem {
    let d = site.documents[i]
    func place(_ page: Page?, _ links: [Shared<PlaceLink>], _ name: String) -> Shared<PlaceLink>? {
        switch page {
        case .district(let k)?, .base(let k)?: links[k].named(name)
        default: nil
        }
    }
    let details: DocumentItem.Details
    switch d.kind {
    case .brand: details = .brand(street: d.street, brand: d.brand, station: d.station)
    case .rider:
        details = .rider(
            platform: d.platform, partyMember: d.partyMember ?? false,
            honors: d.honors.sorted { ($0.year, $1.title) > ($1.year, $0.title) }.map {
                HonorLink(title: $0.title, year: $0.year, rank: $0.rank, url: site.honorURL($0.title, year: $0.year))
            })
    case .event:
        details = .event(
            endDate: d.endDate.map { DateValue($0, site.dates) }, category: d.category, participants: d.participants,
            upcoming: site.isUpcoming(i), base: d.base.flatMap { place(site.basePage(named: $0), shared.bases, $0) })
    case .page: details = .page(weight: d.weight)
    case .report: details = .report(year: d.reportYear, issuer: d.issuer, docNumber: d.docNumber)
    }
    return DocumentItem(
        kind: d.kind, slug: d.slug, title: d.title, url: site.url(.document(i)), permalink: site.permalink(.document(i)),
        summary: rendered.summary, readingMinutes: rendered.readingMinutes, date: d.date.map { DateValue($0, site.dates) },
        tags: d.tags.compactMap { t in site.tagIndex[t].map { shared.tags[$0].named(t) } },
        draft: d.draft,
        district: d.district.flatMap { place(site.districtPage(named: $0), shared.districts, $0) },
        image: site.imageValue(d),
        details: details)
}

extension Site {
    /// A document's cover or photo with its `alt` text and displayed size.
    func imageValue(_ d: Document) -> ImageValue? {
        d.image.map { ImageValue(url: mediaURL($0), permalink: mediaPermalink($0), alt: imageAlt(d), size: images[$0]?.info.size) }
    }
}

/// Base `i` as the bases, base and event pages show it.
func baseInfo(_ i: Int, site: Site, link: PlaceLink) -> BaseInfo {
    let base = site.config.bases[i]
    let events = site.eventsByBase[base.name] ?? []
    return BaseInfo(
        link: link, district: base.district, address: base.address, description: base.description,
        count: events.count, upcomingCount: events.filter { site.isUpcoming($0) }.count)
}
