/// Media types for the files a site contains, chosen by file extension.
public enum ContentTypes {
    /// Extension (lowercase, without the dot) → `Content-Type` header value.
    /// Text types carry `charset=utf-8`: the compiler writes UTF-8 only.
    public static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "json": "application/json",
        "webmanifest": "application/manifest+json",
        "map": "application/json",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff2": "font/woff2",
        "woff": "font/woff",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "pdf": "application/pdf",
    ]

    /// The type used for unknown extensions.
    public static let fallback = "application/octet-stream"

    /// The `Content-Type` for a site-relative path such as `riders/li-ming/index.html`.
    ///
    /// Only the last path segment's final extension counts, case-insensitively
    /// (`logo.SVG` → `image/svg+xml`); a name without one gets ``fallback``.
    public static func contentType(forPath path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        let ext = name[name.index(after: dot)...].lowercased()
        return byExtension[ext] ?? fallback
    }
}
