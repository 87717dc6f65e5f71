import Charts
import FrontMatter
import Mustache

/// Key figures of a data file (`data/stats.yml`), shown the way Chinese reports write them.
///
/// An entry may give its value as a string (`value: "428万"`, shown as written) or
/// as a number with a unit and optionally the previous year's value and a date:
/// `value: 4280000`, `unit: 户`, `previous: 4050000`, `as_of: 2025-12-31`. A number
/// becomes `value` `428万` (the number stays in `number`), `text` `428万户`,
/// `change` `同比增长5.7%` (or 下降, by sign; 与上年持平) and `as_of` `2025年12月31日`.
/// With `share: true` the value and previous value are percentages in tenths
/// (`value: 417` for 41.7%) and `change` is in 个百分点.
func keyFigure(_ entry: MustacheValue) -> MustacheValue {
    guard case .map(var m) = entry else { return entry }
    let unit: String = { if case .string(let u)? = m["unit"] { return u } else { return "" } }()
    let isShare: Bool = { if case .bool(true)? = m["share"] { return true } else { return false } }()
    if case .int(let v)? = m["value"] {
        m["number"] = .int(v)
        let shown = isShare ? ReportNumber.percent(tenths: v) : ReportNumber.compact(v)
        m["value"] = .string(shown)
        m["text"] = .string(shown + (isShare ? "" : unit))
        if case .int(let p)? = m["previous"] {
            let change = isShare ? ReportNumber.pointChange(tenths: v - p) : ReportNumber.yearOverYear(current: v, previous: p)
            m["change"] = change.map(MustacheValue.string) ?? .null
        }
    } else if case .string(let s)? = m["value"] {
        m["text"] = .string(s + unit)
    }
    if case .string(let d)? = m["as_of"], let shown = displayISODate(d) { m["as_of"] = .string(shown) }
    return .map(m)
}

/// `2025-12-31` → `2025年12月31日`; nil when `s` is not such a date.
func displayISODate(_ s: String) -> String? {
    let p = s.split(separator: "-")
    guard p.count == 3, let y = Int(p[0]), let mo = Int(p[1]), let d = Int(p[2]) else { return nil }
    return "\(y)年\(mo)月\(d)日"
}

/// The key figures of `data/stats.yml` (a list), each through ``keyFigure(_:)``.
func keyFigures(_ data: [String: MustacheValue]) -> MustacheValue {
    guard case .list(let items)? = data["stats"] else { return data["stats"] ?? .null }
    return .list(items.map(keyFigure))
}

/// The key figures that have a `key:`, by key (for `{{figures.KEY.text}}` in reports).
func keyFiguresByKey(_ data: [String: MustacheValue]) -> MustacheValue {
    guard case .list(let items) = keyFigures(data) else { return .map([:]) }
    var m: [String: MustacheValue] = [:]
    for case .map(let e) in items { if case .string(let k)? = e["key"] { m[k] = .map(e) } }
    return .map(m)
}

/// The largest number a key figure may give (1000万亿): the year-over-year arithmetic stays within integers.
let keyFigureLimit = 1_000_000_000_000_000

/// Checks the key figures of `data/stats.yml` before they are used: numbers within ±``keyFigureLimit``,
/// each `key:` given once (a second one would silently replace the first in `{{figures.KEY…}}`).
func checkKeyFigures(_ root: YAMLNode, path: String) -> [Diagnostic] {
    guard case .list(let items) = root.value else { return [] }
    var diags: [Diagnostic] = []
    var firstLine: [String: Int] = [:]
    for item in items {
        for e in item.entries ?? [] {
            let at = SourceLocation(path: path, line: e.value.line, column: e.value.column)
            if e.key == "value" || e.key == "previous", case .int(let v) = e.value.value, v.magnitude > keyFigureLimit {
                diags.append(Diagnostic(.error, at, ReportMessages.figureTooLarge(e.key, v)))
            }
            if e.key == "key", case .string(let k) = e.value.value {
                if let line = firstLine[k] {
                    diags.append(Diagnostic(.error, at, ReportMessages.duplicateFigureKey(k, firstLine: line)))
                } else {
                    firstLine[k] = e.value.line
                }
            }
        }
    }
    return diags
}
