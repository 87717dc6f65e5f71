import Messages

/// Stage 3, validate: rules across documents — unique page URLs
/// (case-insensitive, as file systems and servers may be), unique ranks per honor and year,
/// an honor's `size` per year (more riders is an error, fewer a warning), and one name
/// once per roll (a warning naming both files).
func validate(_ loaded: LoadedSite) -> [Diagnostic] {
    // (Positions, not copies of the large values.)
    let documents = loaded.documents
    var diags: [Diagnostic] = []
    var byPath: [String: Int] = Dictionary(minimumCapacity: documents.count)
    for i in documents.indices.sorted(by: { documents[$0].document.path < documents[$1].document.path }) {
        let pagePath = documents[i].document.pagePath
        let key = pagePath.lowercased()
        if let other = byPath[key] {
            diags.append(
                .error(
                    SourceLocation(path: documents[i].document.path, line: 1, column: 1),
                    .urlCollision(page: pagePath, other: documents[other].document.path), notes: [.bothProduce(key)]))
        } else {
            byPath[key] = i
        }
    }
    var ranks: [String: Int] = [:]
    for i in documents.indices where documents[i].document.kind == .rider {
        let rider = documents[i].document
        for h in rider.honors {
            guard let r = h.rank else { continue }
            let key = "\(h.title)\u{0}\(h.year)\u{0}\(r)"
            if let o = ranks[key], documents[o].document.path != rider.path {
                let other = documents[o].document
                diags.append(.error(h.location, .rankTaken(rank: r, honor: h.title, year: h.year, rider: other.title, path: other.path)))
            } else {
                ranks[key] = i
            }
        }
    }
    diags += validateRolls(documents.map(\.document), config: loaded.config)
    return diags
}

/// `size` and repeated names, per honor and year (riders by path, so messages are stable).
private func validateRolls(_ documents: [Document], config: SiteConfig) -> [Diagnostic] {
    var diags: [Diagnostic] = []
    var groups: [String: (title: String, year: Int, awards: [(rider: Document, award: HonorAward)])] = [:]
    for rider in documents.filter({ $0.kind == .rider }).sorted(by: { $0.path < $1.path }) {
        for h in rider.honors { groups["\(h.title)\u{0}\(h.year)", default: (h.title, h.year, [])].awards.append((rider, h)) }
    }
    for key in groups.keys.sorted() {
        let (title, year, awards) = groups[key]!
        if let size = config.honor(titled: title)?.size {
            let files = awards.map(\.rider.path)
            if awards.count > size {
                diags.append(
                    .error(
                        awards[size].award.location,
                        .honorOverSize(count: awards.count, honor: title, year: year, size: size), notes: [.riders(files)]))
            } else if awards.count < size {
                diags.append(
                    .warning(
                        awards[0].award.location,
                        .honorUnderSize(count: awards.count, honor: title, year: year, size: size), notes: [.riders(files)]))
            }
        }
        var seen: [String: Document] = [:]
        for (rider, award) in awards {
            if let first = seen[rider.title] {
                diags.append(
                    .warning(
                        award.location,
                        .sameNameTwice(name: rider.title, year: year, honor: title, first: first.path, second: rider.path)))
            } else {
                seen[rider.title] = rider
            }
        }
    }
    return diags
}
