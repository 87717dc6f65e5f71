import Foundation
import Testing

@testable import HonorSiteServer

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 17 items 13 and 14: empty lines do not hold a connection open past the head timeout,
/// and event streams do not take the slots pages need.
@Suite("HTTP server limits", .serialized)
struct ServerLimitTests {
    func startServer(_ limits: HTTPServer.Limits) throws -> (HTTPServer, UInt16) {
        let server = HTTPServer(limits: limits) { request in
            if request.target == "/events" {
                return .stream(
                    HTTPResponse.text(200, ""),
                    body: { connection in
                        _ = connection.write(Array("data: hi\n\n".utf8))
                        _ = connection.waitReadable(timeout: 30)
                    })
            }
            return .response(.text(200, "page"))
        }
        return (server, try server.start(host: "127.0.0.1", port: 0))
    }

    @Test func emptyLinesDoNotResetTheHeadTimeout() throws {
        var limits = HTTPServer.Limits()
        limits.headTimeout = 1
        limits.idleTimeout = 30
        let (server, port) = try startServer(limits)
        defer { server.stop() }
        let c = try RawClient(port: port, timeout: 10)
        // CRLF every 0.2 s for up to 4 s: the server must give up after its 1 s head timeout.
        var answered = false
        for _ in 0..<20 {
            do { try c.send("\r\n") } catch {
                answered = true
                break
            }
            usleep(200_000)
            var probe: UInt8 = 0
            if recv(c.fd, &probe, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) >= 0 {
                answered = true
                break
            }
        }
        #expect(answered, "the connection stayed open while the client sent only empty lines")
        #expect(try c.readResponse().status == 408)
        // A request after empty lines is still served.
        let d = try RawClient(port: port)
        try d.send("\r\n\r\nGET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(try d.readResponse().status == 200)
    }

    @Test func eventStreamsHaveTheirOwnLimit() throws {
        var limits = HTTPServer.Limits()
        limits.maxConnections = 2
        limits.maxStreams = 3
        let (server, port) = try startServer(limits)
        defer { server.stop() }
        var streams: [RawClient] = []
        for _ in 0..<3 {
            let c = try RawClient(port: port)
            try c.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(c.read(until: "data: hi\n\n") != nil)
            streams.append(c)
        }
        // A fourth stream is refused …
        var extra: RawClient? = try RawClient(port: port)
        try extra!.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(try extra!.readResponse().status == 503)
        extra = nil
        // … and pages are still served while three streams are open (each once the previous
        // page connection has closed: two page slots).
        for _ in 0..<3 {
            #expect(eventually { server.connectionCount <= 4 })
            let c = try RawClient(port: port)
            try c.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(try c.readResponse().status == 200)
        }
        _ = streams
    }
}
