import Foundation
import HonorSiteCore
import Messages

/// Local preview: compiles the site into memory, serves it over HTTP, rebuilds
/// when `content/` or `templates/` change, and tells open pages to reload (or
/// shows the build errors over the last good page) through ``LiveReload``.
///
/// Nothing is written to the project: pages come from the in-memory
/// ``CompiledSite`` (the last good one), copied files from their sources.
/// Every page gets the live-reload script through ``BuildOptions/injectHTML``;
/// URLs use the base `http://HOST:PORT/`, so the base path is `/`.
///
/// ```swift
/// let server = PreviewServer(configuration: .init(root: projectURL)) { report in print(report) }
/// let port = try server.start(port: 0)   // 0: any free port
/// ...
/// server.stop()
/// ```
///
/// Thread safety: `@unchecked Sendable` because its mutable state (URL, build
/// state, components) is guarded by `lock`, and rebuilds are serialised by
/// `rebuildLock`; the components it owns are themselves thread-safe.
public final class PreviewServer: @unchecked Sendable {
    /// What to serve and how.
    public struct Configuration: Sendable {
        /// The site project folder (holds `content/` and `templates/`).
        public var root: URL
        /// The address to listen on; loopback by default. Requests whose `Host`
        /// is not a loopback name are refused while listening on loopback
        /// (a defence against DNS rebinding).
        public var host: String
        /// Include documents with `draft: true`.
        public var drafts: Bool
        /// Environment for ``BuildOptions`` (`SOURCE_DATE_EPOCH`).
        public var environment: [String: String]
        /// Whether to watch for changes at all.
        public var watch: Bool
        /// inotify or polling.
        public var watchMode: FileWatcher.Mode
        /// Seconds of quiet after a change before rebuilding.
        public var debounce: TimeInterval
        /// Seconds between keep-alive comments on event streams.
        public var keepAliveInterval: TimeInterval
        /// HTTP timeouts and limits.
        public var limits: HTTPServer.Limits
        /// The language of the overlay, the warnings panel, the error pages and diagnostics in the browser.
        public var language: Language

        /// Creates a configuration with the defaults: loopback, no drafts, watching
        /// (inotify, else polling), 100 ms debounce, 15 s keep-alive comments, and the
        /// language `environment` asks for (``Language/resolve(flag:environment:)``).
        public init(
            root: URL, host: String = "127.0.0.1", drafts: Bool = false,
            environment: [String: String] = ProcessInfo.processInfo.environment,
            watch: Bool = true, watchMode: FileWatcher.Mode = .automatic, debounce: TimeInterval = 0.1,
            keepAliveInterval: TimeInterval = 15, limits: HTTPServer.Limits = HTTPServer.Limits(),
            language: Language? = nil
        ) {
            self.root = root.standardizedFileURL
            self.host = host
            self.drafts = drafts
            self.environment = environment
            self.watch = watch
            self.watchMode = watchMode
            self.debounce = debounce
            self.keepAliveInterval = keepAliveInterval
            self.limits = limits
            self.language = language ?? Language.resolve(flag: nil, environment: environment)
        }
    }

    /// The result of one build.
    public struct RebuildReport: Sendable {
        /// What happened.
        public enum Outcome: Sendable {
            /// The site was rebuilt and is now served; warnings were found on the way.
            case built(pages: Int, documents: Int, files: Int, warnings: [Diagnostic])
            /// The build failed; the previous site (if any) is still served.
            case failed([Diagnostic])
        }
        /// The first build, done by ``PreviewServer/start(port:)``.
        public var isInitial: Bool
        /// Paths (relative to the project) whose change caused the build; empty for the initial or a manual one.
        public var changedPaths: [String]
        /// Wall-clock seconds the compile took.
        public var duration: TimeInterval
        /// Success or the diagnostics.
        public var outcome: Outcome
        /// True for ``Outcome/built(pages:documents:files:warnings:)``.
        public var succeeded: Bool {
            if case .built = outcome { return true }
            return false
        }
    }

    /// The configuration.
    public let configuration: Configuration
    private let onRebuild: @Sendable (RebuildReport) -> Void
    private let store: SiteStore
    private let hub: LiveReloadHub
    private let instanceID = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let lock = NSLock()
    private let rebuildLock = NSLock()
    private var http: HTTPServer?
    private var watcher: FileWatcher?
    private var boundPort: UInt16 = 0
    private var buildCount = 0
    private var lastFailure: [Diagnostic]?

    /// Creates a server; nothing happens until ``start(port:)``.
    ///
    /// - Parameter onRebuild: called after every build (the initial one too) with
    ///   its result, on the thread that built (the watcher's, or ``start(port:)``'s caller).
    public init(configuration: Configuration, onRebuild: @escaping @Sendable (RebuildReport) -> Void = { _ in }) {
        self.configuration = configuration
        self.onRebuild = onRebuild
        self.store = SiteStore(root: configuration.root)
        self.hub = LiveReloadHub(
            buildID: "none", keepAliveInterval: configuration.keepAliveInterval,
            language: configuration.language)
    }

    deinit { stop() }

    /// Listens on `configuration.host:port`, builds the site, and starts watching.
    ///
    /// A failed initial build does not stop the server: pages then show the
    /// diagnostics until a change fixes the build.
    ///
    /// - Parameter port: the TCP port; 0 picks a free one (for tests).
    /// - Returns: the port listened on.
    /// - Throws: ``ServerStartError`` (e.g. `.addressInUse`).
    @discardableResult
    public func start(port: UInt16) throws(ServerStartError) -> UInt16 {
        let language = configuration.language
        let server = HTTPServer(limits: configuration.limits, language: language) { [weak self] request in
            guard let self else { return .response(.text(503, Message.server(.stopping).text(language))) }
            return self.handle(request)
        }
        let bound = try server.start(host: configuration.host, port: port)
        lock.lock()
        http = server
        boundPort = bound
        lock.unlock()
        rebuild(changed: [], initial: true)
        if configuration.watch {
            let w = FileWatcher(root: configuration.root, mode: configuration.watchMode, debounce: configuration.debounce) {
                [weak self] paths in self?.rebuild(changed: paths)
            }
            w.start()
            lock.lock()
            watcher = w
            lock.unlock()
        }
        return bound
    }

    /// Stops watching, ends event streams, closes every connection and the
    /// listening socket. Safe to call more than once.
    public func stop() {
        lock.lock()
        let (w, h) = (watcher, http)
        watcher = nil
        http = nil
        lock.unlock()
        w?.stop()
        hub.close()
        h?.stop()
    }

    /// The site's address, e.g. `http://127.0.0.1:8000/`; nil before ``start(port:)``.
    public var url: URL? {
        lock.lock()
        defer { lock.unlock() }
        return boundPort == 0 ? nil : URL(string: baseURL(port: boundPort))
    }

    /// How changes are being watched (``FileWatcher/Backend/none`` when not watching).
    public var watcherBackend: FileWatcher.Backend {
        lock.lock()
        defer { lock.unlock() }
        return watcher?.backend ?? .none
    }

    /// The number of open live-reload event streams.
    public var liveReloadClients: Int { hub.clientCount }

    /// `http://HOST:PORT/`, with IPv6 literals in brackets and the unspecified
    /// address replaced by loopback (it is not a reachable address).
    func baseURL(port: UInt16) -> String {
        var host = configuration.host
        if host == "0.0.0.0" || host.isEmpty { host = "127.0.0.1" }
        if host == "::" { host = "::1" }
        if host.contains(":") { host = "[\(host)]" }
        return "http://\(host):\(port)/"
    }

    // MARK: - building

    /// Compiles the site now and, on success, serves the result and sends `reload`;
    /// on failure keeps the previous site and sends `error`. Rebuilds never overlap.
    ///
    /// - Parameter changed: the changed paths, for the report.
    /// - Returns: the report also given to `onRebuild`.
    @discardableResult
    public func rebuild(changed: [String] = []) -> RebuildReport {
        rebuild(changed: changed, initial: false)
    }

    @discardableResult
    private func rebuild(changed: [String], initial: Bool) -> RebuildReport {
        rebuildLock.lock()
        defer { rebuildLock.unlock() }
        lock.lock()
        buildCount += 1
        let buildID = "\(instanceID)-\(buildCount)"
        let port = boundPort
        lock.unlock()
        let options = BuildOptions(
            root: configuration.root, baseURL: baseURL(port: port), drafts: configuration.drafts,
            strict: false, injectHTML: LiveReload.script(buildID: buildID, language: configuration.language), checkLinks: true,
            environment: configuration.environment)
        let start = Date()
        let report: RebuildReport
        do throws(BuildFailure) {
            let site = try SiteCompiler.compile(options)
            store.replace(with: site)
            lock.lock()
            lastFailure = nil
            lock.unlock()
            hub.publishReload(buildID: buildID, warnings: site.warnings)
            report = RebuildReport(
                isInitial: initial, changedPaths: changed, duration: Date().timeIntervalSince(start),
                outcome: .built(
                    pages: site.pageCount, documents: site.documentCount,
                    files: site.files.count, warnings: site.warnings))
        } catch {
            lock.lock()
            lastFailure = error.diagnostics
            lock.unlock()
            hub.publishError(error.diagnostics)
            report = RebuildReport(
                isInitial: initial, changedPaths: changed, duration: Date().timeIntervalSince(start),
                outcome: .failed(error.diagnostics))
        }
        onRebuild(report)
        return report
    }

    // MARK: - serving

    /// `message` in the configured language.
    private func say(_ message: Message.Server) -> String { Message.server(message).text(configuration.language) }

    private func handle(_ request: HTTPRequest) -> HTTPServer.Reply {
        lock.lock()
        let port = boundPort
        lock.unlock()
        let host = request.headers["Host"].map(PreviewServer.splitAuthority)
        if let host, !isAllowedHost(host.host) {
            return .response(.text(403, say(.wrongHost(host: host.host, url: baseURL(port: port)))))
        }
        // Absolute-form (`GET http://127.0.0.1:8000/x HTTP/1.1`) must name this server.
        var target = Substring(request.target)
        if !target.hasPrefix("/") {
            guard target.lowercased().hasPrefix("http://") else {
                return .response(.text(400, say(.targetMustBePath)))
            }
            let rest = target.dropFirst(7)
            let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            let authority = PreviewServer.splitAuthority(String(rest[..<end]))
            guard authority.port == Int(port),
                isAllowedHost(authority.host) && (isLoopbackBinding || authority.host == host?.host)
            else {
                return .response(.text(400, say(.otherServer)))
            }
            target = rest[end...]
            if !target.hasPrefix("/") { target = "/" + target }
        }
        let (rawPath, query) = SiteStore.splitTarget(String(target))
        if rawPath == LiveReload.eventsPath {
            var headers = HTTPHeaders()
            headers.add("X-Accel-Buffering", "no")
            let r = HTTPResponse(status: 200, contentType: "text/event-stream; charset=utf-8", headers: headers)
            return .stream(r) { [hub] connection in hub.serve(connection) }
        }
        let segments: [String]
        switch SiteStore.decodePath(rawPath) {
        case .failure(let e): return .response(.text(e.status, say(.badRequest(e.message))))
        case .success(let s): segments = s
        }
        if segments.first == "__honorsite" { return .response(.text(404, say(.notFound))) }
        guard let snapshot = store.snapshot else { return .response(noSiteResponse()) }
        switch SiteStore.resolve(segments: segments, query: query, in: snapshot) {
        case .file(let key):
            guard let body = store.contents(of: key, in: snapshot) else {
                return .response(.text(404, say(.cannotRead(key))))
            }
            return .response(HTTPResponse(status: 200, contentType: ContentTypes.contentType(forPath: key), body: body))
        case .redirect(let location):
            var headers = HTTPHeaders()
            headers.add("Location", location)
            return .response(
                HTTPResponse(
                    status: 301, contentType: "text/plain; charset=utf-8",
                    body: Array((say(.movedTo(location)) + "\n").utf8), headers: headers))
        case .notFound:
            if let page = store.contents(of: "404.html", in: snapshot) {
                return .response(HTTPResponse(status: 404, contentType: "text/html; charset=utf-8", body: page))
            }
            return .response(.text(404, say(.notFound)))
        }
    }

    /// The page served before any build succeeded (see ``noSitePage(failure:language:)``).
    private func noSiteResponse() -> HTTPResponse {
        lock.lock()
        let failure = lastFailure
        lock.unlock()
        return PreviewServer.noSitePage(failure: failure, language: configuration.language)
    }

    /// The page served while no build has succeeded: 503 "building" while the first
    /// build runs, else 500 with the diagnostics; with the live-reload script, so it
    /// reloads by itself once the site builds. All words in `language`.
    static func noSitePage(failure: [Diagnostic]?, language: Language) -> HTTPResponse {
        let say = { (m: Message.Server) in escapeHTML(Message.server(m).text(language)) }
        var html =
            "<!doctype html><html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\">"
            + "<title>\(failure == nil ? say(.building) : say(.failedPageTitle))</title></head>"
            + "<body style=\"font:15px/1.5 system-ui,sans-serif;margin:2em\">"
        if let failure {
            html +=
                "<h1>\(say(.failedHeading))</h1><p>\(say(.failedHint))</p>"
                + "<pre style=\"white-space:pre-wrap;font:14px/1.5 'Noto Sans Mono CJK SC',Menlo,Consolas,'Microsoft YaHei',monospace\">"
            html += failure.map { escapeHTML(LiveReload.line($0, language)) }.joined(separator: "\n")
            html += "</pre>"
        } else {
            html += "<h1>\(say(.building))</h1>"
        }
        html += LiveReload.script(buildID: "none", language: language) + "</body></html>\n"
        return HTTPResponse(status: failure == nil ? 503 : 500, contentType: "text/html; charset=utf-8", body: Array(html.utf8))
    }

    // MARK: - hosts

    private var isLoopbackBinding: Bool { PreviewServer.isLoopbackName(configuration.host) }

    /// While listening on loopback only loopback names are accepted; otherwise any.
    private func isAllowedHost(_ host: String) -> Bool {
        !isLoopbackBinding || PreviewServer.isLoopbackName(host)
    }

    /// `localhost`, `*.localhost`, `127.x.x.x`, `::1` (with or without brackets).
    static func isLoopbackName(_ host: String) -> Bool {
        var h = host.lowercased()
        if h.hasPrefix("[") && h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        if h.hasSuffix(".") { h = String(h.dropLast()) }
        if h == "localhost" || h.hasSuffix(".localhost") || h == "::1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// `host:port` → (host, port); the port is 80 when absent and -1 when malformed.
    static func splitAuthority(_ authority: String) -> (host: String, port: Int) {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return (authority, -1) }
            let host = String(authority[...close])
            let rest = authority[authority.index(after: close)...]
            if rest.isEmpty { return (host, 80) }
            guard rest.hasPrefix(":"), let p = Int(rest.dropFirst()) else { return (host, -1) }
            return (host, p)
        }
        guard let colon = authority.lastIndex(of: ":") else { return (authority, 80) }
        return (String(authority[..<colon]), Int(authority[authority.index(after: colon)...]) ?? -1)
    }
}
