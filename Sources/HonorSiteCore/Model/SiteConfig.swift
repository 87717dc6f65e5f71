import Foundation

/// The settings of `content/site.yml`, validated.
public struct SiteConfig: Sendable {
    /// A district (区) as declared in site.yml: display name and ASCII slug.
    public struct District: Sendable, Hashable {
        public var name: String
        public var slug: String
    }
    /// A training base (实训基地): name, ASCII slug, district name, optional address and description.
    public struct Base: Sendable, Hashable {
        public var name: String
        public var slug: String
        public var district: String
        public var address: String?
        public var description: String?
    }
    /// An honor (荣誉) as declared: title, issuer, optional description. Declaration order is print order.
    public struct Honor: Sendable, Hashable {
        public var title: String
        public var issuer: String
        public var description: String?
        /// Other spellings riders' files may use for this honor (each counts as `title`).
        public var aliases: [String] = []
        /// How many riders the honor has in one year (`十大` → 10), when fixed.
        public var size: Int?
    }

    /// Site title.
    public var title: String
    /// Absolute base URL, always ending in `/`, e.g. `https://example.gov.cn/honorsite/`.
    public var baseURL: String
    /// The path part of ``baseURL``, starting and ending with `/`, e.g. `/honorsite/`.
    public var basePath: String
    /// BCP 47 language tag, default `zh-CN`.
    public var language: String
    /// The publishing body shown in the footer and on honor rolls.
    public var organization: String
    /// Ordered districts.
    public var districts: [District]
    /// Training bases.
    public var bases: [Base]
    /// Honors in declaration order.
    public var honors: [Honor]
    /// Derived-summary length in characters (default 120).
    public var summaryLength: Int
    /// Render raw HTML in Markdown (cmark unsafe mode); default false.
    public var unsafeHTML: Bool
    /// Exact values the privacy check lets through.
    public var privacyAllow: Set<String>
    /// Time zone for dates without a time (default Asia/Shanghai).
    public var timeZone: TimeZone
    /// Media files (paths below `content/media/`) published with their metadata as they are.
    public var mediaKeepMetadata: Set<String> = []
    /// Budget of one media file in KiB (default 1024); larger files get a warning.
    public var mediaMaxKB: Int = 1024
    /// Budget of an image's long side in pixels (default 6000); larger images get a warning.
    public var mediaMaxPixels: Int = 6000
    /// Items per page of section, district, tag and base lists (default 24); longer lists get `page/2/`, ….
    public var paginate: Int = 24
    /// Write internal links relative to each page, so the site opens from a folder (`relative_urls`, or
    /// `--relative-urls`, which sets it at load; default false).
    public var relativeURLs: Bool = false

    /// The district with this display name.
    public func district(named name: String) -> District? { districts.first { $0.name == name } }
    /// The base with this display name.
    public func base(named name: String) -> Base? { bases.first { $0.name == name } }
    /// The honor with this title.
    public func honor(titled title: String) -> Honor? { honors.first { $0.title == title || $0.aliases.contains(title) } }
}

/// Splits an absolute URL into its normalised form (ending in `/`) and its path.
///
/// - Returns: nil unless `string` is an absolute `http`/`https` URL (Foundation's `URL`
///   parses it) without whitespace, query or fragment: every page URL is built by
///   appending to it, so `?q=1#f` or an unencoded space would corrupt them all.
func normaliseBaseURL(_ string: String) -> (url: String, path: String)? {
    // Markup characters and quotes would need escaping in every href, feed and sitemap.
    guard !string.contains(where: { $0.isWhitespace || "?#\\\"'<>`{}|^".contains($0) }) else { return nil }
    guard let url = URL(string: string), let scheme = url.scheme?.lowercased(),
        scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty,
        url.user == nil, url.password == nil, url.port.map({ (1...65535).contains($0) }) ?? true
    else { return nil }
    var s = string
    if !s.hasSuffix("/") { s += "/" }
    var path = url.path
    if path.isEmpty { path = "/" }
    if !path.hasPrefix("/") { path = "/" + path }
    if !path.hasSuffix("/") { path += "/" }
    return (s, path)
}
