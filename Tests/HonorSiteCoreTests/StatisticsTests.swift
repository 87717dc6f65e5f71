import Charts
import Foundation
import FrontMatter
import TestSupport
import Testing

@testable import HonorSiteCore

/// The fixture theme as in-memory files (paths relative to the project).
func themeFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    for (path, data) in try TestSupport.readTree(Fixtures.theme) { files[path] = String(decoding: data, as: UTF8.self) }
    return files
}

/// A small site with known counts: three districts (one never used), two bases, every kind of gap.
let smallSite: [String: String] = [
    "content/site.yml": """
    title: 统计测试
    base_url: https://example.org/
    organization: 测试单位
    districts:
      - name: 福田区
        slug: futian
      - name: 南山区
        slug: nanshan
      - name: 深汕特别合作区
        slug: shenshan
    bases:
      - name: 甲基地
        slug: a
        district: 福田区
      - name: 乙基地
        slug: b
        district: 南山区
    honors:
      - title: 十大最美骑手
        issuer: 委员会
      - title: 暖蜂志愿先锋
        issuer: 志愿队
    """,
    "content/brands/b1.md": "---\ntitle: 品牌一\ndistrict: 福田区\nstreet: 甲街道\nbrand: 一\ndate: 2024-05-01\n---\n",
    "content/brands/b2.md": "---\ntitle: 品牌二\ndistrict: 南山区\nstreet: 乙街道\nbrand: 二\ndate: 2025-06-01\n---\n",
    "content/brands/b3.md": "---\ntitle: 品牌三\ndistrict: 福田区\nstreet: 甲街道\nbrand: 三\n---\n",
    "content/brands/b4.md": "---\ntitle: 草稿\ndistrict: 福田区\nstreet: 甲街道\nbrand: 四\ndate: 2025-01-01\ndraft: true\n---\n",
    "content/riders/r1.md": """
    ---
    name: 田富
    district: 福田区
    platform: 平台甲
    party_member: true
    honors:
      - title: 十大最美骑手
        year: 2024
      - title: 十大最美骑手
        year: 2025
    ---

    """,
    "content/riders/r2.md": "---\nname: 白云\ndistrict: 南山区\nplatform: 平台乙\nhonors:\n  - title: 暖蜂志愿先锋\n    year: 2025\n---\n",
    "content/riders/r3.md": "---\nname: 司伟\ndistrict: 南山区\nparty_member: false\nhonors:\n  - title: 十大最美骑手\n    year: 2024\n---\n",
    "content/events/e1.md": "---\ntitle: 培训一\ndate: 2025-03-02\nbase: 甲基地\ncategory: 培训\nparticipants: 10\n---\n",
    "content/events/e2.md": "---\ntitle: 交流一\ndate: 2025-03-20\nbase: 乙基地\ncategory: 交流\nparticipants: 5\n---\n",
    "content/events/e3.md": "---\ntitle: 无类别\ndate: 2025-11-01\nbase: 甲基地\n---\n",
    "content/events/e4.md": "---\ntitle: 将来\ndate: 2027-01-05\nbase: 甲基地\ncategory: 培训\nparticipants: 7\n---\n",
]

@Suite struct StatisticsModelTests {
    func statistics() throws -> StatisticsSet {
        let fs = MemoryFileSystem(try themeFiles().merging(smallSite) { $1 })
        return try SiteCompiler.statistics(Fixtures.options(URL(fileURLWithPath: "/nonexistent")), fileSystem: fs).set
    }

    typealias S = SiteStatistics

    @Test func allYears() throws {
        let s = try statistics().all
        #expect(s.year == nil)
        #expect(s.years == [2024, 2025, 2027])
        #expect(s.brands.total == 3)  // the draft is not counted; the undated brand is
        #expect(
            s.brands.byDistrict == [S.Count(name: "福田区", count: 2), S.Count(name: "南山区", count: 1), S.Count(name: "深汕特别合作区", count: 0)])
        #expect(s.brands.byYear == [S.YearCount(year: 2024, count: 1), S.YearCount(year: 2025, count: 1)])
        #expect(s.riders.total == 3 && s.riders.partyMembers == 1 && s.riders.partyShare == 33.3)
        #expect(s.riders.byPlatform == [S.Count(name: "平台乙", count: 1), S.Count(name: "平台甲", count: 1), S.Count(name: "未填写", count: 1)])
        #expect(s.riders.byDistrict.map(\.count) == [1, 2, 0] && s.riders.byDistrict.map(\.partyMembers) == [1, 0, 0])
        #expect(
            s.honors == [
                S.HonorCount(title: "十大最美骑手", year: 2024, count: 2), S.HonorCount(title: "十大最美骑手", year: 2025, count: 1),
                S.HonorCount(title: "暖蜂志愿先锋", year: 2025, count: 1),
            ])
        #expect(s.events.total == 4 && s.events.participants == 22 && s.events.upcoming == 1)
        #expect(s.events.byMonth.count == 23)  // 2025-03 … 2027-01, empty months included
        #expect(s.events.byMonth.first == S.MonthCount(month: "2025-03", count: 2))
        #expect(s.events.byMonth.last == S.MonthCount(month: "2027-01", count: 1))
        #expect(s.events.byCategory == [S.Count(name: "培训", count: 2), S.Count(name: "交流", count: 1), S.Count(name: "未分类", count: 1)])
        #expect(
            s.events.byBase == [
                S.BaseCount(name: "甲基地", count: 3, participants: 17),
                S.BaseCount(name: "乙基地", count: 1, participants: 5),
            ])
        #expect(s.events.byDistrict.map(\.count) == [3, 1, 0])  // from the base when the event names no district
    }

    @Test func oneYear() throws {
        let s = try statistics().statistics(year: 2025)
        #expect(s.year == 2025)
        #expect(s.brands.total == 1 && s.brands.byDistrict.map(\.count) == [0, 1, 0])
        #expect(s.riders.total == 2 && s.riders.partyMembers == 1 && s.riders.partyShare == 50)  // honored in 2025
        #expect(s.honors.map(\.count) == [1, 1])
        #expect(s.events.total == 3 && s.events.participants == 15 && s.events.upcoming == 0)
        #expect(s.events.byMonth.map(\.month) == (1...12).map { String(format: "2025-%02d", $0) })
        #expect(s.events.byMonth.map(\.count) == [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0])
    }

    @Test func aYearWithoutDataIsZeros() throws {
        let s = try statistics().statistics(year: 2019)
        #expect(s.brands.total == 0 && s.riders.total == 0 && s.events.total == 0 && s.riders.partyShare == nil)
        #expect(s.brands.byDistrict.map(\.name) == ["福田区", "南山区", "深汕特别合作区"])
        #expect(s.years == [2024, 2025, 2027])
    }

    /// The one-pass stage gives what counting each year on its own gives.
    @Test func stageEqualsCountingEachYearAlone() throws {
        let fs = MemoryFileSystem(try themeFiles().merging(smallSite) { $1 })
        let site = try SiteCompiler.indexedSite(Fixtures.options(URL(fileURLWithPath: "/nonexistent")), fileSystem: fs).indexed.site
        let set = site.statistics
        #expect(set.all == computeStatistics(site.documents, config: site.config, todayKey: site.todayKey, year: nil))
        for y in [2019, 2024, 2025, 2027] {
            let alone = computeStatistics(site.documents, config: site.config, todayKey: site.todayKey, year: y)
            #expect(set.statistics(year: y) == alone, "\(y)")
        }
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let json = try statistics().statistics(year: 2025).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["year", "years", "brands", "riders", "honors", "events"])
        let brands = try #require(object["brands"] as? [String: Any])
        #expect(Set(brands.keys) == ["total", "by_district", "by_year"])
        #expect((brands["by_district"] as? [[String: Any]])?.first?["name"] as? String == "福田区")
        let riders = try #require(object["riders"] as? [String: Any])
        #expect(Set(riders.keys) == ["total", "party_members", "party_share", "by_district", "by_platform"])
        let events = try #require(object["events"] as? [String: Any])
        #expect(Set(events.keys) == ["total", "by_month", "by_category", "by_base", "by_district", "participants", "upcoming"])
        #expect((events["by_month"] as? [[String: Any]])?[2]["month"] as? String == "2025-03")
        #expect((object["honors"] as? [[String: Any]])?.first.map { Set($0.keys) } == ["title", "year", "count"])
        #expect(json.contains("\"party_share\" : 50"))
        let none = try statistics().statistics(year: 2019).json()
        #expect(none.contains("\"party_share\" : null"))
    }

    @Test func csvTablesHaveChineseHeadersWithUnits() throws {
        let files = Dictionary(uniqueKeysWithValues: try statistics().statistics(year: 2025).csvFiles().map { ($0.name, $0.contents) })
        #expect(files["brands-by-district.csv"] == "\u{FEFF}区域,品牌案例数（个）\r\n福田区,0\r\n南山区,1\r\n深汕特别合作区,0\r\n")
        #expect(files["summary.csv"]?.hasPrefix("\u{FEFF}指标,数值,单位\r\n品牌案例,1,个\r\n") == true)
        #expect(files["events-by-base.csv"] == "\u{FEFF}实训基地,活动场次（场）\r\n甲基地,2\r\n乙基地,1\r\n")
        #expect(files.count == StatisticsTable.all.count + 1)
    }

    /// Every table's chart draws the table's total, and that total is a figure of the JSON.
    @Test func everyChartTotalEqualsItsTableAndTheJSON() throws {
        for year in [nil, 2024, 2025] as [Int?] {
            let s = try statistics().statistics(year: year)
            let honors = s.honors.reduce(0) { $0 + $1.count }
            let expected: [String: Int] = [
                "brands.by_district": s.brands.total, "brands.by_year": s.brands.byYear.reduce(0) { $0 + $1.count },
                "riders.by_district": s.riders.total, "riders.party": s.riders.total, "riders.by_platform": s.riders.total,
                "honors": honors, "events.by_month": s.events.total, "events.by_category": s.events.total,
                "events.by_base": s.events.total, "events.participants_by_base": s.events.participants,
                "events.bases": s.events.total + s.events.participants, "events.by_district": s.events.total,
            ]
            for t in StatisticsTable.all {
                let chart = t.chart(s)
                #expect(chart.table.total == expected[t.name], "\(t.name) \(String(describing: year))")
                guard chart.problem == nil else { continue }
                #expect(drawnTotal(ChartLayout.make(chart)) == chart.table.total || chart.type == .line, "\(t.name)")
            }
        }
    }
}

/// The sum of the numbers a layout draws (value labels; stacked rows by their totals; donut list entries).
func drawnTotal(_ layout: ChartLayout) -> Int {
    if layout.isEmpty { return 0 }
    var total = 0
    for l in layout.labels {
        switch (layout.type, l.role) {
        case (.stacked, .total): total += Int(l.lines[0]) ?? 0
        case (.donut, .value): total += Int(l.lines.joined().split(separator: "\u{3000}").last!.prefix { $0.isNumber }) ?? 0
        case (.bar, .value), (.hbar, .value), (.line, .value): total += Int(l.lines[0]) ?? 0
        default: break
        }
    }
    return total
}
