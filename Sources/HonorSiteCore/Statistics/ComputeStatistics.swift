/// Counts a site's statistics from its documents: a pure function of the documents,
/// the settings and today's date.
///
/// Restricted to `year`: brands and events by their `date`, honors by their `year`,
/// riders to those awarded an honor in that year. Undated brands count only without
/// a year. An event without `district` counts in its base's district.
///
/// - Parameters:
///   - documents: the site's documents (any kinds; pages and reports are ignored).
///   - config: declared districts, bases and honors (their order is the output order).
///   - todayKey: today as year·10000 + month·100 + day, for upcoming events.
///   - year: the year to restrict to, or nil for all.
func computeStatistics(_ documents: [Document], config: SiteConfig, todayKey: Int, year: Int?) -> SiteStatistics {
    var tally = StatisticsTally(year: year)
    var years: Set<Int> = []
    for d in documents {
        years.formUnion(StatisticsTally.years(of: d))
        tally.add(d, config: config, todayKey: todayKey)
    }
    return tally.finish(config: config, years: years.sorted())
}

/// Counts for one year (or all years), filled one document at a time, so the statistics
/// stage counts every year in a single pass over the documents.
struct StatisticsTally {
    let year: Int?
    var brandTotal = 0
    var brandDistricts: [String: Int] = [:], brandYears: [Int: Int] = [:]
    var riderTotal = 0, party = 0
    var riderDistricts: [String: (Int, Int)] = [:], platforms: [String: Int] = [:]
    var honors: [String: [Int: Int]] = [:]
    var eventTotal = 0, participants = 0, upcoming = 0
    var months: [Int: Int] = [:], categories: [String: Int] = [:], eventDistricts: [String: Int] = [:]
    var bases: [String: (Int, Int)] = [:]

    init(year: Int?) { self.year = year }

    /// The years a document counts in (brands and events: the year of `date`; riders: each honor's year).
    static func years(of d: Document) -> Set<Int> {
        switch d.kind {
        case .brand, .event: return d.date.map { [$0.year] } ?? []
        case .rider: return Set(d.honors.map(\.year))
        case .page, .report: return []
        }
    }

    /// Adds `d` (the caller passes only documents of this tally's year, or any when `year` is nil).
    mutating func add(_ d: Document, config: SiteConfig, todayKey: Int) {
        switch d.kind {
        case .brand:
            if let year, d.date?.year != year { return }
            brandTotal += 1
            if let n = d.district { brandDistricts[n, default: 0] += 1 }
            if let y = d.date?.year { brandYears[y, default: 0] += 1 }
        case .rider:
            if let year, !d.honors.contains(where: { $0.year == year }) { return }
            riderTotal += 1
            let member = d.partyMember == true
            if member { party += 1 }
            if let n = d.district {
                riderDistricts[n, default: (0, 0)].0 += 1
                if member { riderDistricts[n]!.1 += 1 }
            }
            platforms[d.platform ?? StatisticsBucket.noPlatform, default: 0] += 1
            for h in d.honors where year == nil || h.year == year { honors[h.title, default: [:]][h.year, default: 0] += 1 }
        case .event:
            guard let date = d.date else { return }
            if let year, date.year != year { return }
            eventTotal += 1
            let people = d.participants ?? 0
            participants += people
            if date.year * 10000 + date.month * 100 + date.day > todayKey { upcoming += 1 }
            months[date.year * 100 + date.month, default: 0] += 1
            categories[d.category ?? StatisticsBucket.noCategory, default: 0] += 1
            if let b = d.base {
                bases[b, default: (0, 0)].0 += 1
                bases[b]!.1 += people
            }
            if let n = d.district ?? d.base.flatMap({ config.base(named: $0)?.district }) { eventDistricts[n, default: 0] += 1 }
        case .page, .report:
            return
        }
    }

    /// The statistics in their fixed orders (see ``SiteStatistics``).
    func finish(config: SiteConfig, years: [Int]) -> SiteStatistics {
        typealias S = SiteStatistics
        /// By count descending, then name; the unnamed bucket last.
        func ranked(_ counts: [String: Int], bucket: String) -> [S.Count] {
            counts.map { S.Count(name: $0.key, count: $0.value) }.sorted { a, b in
                if (a.name == bucket) != (b.name == bucket) { return b.name == bucket }
                return a.count != b.count ? a.count > b.count : a.name < b.name
            }
        }
        var monthKeys: [Int] = []
        if let year {
            monthKeys = (1...12).map { year * 100 + $0 }
        } else if let first = months.keys.min(), let last = months.keys.max() {
            var m = first
            while m <= last {
                monthKeys.append(m)
                m = m % 100 == 12 ? (m / 100 + 1) * 100 + 1 : m + 1
            }
        }
        let declaredHonors = config.honors.map(\.title)
        let honorTitles = declaredHonors.filter { honors[$0] != nil } + honors.keys.filter { !declaredHonors.contains($0) }.sorted()
        let honorCounts = honorTitles.flatMap { t in honors[t]!.map { S.HonorCount(title: t, year: $0.key, count: $0.value) } }
            .sorted { a, b in
                a.year != b.year ? a.year < b.year : honorTitles.firstIndex(of: a.title)! < honorTitles.firstIndex(of: b.title)!
            }

        return SiteStatistics(
            year: year,
            years: years,
            brands: S.Brands(
                total: brandTotal,
                byDistrict: config.districts.map { S.Count(name: $0.name, count: brandDistricts[$0.name] ?? 0) },
                byYear: brandYears.keys.sorted().map { S.YearCount(year: $0, count: brandYears[$0]!) }),
            riders: S.Riders(
                total: riderTotal, partyMembers: party,
                partyShare: riderTotal == 0 ? nil : Double(roundedTenthsOfPercent(party, riderTotal)) / 10,
                byDistrict: config.districts.map {
                    S.RiderDistrict(name: $0.name, count: riderDistricts[$0.name]?.0 ?? 0, partyMembers: riderDistricts[$0.name]?.1 ?? 0)
                },
                byPlatform: ranked(platforms, bucket: StatisticsBucket.noPlatform)),
            honors: honorCounts,
            events: S.Events(
                total: eventTotal,
                byMonth: monthKeys.map { S.MonthCount(month: monthText($0), count: months[$0] ?? 0) },
                byCategory: ranked(categories, bucket: StatisticsBucket.noCategory),
                byBase: config.bases.map {
                    S.BaseCount(name: $0.name, count: bases[$0.name]?.0 ?? 0, participants: bases[$0.name]?.1 ?? 0)
                },
                byDistrict: config.districts.map { S.Count(name: $0.name, count: eventDistricts[$0.name] ?? 0) },
                participants: participants, upcoming: upcoming))
    }
}

/// 202506 → `2025-06`.
func monthText(_ key: Int) -> String {
    let m = key % 100
    return "\(key / 100)-\(m < 10 ? "0" : "")\(m)"
}

/// `part / whole` in tenths of a percent, rounded half up (whole > 0, part ≥ 0).
func roundedTenthsOfPercent(_ part: Int, _ whole: Int) -> Int { (part * 1000 * 2 + whole) / (2 * whole) }
