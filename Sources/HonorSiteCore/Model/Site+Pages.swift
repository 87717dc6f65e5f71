/// One page of the site (what it shows); the ``Site`` gives its path, URL and title.
enum Page: Sendable, Hashable {
    case home
    case section(DocumentKind)
    case document(Int)  // index into Site.documents
    case districts
    case district(Int)  // index into config.districts
    case tags
    case tag(Int)  // index into Site.tags
    case eventsYear(Int)  // the year
    case bases
    case base(Int)  // index into config.bases
    case honors
    case honorsYear(Int)  // the year
    case stats(Int?)  // the year; nil: /stats/, the latest year
    case search  // only when the theme has search.mustache
    case notFound
    /// Page `number` (2, 3, …) of a list longer than `paginate` (section, district, tag, base);
    /// page 1 is the list page itself.
    indirect case listPage(Page, number: Int)

    /// The template of the search page; without it in the theme, the site has no search.
    static let searchTemplate = "search"

    /// The sections of the main navigation, in order.
    static let navigation: [Page] = [
        .section(.brand), .section(.rider), .section(.event), .districts, .honors, .stats(nil), .section(.report),
    ]
}

// MARK: - The path scheme

/// Site paths of files that are not pages. A *site path* is relative to the
/// output root, has no leading `/` and ends in `/` for pages (see ``URLs``).
enum SitePath {
    static let feed = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let mediaFolder = "content/media/"
    static let staticFolder = "templates/static/"
    /// The settings file, read by ``loadConfig(fs:baseURLOverride:relativeURLs:)``.
    static let config = "content/site.yml"

    /// The page of a document: `riders/li-ming/`, `pages/about/`.
    static func document(_ kind: DocumentKind, slug: String) -> String { "\(kind.rawValue)/\(slug)/" }
    /// The page of a tag (also named in the error when two tags share a slug).
    static func tag(slug: String) -> String { "tags/\(slug)/" }
    /// A media file, `rel` below `content/media/`.
    static func media(_ rel: some StringProtocol) -> String { "media/" + rel }
    /// Where a theme's static file (`templates/static/x`) is copied.
    static func staticFile(_ source: String) -> String { String(source.dropFirst(staticFolder.count)) }
}

extension Document {
    /// The site path of the document's page, e.g. `riders/li-ming/`.
    public var pagePath: String { SitePath.document(kind, slug: slug) }
}

extension Site {
    /// The site path of `page`.
    func path(_ page: Page) -> String {
        switch page {
        case .home: ""
        case .section(let kind): "\(kind.rawValue)/"
        case .document(let i): documents[i].pagePath
        case .districts: "districts/"
        case .district(let i): "districts/\(config.districts[i].slug)/"
        case .tags: "tags/"
        case .tag(let i): SitePath.tag(slug: tags[i].slug)
        case .eventsYear(let year): "events/\(year)/"
        case .bases: "bases/"
        case .base(let i): "bases/\(config.bases[i].slug)/"
        case .honors: "honors/"
        case .honorsYear(let year): "honors/\(year)/"
        case .stats(let year): year.map { "stats/\($0)/" } ?? "stats/"
        case .search: "search/"
        case .notFound: "404.html"
        case .listPage(let list, let number): path(list) + "page/\(number)/"  // never page/1/: that is the list itself
        }
    }

    /// The page's URL (base path + percent-encoded site path).
    func url(_ page: Page) -> String { urls.href(path(page)) }
    /// The page's absolute URL.
    func permalink(_ page: Page) -> String { urls.permalink(path(page)) }
    /// The output file of `page`.
    func outputFile(_ page: Page) -> String { urls.outputFile(path(page)) }

    /// The page's title (its breadcrumb and navigation label).
    func title(_ page: Page) -> String {
        switch page {
        case .home: "首页"
        case .section(let kind): kind.sectionTitle
        case .document(let i): documents[i].title
        case .districts: "区域"
        case .district(let i): config.districts[i].name
        case .tags: "标签"
        case .tag(let i): tags[i].name
        case .eventsYear(let year): "\(year)年"
        case .bases: "实训基地"
        case .base(let i): config.bases[i].name
        case .honors: "光荣榜"
        case .honorsYear(let year): "\(year)年度"
        case .stats(let year): year.map { "\($0)年" } ?? "数据统计"
        case .search: "搜索"
        case .notFound: "页面未找到"
        case .listPage(let list, let number): "\(title(list))（第\(number)页）"
        }
    }

    /// The template that renders `page`.
    func template(_ page: Page) -> String {
        switch page {
        case .home: "home"
        case .section(let kind): kind == .report ? "reports" : "section"
        case .document(let i): documents[i].kind.template
        case .districts: "districts"
        case .district: "district"
        case .tags: "tags"
        case .tag: "tag"
        case .eventsYear: "events-year"
        case .bases: "bases"
        case .base: "base"
        case .honors: "honors"
        case .honorsYear: "honors-year"
        case .stats: "stats"
        case .search: Page.searchTemplate
        case .notFound: "404"
        case .listPage(let list, _): template(list)
        }
    }

    /// The page above `page` in the breadcrumbs (nil for home and 404).
    func parent(_ page: Page) -> Page? {
        switch page {
        case .home, .notFound: nil
        case .section, .districts, .tags, .honors, .stats(nil), .search: .home
        case .stats: .stats(nil)
        case .listPage(let list, _): list
        case .document(let i): documents[i].kind == .page ? .home : .section(documents[i].kind)
        case .district: .districts
        case .tag: .tags
        case .eventsYear, .bases: .section(.event)
        case .base: .bases
        case .honorsYear: .honors
        }
    }

    /// The breadcrumb trail below 首页, ending with `page` (empty for home and 404).
    func trail(_ page: Page) -> [Page] {
        guard let parent = parent(page) else { return [] }
        return trail(parent) + [page]
    }

    /// The navigation section `page` belongs to, if any.
    func navigationSection(_ page: Page) -> Page? {
        trail(page).first.flatMap { Page.navigation.contains($0) ? $0 : nil }
    }

    // MARK: Long lists

    /// The number of items of a list page that may be split (section, district, tag, base), else nil.
    func listLength(_ page: Page) -> Int? {
        switch page {
        case .section(let kind): byKind[kind]?.count ?? 0
        case .district(let i): byDistrict[config.districts[i].name]?.count ?? 0
        case .tag(let i): tags[i].documents.count
        case .base(let i): eventsByBase[config.bases[i].name]?.count ?? 0
        default: nil
        }
    }

    /// How many pages the list `page` fills (`paginate` items each, at least one page).
    func pageCount(_ page: Page) -> Int {
        max(1, ((listLength(page) ?? 0) + config.paginate - 1) / config.paginate)
    }

    /// The list and page number `page` shows: page 1 of a list is the list page itself.
    func listAndNumber(_ page: Page) -> (list: Page, number: Int)? {
        if case .listPage(let list, let number) = page { return (list, number) }
        return listLength(page) == nil ? nil : (page, 1)
    }

    /// Page `number` of the list `list` (the list itself for 1).
    func listPage(_ list: Page, _ number: Int) -> Page { number == 1 ? list : .listPage(list, number: number) }

    /// The positions, in the whole list, of the items page `number` of `list` shows.
    func listSlice(_ list: Page, _ number: Int) -> Range<Int> {
        let n = listLength(list) ?? 0
        return min(n, (number - 1) * config.paginate)..<min(n, number * config.paginate)
    }

    /// The page of the district named `name`, if declared.
    func districtPage(named name: String) -> Page? { config.districts.firstIndex { $0.name == name }.map(Page.district) }
    /// The page of the base named `name`, if declared.
    func basePage(named name: String) -> Page? { baseIndex[name].map(Page.base) }

    /// The URL of an honor's section on its year's roll.
    func honorURL(_ title: String, year: Int) -> String { url(.honorsYear(year)) + "#" + honorAnchor(title) }

    /// The URL of a media file (`rel` below `content/media/`).
    func mediaURL(_ rel: String) -> String { urls.href(SitePath.media(rel)) }
    func mediaPermalink(_ rel: String) -> String { urls.permalink(SitePath.media(rel)) }
}

extension DocumentKind {
    /// The page template of a document of this kind.
    var template: String {
        switch self {
        case .brand: "brand"
        case .rider: "rider"
        case .event: "event"
        case .page: "page"
        case .report: "report"
        }
    }
}

/// The id of an honor's section on a year's roll page.
func honorAnchor(_ title: String) -> String { termSlug(title) }

/// Page templates every theme must have.
let requiredTemplates = [
    "home", "section", "brand", "rider", "event", "page", "districts", "district",
    "tags", "tag", "events-year", "bases", "base", "honors", "honors-year", "stats", "report", "reports", "404",
]
