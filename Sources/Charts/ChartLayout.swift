/// A rectangle in SVG user units (y grows downwards).
public struct Box: Sendable, Equatable {
    public var x: Double, y: Double, width: Double, height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    /// True when the two boxes share interior area (touching edges do not count).
    public func overlaps(_ o: Box) -> Bool {
        x < o.maxX - 1e-6 && o.x < maxX - 1e-6 && y < o.maxY - 1e-6 && o.y < maxY - 1e-6
    }
    /// True when `o` lies inside this box.
    public func contains(_ o: Box) -> Bool {
        o.x >= x - 1e-6 && o.y >= y - 1e-6 && o.maxX <= maxX + 1e-6 && o.maxY <= maxY + 1e-6
    }
}

/// What a piece of text in a chart says.
public enum LabelRole: Sendable, Equatable {
    /// A category name (axis or row label).
    case category
    /// A number drawn at a bar, segment or point; `series` and `index` say which value.
    case value(series: Int, index: Int)
    /// A row total at the end of a stacked bar.
    case total(index: Int)
    /// A legend or donut list entry for a series or category.
    case legend
    /// A note such as 暂无数据.
    case note
}

/// A text label: its lines and the box they occupy (lines are set top to bottom inside it).
public struct Label: Sendable, Equatable {
    public enum Align: Sendable { case start, middle, end }
    public var lines: [String]
    public var box: Box
    public var align: Align
    public var fontSize: Double
    public var role: LabelRole
    /// Draw in white (on a dark fill).
    public var inverse: Bool = false
}

/// A drawn shape; `fill` indexes the palette (series or category).
public enum Shape: Sendable, Equatable {
    case rect(Box, fill: Int)
    /// A swatch in a legend.
    case swatch(Box, fill: Int)
    case axis(x1: Double, y1: Double, x2: Double, y2: Double)
    case polyline([(Double, Double)], fill: Int)
    case point(x: Double, y: Double, fill: Int)
    /// A ring segment between angles (radians, clockwise from 12 o'clock).
    case ringSegment(cx: Double, cy: Double, outer: Double, inner: Double, start: Double, end: Double, fill: Int)

    public static func == (a: Shape, b: Shape) -> Bool {
        switch (a, b) {
        case (.rect(let x, let f), .rect(let y, let g)), (.swatch(let x, let f), .swatch(let y, let g)): return x == y && f == g
        case (.axis(let a1, let b1, let c1, let d1), .axis(let a2, let b2, let c2, let d2)):
            return a1 == a2 && b1 == b2 && c1 == c2 && d1 == d2
        case (.polyline(let p, let f), .polyline(let q, let g)): return f == g && p.count == q.count && zip(p, q).allSatisfy { $0 == $1 }
        case (.point(let x1, let y1, let f), .point(let x2, let y2, let g)): return x1 == x2 && y1 == y2 && f == g
        case (.ringSegment(let a, let b, let c, let d, let e, let f, let g), .ringSegment(let h, let i, let j, let k, let l, let m, let n)):
            return a == h && b == i && c == j && d == k && e == l && f == m && g == n
        default: return false
        }
    }
}

/// A chart laid out: canvas size, shapes and labels, before it becomes SVG text.
///
/// Layout is a pure function of the ``Chart`` (see ``ChartLayout/make(_:)``), so tests
/// check geometry — no label overlaps another or leaves the canvas — on this value.
public struct ChartLayout: Sendable, Equatable {
    /// The type actually drawn (`bar` becomes `hbar` when its labels do not fit).
    public var type: ChartType
    public var width: Double
    public var height: Double
    public var shapes: [Shape]
    public var labels: [Label]
    /// True when there was nothing to draw (暂无数据).
    public var isEmpty: Bool

    /// The canvas as a box.
    public var canvas: Box { Box(x: 0, y: 0, width: width, height: height) }
}

/// Sizes shared by every layout (SVG user units; 1 unit = 1 CSS px).
enum Metrics {
    static let width = 640.0
    static let fontSize = 13.0
    static let valueFontSize = 12.0
    static let lineHeight = 1.3  // × font size
    static let margin = 12.0
    static func textHeight(lines: Int, fontSize: Double) -> Double { Double(lines) * fontSize * lineHeight }
}
