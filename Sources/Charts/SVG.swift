import Foundation

extension Chart {
    /// The chart as an inline `<svg>` element: `role="img"`, a `<title>` (the caption
    /// without its number) and a `<desc>` listing every value, then the drawing.
    ///
    /// - Parameter id: a page-unique prefix for the `<title>`/`<desc>` ids.
    public func svg(id: String) -> String {
        let layout = ChartLayout.make(self)
        let f = NumberText.coordinate
        var o = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart__svg chart__svg--\(layout.type.rawValue)\""
        o += " viewBox=\"0 0 \(f(layout.width)) \(f(layout.height))\" width=\"\(f(layout.width))\" height=\"\(f(layout.height))\""
        o += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(Palette.fontFamily)\">\n"
        o += "<title id=\"\(id)-title\">\(escapeXML("\(title)（单位：\(unit)）"))</title>\n"
        o += "<desc id=\"\(id)-desc\">\(escapeXML(description(layout)))</desc>\n"
        for shape in layout.shapes { o += svg(shape) + "\n" }
        for label in layout.labels { o += svg(label) }
        o += "</svg>"
        return o
    }

    /// A sentence per chart for screen readers: the type, every value and the total.
    func description(_ layout: ChartLayout) -> String {
        if layout.isEmpty { return "暂无数据。" }
        let kind: String
        switch layout.type {
        case .bar: kind = "柱状图"
        case .hbar: kind = "条形图"
        case .stacked: kind = "堆积条形图"
        case .line: kind = "折线图"
        case .donut: kind = "环形图"
        }
        var parts: [String] = []
        for (i, c) in table.categories.map(ChartTable.label).enumerated() {
            if table.series.count == 1 {
                parts.append("\(c)\(table.series[0].values[i])\(table.series[0].unit)")
            } else {
                let cells = table.series.map { "\($0.name)\($0.values[i])\($0.unit)" }.joined(separator: "，")
                parts.append("\(c)：\(cells)")
            }
        }
        return "\(kind)。" + parts.joined(separator: "；") + "。合计\(table.total)\(unit)。"
    }

    private func svg(_ shape: Shape) -> String {
        let f = NumberText.coordinate
        switch shape {
        case .rect(let b, let fill), .swatch(let b, let fill):
            return "<rect x=\"\(f(b.x))\" y=\"\(f(b.y))\" width=\"\(f(b.width))\" height=\"\(f(b.height))\" fill=\"\(Palette.fill(fill))\""
                + " stroke=\"#fff\" stroke-width=\"0.5\"/>"
        case .axis(let x1, let y1, let x2, let y2):
            return "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>"
        case .polyline(let points, let fill):
            let p = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            return "<polyline points=\"\(p)\" fill=\"none\" stroke=\"\(Palette.fill(fill))\" stroke-width=\"2\"/>"
        case .point(let x, let y, let fill):
            return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3.5\" fill=\"#fff\" stroke=\"\(Palette.fill(fill))\" stroke-width=\"2\"/>"
        case .ringSegment(let cx, let cy, let outer, let inner, let start, let end, let fill):
            let d = ringPath(cx: cx, cy: cy, outer: outer, inner: inner, start: start, end: end)
            return "<path d=\"\(d)\" fill=\"\(Palette.fill(fill))\""
                + " stroke=\"#fff\" stroke-width=\"1\"/>"
        }
    }

    /// An annular sector; a full ring is drawn as two halves (an arc cannot close on itself).
    private func ringPath(cx: Double, cy: Double, outer: Double, inner: Double, start: Double, end: Double) -> String {
        if end - start >= 2 * Double.pi - 1e-9 {
            return ringPath(cx: cx, cy: cy, outer: outer, inner: inner, start: start, end: start + Double.pi) + " "
                + ringPath(cx: cx, cy: cy, outer: outer, inner: inner, start: start + Double.pi, end: end)
        }
        let f = NumberText.coordinate
        func pt(_ r: Double, _ a: Double) -> String { "\(f(cx + r * sin(a))) \(f(cy - r * cos(a)))" }
        let large = end - start > Double.pi ? 1 : 0
        return "M\(pt(outer, start)) A\(f(outer)) \(f(outer)) 0 \(large) 1 \(pt(outer, end)) L\(pt(inner, end))"
            + " A\(f(inner)) \(f(inner)) 0 \(large) 0 \(pt(inner, start)) Z"
    }

    private func svg(_ label: Label) -> String {
        let f = NumberText.coordinate
        let lh = label.fontSize * Metrics.lineHeight
        let (x, anchor): (Double, String)
        switch label.align {
        case .start: (x, anchor) = (label.box.x, "start")
        case .middle: (x, anchor) = (label.box.x + label.box.width / 2, "middle")
        case .end: (x, anchor) = (label.box.maxX, "end")
        }
        var o = ""
        for (i, line) in label.lines.enumerated() {
            let y = label.box.y + (Double(i) + 0.5) * lh
            o +=
                "<text x=\"\(f(x))\" y=\"\(f(y))\" dominant-baseline=\"central\" text-anchor=\"\(anchor)\""
                + " font-size=\"\(f(label.fontSize))\""
                + " fill=\"\(label.inverse ? "#fff" : Palette.ink)\">\(escapeXML(line))</text>\n"
        }
        return o
    }
}

/// Escapes text for XML/HTML content and attribute values.
public func escapeXML(_ s: String) -> String {
    var o = ""
    o.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
        switch ch {
        case "&": o += "&amp;"
        case "<": o += "&lt;"
        case ">": o += "&gt;"
        case "\"": o += "&quot;"
        default: o.unicodeScalars.append(ch)
        }
    }
    return o
}
