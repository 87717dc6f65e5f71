import Foundation
import Messages

#if canImport(Glibc)
    import Glibc
#endif

/// Why a server could not start listening.
public struct ServerStartError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// Another socket already listens on the port (`EADDRINUSE`).
        case addressInUse
        /// The port needs privileges (`EACCES`, ports below 1024).
        case permissionDenied
        /// The host is not a local address or name that resolves to one.
        case badHost
        /// Any other socket failure.
        case other
    }
    /// The failure class.
    public var kind: Kind
    /// The host as given.
    public var host: String
    /// The port as given.
    public var port: UInt16
    /// The system's reason (`strerror`, `gai_strerror`), empty when the kind says it all.
    public var reason: String = ""

    /// The catalogue message; `nextFreePort` is a free port nearby to suggest for `.addressInUse`.
    public func message(nextFreePort: Int? = nil) -> Message {
        let address = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        switch kind {
        case .addressInUse: return .cli(.portInUse(port: Int(port), next: nextFreePort))
        case .permissionDenied: return .cli(.noPermission(address: address))
        case .badHost: return .cli(.badHost(host: host, reason: reason))
        case .other: return .cli(.cannotListen(address: address, reason: reason))
        }
    }

    /// The message in English.
    public var description: String { message().text(.english) }
}

/// A small HTTP/1.1 server over POSIX sockets: one thread accepts, one thread
/// per connection serves requests in order (keep-alive, pipelining).
///
/// Only GET and HEAD are served (others get 405 with `Allow: GET, HEAD`);
/// request bodies are refused; request heads are limited by ``RequestParser``.
/// A HEAD response has the GET response's header fields and no body. The
/// handler decides everything else.
///
/// Thread safety: `@unchecked Sendable` because all mutable state (the listening
/// socket, the set of open connections, the stopped flag) is guarded by `lock`;
/// each connection's socket is used only by its own thread, except that ``stop()``
/// may `shutdown(2)` it (under the lock, before the owner closes it) to wake it.
public final class HTTPServer: @unchecked Sendable {
    /// What the handler answers.
    public enum Reply: Sendable {
        /// A complete response.
        case response(HTTPResponse)
        /// A response whose body is written over time by `body` (which runs on the
        /// connection's thread until it returns); the connection closes afterwards.
        /// The response's own body is ignored. Used for Server-Sent Events.
        case stream(HTTPResponse, body: @Sendable (ClientConnection) -> Void)
    }

    /// Answers one request; called on the connection's thread, concurrently for
    /// different connections.
    public typealias Handler = @Sendable (HTTPRequest) -> Reply

    /// Timeouts and limits.
    public struct Limits: Sendable {
        /// Seconds a kept-alive connection may wait for its next request.
        public var idleTimeout: TimeInterval = 15
        /// Seconds allowed for a request head to arrive once it has started.
        public var headTimeout: TimeInterval = 10
        /// Seconds a blocked write may take before the connection is dropped.
        public var writeTimeout: TimeInterval = 10
        /// Connections served at once (event streams not counted); more are answered 503 and closed.
        public var maxConnections = 128
        /// Open event streams (live reload) at once, counted apart so that they never take the
        /// slots pages need; a further stream is answered 503.
        public var maxStreams = 32
        /// Requests served on one connection before it is closed.
        public var maxRequestsPerConnection = 1000
        /// Creates the default limits.
        public init() {}
    }

    private let handler: Handler
    private let limits: Limits
    private let language: Language
    private let lock = NSCondition()
    private var listenFD: Int32 = -1
    private var wakeRead: Int32 = -1
    private var wakeWrite: Int32 = -1
    private var clients: Set<Int32> = []
    /// Connections among `clients` that have become event streams.
    private var streams: Set<Int32> = []
    private var running = false
    private var acceptDone = true

    /// Creates a server that answers with `handler`.
    ///
    /// - Parameter language: of the 503 answer when too many connections are open (answers to
    ///   malformed requests, which browsers do not send, stay English).
    public init(limits: Limits = Limits(), language: Language = .english, handler: @escaping Handler) {
        self.limits = limits
        self.language = language
        self.handler = handler
    }

    deinit { stop() }

    /// Binds `host:port`, listens, and starts accepting on a background thread.
    ///
    /// - Parameters:
    ///   - host: a numeric IPv4/IPv6 address or a name (`localhost`); the first address it
    ///     resolves to is used.
    ///   - port: the TCP port; 0 picks a free one.
    /// - Returns: the bound port.
    /// - Throws: ``ServerStartError``; `.addressInUse` when the port is taken.
    public func start(host: String, port: UInt16) throws(ServerStartError) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        precondition(!running, "HTTPServer.start called twice")
        let fd = try HTTPServer.bindListener(host: host, port: port)
        guard let pipeFDs = makeWakePipe() else {
            close(fd)
            throw ServerStartError(kind: .other, host: host, port: port, reason: "pipe: \(errnoText())")
        }
        listenFD = fd
        wakeRead = pipeFDs[0]
        wakeWrite = pipeFDs[1]
        running = true
        acceptDone = false
        let bound = HTTPServer.localPort(fd)
        let thread = Thread { [self] in acceptLoop(listenFD: fd, wakeFD: pipeFDs[0]) }
        thread.name = "honorsite-accept"
        thread.start()
        return bound
    }

    /// Stops accepting, wakes and closes every connection, and waits (up to 2 s)
    /// for their threads to finish. Safe to call more than once.
    public func stop() {
        lock.lock()
        guard running else {
            lock.unlock()
            return
        }
        running = false
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        for fd in clients { shutdown(fd, Int32(SHUT_RDWR)) }
        let deadline = Date().addingTimeInterval(2)
        while !acceptDone || !clients.isEmpty {
            if !lock.wait(until: deadline) { break }
        }
        close(wakeWrite)
        close(wakeRead)
        wakeRead = -1
        wakeWrite = -1
        lock.unlock()
    }

    /// The number of connections currently open.
    public var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return clients.count
    }

    // MARK: - accepting

    private func acceptLoop(listenFD fd: Int32, wakeFD: Int32) {
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
        while true {
            fds[0].revents = 0
            fds[1].revents = 0
            let n = poll(&fds, 2, -1)
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if fds[1].revents != 0 { break }
            guard fds[0].revents & Int16(POLLIN) != 0 else { continue }
            let client = accept(fd, nil, nil)
            if client < 0 {
                if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM { usleep(50_000) }
                continue
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            var one: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            var tv = timeval(tv_sec: Int(limits.writeTimeout), tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            lock.lock()
            let accepted = running && clients.count - streams.count < limits.maxConnections
            if accepted { clients.insert(client) }
            lock.unlock()
            if !accepted {
                let r = HTTPResponse.text(503, Message.server(.tooManyConnections).text(language))
                _ = ClientConnection.writeAll(client, r.head(contentLength: r.body.count, keepAlive: false) + r.body)
                close(client)
                continue
            }
            let thread = Thread { [self] in serve(client) }
            thread.name = "honorsite-conn"
            thread.start()
        }
        lock.lock()
        close(fd)
        listenFD = -1
        acceptDone = true
        lock.broadcast()
        lock.unlock()
    }

    // MARK: - one connection

    private func serve(_ fd: Int32) {
        let connection = ClientConnection(fd: fd)
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        defer {
            // Lingering close: stop sending, then discard what the client still sends
            // (briefly), so closing with unread bytes does not reset the connection and
            // destroy an error response before the client has read it.
            shutdown(fd, Int32(SHUT_WR))
            let deadline = Date().addingTimeInterval(0.5)
            var drained = 0
            while drained < 256 * 1024, connection.waitReadable(timeout: deadline.timeIntervalSinceNow) {
                let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                if n <= 0 { break }
                drained += n
            }
            lock.lock()
            clients.remove(fd)
            streams.remove(fd)
            close(fd)
            lock.broadcast()
            lock.unlock()
        }
        var buffer: [UInt8] = []
        var served = 0
        var headStarted: Date?
        while served < limits.maxRequestsPerConnection {
            switch RequestParser.parse(buffer) {
            case .failure(let e):
                send(
                    .text(e.status, Message.server(.badRequest(e.message)).text(language)), on: connection,
                    isHead: false, keepAlive: false)
                return
            case .request(let request, let consumed):
                buffer.removeFirst(consumed)
                headStarted = nil
                served += 1
                if !respond(to: request, on: connection, last: served == limits.maxRequestsPerConnection) { return }
            case .incomplete:
                // Wait for bytes: the idle timeout between requests, the head timeout inside one.
                // Any byte starts the head clock, empty lines too (RFC 9112 §2.2 lets a server
                // ignore them, so they are dropped: a client streaming CR/LF neither grows the
                // buffer nor keeps the connection past the head timeout).
                let blank = buffer.prefix { $0 == 13 || $0 == 10 }.count
                buffer.removeFirst(blank)
                let waitingForHead = !buffer.isEmpty || blank > 0
                if waitingForHead && headStarted == nil { headStarted = Date() }
                let timeout =
                    waitingForHead
                    ? limits.headTimeout - Date().timeIntervalSince(headStarted ?? Date())
                    : limits.idleTimeout
                guard timeout > 0, connection.waitReadable(timeout: timeout) else {
                    if waitingForHead {
                        send(
                            .text(408, Message.server(.badRequest(.requestTimeout)).text(language)), on: connection,
                            isHead: false, keepAlive: false)
                    }
                    return
                }
                let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                buffer += chunk[0..<n]
            }
        }
    }

    /// Answers one request; returns whether the connection stays open.
    private func respond(to request: HTTPRequest, on connection: ClientConnection, last: Bool) -> Bool {
        let isHead = request.method == "HEAD"
        if request.method != "GET" && !isHead {
            var r = HTTPResponse.text(405, Message.server(.methodNotAllowed(request.method)).text(language))
            r.headers.set("Allow", "GET, HEAD")
            // A body we will not read would be taken for the next request: close.
            let keep = !request.hasBody && request.wantsKeepAlive && !last
            return send(r, on: connection, isHead: false, keepAlive: keep) && keep
        }
        if request.hasBody {
            send(
                .text(400, Message.server(.badRequest(.bodyNotAccepted)).text(language)), on: connection, isHead: isHead,
                keepAlive: false)
            return false
        }
        let keep = request.wantsKeepAlive && !last
        switch handler(request) {
        case .response(let r):
            return send(r, on: connection, isHead: isHead, keepAlive: keep) && keep
        case .stream(let r, let body):
            lock.lock()
            let admitted = streams.count < limits.maxStreams
            if admitted { streams.insert(connection.fd) }
            lock.unlock()
            guard admitted else {
                send(.text(503, "too many live-reload streams"), on: connection, isHead: isHead, keepAlive: false)
                return false
            }
            guard connection.write(r.head(contentLength: nil, keepAlive: false)) else { return false }
            if !isHead { body(connection) }
            return false
        }
    }

    @discardableResult
    private func send(_ r: HTTPResponse, on connection: ClientConnection, isHead: Bool, keepAlive: Bool) -> Bool {
        let head = r.head(contentLength: r.body.count, keepAlive: keepAlive)
        return connection.write(isHead ? head : head + r.body)
    }

    // MARK: - sockets

    static func bindListener(host: String, port: UInt16) throws(ServerStartError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            let reason = rc == 0 ? "no address" : String(cString: gai_strerror(rc))
            throw ServerStartError(kind: .badHost, host: host, port: port, reason: reason)
        }
        defer { freeaddrinfo(list) }
        var lastErrno: Int32 = 0
        var info: UnsafeMutablePointer<addrinfo>? = first
        while let ai = info {
            info = ai.pointee.ai_next
            let fd = socket(ai.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            if fd < 0 {
                lastErrno = errno
                continue
            }
            var one: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            if bind(fd, ai.pointee.ai_addr, ai.pointee.ai_addrlen) == 0 && listen(fd, 128) == 0 { return fd }
            lastErrno = errno
            close(fd)
        }
        switch lastErrno {
        case EADDRINUSE: throw ServerStartError(kind: .addressInUse, host: host, port: port)
        case EACCES: throw ServerStartError(kind: .permissionDenied, host: host, port: port)
        case EADDRNOTAVAIL: throw ServerStartError(kind: .badHost, host: host, port: port)
        default: throw ServerStartError(kind: .other, host: host, port: port, reason: String(cString: strerror(lastErrno)))
        }
    }

    /// The port a bound socket listens on.
    static func localPort(_ fd: Int32) -> UInt16 {
        var storage = sockaddr_storage()
        var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        let family = storage.ss_family
        return withUnsafePointer(to: &storage) { p -> UInt16 in
            if family == sa_family_t(AF_INET6) {
                return p.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            }
            return p.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
    }

    /// Whether `port` on `host` can be bound right now (used to suggest a free port).
    public static func isPortFree(host: String, port: UInt16) -> Bool {
        guard let fd = try? bindListener(host: host, port: port) else { return false }
        close(fd)
        return true
    }
}

/// One client socket, as seen by a streaming response body.
///
/// Thread safety: used only by the connection's own thread (the server may
/// additionally `shutdown(2)` the socket to wake it); `@unchecked Sendable` so
/// the stream closure can receive it.
public final class ClientConnection: @unchecked Sendable {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    /// Writes all of `bytes`; false when the peer is gone or the write timed out.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool { ClientConnection.writeAll(fd, bytes) }

    /// Writes `text` as UTF-8; false when the peer is gone.
    @discardableResult
    public func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// Whether the peer has closed its side or the socket failed (checked without blocking).
    /// Bytes the peer sends are read and discarded.
    public var isClosed: Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) > 0 else { return false }
        if p.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 { return true }
        var scratch = [UInt8](repeating: 0, count: 512)
        let n = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        return n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)
    }

    /// Waits up to `timeout` seconds for bytes (or end of stream) to read.
    func waitReadable(timeout: TimeInterval) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let ms = Int32(max(0, min(deadline.timeIntervalSinceNow * 1000, 60_000)).rounded(.up))
            let n = poll(&p, 1, ms)
            if n > 0 { return true }
            if n < 0 && errno == EINTR { continue }
            if n == 0 && deadline.timeIntervalSinceNow > 0 { continue }
            return false
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                Glibc.send(fd, buf.baseAddress! + offset, buf.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

/// A non-blocking, close-on-exec pipe `[read, write]` used to wake a `poll(2)` loop.
func makeWakePipe() -> [Int32]? {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    for fd in fds {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }
    return fds
}
