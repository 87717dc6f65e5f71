/// The statistics of a site, counted from its documents (docs/statistics.md).
///
/// Every list has a fixed order: declared districts and bases in site.yml order
/// with zeros included; platforms and categories by count (descending), then
/// name, with the unnamed bucket (未填写 / 未分类) last; months and years ascending.
/// The `Codable` keys are the documented, stable JSON shape of `export stats`.
public struct SiteStatistics: Sendable, Equatable, Codable {
    /// A named count (a district, platform, category …).
    public struct Count: Sendable, Equatable, Codable {
        public var name: String
        public var count: Int
    }
    /// A count in a year.
    public struct YearCount: Sendable, Equatable, Codable {
        public var year: Int
        public var count: Int
    }
    /// A count in a month (`2025-06`).
    public struct MonthCount: Sendable, Equatable, Codable {
        public var month: String
        public var count: Int
    }
    /// Entries of one honor in one year.
    public struct HonorCount: Sendable, Equatable, Codable {
        public var title: String
        public var year: Int
        public var count: Int
    }
    /// A training base: its events and their participants.
    public struct BaseCount: Sendable, Equatable, Codable {
        public var name: String
        public var count: Int
        public var participants: Int
    }
    /// A district's riders and, of them, party members.
    public struct RiderDistrict: Sendable, Equatable, Codable {
        public var name: String
        public var count: Int
        public var partyMembers: Int
        enum CodingKeys: String, CodingKey {
            case name, count
            case partyMembers = "party_members"
        }
    }

    public struct Brands: Sendable, Equatable, Codable {
        public var total: Int
        public var byDistrict: [Count]
        public var byYear: [YearCount]
        enum CodingKeys: String, CodingKey {
            case total
            case byDistrict = "by_district"
            case byYear = "by_year"
        }
    }

    public struct Riders: Sendable, Equatable, Codable {
        public var total: Int
        public var partyMembers: Int
        /// Party members as a share of all riders, in percent with one decimal (41.7), nil without riders.
        public var partyShare: Double?
        public var byDistrict: [RiderDistrict]
        public var byPlatform: [Count]
        enum CodingKeys: String, CodingKey {
            case total
            case partyMembers = "party_members"
            case partyShare = "party_share"
            case byDistrict = "by_district"
            case byPlatform = "by_platform"
        }
        /// `party_share` is `null` (not missing) without riders, so every key is always present.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(total, forKey: .total)
            try c.encode(partyMembers, forKey: .partyMembers)
            try c.encode(partyShare, forKey: .partyShare)
            try c.encode(byDistrict, forKey: .byDistrict)
            try c.encode(byPlatform, forKey: .byPlatform)
        }
    }

    public struct Events: Sendable, Equatable, Codable {
        public var total: Int
        /// Every month from the first event's to the last one's (all twelve when restricted to a year), zeros included.
        public var byMonth: [MonthCount]
        public var byCategory: [Count]
        public var byBase: [BaseCount]
        public var byDistrict: [Count]
        /// Participants of all events (events without `participants` count 0).
        public var participants: Int
        /// Events that start after today (site time zone).
        public var upcoming: Int
        enum CodingKeys: String, CodingKey {
            case total
            case byMonth = "by_month"
            case byCategory = "by_category"
            case byBase = "by_base"
            case byDistrict = "by_district"
            case
                participants, upcoming
        }
    }

    /// The year the figures are restricted to, or nil for all years.
    public var year: Int?
    /// Every year that has a dated brand, an event or an honor, ascending.
    public var years: [Int]
    public var brands: Brands
    public var riders: Riders
    /// Honor entries per honor and year: years ascending, honors in site.yml order, then undeclared titles.
    public var honors: [HonorCount]
    public var events: Events

    enum CodingKeys: String, CodingKey { case year, years, brands, riders, honors, events }
    /// `year` is `null` (not missing) for all years.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(years, forKey: .years)
        try c.encode(brands, forKey: .brands)
        try c.encode(riders, forKey: .riders)
        try c.encode(honors, forKey: .honors)
        try c.encode(events, forKey: .events)
    }
}

/// Names of the buckets for documents without a platform or category.
enum StatisticsBucket {
    static let noPlatform = "未填写"
    static let noCategory = "未分类"
}
