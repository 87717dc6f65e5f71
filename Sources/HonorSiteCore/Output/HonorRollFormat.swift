import Charts
import Foundation

/// Honor-roll export formats (`honorsite export honor-roll --format …`).
public enum HonorRollFormat: String, Sendable, CaseIterable {
    case csv, md, html

    /// Renders `roll` (already filtered to the wanted sections).
    ///
    /// - `csv`: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting; header
    ///   `序号,姓名,名次,区域,平台,荣誉,年度` (名次 a number, empty when unranked),
    ///   one row per entry, sections in order. A text cell that a spreadsheet would run
    ///   as a formula gets a leading `'` (`Charts.csvField(_:)`).
    /// - `md`: per honor a heading, the order used, a table with `第N名` ranks
    ///   (`Charts.markdownCell(_:)`: `|` escaped, HTML escaped), and the issuer with the date.
    /// - `html`: one standalone print page laid out as the web roll prints (A4,
    ///   GB/T 9704 margins, four names a row, short rows centred), inline CSS, no
    ///   external references.
    /// The date that signs a section is its award date, else `exportDay` (``HonorRolls/exportDay``).
    public func render(_ roll: HonorRoll, siteTitle: String, exportDay: String) -> String {
        switch self {
        case .csv:
            var out = "\u{FEFF}序号,姓名,名次,区域,平台,荣誉,年度\r\n"
            for s in roll.sections {
                for e in s.entries {
                    // Text through csvField (formula-safe, quoted); numbers as they are.
                    let row = [
                        String(e.number), csvField(e.name), e.rank.map(String.init) ?? "", csvField(e.district),
                        csvField(e.platform), csvField(s.title), String(roll.year),
                    ]
                    out += row.joined(separator: ",") + "\r\n"
                }
            }
            return out
        case .md:
            let cell = markdownCell
            var parts: [String] = []
            for s in roll.sections {
                var t = "## \(HonorRoll.title(year: roll.year, honor: cell(s.title)))\n\n\(s.order.statement)\n\n"
                if let d = s.description { t += cell(d) + "\n\n" }
                t += "| 序号 | 姓名 | 名次 | 区域 | 平台 |\n| ---: | --- | --- | --- | --- |\n"
                for e in s.entries {
                    t +=
                        "| \(e.number) | \(cell(e.name)) | \(e.rank.map { "第\($0)名" } ?? "") | \(cell(e.district)) | \(cell(e.platform)) |\n"
                }
                t += "\n\(cell(s.issuer))　\(s.date.map(DateRules.display) ?? exportDay)\n"
                parts.append(t)
            }
            return parts.joined(separator: "\n")
        case .html:
            var body = ""
            for s in roll.sections {
                body +=
                    "<section class=\"roll\">\n<h1 class=\"roll__title\">\(escapeHTML(HonorRoll.title(year: roll.year, honor: s.title)))</h1>\n"
                body += "<p class=\"roll__order\">\(escapeHTML(s.order.statement))</p>\n"
                if let d = s.description { body += "<p class=\"roll__desc\">\(escapeHTML(d))</p>\n" }
                body += "<ol class=\"roll__names\">\n"
                for e in s.entries {
                    body += "<li class=\"roll__entry\"><span class=\"roll__name\">\(escapeHTML(paddedName(e.name)))</span>"
                    if let rank = e.rank { body += "<span class=\"roll__rank\">第\(rank)名</span>" }
                    for meta in [e.district, e.platform] where !meta.isEmpty {
                        body += "<span class=\"roll__meta\">\(escapeHTML(meta))</span>"
                    }
                    body += "</li>\n"
                }
                body +=
                    "</ol>\n<p class=\"roll__sign\"><span>\(escapeHTML(s.issuer))</span><span>\(escapeHTML(s.date.map(DateRules.display) ?? exportDay))</span></p>\n"
                body += "</section>\n"
            }
            return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>\(escapeHTML("\(roll.year)年度光荣榜 · \(siteTitle)"))</title>
                <style>
                @page { size: A4 portrait; margin: 37mm 28mm 35mm 28mm; }
                body { font-family: "Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                       color: #000; background: #fff; margin: 0 auto; max-width: 156mm; font-size: 12pt; line-height: 1.6; }
                .roll { break-inside: avoid-page; }
                .roll + .roll { break-before: page; }
                .roll__title { font-size: 22pt; font-weight: 700; text-align: center; margin: 0 0 6pt; }
                .roll__order { text-align: center; font-size: 12pt; margin: 0 0 12pt; }
                .roll__desc { font-size: 14pt; line-height: 1.75; text-indent: 2em; margin: 0 0 18pt; text-wrap: pretty; }
                .roll__names { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; justify-content: center; row-gap: 18pt; }
                .roll__entry { flex: 0 0 25%; display: flex; flex-direction: column; align-items: center; text-align: center;
                               break-inside: avoid; padding: 0 3pt; box-sizing: border-box; }
                .roll__name { font-size: 16pt; font-weight: 700; white-space: pre; }
                .roll__rank, .roll__meta { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
                                           font-size: 8pt; line-height: 1.5; text-wrap: balance; }
                .roll__sign { width: fit-content; margin: 28pt 0 0 auto; text-align: center; font-size: 14pt; break-inside: avoid; break-before: avoid; }
                .roll__sign span { display: block; }
                </style>
                </head>
                <body>
                \(body)</body>
                </html>

                """
        }
    }
}
