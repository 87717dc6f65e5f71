import Foundation
import Markdown
import Messages

/// URL rules of the site: pretty URLs below the base path.
///
/// A *site path* is relative to the output root, has no leading `/` and ends
/// in `/` for pages (`riders/li-ming/`) or names a file (`feed.xml`). Its
/// *href* is the base path plus the site path with every segment
/// percent-encoded (RFC 3986 path characters; Chinese becomes `%E7%A6%8F…`).
/// Its *output file* is the site path plus `index.html` for pages.
struct URLs: Sendable {
    /// Base path, starting and ending with `/`.
    let basePath: String
    /// Absolute base URL ending with `/`.
    let baseURL: String

    func href(_ sitePath: String) -> String { basePath + percentEncodePath(sitePath) }
    func permalink(_ sitePath: String) -> String { baseURL + percentEncodePath(sitePath) }
    func outputFile(_ sitePath: String) -> String {
        sitePath.isEmpty || sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath
    }
}

/// Characters allowed unescaped in a path segment (RFC 3986 `pchar` minus `:`/`@`, kept simple).
private let segmentAllowed: CharacterSet = {
    var s = CharacterSet()
    s.insert(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    return s
}()

/// Percent-encodes each `/`-separated segment of a site path (UTF-8, RFC 3986).
func percentEncodePath(_ path: String) -> String {
    if path.utf8.allSatisfy({
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2F || $0 == 0x2E || $0 == 0x5F
    }) {
        return path
    }
    return path.split(separator: "/", omittingEmptySubsequences: false)
        .map { $0.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? String($0) }
        .joined(separator: "/")
}

/// The slug of a tag: letters (Chinese included), marks and digits kept, ASCII
/// lowercased, other runs become `-`; never empty (`tag` when nothing is left).
func termSlug(_ name: String) -> String { unicodeSlug(name, fallback: "tag") }

/// Bytes a file or folder name may have (Linux NAME_MAX; also the limit of macOS and Windows
/// file systems in UTF-16 units, which UTF-8 bytes never undercount).
public let maxFileNameBytes = 255

/// Why `component` cannot be a file or folder name of the output, or nil when it can.
/// `what` names its source, e.g. "slug" or "tag '…'".
func fileNameProblem(_ component: String, _ what: Message.Site.NamedBy) -> Message.Site? {
    let n = component.utf8.count
    guard n > maxFileNameBytes else { return nil }
    return .nameTooLong(what, name: String(component.prefix(12)), bytes: n, maximum: maxFileNameBytes)
}
