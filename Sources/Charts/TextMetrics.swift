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
    /// (，。、）」) never start a line.
    ///
    /// - Returns: the lines, or nil when one character is wider than `maxWidth`.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String]? {
        // Units that may not be split: a wide character, a run of narrow non-space characters, a space.
        var units: [String] = []
        var run = ""
        for ch in text {
            let wide = ch.unicodeScalars.first.map(isWide) ?? false
            if ch == " " || wide {
                if !run.isEmpty { units.append(run); run = "" }
                if wide, isClosingMark(ch), let last = units.popLast() { units.append(last + String(ch)); continue }
                units.append(String(ch))
            } else {
                run.append(ch)
            }
        }
        if !run.isEmpty { units.append(run) }
        var lines: [String] = []
        var line = ""
        func fits(_ s: String) -> Bool { width(s, fontSize: fontSize) <= maxWidth + 1e-9 }
        for unit in units {
            if fits(line + unit) { line += unit; continue }
            if !line.isEmpty { lines.append(line.trimmingTrailingSpaces()); line = "" }
            if unit == " " { continue }
            if fits(unit) { line = unit; continue }
            // A unit too wide on its own: split it by character.
            for ch in unit {
                if fits(line + String(ch)) { line.append(ch); continue }
                if line.isEmpty { return nil }
                lines.append(line)
                line = String(ch)
                if !fits(line) { return nil }
            }
        }
        if !line.isEmpty { lines.append(line.trimmingTrailingSpaces()) }
        return lines.isEmpty ? [""] : lines
    }

    static func isClosingMark(_ ch: Character) -> Bool { "，。、；：！？）」』》”’".contains(ch) }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
