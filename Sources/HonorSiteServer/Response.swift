#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A complete response: status, header fields and body bytes.
///
/// The server adds `Content-Length` (the body's size, also for HEAD, whose body
/// it leaves out), `Connection` and `Date`; everything else is set here.
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 200.
    public var status: Int
    /// Header fields other than the ones the server adds.
    public var headers: HTTPHeaders
    /// The body.
    public var body: [UInt8]

    /// Creates a response; every response gets `Cache-Control: no-cache` (preview
    /// content changes under the browser) and `X-Content-Type-Options: nosniff`.
    public init(status: Int, contentType: String? = nil, body: [UInt8] = [], headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.body = body
        var h = headers
        if let contentType { h.set("Content-Type", contentType) }
        if h["Cache-Control"] == nil { h.add("Cache-Control", "no-cache") }
        if h["X-Content-Type-Options"] == nil { h.add("X-Content-Type-Options", "nosniff") }
        self.headers = h
    }

    /// A plain-text response: `message` plus a newline, as UTF-8.
    public static func text(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array((message + "\n").utf8))
    }

    /// The status line and header fields, ending with the empty line.
    ///
    /// - Parameters:
    ///   - contentLength: the `Content-Length` to announce; nil for a body that
    ///     runs until the connection closes (event streams).
    ///   - keepAlive: whether the connection stays open afterwards.
    public func head(contentLength: Int?, keepAlive: Bool) -> [UInt8] {
        var s = "HTTP/1.1 \(status) \(HTTPResponse.reasonPhrase(status))\r\n"
        s += "Date: \(HTTPResponse.httpDate())\r\n"
        for (name, value) in headers where !["content-length", "connection", "date"].contains(name.lowercased()) {
            s += "\(name): \(value)\r\n"
        }
        if let contentLength { s += "Content-Length: \(contentLength)\r\n" }
        s += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n"
        s += "\r\n"
        return Array(s.utf8)
    }

    /// The standard reason phrase for the status codes this server sends.
    public static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 413: "Content Too Large"
        case 421: "Misdirected Request"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status \(status)"
        }
    }

    /// The current time as an IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7).
    public static func httpDate(_ seconds: Int = time(nil)) -> String {
        var t = time_t(seconds)
        var tm = tm()
        gmtime_r(&t, &tm)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(tm.tm_wday)]), \(two(tm.tm_mday)) \(months[Int(tm.tm_mon)]) \(tm.tm_year + 1900) "
            + "\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec)) GMT"
    }
}
