/// Estimated text widths and line wrapping for chart labels.
///
/// There is no font engine at build time, so widths are estimated the way a
/// typesetter budgets CJK text: 1 em per Han character or full-width mark,
/// 0.55 em per other character (Latin letters, digits, half-width marks). The
/// estimate errs wide for Latin text, so a label that fits here fits on paper.
public enum TextMetrics {
    /// Width in em of one Unicode scalar.
    public static func ems(of scalar: Unicode.Scalar) -> Double {
        isWide(scalar) ? 1 : 0.55
    }

    /// Width in em of a string.
    public static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ems(of: $1) }
    }

    /// Width in user units (px) at `fontSize`.
    public static func width(_ text: String, fontSize: Double) -> Double {
        ems(text) * fontSize
    }

    /// True for CJK ideographs, kana, Hangul, full-width forms and CJK punctuation
    /// (including the curly quotes “” that CJK fonts draw full width).
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2018...0x201F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Splits `text` into lines no wider than `maxWidth` at `fontSize`.
    ///
    /// Lines break between any two wide characters and at spaces; a run of Latin
    /// letters and digits is kept together unless it alone is too wide. Closing marks
    /// (，。、）」) never start a line, opening marks (（“《) never end one. The lines are
    /// as few as greedy filling gives, and as even as they can be: 深汕特别合作区 reads
    /// 深汕／特别／合作区, not 深汕特／别合作／区 with a lone 区.
    ///
    /// - Returns: the lines, or nil when one character is wider than `maxWidth`.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String]? {
        let units = wrapUnits(text)
        func fits(_ s: String) -> Bool { width(s, fontSize: fontSize) <= maxWidth + 1e-9 }
        guard let greedy = greedyWrap(units, fits: fits) else { return nil }
        guard greedy.count > 1, units.allSatisfy(fits) else { return greedy }
        return evenWrap(units, lineCount: greedy.count, maxWidth: maxWidth, fontSize: fontSize) ?? greedy
    }

    /// Units that may not be split: a wide character (with the marks that cling to it), a run of narrow
    /// non-space characters, a space.
    private static func wrapUnits(_ text: String) -> [String] {
        var units: [String] = []
        var run = ""
        var opening = ""
        for ch in text {
            let wide = ch.unicodeScalars.first.map(isWide) ?? false
            if ch == " " || wide {
                if !run.isEmpty {
                    units.append(opening + run)
                    run = ""
                    opening = ""
                }
                if wide, isClosingMark(ch), let last = units.popLast() {
                    units.append(last + String(ch))
                    continue
                }
                if wide, isOpeningMark(ch) {
                    opening += String(ch)
                    continue
                }
                units.append(opening + String(ch))
                opening = ""
            } else {
                run.append(ch)
            }
        }
        if !run.isEmpty || !opening.isEmpty { units.append(opening + run) }
        return units
    }

    /// Fills each line as far as it goes; a unit too wide on its own is split by character.
    private static func greedyWrap(_ units: [String], fits: (String) -> Bool) -> [String]? {
        var lines: [String] = []
        var line = ""
        for unit in units {
            if fits(line + unit) {
                line += unit
                continue
            }
            if !line.isEmpty {
                lines.append(line.trimmingTrailingSpaces())
                line = ""
            }
            if unit == " " { continue }
            if fits(unit) {
                line = unit
                continue
            }
            for ch in unit {
                if fits(line + String(ch)) {
                    line.append(ch)
                    continue
                }
                if line.isEmpty { return nil }
                lines.append(line)
                line = String(ch)
                if !fits(line) { return nil }
            }
        }
        if !line.isEmpty { lines.append(line.trimmingTrailingSpaces()) }
        return lines.isEmpty ? [""] : lines
    }

    /// `units` in exactly `lineCount` lines that fit, with the least sum of squared free space per line
    /// (ties: the shorter first line); nil when there is no such split.
    private static func evenWrap(_ units: [String], lineCount: Int, maxWidth: Double, fontSize: Double) -> [String]? {
        let n = units.count
        func lineText(_ i: Int, _ j: Int) -> String { units[i..<j].joined().trimmingSpaces() }
        // best[k][i]: the least cost and first break of units i..<n in k lines.
        var best = [[(cost: Double, next: Int)?]](
            repeating: [(cost: Double, next: Int)?](repeating: nil, count: n + 1),
            count: lineCount + 1)
        best[0][n] = (0, n)
        for k in 1...lineCount {
            for i in stride(from: n - 1, through: 0, by: -1) where units[i] != " " {
                for j in (i + 1)...n {
                    let w = width(lineText(i, j), fontSize: fontSize)
                    if w > maxWidth + 1e-9 { break }
                    guard let rest = best[k - 1][j] else { continue }
                    let cost = (maxWidth - w) * (maxWidth - w) + rest.cost
                    if best[k][i].map({ cost < $0.cost - 1e-9 }) ?? true { best[k][i] = (cost, j) }
                }
            }
        }
        guard best[lineCount][0] != nil else { return nil }
        var lines: [String] = []
        var i = 0
        var k = lineCount
        while k > 0, let step = best[k][i] {
            lines.append(lineText(i, step.next))
            i = step.next
            k -= 1
        }
        return lines
    }

    static func isClosingMark(_ ch: Character) -> Bool { "，。、；：！？）」』》”’".contains(ch) }
    static func isOpeningMark(_ ch: Character) -> Bool { "（「『《“‘".contains(ch) }
}

extension String {
    func trimmingSpaces() -> String { String(drop { $0 == " " }).trimmingTrailingSpaces() }

    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
