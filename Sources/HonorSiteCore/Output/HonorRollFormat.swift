import Foundation

/// Honor-roll export formats (`honorsite export honor-roll --format …`).
public enum HonorRollFormat: String, Sendable, CaseIterable {
    case csv, md, html

    /// Renders `roll` (already filtered to the wanted sections).
    ///
    /// - `csv`: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting; header
    ///   `序号,姓名,区域,平台,荣誉,年度`, one row per entry, sections in order.
    /// - `md`: a heading and a GitHub-style table per honor (`|` escaped).
    /// - `html`: one standalone print page, inline CSS, no external references.
    public func render(_ roll: HonorRoll, siteTitle: String) -> String {
        switch self {
        case .csv:
            func field(_ s: String) -> String {
                s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
            }
            var out = "\u{FEFF}序号,姓名,区域,平台,荣誉,年度\r\n"
            for s in roll.sections {
                for e in s.entries {
                    out += [String(e.number), e.name, e.district, e.platform, s.title, String(roll.year)].map(field).joined(separator: ",") + "\r\n"
                }
            }
            return out
        case .md:
            func cell(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
            var parts: [String] = []
            for s in roll.sections {
                var t = "## \(HonorRoll.title(year: roll.year, honor: cell(s.title)))\n\n"
                if let d = s.description { t += cell(d) + "\n\n" }
                t += "| 序号 | 姓名 | 区域 | 平台 |\n| ---: | --- | --- | --- |\n"
                for e in s.entries { t += "| \(e.number) | \(cell(e.name)) | \(cell(e.district)) | \(cell(e.platform)) |\n" }
                t += "\n\(cell(s.issuer))　\(roll.year)年\n"
                parts.append(t)
            }
            return parts.joined(separator: "\n")
        case .html:
            var body = ""
            for s in roll.sections {
                body += "<section class=\"honor\">\n<h1>\(escapeHTML(HonorRoll.title(year: roll.year, honor: s.title)))</h1>\n"
                if let d = s.description { body += "<p class=\"description\">\(escapeHTML(d))</p>\n" }
                body += "<ol class=\"names\">\n"
                for e in s.entries {
                    body += "<li><span class=\"name\">\(escapeHTML(paddedName(e.name)))</span><span class=\"meta\">\(escapeHTML(e.district))\(e.platform.isEmpty ? "" : " · " + escapeHTML(e.platform))</span></li>\n"
                }
                body += "</ol>\n<p class=\"issuer\">\(escapeHTML(s.issuer))<br>\(roll.year)年</p>\n</section>\n"
            }
            return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(escapeHTML("\(roll.year)年度光荣榜 · \(siteTitle)"))</title>
            <style>
            @page { size: A4 portrait; margin: 37mm 28mm 35mm 28mm; }
            body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; color: #000; background: #fff; margin: 0 auto; max-width: 154mm; line-height: 1.6; }
            h1 { font-size: 22pt; text-align: center; color: #b00; margin: 0 0 8mm; letter-spacing: .05em; }
            .description { text-align: center; margin: 0 0 8mm; }
            .names { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 5mm 4mm; }
            .names li { break-inside: avoid; text-align: center; }
            .name { display: block; font-size: 16pt; white-space: pre; }
            .meta { display: block; font-size: 9pt; color: #333; }
            .issuer { text-align: right; margin-top: 12mm; }
            .honor { break-inside: avoid-page; }
            .honor + .honor { break-before: page; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
        }
    }
}
