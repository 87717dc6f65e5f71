/// Fills for series and parts, from the theme's reds and golds, in steps of lightness
/// far enough apart to tell apart in black-and-white print (values are also labelled directly).
enum Palette {
    static let fills = ["#8c1a13", "#e39a8f", "#c99a2e", "#4a4540", "#f3d9a4", "#b3241b", "#bdb6ad", "#6b4b1f"]
    /// Fills that need white text on top.
    static let dark: Set<Int> = [0, 3, 5, 7]

    static func fill(_ i: Int) -> String { fills[i % fills.count] }
    static func isDark(_ i: Int) -> Bool { dark.contains(i % fills.count) }

    /// The theme's sans-serif CJK stack (templates/static/style.css `--sans`), quoted for an SVG attribute.
    static let fontFamily = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif"
    static let ink = "#1f1f1f"
    static let axis = "#5f5a55"
}
