/// An honor roll (光荣榜) of one year, in print order, as the `/honors/<year>/` page
/// and `honorsite export honor-roll` show it.
public struct HonorRoll: Sendable, Equatable {
    /// One honor's list.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var issuer: String
        public var description: String?
        public var entries: [Entry]
        /// The latest award date of the entries (it signs the printed roll), if any is given.
        public var date: ContentDate?
        /// How the names are ordered (stated under the title).
        public var order: RollOrder { RollOrder(ranked: entries.filter { $0.rank != nil }.count, total: entries.count) }
    }
    /// One name on the roll; `number` is the 1-based position within the honor.
    public struct Entry: Sendable, Equatable {
        public var number: Int
        public var name: String
        public var district: String
        public var platform: String
        public var rank: Int?
        /// Absolute URL of the rider's page.
        public var permalink: String
        /// The rider (index into the site's documents).
        var document: Int
    }
    /// The year.
    public var year: Int
    /// Sections in site.yml declaration order (undeclared titles last, by title).
    public var sections: [Section]

    /// The heading of one honor's roll: `2025年度“十大最美骑手”光荣榜`.
    public static func title(year: Int, honor: String) -> String { "\(year)年度“\(honor)”光荣榜" }

    /// The number of names on the roll.
    public var count: Int { sections.reduce(0) { $0 + $1.entries.count } }
}

/// The order of a roll's names, stated under its title on the page and in every export.
public enum RollOrder: Sendable, Equatable {
    /// 姓氏笔画 order (no ranks).
    case strokes
    /// Every entry ranked.
    case ranks
    /// Ranked entries first, the rest in 姓氏笔画 order.
    case ranksThenStrokes

    init(ranked: Int, total: Int) {
        self = ranked == 0 ? .strokes : ranked == total ? .ranks : .ranksThenStrokes
    }

    /// `按姓氏笔画排序`, `按名次排序`, or `按名次排序，其余按姓氏笔画排序`.
    public var statement: String {
        switch self {
        case .strokes: return "按姓氏笔画排序"
        case .ranks: return "按名次排序"
        case .ranksThenStrokes: return "按名次排序，其余按姓氏笔画排序"
        }
    }
}

/// The honor rolls of a site, and its title (for exports).
public struct HonorRolls: Sendable {
    /// The site's title from site.yml.
    public var siteTitle: String
    /// Newest year first.
    public var rolls: [HonorRoll]
    /// "Today" in the site's time zone (`SOURCE_DATE_EPOCH` when set), as `2025年12月1日`:
    /// the date that signs an exported section without an award date.
    public var exportDay: String
}
