import Foundation
import FrontMatter

/// Date handling in the site's time zone (docs/content.md, "Rules you will notice": Dates).
struct DateRules: Sendable {
    let timeZone: TimeZone
    let calendar: Calendar

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        calendar = c
    }

    /// The instant a content date stands for: midnight in the site's zone when no time is written.
    func instant(_ d: YAMLDate) -> Date {
        var comps = DateComponents(
            year: d.year, month: d.month, day: d.day, hour: d.hour ?? 0, minute: d.minute ?? 0, second: d.second ?? 0)
        comps.timeZone = d.utcOffsetMinutes.flatMap { TimeZone(secondsFromGMT: $0 * 60) } ?? timeZone
        return calendar.date(from: comps) ?? Date(timeIntervalSince1970: 0)
    }

    /// The calendar day (year·10000 + month·100 + day) of an instant in the site's zone.
    func dayKey(of date: Date) -> Int {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return c.year! * 10000 + c.month! * 100 + c.day!
    }

    /// `2024年6月1日` (zh-CN long date).
    func display(_ d: YAMLDate) -> String { Self.display(d) }
    static func display(_ d: YAMLDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }

    /// ISO 8601: `2024-06-01` for a date, `2024-06-01T09:30:00+08:00` when a time is written.
    func iso(_ d: YAMLDate) -> String {
        guard d.hour != nil else { return isoDay(d) }
        return isoDateTime(instant(d), offsetMinutes: d.utcOffsetMinutes)
    }

    /// RFC 3339 date-time of an instant, with the site's offset (or the given one).
    func isoDateTime(_ date: Date, offsetMinutes: Int? = nil) -> String {
        let offset = offsetMinutes.map { $0 * 60 } ?? timeZone.secondsFromGMT(for: date)
        let local = date.addingTimeInterval(TimeInterval(offset))
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: local)
        func p(_ n: Int, _ w: Int = 2) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 ? "Z" : "\(sign)\(p(abs(offset) / 3600)):\(p(abs(offset) % 3600 / 60))"
        return "\(p(c.year!, 4))-\(p(c.month!))-\(p(c.day!))T\(p(c.hour!)):\(p(c.minute!)):\(p(c.second!))\(zone)"
    }
}
