import Messages

/// Header fields in arrival order, looked up case-insensitively.
public struct HTTPHeaders: Sendable, Sequence {
    /// The fields as `(name, value)`; names keep the case they were sent or set in.
    public private(set) var fields: [(name: String, value: String)] = []

    /// Creates an empty set of fields.
    public init() {}

    /// Appends a field (a repeated name gives another line).
    public mutating func add(_ name: String, _ value: String) { fields.append((name, value)) }

    /// Replaces every field called `name` with one line (or removes them when `value` is nil).
    public mutating func set(_ name: String, _ value: String?) {
        fields.removeAll { $0.name.lowercased() == name.lowercased() }
        if let value { fields.append((name, value)) }
    }

    /// The value of the first field called `name` (any case), or nil.
    public subscript(name: String) -> String? {
        let n = name.lowercased()
        return fields.first { $0.name.lowercased() == n }?.value
    }

    /// Every value sent for `name` (any case), in order.
    public func values(_ name: String) -> [String] {
        let n = name.lowercased()
        return fields.filter { $0.name.lowercased() == n }.map(\.value)
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }
}

/// A request head (request line and header fields) as parsed by ``RequestParser``.
public struct HTTPRequest: Sendable {
    /// The method token exactly as sent, e.g. `GET` (methods are case-sensitive).
    public var method: String
    /// The request-target as sent, still percent-encoded, e.g. `/tags/%E5%85%9A/?x=1`
    /// (origin-form), or `http://127.0.0.1:8000/` (absolute-form).
    public var target: String
    /// The minor version of HTTP/1.x: 0 or 1.
    public var minorVersion: Int
    /// The header fields.
    public var headers: HTTPHeaders

    /// Creates a request head.
    public init(method: String, target: String, minorVersion: Int = 1, headers: HTTPHeaders = HTTPHeaders()) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
    }

    /// Whether the client asked to keep the connection open after this request:
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        let tokens = headers.values("Connection").flatMap { $0.split(separator: ",") }
            .map { $0.httpTrimmed().lowercased() }
        if tokens.contains("close") { return false }
        return minorVersion >= 1 || tokens.contains("keep-alive")
    }

    /// Whether the head announces a body (`Transfer-Encoding`, or a `Content-Length` other than 0).
    /// The server accepts no bodies.
    public var hasBody: Bool {
        if headers["Transfer-Encoding"] != nil { return true }
        return headers.values("Content-Length").contains { $0.httpTrimmed() != "0" }
    }
}

/// A request that cannot be served, with the status to answer it with.
public struct HTTPError: Error, Sendable, Equatable {
    /// The response status, e.g. 400, 431 or 505.
    public var status: Int
    /// Why, for the response body (worded in the server's language).
    public var message: Message.Server.BadRequest

    /// Creates an error.
    public init(_ status: Int, _ message: Message.Server.BadRequest) {
        self.status = status
        self.message = message
    }
}

/// Parses HTTP/1.x request heads from the bytes received on a connection.
///
/// Limits: the head (request line and fields, up to and including the empty
/// line) may be at most ``maxHeadBytes`` bytes and hold at most ``maxFields``
/// fields. Obsolete line folding, control characters and malformed lines are
/// refused (RFC 9112), as is a missing `Host` in HTTP/1.1.
public enum RequestParser {
    /// Largest accepted request head, in bytes (16 KiB).
    public static let maxHeadBytes = 16 * 1024
    /// Most header fields accepted in one request.
    public static let maxFields = 100

    /// What a buffer holds.
    public enum Result: Sendable {
        /// No complete head yet; read more (the buffer is still within the limits).
        case incomplete
        /// A complete head, which took the first `consumed` bytes of the buffer.
        case request(HTTPRequest, consumed: Int)
        /// The bytes cannot be a valid request; answer with the error's status and close.
        case failure(HTTPError)
    }

    /// Looks for one request head at the start of `buffer`.
    ///
    /// Empty lines before the request line are skipped (RFC 9112 §2.2). Lines
    /// may end in CRLF or a bare LF.
    public static func parse(_ buffer: [UInt8]) -> Result {
        var start = 0
        while start < buffer.count, buffer[start] == 13 || buffer[start] == 10 { start += 1 }
        // Find the empty line that ends the head.
        var end: Int?  // index just past the terminating empty line
        var i = start
        var lineStart = start
        while i < buffer.count, i - start < maxHeadBytes {
            if buffer[i] == 10 {
                let line = i - lineStart
                if line == 0 || (line == 1 && buffer[lineStart] == 13) {
                    end = i + 1
                    break
                }
                lineStart = i + 1
            }
            i += 1
        }
        guard let end else {
            return buffer.count - start >= maxHeadBytes
                ? .failure(HTTPError(431, .headTooLarge)) : .incomplete
        }
        // Split into lines without their CR LF.
        var lines: [ArraySlice<UInt8>] = []
        lineStart = start
        for j in start..<end where buffer[j] == 10 {
            var line = buffer[lineStart..<j]
            if line.last == 13 { line = line.dropLast() }
            lines.append(line)
            lineStart = j + 1
        }
        lines.removeLast()  // the empty line
        guard let requestLine = lines.first else { return .failure(HTTPError(400, .emptyRequest)) }
        // Request line: method SP target SP version, nothing else.
        let parts = requestLine.split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .failure(HTTPError(400, .malformedRequestLine)) }
        guard !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else { return .failure(HTTPError(400, .malformedMethod)) }
        guard !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 32 && $0 != 127 }) else {
            return .failure(HTTPError(400, .malformedTarget))
        }
        guard let target = String(validating: parts[1], as: UTF8.self) else {
            return .failure(HTTPError(400, .targetNotUTF8))
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        let minor: Int
        switch version {
        case "HTTP/1.1": minor = 1
        case "HTTP/1.0": minor = 0
        default:
            if version.hasPrefix("HTTP/"), version.dropFirst(5).allSatisfy({ $0.isNumber || $0 == "." }) {
                return .failure(HTTPError(505, .versionNotSupported))
            }
            return .failure(HTTPError(400, .malformedVersion))
        }
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard headers.fields.count < maxFields else { return .failure(HTTPError(431, .tooManyFields)) }
            guard let first = line.first, first != 32, first != 9 else {
                return .failure(HTTPError(400, .obsoleteLineFolding))
            }
            guard let colon = line.firstIndex(of: 58) else { return .failure(HTTPError(400, .malformedField)) }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return .failure(HTTPError(400, .malformedFieldName)) }
            var value = line[(colon + 1)...]
            while let f = value.first, f == 32 || f == 9 { value = value.dropFirst() }
            while let l = value.last, l == 32 || l == 9 { value = value.dropLast() }
            guard value.allSatisfy({ $0 >= 32 && $0 != 127 || $0 == 9 }) else {
                return .failure(HTTPError(400, .controlCharacterInField))
            }
            // Field values are ISO-8859-1 on the wire; map bytes one to one.
            let v = String(String.UnicodeScalarView(value.map { Unicode.Scalar($0) }))
            headers.add(String(decoding: name, as: UTF8.self), v)
        }
        let hosts = headers.values("Host")
        if hosts.count > 1 { return .failure(HTTPError(400, .duplicateHost)) }
        if minor == 1 && hosts.isEmpty { return .failure(HTTPError(400, .missingHost)) }
        if headers.values("Content-Length").contains(where: { Int($0.httpTrimmed()) == nil }) {
            return .failure(HTTPError(400, .malformedContentLength))
        }
        let request = HTTPRequest(
            method: String(decoding: parts[0], as: UTF8.self), target: target,
            minorVersion: minor, headers: headers)
        return .request(request, consumed: end)
    }

    /// RFC 9110 `tchar`.
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (HTTP optional whitespace).
    func httpTrimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
