import Foundation
import FrontMatter
import Messages

/// Parses one content file into a ``Document``, reporting every problem found.
///
/// - Parameters:
///   - path: site-relative path such as `content/riders/li-ming.md`.
///   - text: the file's text.
///   - kind: from the folder.
///   - config: for district, base and honor names.
///   - mediaExists: whether `content/media/<path>` exists.
///   - mediaSuggestion: for a path that does not exist, the media file probably meant (``mediaSuggestion(for:in:)``).
/// - Returns: the document with its Markdown body (nil when its front matter could not be parsed) and diagnostics.
func loadDocument(
    path: String, text: String, kind: DocumentKind, config: SiteConfig,
    mediaExists: (String) -> Bool, mediaSuggestion: (String) -> String? = { _ in nil }
) -> (SourceDocument?, [Diagnostic]) {
    let parsed: FrontMatterDocument
    do throws(FrontMatterError) { parsed = try FrontMatter.parseDocument(text) } catch { return (nil, [diagnostic(error, path: path)]) }
    var r = FieldReader(path: path, node: parsed.frontMatter)
    r.diagnostics = parsed.warnings.map { diagnostic($0, path: path) }
    let fileName = lastPathComponent(path)
    var slug = String(fileName.dropLast(3))
    if let n = r.present("slug", required: false) {
        if case .string(let s) = n.value {
            if isValidSlug(s), let problem = fileNameProblem(s, .slug) {
                r.diagnostics.append(.error(r.location(n), problem))
            } else if isValidSlug(s) {
                slug = s
            } else {
                r.diagnostics.append(.error(r.location(n), .invalidSlug(s)))
            }
        } else {
            r.typeError(n, "slug", .string)
        }
    } else if !isValidSlug(slug) {
        r.diagnostics.append(
            .error(
                SourceLocation(path: path, line: 1, column: 1),
                .fileNameNotSlug(fileName)))
    }

    var doc = Document(
        kind: kind, slug: slug, path: path, title: "", date: nil, endDate: nil, district: nil,
        tags: [], summary: nil, draft: false, image: nil, street: nil, brand: nil, station: nil,
        platform: nil, partyMember: nil, honors: [], base: nil, category: nil, participants: nil,
        weight: nil, reportYear: nil, issuer: nil, docNumber: nil, bodyStartLine: parsed.bodyStartLine)
    if let (line, column, scalar) = firstControlCharacter(parsed.body) {
        r.diagnostics.append(
            .error(
                SourceLocation(path: path, line: parsed.bodyStartLine + line - 1, column: column),
                .controlCharacter(scalar)))
    }

    func checkDistrict(_ name: String?) {
        guard let name, config.district(named: name) == nil, let n = r.node("district") else { return }
        r.diagnostics.append(.error(r.location(n), .unknownDistrict(name), notes: [.declaredDistricts(config.districts.map(\.name))]))
    }
    func image(_ key: String) -> String? {
        guard let p = r.string(key), let n = r.node(key) else { return nil }
        var rel = p
        for prefix in ["content/media/", "/media/", "media/", "../media/"] where rel.hasPrefix(prefix) {
            rel = String(rel.dropFirst(prefix.count))
            break
        }
        if rel.split(separator: "/").contains("..") || rel.hasPrefix("/") {
            r.diagnostics.append(.error(r.location(n), .mediaPathOutside(key: key)))
            return nil
        }
        if !mediaExists(rel) {
            let message = Message.Site.mediaMissing(key: key, path: "content/media/\(rel)", suggestion: mediaSuggestion(rel))
            r.diagnostics.append(.error(r.location(n), message))
            return nil
        }
        doc.imageLocation = r.location(n)
        doc.imageAlt = r.string(key + "_alt")
        return rel
    }

    doc.summary = r.string("summary")
    doc.draft = r.bool("draft") ?? false
    let tags = r.stringListWithLocations("tags")
    doc.tags = tags.map(\.0)
    doc.tagLocations = tags.map(\.1)
    if let list = r.node("tags") {
        let items: [YAMLNode]
        if case .list(let l) = list.value { items = l } else { items = [list] }
        for item in items {
            guard case .string(let t) = item.value,
                let problem = fileNameProblem(termSlug(t), .tag(String(t.prefix(12))))
            else { continue }
            r.diagnostics.append(.error(r.location(item), problem))
        }
    }
    switch kind {
    case .brand:
        doc.title = r.string("title", required: true) ?? ""
        doc.district = r.string("district", required: true)
        checkDistrict(doc.district)
        doc.street = r.string("street", required: true)
        doc.brand = r.string("brand", required: true)
        doc.station = r.string("station")
        doc.date = r.date("date")?.0
        doc.image = image("cover")
        _ = r.present("cover_alt", required: false)
    case .rider:
        doc.title = r.string("name", required: true) ?? ""
        doc.district = r.string("district", required: true)
        checkDistrict(doc.district)
        doc.platform = r.string("platform")
        doc.partyMember = r.bool("party_member")
        doc.image = image("photo")
        _ = r.present("photo_alt", required: false)
        if let n = r.present("honors", required: true) {
            if case .list(let items) = n.value {
                for item in items {
                    guard case .mapping = item.value else {
                        r.typeError(item, "honors", .honorList)
                        continue
                    }
                    var f = FieldReader(path: path, node: item)
                    var title = f.string("title", required: true)
                    let year = f.int("year", required: true, minimum: FieldReader.years.lowerBound, maximum: FieldReader.years.upperBound)
                    let rank = f.int("rank", minimum: 1)
                    let issuer = f.string("issuer")
                    let date = f.date("date")
                    if let (d, node) = date, let year, d.year != year {
                        let written = "\(d.year)-\(d.month)-\(d.day)"
                        f.diagnostics.append(.error(f.location(node), .honorDateNotInYear(date: written, year: year)))
                    }
                    if let t = title, let tn = f.node("title") {
                        if let declared = config.honor(titled: t) {
                            title = declared.title  // an alias counts as the declared title
                        } else {
                            f.diagnostics.append(.error(f.location(tn), undeclaredHonorMessage(t, config: config)))
                        }
                    }
                    f.finish()
                    r.diagnostics += f.diagnostics
                    if let title, let year {
                        doc.honors.append(
                            HonorAward(
                                title: title, year: year, rank: rank, issuer: issuer, date: date?.0,
                                location: f.location(item)))
                    }
                }
            } else {
                r.typeError(n, "honors", .honorList)
            }
        }
    case .event:
        doc.title = r.string("title", required: true) ?? ""
        let start = r.date("date", required: true)
        doc.date = start?.0
        if let end = r.date("end_date") {
            doc.endDate = end.0
            if let s = start?.0, dayKey(end.0) < dayKey(s) {
                r.diagnostics.append(.error(r.location(end.1), .endBeforeStart(end: isoDay(end.0), start: isoDay(s))))
            }
        }
        doc.base = r.string("base", required: true)
        if let b = doc.base, config.base(named: b) == nil, let n = r.node("base") {
            r.diagnostics.append(.error(r.location(n), .unknownBase(b), notes: [.declaredBases(config.bases.map(\.name))]))
        }
        doc.district = r.string("district")
        checkDistrict(doc.district)
        if doc.district == nil, let b = doc.base { doc.district = config.base(named: b)?.district }
        doc.category = r.string("category")
        doc.participants = r.int("participants", minimum: 0)
        doc.image = image("cover")
        _ = r.present("cover_alt", required: false)
    case .page:
        doc.title = r.string("title", required: true) ?? ""
        doc.weight = r.int("weight")
        doc.date = r.date("date")?.0
    case .report:
        doc.title = r.string("title", required: true) ?? ""
        doc.reportYear = r.int("year", required: true, minimum: FieldReader.years.lowerBound, maximum: FieldReader.years.upperBound)
        doc.issuer = r.string("issuer", required: true)
        doc.date = r.date("date", required: true)?.0
        doc.docNumber = r.string("doc_number")
    }
    r.finish()
    return (SourceDocument(document: doc, body: String(parsed.body)), r.diagnostics)
}

/// Sortable day number (year·10000 + month·100 + day).
func dayKey(_ d: YAMLDate) -> Int { d.year * 10000 + d.month * 100 + d.day }

/// `YYYY-MM-DD`.
func isoDay(_ d: YAMLDate) -> String {
    func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
}

/// `(path as NSString).lastPathComponent`, without Foundation for the paths the
/// loader sees (relative, no trailing `/`).
func lastPathComponent(_ path: String) -> String {
    guard !path.isEmpty, !path.hasSuffix("/"), !path.hasPrefix("/") else { return (path as NSString).lastPathComponent }
    guard let slash = path.utf8.lastIndex(of: 0x2F) else { return path }
    return String(path[path.utf8.index(after: slash)...])
}

/// The first C0/C1 control character (other than tab, line feed and carriage
/// return) or DEL in `text`: 1-based line and column (Unicode scalars) and the
/// scalar. Such characters are invisible in an editor and make the XML feed invalid.
func firstControlCharacter(_ text: Substring) -> (Int, Int, Unicode.Scalar)? {
    // Fast path: no byte below 0x20 other than \t \n \r, no DEL, no C2 80–9F.
    guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 }) else {
        return nil
    }
    var line = 1
    var column = 1
    for s in text.unicodeScalars {
        if s == "\n" {
            line += 1
            column = 1
            continue
        }
        if (s.value < 0x20 && s != "\t" && s != "\r") || (0x7F...0x9F).contains(s.value) { return (line, column, s) }
        column += 1
    }
    return nil
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// The error for a rider honor whose title site.yml does not declare, with the
/// nearest declared title (or alias) as a suggestion, else the declared titles.
func undeclaredHonorMessage(_ title: String, config: SiteConfig) -> Message.Site {
    let names = Set(config.honors.flatMap { [$0.title] + $0.aliases })
    return .undeclaredHonor(title, suggestion: closest(title, in: names), declared: config.honors.map(\.title))
}
