import Media
import Mustache

// The values templates see, one small type each (docs/templates.md is the
// contract). Each type writes its Mustache map in `templateValue`, in one place;
// a key documented as "absent when not set" is left out, one documented as a
// value or null is always there (a missing key lets Mustache look further up the
// context stack, a null one does not).

/// A value a template can show.
protocol TemplateValue {
    var templateValue: MustacheValue { get }
}

extension String: TemplateValue { var templateValue: MustacheValue { .string(self) } }
extension Int: TemplateValue { var templateValue: MustacheValue { .int(self) } }
extension Bool: TemplateValue { var templateValue: MustacheValue { .bool(self) } }
extension MustacheValue: TemplateValue { var templateValue: MustacheValue { self } }
extension Optional: TemplateValue where Wrapped: TemplateValue { var templateValue: MustacheValue { self?.templateValue ?? .null } }
extension Array: TemplateValue where Element: TemplateValue { var templateValue: MustacheValue { .list(map(\.templateValue)) } }

/// A value built once and shown by many documents (its map is shared, not copied per document).
struct Shared<Value: TemplateValue & Sendable>: TemplateValue, Sendable {
    let value: Value
    let templateValue: MustacheValue
    init(_ value: Value) {
        self.value = value
        templateValue = value.templateValue
    }
}

/// Already converted values (the items of a list, converted once per document).
struct Items: TemplateValue {
    var values: [MustacheValue]
    var templateValue: MustacheValue { .list(values) }
}

// MARK: - Links

/// A link that shows a name.
protocol Named {
    var name: String { get set }
}

/// `{name, url}`: a tag on an item.
struct TagLink: TemplateValue, Named, Sendable {
    var name: String
    var url: String
    var templateValue: MustacheValue { .map(["name": .string(name), "url": .string(url)]) }
}

/// `{name, slug, url}`: a district or a training base.
struct PlaceLink: TemplateValue, Named, Sendable {
    var name: String
    var slug: String
    var url: String
    var templateValue: MustacheValue { .map(["name": .string(name), "slug": .string(slug), "url": .string(url)]) }
}

/// `{title, url, active}`: one entry of the main navigation.
struct NavEntry: TemplateValue {
    var title: String
    var url: String
    var active: Bool
    var templateValue: MustacheValue { .map(["title": .string(title), "url": .string(url), "active": .bool(active)]) }
}

/// `{title, url, current}`: one step of the breadcrumbs.
struct Breadcrumb: TemplateValue {
    var title: String
    var url: String
    var current: Bool
    var templateValue: MustacheValue { .map(["title": .string(title), "url": .string(url), "current": .bool(current)]) }
}

/// `{year, url}` plus `count` or `current` where the page shows them.
struct YearLink: TemplateValue {
    var year: Int
    var url: String
    var count: Int?
    var current: Bool?
    var templateValue: MustacheValue {
        var m: [String: MustacheValue] = ["year": .int(year), "url": .string(url)]
        if let count { m["count"] = .int(count) }
        if let current { m["current"] = .bool(current) }
        return .map(m)
    }
}

// MARK: - Documents

/// `{iso, display, year, month, day}`.
struct DateValue: TemplateValue, Sendable {
    var iso: String
    var display: String
    var year: Int, month: Int, day: Int
    init(_ d: ContentDate, _ dates: DateRules) {
        (iso, display, year, month, day) = (dates.iso(d), dates.display(d), d.year, d.month, d.day)
    }
    var templateValue: MustacheValue {
        .map(["iso": .string(iso), "display": .string(display), "year": .int(year), "month": .int(month), "day": .int(day)])
    }
}

/// `{title, year, rank, url}`: an honor on a rider's item.
struct HonorLink: TemplateValue, Sendable {
    var title: String
    var year: Int
    var rank: Int?
    var url: String
    var templateValue: MustacheValue {
        .map(["title": .string(title), "year": .int(year), "rank": rank.templateValue, "url": .string(url)])
    }
}

/// An item: one document as lists and document pages show it.
struct DocumentItem: TemplateValue, Sendable {
    /// The fields of one kind.
    enum Details: Sendable {
        case brand(street: String?, brand: String?, station: String?)
        case rider(platform: String?, partyMember: Bool, honors: [HonorLink])
        case event(endDate: DateValue?, category: String?, participants: Int?, upcoming: Bool, base: Shared<PlaceLink>?)
        case page(weight: Int?)
        case report(year: Int?, issuer: String?, docNumber: String?)
    }
    var kind: DocumentKind
    var slug: String
    var title: String
    var url: String
    var permalink: String
    var summary: String
    var readingMinutes: Int
    var date: DateValue?
    var tags: [Shared<TagLink>]
    var draft: Bool
    /// Absent when the document names no declared district.
    var district: Shared<PlaceLink>?
    /// The cover or photo; absent when not set.
    var image: ImageValue?
    var details: Details

    var templateValue: MustacheValue {
        var m: [String: MustacheValue] = [
            "kind": .string(kind.rawValue), "section_title": .string(kind.sectionTitle), "slug": .string(slug),
            "title": .string(title), "url": .string(url), "permalink": .string(permalink),
            "summary": .string(summary), "reading_minutes": .int(readingMinutes), "date": date.templateValue,
            "tags": tags.templateValue, "draft": .bool(draft),
        ]
        if let district { m["district"] = district.templateValue }
        if let image {
            m["image_url"] = .string(image.url)
            m["image_permalink"] = .string(image.permalink)
            m[kind == .rider ? "photo" : "cover"] = image.templateValue
        }
        switch details {
        case .brand(let street, let brand, let station):
            m["street"] = street.templateValue
            m["brand"] = brand.templateValue
            m["station"] = station.templateValue
        case .rider(let platform, let partyMember, let honors):
            m["name"] = .string(title)
            m["name_display"] = .string(paddedName(title))
            m["platform"] = platform.templateValue
            m["party_member"] = .bool(partyMember)
            m["honors"] = honors.templateValue
        case .event(let endDate, let category, let participants, let upcoming, let base):
            m["end_date"] = endDate.templateValue
            m["category"] = category.templateValue
            m["participants"] = participants.templateValue
            m["upcoming"] = .bool(upcoming)
            if let base { m["base"] = base.templateValue }
        case .page(let weight):
            m["weight"] = weight.templateValue
        case .report(let year, let issuer, let docNumber):
            m["year"] = year.templateValue
            m["issuer"] = issuer.templateValue
            m["doc_number"] = docNumber.templateValue
        }
        return .map(m)
    }
}

/// `{url, permalink, alt, width, height}`: a cover or photo. `width` and `height` are the
/// displayed size (EXIF orientation applied), absent when unknown (an SVG without size).
struct ImageValue: TemplateValue, Sendable {
    var url: String
    var permalink: String
    var alt: String
    var size: ImageSize?
    var templateValue: MustacheValue {
        var m: [String: MustacheValue] = ["url": .string(url), "permalink": .string(permalink), "alt": .string(alt)]
        if let size {
            m["width"] = .int(size.width)
            m["height"] = .int(size.height)
        }
        return .map(m)
    }
}

/// `{level, text, id}`: a heading in a document's table of contents.
struct TocEntry: TemplateValue {
    var level: Int
    var text: String
    var id: String
    var templateValue: MustacheValue { .map(["level": .int(level), "text": .string(text), "id": .string(id)]) }
}

// MARK: - Places and rolls

/// A training base as the bases, base and event pages show it.
struct BaseInfo: TemplateValue {
    var link: PlaceLink
    var district: String
    var address: String?
    var description: String?
    var count: Int
    var upcomingCount: Int
    var templateValue: MustacheValue {
        .map([
            "name": .string(link.name), "slug": .string(link.slug), "url": .string(link.url), "district": .string(district),
            "address": address.templateValue, "description": description.templateValue,
            "count": .int(count), "upcoming_count": .int(upcomingCount),
        ])
    }
}

/// How many documents of each kind a district has.
struct DistrictCounts {
    var count: Int, brands: Int, riders: Int, events: Int
}

/// A district on the districts page.
struct DistrictSummary: TemplateValue {
    var link: PlaceLink
    var counts: DistrictCounts
    var templateValue: MustacheValue {
        .map([
            "name": .string(link.name), "slug": .string(link.slug), "url": .string(link.url), "count": .int(counts.count),
            "brand_count": .int(counts.brands), "rider_count": .int(counts.riders), "event_count": .int(counts.events),
        ])
    }
}

/// One name on an honor roll page.
struct RollEntryValue: TemplateValue {
    var number: Int
    var name: String
    var url: String
    var district: String?
    var platform: String?
    var rank: Int?
    var photo: ImageValue?
    var templateValue: MustacheValue {
        .map([
            "number": .int(number), "name": .string(name), "name_display": .string(paddedName(name)), "url": .string(url),
            "district": district.templateValue, "platform": platform.templateValue, "rank": rank.templateValue,
            "photo": photo.templateValue,
        ])
    }
}

/// One honor's section of a year's roll page.
struct RollSectionValue: TemplateValue {
    var year: Int
    var title: String
    var issuer: String
    var description: String?
    /// The order used, stated under the title.
    var order: RollOrder
    /// The award date as `2025年12月1日`, if given.
    var date: String?
    var entries: [RollEntryValue]
    var templateValue: MustacheValue {
        .map([
            "title": .string(title), "anchor": .string(honorAnchor(title)),
            "print_title": .string(HonorRoll.title(year: year, honor: title)),
            "order": .string(order.statement), "date": date.templateValue,
            "issuer": .string(issuer), "description": description.templateValue, "count": .int(entries.count),
            "entries": entries.templateValue,
        ])
    }
}

/// `{title, count, url}`: an honor of a year on the honors page.
struct HonorSummary: TemplateValue {
    var title: String
    var count: Int
    var url: String
    var templateValue: MustacheValue { .map(["title": .string(title), "count": .int(count), "url": .string(url)]) }
}

/// `{year, url, count, honors}`: a year on the honors page.
struct RollYearSummary: TemplateValue {
    var year: Int
    var url: String
    var count: Int
    var honors: [HonorSummary]
    var templateValue: MustacheValue {
        .map(["year": .int(year), "url": .string(url), "count": .int(count), "honors": honors.templateValue])
    }
}

/// A name padded for print alignment: two-character Chinese names get an
/// ideographic space (U+3000) between the characters (`王　伟`), so they line
/// up with three-character names. Other names are unchanged.
func paddedName(_ name: String) -> String {
    let chars = Array(name)
    guard chars.count == 2, chars.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value >= 0x3400 } }) else { return name }
    return "\(chars[0])\u{3000}\(chars[1])"
}
