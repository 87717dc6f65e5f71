extension Chart {
    /// The chart as a report figure: the SVG, the caption `图N　…（单位：…）` under it,
    /// the numbers as a `<table>` (in a `<details>`, open when `tableOpen`; print
    /// styles show it either way) and a link to the table's CSV.
    ///
    /// - Parameters:
    ///   - number: the figure number (图1, 图2 …).
    ///   - tableNumber: the table's number (表1 …); default `number`.
    ///   - id: a page-unique id for the figure (`fig-1`).
    ///   - csvHref: the CSV's URL, or nil for no link (standalone exports).
    ///   - tableOpen: whether the table is expanded on screen.
    public func figureHTML(number: Int, tableNumber: Int? = nil, id: String, csvHref: String?, tableOpen: Bool = false) -> String {
        var o = "<figure class=\"chart\" id=\"\(escapeXML(id))\">\n"
        o += svg(id: id) + "\n"
        o += "<figcaption>\(escapeXML(caption(number: number)))</figcaption>\n"
        o += "<details class=\"chart__data\"\(tableOpen ? " open" : "")><summary>数据表</summary>\n"
        o += tableHTML(caption: tableCaption(number: tableNumber ?? number))
        if let csvHref { o += "<p class=\"chart__csv\"><a href=\"\(escapeXML(csvHref))\" download>下载数据（CSV）</a></p>\n" }
        o += "</details>\n</figure>\n"
        return o
    }
}

extension ChartTable {
    /// The table as HTML: header cells with units, one row per category, a 合计 row.
    public func html(caption: String?) -> String {
        var o = "<table class=\"data-table\">\n"
        if let caption { o += "<caption>\(escapeXML(caption))</caption>\n" }
        o += "<thead><tr><th scope=\"col\">\(escapeXML(categoryHeader))</th>"
        for s in series { o += "<th scope=\"col\">\(escapeXML(s.header))</th>" }
        o += "</tr></thead>\n<tbody>\n"
        for (i, c) in categories.enumerated() {
            o += "<tr><th scope=\"row\">\(escapeXML(ChartTable.label(c)))</th>"
            for s in series { o += "<td>\(s.values[i])</td>" }
            o += "</tr>\n"
        }
        o += "</tbody>\n<tfoot><tr><th scope=\"row\">合计</th>"
        for s in series { o += "<td>\(s.values.reduce(0, +))</td>" }
        o += "</tr></tfoot>\n</table>\n"
        return o
    }

    /// The table as CSV for Excel: UTF-8 with BOM, CRLF, RFC 4180 quoting, headers with units
    /// (`区域,品牌案例数（个）`). No total row: the file holds the data only.
    public func csv() -> String {
        var o = "\u{FEFF}"
        o += ([categoryHeader] + series.map(\.header)).map(csvField).joined(separator: ",") + "\r\n"
        for (i, c) in categories.enumerated() {
            o += ([csvField(c)] + series.map { String($0.values[i]) }).joined(separator: ",") + "\r\n"
        }
        return o
    }

    /// The table as a Markdown (GFM) table with a 合计 row.
    public func markdown() -> String {
        let cell = markdownCell
        var o = "| " + ([categoryHeader] + series.map(\.header)).map(cell).joined(separator: " | ") + " |\n"
        o += "|" + String(repeating: " --- |", count: 1) + String(repeating: " ---: |", count: series.count) + "\n"
        for (i, c) in categories.enumerated() {
            o += "| " + ([cell(ChartTable.label(c))] + series.map { String($0.values[i]) }).joined(separator: " | ") + " |\n"
        }
        o += "| 合计 | " + series.map { String($0.values.reduce(0, +)) }.joined(separator: " | ") + " |\n"
        return o
    }
}

extension Chart {
    /// The table alone as a report table: caption `表N　…（单位：…）` above it, then a CSV link.
    public func tableFigureHTML(tableNumber: Int, id: String, csvHref: String?) -> String {
        var o = "<figure class=\"chart chart--table\" id=\"\(escapeXML(id))\">\n"
        o += tableHTML(caption: tableCaption(number: tableNumber))
        if let csvHref { o += "<p class=\"chart__csv\"><a href=\"\(escapeXML(csvHref))\" download>下载数据（CSV）</a></p>\n" }
        o += "</figure>\n"
        return o
    }

    func tableHTML(caption: String) -> String { table.html(caption: caption) }
}

/// One Markdown table cell, used by every Markdown export: on one line (a line break becomes a
/// space), `|` backslash-escaped (it would end the cell) and `\` too (it would escape what follows),
/// and everything else as written, so `A&B`, `<区>` and `*` read as in a sentence, not `&amp;`.
///
/// Two places only get a backslash, where Markdown would read raw HTML and a name could inject
/// markup: a `&` that starts an entity (`&amp;`, `&#38;`) and a `<` that starts a tag, comment or
/// autolink (`<b`, `</`, `<!`, `<?`). Both render as the characters written.
public func markdownCell(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var o = String.UnicodeScalarView()
    for (i, ch) in scalars.enumerated() {
        let next = i + 1 < scalars.count ? scalars[i + 1] : nil
        switch ch {
        case "\\", "|": o.append("\\")
        case "&" where startsEntity(scalars[(i + 1)...]): o.append("\\")
        case "<" where next.map { $0 == "/" || $0 == "!" || $0 == "?" || isASCIILetter($0) } == true: o.append("\\")
        case "\n" where i > 0 && scalars[i - 1] == "\r": continue
        case "\n", "\r":
            o.append(" ")
            continue
        default: break
        }
        o.append(ch)
    }
    return String(o)
}

private func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

/// Whether the text after a `&` reads as an entity or a numeric character reference (`amp;`, `#38;`),
/// as CommonMark reads them (the same rule as `Markdown.escapeMarkdownText`).
private func startsEntity(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    var n = 0
    for c in rest {
        if c == ";" { return n > 0 }
        guard c == "#" || ("0"..."9").contains(c) || isASCIILetter(c) else { return false }
        n += 1
        if n > 32 { return false }
    }
    return false
}

/// One CSV text field for Excel and WPS, used by every CSV export: a text starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it
/// instead of running it as a formula (the OWASP defence against CSV injection,
/// https://owasp.org/www-community/attacks/CSV_Injection); then it is quoted when it holds
/// a comma, quote or line break (RFC 4180). Numbers are written as they are, not through this.
public func csvField(_ s: String) -> String {
    var s = s
    if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { s = "'" + s }
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
