import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - a tiny project

/// The minimal theme: every required template, a layout, a partial and a stylesheet.
let themeFiles: [String: String] = {
    func page(_ body: String) -> String { "{{<layout}}{{$content}}<h1>{{page.title}}</h1>\(body){{/content}}{{/layout}}" }
    var t: [String: String] = [
        "templates/layout.mustache": """
        <!doctype html>
        <html lang="{{site.language}}"><head><meta charset="utf-8"><title>{{page.title}} · {{site.title}}</title>
        <link rel="stylesheet" href="{{site.base_path}}style.css"></head>
        <body><nav>{{#nav}}<a href="{{url}}">{{title}}</a> {{/nav}}</nav><main>{{$content}}{{/content}}</main></body></html>

        """,
        "templates/partials/list.mustache": "<ul>{{#items}}<li><a href=\"{{url}}\">{{title}}</a></li>{{/items}}</ul>",
        "templates/static/style.css": "body { margin: 2em; }\n",
        "templates/home.mustache": page("{{#latest_riders}}<a href=\"{{url}}\">{{title}}</a> {{/latest_riders}}"),
        "templates/section.mustache": page("{{> list}}"),
        "templates/districts.mustache": page("{{#districts}}<a href=\"{{url}}\">{{name}}</a> {{/districts}}"),
        "templates/district.mustache": page("{{#riders}}<a href=\"{{url}}\">{{title}}</a> {{/riders}}"),
        "templates/tags.mustache": page("{{#tags}}<a href=\"{{url}}\">{{name}}</a> {{/tags}}"),
        "templates/tag.mustache": page("<p>tag {{tag.name}}</p>{{> list}}"),
        "templates/events-year.mustache": page("{{#months}}{{#events}}<a href=\"{{url}}\">{{title}}</a>{{/events}}{{/months}}"),
        "templates/bases.mustache": page("{{#bases}}<a href=\"{{url}}\">{{name}}</a> {{/bases}}"),
        "templates/base.mustache": page("{{#events}}<a href=\"{{url}}\">{{title}}</a>{{/events}}"),
        "templates/honors.mustache": page("{{#years}}<a href=\"{{url}}\">{{year}}</a> {{/years}}"),
        "templates/honors-year.mustache": page("{{#honors}}{{#entries}}<a href=\"{{url}}\">{{name}}</a> {{/entries}}{{/honors}}"),
        "templates/404.mustache": page("<p>NOT-FOUND-PAGE 页面不存在</p>"),
        "templates/stats.mustache": page("{{#figures}}{{label}} {{/figures}}"),
        "templates/reports.mustache": page("{{> list}}"),
    ]
    for kind in ["brand", "rider", "event", "page", "report"] { t["templates/\(kind).mustache"] = page("{{{content}}}") }
    return t
}()

let siteYML = """
    title: 测试站点
    base_url: https://example.org/
    districts:
      - name: 福田区
        slug: futian
    honors:
      - title: 十大最美骑手
        issuer: 测试单位
    """

/// The rider file; `body` is its Markdown text.
func riderFile(body: String = "李明每天骑行一百公里。ORIGINAL-TEXT") -> String {
    """
    ---
    name: 李明
    district: 福田区
    tags: [党建引领]
    honors:
      - title: 十大最美骑手
        year: 2024
    ---

    \(body)

    """
}

/// A site project in a fresh temporary folder, removed by ``remove()``.
struct TempProject {
    let root: URL

    init(files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("honorsite-serve-\(UUID().uuidString)", isDirectory: true)
        var all = themeFiles
        all["content/site.yml"] = siteYML
        all["content/riders/li-ming.md"] = riderFile()
        for (k, v) in files { all[k] = v }
        for (path, text) in all { try write(path, text) }
    }

    /// Writes `text` to `path` (relative to the project), creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

// MARK: - a raw HTTP client (no URL normalisation, so traversal attempts reach the server as written)

struct ClientError: Error, CustomStringConvertible { var description: String }

/// One parsed response.
struct RawResponse {
    var status: Int
    var headers: [String: String]  // lowercased names
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    subscript(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A blocking TCP client with a receive timeout; used for requests and event streams.
final class RawClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16, timeout: TimeInterval = 5) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError(description: "socket failed") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            throw ClientError(description: "connect failed: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(fd) }

    func send(_ bytes: [UInt8]) throws {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + off, $0.count - off, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw ClientError(description: "send failed") }
            off += n
        }
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Reads more bytes; false at end of stream, timeout or error.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n <= 0 { return false }
        buffer += chunk[0..<n]
        return true
    }

    /// Everything until the server closes (or the receive timeout).
    func readToEnd() -> [UInt8] {
        while fill() {}
        defer { buffer = [] }
        return buffer
    }

    /// Reads one response; the body by `Content-Length` (none for HEAD).
    func readResponse(head isHead: Bool = false) throws -> RawResponse {
        let sep: [UInt8] = [13, 10, 13, 10]
        var end: Int?
        while true {
            if buffer.count >= 4, let i = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<$0 + 4]) == sep }) {
                end = i
                break
            }
            guard fill() else {
                throw ClientError(description: "no complete response head; got \(String(decoding: buffer, as: UTF8.self))")
            }
        }
        var response = try RawClient.parseHead(Array(buffer[0..<end!]))
        buffer.removeFirst(end! + 4)
        let length = isHead ? 0 : Int(response["content-length"] ?? "0") ?? 0
        while buffer.count < length { guard fill() else { throw ClientError(description: "short body") } }
        response.body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return response
    }

    /// Reads until `marker` appears; returns the text up to and including it (and
    /// keeps the rest), or nil when `timeout` seconds pass first.
    func read(until marker: String, timeout: TimeInterval = 5) -> String? {
        let m = Array(marker.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if buffer.count >= m.count, let i = (0...(buffer.count - m.count)).first(where: { Array(buffer[$0..<$0 + m.count]) == m }) {
                let out = String(decoding: buffer[0..<(i + m.count)], as: UTF8.self)
                buffer.removeFirst(i + m.count)
                return out
            }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ms = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            if poll(&p, 1, ms) > 0 { if !fill() { return nil } }
        }
        return nil
    }

    static func parseHead(_ bytes: [UInt8]) throws -> RawResponse {
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else {
            throw ClientError(description: "bad status line '\(lines[0])'")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let c = line.firstIndex(of: ":") else { continue }
            headers[line[..<c].lowercased()] = line[line.index(after: c)...].trimmingCharacters(in: .whitespaces)
        }
        return RawResponse(status: status, headers: headers, body: [])
    }
}

/// Sends one request (`Connection: close`) and reads the whole answer.
///
/// - Returns: the response and the number of bytes after the head (to check HEAD sends none).
@discardableResult
func fetch(
    _ port: UInt16, _ target: String, method: String = "GET", host: String = "127.0.0.1",
    extra: [String] = []
) throws -> (response: RawResponse, bodyBytes: Int) {
    let client = try RawClient(port: port)
    var request = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
    for line in extra { request += line + "\r\n" }
    try client.send(request + "\r\n")
    let all = client.readToEnd()
    let sep: [UInt8] = [13, 10, 13, 10]
    guard all.count >= 4, let end = (0...(all.count - 4)).first(where: { Array(all[$0..<$0 + 4]) == sep }) else {
        throw ClientError(description: "no response to \(target): \(String(decoding: all, as: UTF8.self))")
    }
    var r = try RawClient.parseHead(Array(all[0..<end]))
    r.body = Array(all[(end + 4)...])
    return (r, r.body.count)
}

/// Opens the live-reload event stream and waits for its `hello`.
func openEvents(_ port: UInt16) throws -> RawClient {
    let c = try RawClient(port: port, timeout: 10)
    try c.send("GET /__honorsite/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    guard let head = c.read(until: "\r\n\r\n"), head.contains("200"), head.contains("text/event-stream") else {
        throw ClientError(description: "event stream did not open")
    }
    guard c.read(until: "event: hello\n") != nil, c.read(until: "\n\n") != nil else { throw ClientError(description: "no hello") }
    return c
}

/// Waits (bounded) for `condition`, checking every 20 ms.
func eventually(timeout: TimeInterval = 5, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return true }
        usleep(20_000)
    }
    return try condition()
}
