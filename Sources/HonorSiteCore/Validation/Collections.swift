/// Stage 3, validate: rules across documents — unique page URLs
/// (case-insensitive, as file systems and servers may be), unique ranks per honor and year.
func validate(_ loaded: LoadedSite) -> [Diagnostic] {
    // (Positions, not copies of the large values.)
    let documents = loaded.documents
    var diags: [Diagnostic] = []
    var byPath: [String: Int] = Dictionary(minimumCapacity: documents.count)
    for i in documents.indices.sorted(by: { documents[$0].document.path < documents[$1].document.path }) {
        let pagePath = documents[i].document.pagePath
        let key = pagePath.lowercased()
        if let other = byPath[key] {
            diags.append(.error(SourceLocation(path: documents[i].document.path, line: 1, column: 1),
                "page URL /\(pagePath) collides with \(documents[other].document.path)", notes: ["both produce /\(key)"]))
        } else { byPath[key] = i }
    }
    var ranks: [String: Int] = [:]
    for i in documents.indices where documents[i].document.kind == .rider {
        let rider = documents[i].document
        for h in rider.honors {
            guard let r = h.rank else { continue }
            let key = "\(h.title)\u{0}\(h.year)\u{0}\(r)"
            if let o = ranks[key], documents[o].document.path != rider.path {
                let other = documents[o].document
                diags.append(.error(h.location, "rank \(r) for '\(h.title)' \(h.year) is also given to \(other.title) in \(other.path)"))
            } else { ranks[key] = i }
        }
    }
    return diags
}
