import FrontMatter

/// The four kinds of content, by folder.
public enum DocumentKind: String, Sendable, CaseIterable, Comparable {
    case brand = "brands"
    case rider = "riders"
    case event = "events"
    case page = "pages"
    case report = "reports"

    /// The Chinese section name shown in navigation and breadcrumbs.
    public var sectionTitle: String {
        switch self {
        case .brand: "品牌案例"
        case .rider: "最美骑手"
        case .event: "实训活动"
        case .page: "页面"
        case .report: "工作报告"
        }
    }

    /// Folder order: brands, riders, events, pages.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A calendar date (and optional time) as written in front matter.
public typealias ContentDate = YAMLDate

/// One honor awarded to a rider (an entry of the rider's `honors:` list).
public struct HonorAward: Sendable, Hashable {
    /// The honor's title, e.g. `十大最美骑手`.
    public var title: String
    /// The year awarded.
    public var year: Int
    /// Explicit position on the roll (≥ 1), overriding stroke order.
    public var rank: Int?
    /// Issuer; defaults to the one declared in site.yml.
    public var issuer: String?
    /// The day the honor was awarded (signs the printed roll), when given.
    public var date: ContentDate?
    /// Where the entry starts in the rider's file.
    public var location: SourceLocation
}

/// A content document after loading and validation: its front matter fields (the
/// Markdown body travels apart, see ``SourceDocument``).
public struct Document: Sendable {
    /// brands, riders, events or pages.
    public var kind: DocumentKind
    /// `[a-z0-9-]+`, from the file name or `slug:`.
    public var slug: String
    /// Source path relative to the site root, e.g. `content/riders/li-ming.md`.
    public var path: String
    /// Headline; for riders, the name.
    public var title: String
    /// Main date (brands: launched/published; events: start).
    public var date: ContentDate?
    /// Events only: last day.
    public var endDate: ContentDate?
    /// District display name.
    public var district: String?
    /// Tags in the order written, duplicates removed.
    public var tags: [String]
    /// Where each tag of ``tags`` is written (same order), for diagnostics about one tag.
    public var tagLocations: [SourceLocation] = []
    /// `summary:` as written (nil = derive from the body).
    public var summary: String?
    /// Excluded unless building with drafts.
    public var draft: Bool
    /// Path below `content/media/` of the cover (brands, events) or photo (riders).
    public var image: String?
    /// `photo_alt` (riders) or `cover_alt`: the image's text for screen readers, when written.
    public var imageAlt: String? = nil
    /// Where `photo:`/`cover:` is written (for the missing-alt warning).
    public var imageLocation: SourceLocation? = nil
    /// Brand: street (街道).
    public var street: String?
    /// Brand: the brand's own name.
    public var brand: String?
    /// Brand: the guiding 党建工作指导站.
    public var station: String?
    /// Rider: platform or station.
    public var platform: String?
    /// Rider: 党员.
    public var partyMember: Bool?
    /// Rider: honors in the order written.
    public var honors: [HonorAward]
    /// Event: the base's display name.
    public var base: String?
    /// Event: category, e.g. 培训.
    public var category: String?
    /// Event: number of participants.
    public var participants: Int?
    /// Page: menu order (lower first).
    public var weight: Int?
    /// Report: the year it reports on (its statistics are that year's).
    public var reportYear: Int?
    /// Report: the issuing body (发文机关), shown in the signature.
    public var issuer: String?
    /// Report: the document number (文号), e.g. `深市监〔2026〕1号`.
    public var docNumber: String?
    /// 1-based line of the body's first line in the source file.
    public var bodyStartLine: Int
}
