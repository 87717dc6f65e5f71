/// Numbers the way Chinese statistical reports write them (统计公报 conventions).
///
/// - Quantities: `428万户`, `5.3万名`, `10837户` (万 when exact to one decimal or
///   when the number has six digits or more; 亿 from 100,000,000).
/// - Year-over-year change: `同比增长5.7%`, `同比下降3.2%`, `与上年持平`, chosen by sign.
/// - Shares: `41.7%`; changes of a share in `个百分点` (`提高2.5个百分点`).
///
/// Every result is computed in integers, rounded half away from zero, so the
/// same input gives the same text on every machine.
public enum ReportNumber {
    /// A count in report form without unit: 4280000 → `428万`, 53000 → `5.3万`, 10837 → `10837`.
    public static func compact(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        if v >= 100_000_000 {
            // Hundredths of 亿, trailing zeros trimmed.
            let h = (v + 500_000) / 1_000_000
            let whole = h / 100
            let frac = h % 100
            let fracText = frac == 0 ? "" : "." + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0" : "") + String(frac))
            return sign + String(whole) + fracText + "亿"
        }
        if v >= 10_000 && (v % 1_000 == 0 || v >= 100_000) {
            let tenths = (v + 500) / 1_000
            return sign + NumberText.tenthsText(tenths) + "万"
        }
        return sign + String(v)
    }

    /// A count with its unit: (4280000, 户) → `428万户`.
    public static func quantity(_ value: Int, unit: String) -> String { compact(value) + unit }

    /// The year-over-year wording: `同比增长5.7%`, `同比下降3.2%` or `与上年持平`.
    ///
    /// - Returns: nil when `previous` is zero (no rate can be given).
    public static func yearOverYear(current: Int, previous: Int) -> String? {
        guard previous != 0 else { return nil }
        let tenths = roundedTenths((current - previous) * 100, over: abs(previous))
        if tenths == 0 { return "与上年持平" }
        return (tenths > 0 ? "同比增长" : "同比下降") + NumberText.tenthsText(abs(tenths)) + "%"
    }

    /// A share in percent with one decimal: (5, 12) → `41.7%`. Nil when `whole` is zero.
    public static func percent(_ part: Int, of whole: Int) -> String? {
        guard whole != 0 else { return nil }
        return NumberText.tenthsText(roundedTenths(part * 100, over: whole)) + "%"
    }

    /// The share in tenths of a percent: (5, 12) → 417. Nil when `whole` is zero.
    public static func shareTenths(_ part: Int, of whole: Int) -> Int? {
        whole == 0 ? nil : roundedTenths(part * 100, over: whole)
    }

    /// The change of a share between two years in 个百分点, from the shares as
    /// published (each rounded to one decimal first, so the text agrees with them):
    /// `提高2.5个百分点`, `下降1个百分点`, `与上年持平`. Nil when a whole is zero.
    public static func shareChange(current: (part: Int, whole: Int), previous: (part: Int, whole: Int)) -> String? {
        guard let now = shareTenths(current.part, of: current.whole),
            let before = shareTenths(previous.part, of: previous.whole)
        else { return nil }
        return pointChange(tenths: now - before)
    }

    /// A change of a share given in tenths of a percentage point: 25 → `提高2.5个百分点`, -10 → `下降1个百分点`, 0 → `与上年持平`.
    public static func pointChange(tenths d: Int) -> String {
        if d == 0 { return "与上年持平" }
        return (d > 0 ? "提高" : "下降") + NumberText.tenthsText(abs(d)) + "个百分点"
    }

    /// A percentage given in tenths: 417 → `41.7%`, 500 → `50%`.
    public static func percent(tenths: Int) -> String { NumberText.tenthsText(tenths) + "%" }
}
