/// Fixed, locale-independent number text for SVG coordinates and labels.
///
/// Output never depends on the machine's locale or on floating-point printing:
/// coordinates are rounded to one decimal and written without a trailing `.0`.
enum NumberText {
    /// `12`, `12.5`, `-3.2` — rounded half away from zero to one decimal.
    static func coordinate(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded(.toNearestOrAwayFromZero))
        return tenthsText(tenths)
    }

    /// Tenths as a decimal string: 57 → `5.7`, 50 → `5`, -3 → `-0.3`.
    static func tenthsText(_ tenths: Int, keepZero: Bool = false) -> String {
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        if a % 10 == 0 && !keepZero { return sign + String(a / 10) }
        return sign + String(a / 10) + "." + String(a % 10)
    }
}

/// Rounds `numerator / denominator` to tenths, half away from zero, in integers.
///
/// - Returns: the quotient in tenths, e.g. (57, 1000) × 1000 → 57 for 5.7.
func roundedTenths(_ numerator: Int, over denominator: Int) -> Int {
    precondition(denominator != 0, "denominator must not be zero")
    let n = numerator * 10
    let sign = (n < 0) != (denominator < 0) ? -1 : 1
    let (q, r) = (abs(n) / abs(denominator), abs(n) % abs(denominator))
    return sign * (q + (2 * r >= abs(denominator) ? 1 : 0))
}
