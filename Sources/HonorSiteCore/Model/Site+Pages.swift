/// One page of the site (what it shows); the ``Site`` gives its path, URL and title.
enum Page: Sendable, Hashable {
    case home
    case section(DocumentKind)
    case document(Int)             // index into Site.documents
    case districts, district(Int)  // index into config.districts
    case tags, tag(Int)            // index into Site.tags
    case eventsYear(Int)           // the year
    case bases, base(Int)          // index into config.bases
    case honors, honorsYear(Int)   // the year
    case stats(Int?)               // the year; nil: /stats/, the latest year
    case notFound

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
        case .notFound: "404.html"
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
        case .notFound: "页面未找到"
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
        case .notFound: "404"
        }
    }

    /// The page above `page` in the breadcrumbs (nil for home and 404).
    func parent(_ page: Page) -> Page? {
        switch page {
        case .home, .notFound: nil
        case .section, .districts, .tags, .honors, .stats(nil): .home
        case .stats: .stats(nil)
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
