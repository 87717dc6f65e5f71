extension ChartLayout {
    /// Lays out a chart. Deterministic: the same chart gives the same layout.
    ///
    /// A `bar` chart whose category labels need more than three lines in their
    /// column (or whose value labels are wider than a column) is drawn as `hbar`.
    /// A table whose total is zero gives an empty layout that says 暂无数据.
    ///
    /// - Precondition: `chart.problem == nil` (callers report problems as errors first).
    public static func make(_ chart: Chart) -> ChartLayout {
        let t = chart.table
        if t.categories.isEmpty || t.total == 0 { return empty() }
        switch chart.type {
        case .bar: return verticalBar(t) ?? horizontalBar(t)
        case .hbar: return horizontalBar(t)
        case .stacked: return stackedBar(t)
        case .line: return line(t)
        case .donut: return donut(t)
        }
    }

    static func empty() -> ChartLayout {
        let w = Metrics.width
        let h = 96.0
        let fs = Metrics.fontSize
        let text = "暂无数据"
        let tw = TextMetrics.width(text, fontSize: fs)
        let th = Metrics.textHeight(lines: 1, fontSize: fs)
        let label = Label(
            lines: [text], box: Box(x: (w - tw) / 2, y: (h - th) / 2, width: tw, height: th),
            align: .middle, fontSize: fs, role: .note)
        return ChartLayout(type: .bar, width: w, height: h, shapes: [], labels: [label], isEmpty: true)
    }

    // MARK: - vertical bars

    /// Nil when a label does not fit its column (the caller turns the chart horizontal).
    static func verticalBar(_ t: ChartTable) -> ChartLayout? {
        let (w, m, fs, vfs) = (Metrics.width, Metrics.margin, Metrics.fontSize, Metrics.valueFontSize)
        let values = t.series[0].values
        let n = values.count
        let slot = (w - 2 * m) / Double(n)
        var wrapped: [[String]] = []
        for c in t.categories {
            guard let lines = TextMetrics.wrap(c, maxWidth: slot - 6, fontSize: fs), lines.count <= 3 else { return nil }
            wrapped.append(lines)
        }
        let vth = Metrics.textHeight(lines: 1, fontSize: vfs)
        for v in values where TextMetrics.width(String(v), fontSize: vfs) > slot - 2 { return nil }
        let top = m + vth + 4
        let plotH = 200.0
        let axisY = top + plotH
        let maxV = Double(values.max() ?? 0)
        let barW = min(slot * 0.6, 48)
        var shapes: [Shape] = []
        var labels: [Label] = []
        let maxLines = wrapped.map(\.count).max() ?? 1
        for i in 0..<n {
            let cx = m + slot * (Double(i) + 0.5)
            let h = maxV == 0 ? 0 : Double(values[i]) / maxV * plotH
            if h > 0 { shapes.append(.rect(Box(x: cx - barW / 2, y: axisY - h, width: barW, height: h), fill: 0)) }
            let vt = String(values[i])
            let vw = TextMetrics.width(vt, fontSize: vfs)
            labels.append(
                Label(
                    lines: [vt], box: Box(x: cx - vw / 2, y: axisY - h - 3 - vth, width: vw, height: vth),
                    align: .middle, fontSize: vfs, role: .value(series: 0, index: i)))
            let lw = wrapped[i].map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
            labels.append(
                Label(
                    lines: wrapped[i],
                    box: Box(
                        x: cx - lw / 2, y: axisY + 6, width: lw,
                        height: Metrics.textHeight(lines: wrapped[i].count, fontSize: fs)),
                    align: .middle, fontSize: fs, role: .category))
        }
        shapes.append(.axis(x1: m, y1: axisY, x2: w - m, y2: axisY))
        let h = axisY + 6 + Metrics.textHeight(lines: maxLines, fontSize: fs) + m
        return ChartLayout(type: .bar, width: w, height: h, shapes: shapes, labels: labels, isEmpty: false)
    }

    // MARK: - horizontal bars (also the rows of stacked bars)

    static func horizontalBar(_ t: ChartTable) -> ChartLayout { rows(t, top: Metrics.margin, legend: ([], []), type: .hbar) }

    static func stackedBar(_ t: ChartTable) -> ChartLayout {
        let (w, m, fs) = (Metrics.width, Metrics.margin, Metrics.fontSize)
        // Legend: swatch + series name, flowing left to right, wrapping to new rows.
        var shapes: [Shape] = []
        var labels: [Label] = []
        let th = Metrics.textHeight(lines: 1, fontSize: fs)
        var x = m
        var y = m
        for (j, s) in t.series.enumerated() {
            let name = TextMetrics.wrap(s.name, maxWidth: w - 2 * m - 18, fontSize: fs)?.first ?? s.name
            let itemW = 12 + 6 + TextMetrics.width(name, fontSize: fs)
            if x > m && x + itemW > w - m {
                x = m
                y += th + 6
            }
            shapes.append(.swatch(Box(x: x, y: y + (th - 12) / 2, width: 12, height: 12), fill: j))
            labels.append(
                Label(
                    lines: [name], box: Box(x: x + 18, y: y, width: itemW - 18, height: th),
                    align: .start, fontSize: fs, role: .legend))
            x += itemW + 16
        }
        return rows(t, top: y + th + 10, legend: (shapes, labels), type: .stacked)
    }

    /// One row per category: the label right-aligned in a column, then the bar (segments
    /// for several series), then the value (the row total when stacked).
    static func rows(_ t: ChartTable, top: Double, legend: ([Shape], [Label]), type: ChartType) -> ChartLayout {
        let (w, m, fs, vfs) = (Metrics.width, Metrics.margin, Metrics.fontSize, Metrics.valueFontSize)
        let n = t.categories.count
        let labelMax = min(9 * fs, w * 0.35)
        let wrapped = t.categories.map { TextMetrics.wrap($0, maxWidth: labelMax, fontSize: fs) ?? [$0] }
        let labelColW = wrapped.flatMap { $0 }.map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
        let totals = (0..<n).map { t.rowTotal($0) }
        let valueW = totals.map { TextMetrics.width(String($0), fontSize: vfs) }.max() ?? 0
        let barX = m + labelColW + 8
        let barMax = w - m - valueW - 6 - barX
        let maxV = Double(totals.max() ?? 0)
        let vth = Metrics.textHeight(lines: 1, fontSize: vfs)
        var shapes = legend.0
        var labels = legend.1
        var y = top
        for i in 0..<n {
            let lh = Metrics.textHeight(lines: wrapped[i].count, fontSize: fs)
            let rowH = max(lh, 20) + 10
            let cy = y + rowH / 2
            let lw = wrapped[i].map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
            labels.append(
                Label(
                    lines: wrapped[i], box: Box(x: m + labelColW - lw, y: cy - lh / 2, width: lw, height: lh),
                    align: .end, fontSize: fs, role: .category))
            var x = barX
            for (j, s) in t.series.enumerated() {
                let v = s.values[i]
                let len = maxV == 0 ? 0 : Double(v) / maxV * barMax
                guard len > 0 else { continue }
                let seg = Box(x: x, y: cy - 9, width: len, height: 18)
                shapes.append(.rect(seg, fill: j))
                if type == .stacked {
                    let vt = String(v)
                    let vw = TextMetrics.width(vt, fontSize: vfs)
                    if vw + 4 <= len {
                        labels.append(
                            Label(
                                lines: [vt], box: Box(x: x + (len - vw) / 2, y: cy - vth / 2, width: vw, height: vth),
                                align: .middle, fontSize: vfs, role: .value(series: j, index: i),
                                inverse: Palette.isDark(j)))
                    }
                }
                x += len
            }
            let vt = String(totals[i])
            let vw = TextMetrics.width(vt, fontSize: vfs)
            labels.append(
                Label(
                    lines: [vt], box: Box(x: x + 4, y: cy - vth / 2, width: vw, height: vth), align: .start,
                    fontSize: vfs, role: type == .stacked ? .total(index: i) : .value(series: 0, index: i)))
            y += rowH
        }
        shapes.append(.axis(x1: barX, y1: top, x2: barX, y2: y))
        return ChartLayout(type: type, width: w, height: y + m, shapes: shapes, labels: labels, isEmpty: false)
    }

    // MARK: - line

    static func line(_ t: ChartTable) -> ChartLayout {
        let (w, m, fs, vfs) = (Metrics.width, Metrics.margin, Metrics.fontSize, Metrics.valueFontSize)
        let values = t.series[0].values
        let n = values.count
        let slot = (w - 2 * m) / Double(n)
        let vth = Metrics.textHeight(lines: 1, fontSize: vfs)
        let top = m + vth + 6
        let plotH = 180.0
        let axisY = top + plotH
        let maxV = Double(values.max() ?? 0)
        let points = (0..<n).map { i in
            (m + slot * (Double(i) + 0.5), axisY - (maxV == 0 ? 0 : Double(values[i]) / maxV * plotH))
        }
        var shapes: [Shape] = [.axis(x1: m, y1: axisY, x2: w - m, y2: axisY)]
        if n > 1 { shapes.append(.polyline(points, fill: 0)) }
        var labels: [Label] = []
        for (i, p) in points.enumerated() {
            shapes.append(.point(x: p.0, y: p.1, fill: 0))
            let vt = String(values[i])
            let vw = TextMetrics.width(vt, fontSize: vfs)
            let box = Box(x: p.0 - vw / 2, y: p.1 - 5 - vth, width: vw, height: vth)
            // Crowded months: a value that would collide with the one before is left to the table.
            if box.x < 0 || box.maxX > w || labels.contains(where: { $0.box.overlaps(box) }) { continue }
            labels.append(Label(lines: [vt], box: box, align: .middle, fontSize: vfs, role: .value(series: 0, index: i)))
        }
        // Axis labels: `2025-06` shows as 6月, with the year under the first month and under each January.
        let names: [[String]] = t.categories.enumerated().map { i, c in
            guard let (year, month) = yearMonth(c) else { return [c] }
            return i == 0 || month == 1 ? ["\(month)月", "\(year)"] : ["\(month)月"]
        }
        let widest = names.flatMap { $0 }.map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
        var step = 1
        while Double(step) * slot - 2 < widest && step < n { step += 1 }
        var maxLines = 1
        for i in stride(from: 0, to: n, by: step) {
            let lw = names[i].map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
            let lh = Metrics.textHeight(lines: names[i].count, fontSize: fs)
            maxLines = max(maxLines, names[i].count)
            labels.append(
                Label(
                    lines: names[i], box: Box(x: points[i].0 - lw / 2, y: axisY + 6, width: lw, height: lh),
                    align: .middle, fontSize: fs, role: .category))
        }
        let h = axisY + 6 + Metrics.textHeight(lines: maxLines, fontSize: fs) + m
        return ChartLayout(type: .line, width: w, height: h, shapes: shapes, labels: labels, isEmpty: false)
    }

    /// `2025-06` → (2025, 6).
    static func yearMonth(_ s: String) -> (Int, Int)? {
        let parts = s.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let y = Int(parts[0]), let mo = Int(parts[1]), (1...12).contains(mo)
        else { return nil }
        return (y, mo)
    }

    // MARK: - donut

    static func donut(_ t: ChartTable) -> ChartLayout {
        let (w, m, fs) = (Metrics.width, Metrics.margin, Metrics.fontSize)
        let s = t.series[0]
        let total = s.values.reduce(0, +)
        let outer = 84.0
        let inner = 50.0
        let cx = m + outer
        let cy = m + outer
        var shapes: [Shape] = []
        var labels: [Label] = []
        var angle = 0.0
        var cumulative = 0
        for (i, v) in s.values.enumerated() where v > 0 {
            let start = angle
            cumulative += v
            angle = Double(cumulative) / Double(total) * 2 * Double.pi
            shapes.append(.ringSegment(cx: cx, cy: cy, outer: outer, inner: inner, start: start, end: angle, fill: i))
        }
        // The total in the hole.
        let totalLines = ["合计", String(total)]
        let tw = totalLines.map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
        let th = Metrics.textHeight(lines: 2, fontSize: fs)
        labels.append(
            Label(
                lines: totalLines, box: Box(x: cx - tw / 2, y: cy - th / 2, width: tw, height: th),
                align: .middle, fontSize: fs, role: .note))
        // The list: swatch, then `name　value unit（share）`, one entry per category.
        let x0 = cx + outer + 28
        let textX = x0 + 18
        let maxW = w - m - textX
        var y = m
        for (i, c) in t.categories.enumerated() {
            let share = ReportNumber.percent(s.values[i], of: total) ?? "0%"
            let text = "\(c)\u{3000}\(s.values[i])\(s.unit)（\(share)）"
            let lines = TextMetrics.wrap(text, maxWidth: maxW, fontSize: fs) ?? [text]
            let lh = Metrics.textHeight(lines: lines.count, fontSize: fs)
            let lw = lines.map { TextMetrics.width($0, fontSize: fs) }.max() ?? 0
            shapes.append(.swatch(Box(x: x0, y: y + (Metrics.textHeight(lines: 1, fontSize: fs) - 12) / 2, width: 12, height: 12), fill: i))
            labels.append(
                Label(
                    lines: lines, box: Box(x: textX, y: y, width: lw, height: lh), align: .start,
                    fontSize: fs, role: .value(series: 0, index: i)))
            y += lh + 6
        }
        return ChartLayout(type: .donut, width: w, height: max(cy + outer + m, y + m), shapes: shapes, labels: labels, isEmpty: false)
    }
}
