import Foundation

/// How a Markdown link destination resolves.
enum LinkResolution: Equatable {
    /// Leave as written (external, mailto:, fragment-only, other relative paths).
    case keep
    /// Write this URL instead.
    case rewrite(String)
    /// A link to a content file that does not exist (or is a draft that is not built).
    case broken(String)
}

/// Resolves a link written in the Markdown of the document at `from`.
///
/// - `…/x.md` (relative to the document's folder) → that document's page URL, fragment kept;
/// - a path into `content/media/` → `<base>/media/…`;
/// - a root-relative `/x/y/` → the same path below the base path (so content
///   written for `/` keeps working under a sub-path);
/// - anything with a scheme, `//host`, or only `#fragment` → kept.
func resolveContentLink(_ raw: String, from: String, site: Site) -> LinkResolution {
    if raw.isEmpty || raw.hasPrefix("#") || raw.hasPrefix("//") { return .keep }
    if let colon = raw.firstIndex(of: ":"), !raw[..<colon].contains("/") { return .keep }  // has a scheme
    var path = raw
    var suffix = ""
    if let i = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
        suffix = String(path[i...])
        path = String(path[..<i])
    }
    let decoded = removingPercentEncoding(path) ?? path
    if decoded.hasPrefix("/") {
        let base = site.config.basePath
        if base == "/" || decoded.hasPrefix(base) { return .keep }
        return .rewrite(base + String(path.dropFirst()) + suffix)
    }
    // Relative to the document's folder.
    var parts = from.split(separator: "/").dropLast().map(String.init)
    for seg in decoded.split(separator: "/", omittingEmptySubsequences: true) {
        if seg == "." { continue }
        if seg == ".." {
            if parts.isEmpty { return .broken(raw) }
            parts.removeLast()
        } else {
            parts.append(String(seg))
        }
    }
    let target = parts.joined(separator: "/")
    if target.hasSuffix(".md") {
        guard let i = site.pathIndex[target] else { return .broken(raw) }
        return .rewrite(site.url(.document(i)) + suffix)
    }
    if target.hasPrefix(SitePath.mediaFolder) {
        return .rewrite(site.urls.href(SitePath.media(target.dropFirst(SitePath.mediaFolder.count))) + suffix)
    }
    return .keep
}

/// `s.removingPercentEncoding`, without the trip through Foundation when `s`
/// has no `%` (the common case in link checks): the result is then `s` itself.
/// (Foundation drops a leading U+FEFF, so such strings take the slow path too.)
func removingPercentEncoding<S: StringProtocol>(_ s: S) -> String? {
    var utf8 = s.utf8.makeIterator()
    if utf8.next() != 0xEF, !s.utf8.contains(0x25) { return String(s) }
    return s.removingPercentEncoding
}
