import Foundation
import HonorSiteCore
import Media
import Messages

/// The site being served: the latest successfully compiled ``CompiledSite``,
/// held in memory and replaced whole after each good rebuild.
///
/// Requests are resolved only against the map's keys (normalised site-relative
/// paths such as `riders/li-ming/index.html`); no file-system path is ever
/// built from request text. `.copy` entries are read from the project folder
/// at the path the compiler stored, on each request.
///
/// Thread safety: `@unchecked Sendable` because the only mutable state (the
/// current snapshot) is guarded by `lock`; snapshots themselves are immutable.
public final class SiteStore: @unchecked Sendable {
    /// One immutable version of the site.
    public struct Snapshot: Sendable {
        /// Output files by site-relative path (raw UTF-8, not percent-encoded).
        public var files: [String: OutputFile.Contents]
        /// Counts up from 1 with each good build.
        public var generation: Int
    }

    /// The result of resolving a request path.
    public enum Resolution: Sendable, Equatable {
        /// Serve the file at this key of the map.
        case file(String)
        /// Answer 301 with this `Location` (the path with a trailing `/`, query kept).
        case redirect(String)
        /// Nothing there: answer 404 (with the site's `404.html` when it has one).
        case notFound
    }

    /// The project folder (for `.copy` entries).
    public let root: URL
    private let lock = NSLock()
    private var current: Snapshot?

    /// Creates an empty store for the project at `root`.
    public init(root: URL) { self.root = root.standardizedFileURL }

    /// The site now served, or nil before the first good build.
    public var snapshot: Snapshot? {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Replaces the served site with `site`; returns the new generation number.
    @discardableResult
    public func replace(with site: CompiledSite) -> Int {
        var map: [String: OutputFile.Contents] = [:]
        map.reserveCapacity(site.files.count)
        for f in site.files { map[f.path] = f.contents }
        lock.lock()
        defer { lock.unlock() }
        let generation = (current?.generation ?? 0) + 1
        current = Snapshot(files: map, generation: generation)
        return generation
    }

    // MARK: - lookup

    /// Resolves a decoded path (from ``SiteStore/decodePath(_:)``) against `snapshot`.
    ///
    /// - Parameters:
    ///   - segments: the decoded path segments; a final empty segment means a trailing `/`.
    ///   - query: the raw query (without `?`), kept on redirects.
    /// - Returns: `/x/` → `x/index.html`; `/x` → that file if it exists, else a
    ///   redirect to `/x/` when `x/index.html` exists; else ``Resolution/notFound``.
    public static func resolve(segments: [String], query: String?, in snapshot: Snapshot) -> Resolution {
        let dirPath = segments.last == "" || segments.isEmpty
        let key = segments.filter { !$0.isEmpty }.joined(separator: "/")
        if dirPath {
            let index = key.isEmpty ? "index.html" : key + "/index.html"
            return snapshot.files[index] != nil ? .file(index) : .notFound
        }
        if snapshot.files[key] != nil { return .file(key) }
        if snapshot.files[key + "/index.html"] != nil {
            let location = "/" + segments.map(percentEncodeSegment).joined(separator: "/") + "/"
            return .redirect(location + (query.map { "?" + encodeNonASCII($0) } ?? ""))
        }
        return .notFound
    }

    /// The bytes of the file at `key` in `snapshot`, or nil when there is no such
    /// entry or a copied source cannot be read (or resolves outside the project).
    public func contents(of key: String, in snapshot: Snapshot) -> [UInt8]? {
        switch snapshot.files[key] {
        case nil: return nil
        case .bytes(let b)?: return b
        case .copy(let source)?:
            return read(source)
        case .cleanedImage(let source, let format, _)?:
            // Served as published: without location and device data (nothing when it no longer reads).
            return read(source).flatMap { bytes in try? cleanImage(bytes, as: format) }
        }
    }

    private func read(_ source: String) -> [UInt8]? {
        let url = root.appendingPathComponent(source)
        // Defence in depth: the compiler's path, after symbolic links, must stay in the project.
        let resolved = url.resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath + "/") else { return nil }
        return (try? Data(contentsOf: url)).map { [UInt8]($0) }
    }

    // MARK: - request paths

    /// Splits an origin-form request target into the raw path and query.
    /// A fragment (which clients should not send) is dropped.
    public static func splitTarget(_ target: String) -> (path: Substring, query: String?) {
        var t = Substring(target)
        if let hash = t.firstIndex(of: "#") { t = t[..<hash] }
        guard let q = t.firstIndex(of: "?") else { return (t, nil) }
        return (t[..<q], String(t[t.index(after: q)...]))
    }

    /// Percent-decodes a raw request path (starting with `/`) into segments,
    /// refusing anything that could name a file outside the site or is ambiguous.
    ///
    /// Refused with 400: a path not starting with `/`; malformed `%` escapes;
    /// encoded `/` or `\` (`%2F`, `%5C`); backslashes; NUL and other control
    /// characters; `.` and `..` segments, encoded or not; empty segments (`//`)
    /// except the trailing one; bytes that are not UTF-8 after decoding.
    ///
    /// - Returns: the decoded segments, e.g. `/tags/%E5%85%9A/` → `["tags", "党", ""]`.
    public static func decodePath(_ raw: Substring) -> Result<[String], HTTPError> {
        let bytes = Array(raw.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return .failure(HTTPError(400, .pathWithoutSlash)) }
        let rawSegments = bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var out: [String] = []
        for (i, seg) in rawSegments.enumerated() {
            var decoded: [UInt8] = []
            decoded.reserveCapacity(seg.count)
            var j = seg.startIndex
            while j < seg.endIndex {
                let b = seg[j]
                if b == UInt8(ascii: "%") {
                    guard j + 2 < seg.endIndex,
                        let hi = hexValue(seg[j + 1]), let lo = hexValue(seg[j + 2])
                    else {
                        return .failure(HTTPError(400, .malformedPercentEncoding))
                    }
                    let v = hi << 4 | lo
                    if v == UInt8(ascii: "/") || v == UInt8(ascii: "\\") {
                        return .failure(HTTPError(400, .encodedSlash))
                    }
                    decoded.append(v)
                    j += 3
                } else {
                    decoded.append(b)
                    j += 1
                }
            }
            if decoded.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
                return .failure(HTTPError(400, .controlCharacterInPath))
            }
            if decoded.contains(UInt8(ascii: "\\")) {
                return .failure(HTTPError(400, .backslashInPath))
            }
            guard let s = String(validating: decoded, as: UTF8.self) else {
                return .failure(HTTPError(400, .pathNotUTF8))
            }
            if s == "." || s == ".." { return .failure(HTTPError(400, .dotSegment)) }
            if s.isEmpty && i != rawSegments.count - 1 {
                return .failure(HTTPError(400, .emptySegment))
            }
            out.append(s)
        }
        return .success(out)
    }

    /// Percent-encodes the bytes of `s` outside printable ASCII (a raw UTF-8 query) for a header.
    static func encodeNonASCII(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            if b > 0x20 && b < 0x7F { out.unicodeScalars.append(Unicode.Scalar(b)) } else { out += hexByte(b) }
        }
        return out
    }

    static func hexByte(_ b: UInt8) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        return "%" + String(UnicodeScalar(hex[Int(b >> 4)])) + String(UnicodeScalar(hex[Int(b & 15)]))
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    /// Percent-encodes a decoded segment for a `Location` header: unreserved
    /// characters and sub-delims stay, everything else (including non-ASCII) is encoded.
    static func percentEncodeSegment(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
                UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += hexByte(b)
            }
        }
        return out
    }
}
