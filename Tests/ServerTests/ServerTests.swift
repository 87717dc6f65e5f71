import Foundation
import HonorSiteCore
import Media
import Messages
import Testing

@testable import HonorSiteServer

#if canImport(Glibc)
    import Glibc
#endif

/// Collects rebuild reports from the server's thread.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [PreviewServer.RebuildReport] = []
    func add(_ r: PreviewServer.RebuildReport) {
        lock.lock()
        items.append(r)
        lock.unlock()
    }
    var all: [PreviewServer.RebuildReport] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Starts a preview of `project` on an ephemeral loopback port, runs `body`, stops it.
func withServer(
    _ project: TempProject, watchMode: FileWatcher.Mode = .automatic, language: Language = .english,
    _ body: (PreviewServer, UInt16, Reports) throws -> Void
) throws {
    let reports = Reports()
    let server = PreviewServer(
        configuration: .init(
            root: project.root, environment: ["SOURCE_DATE_EPOCH": "1767225600"], watchMode: watchMode,
            language: language),
        onRebuild: { reports.add($0) })
    let port = try server.start(port: 0)
    defer { server.stop() }
    #expect(port != 0)
    try body(server, port, reports)
}

@Suite("Preview server over HTTP", .serialized)
struct HTTPServingTests {
    @Test("pages are served with their type, charset, length and no-cache; HEAD sends no body")
    func servesPages() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { server, port, reports in
            #expect(reports.all.first?.succeeded == true)
            #expect(server.url?.absoluteString == "http://127.0.0.1:\(port)/")
            let (home, _) = try fetch(port, "/")
            #expect(home.status == 200)
            #expect(home["Content-Type"] == "text/html; charset=utf-8")
            #expect(home["Cache-Control"] == "no-cache")
            #expect(home["Content-Length"] == String(home.body.count))
            #expect(home.text.contains("测试站点"))
            #expect(home.text.contains(LiveReload.eventsPath), "the live-reload script is injected")

            let (rider, _) = try fetch(port, "/riders/li-ming/")
            #expect(rider.status == 200)
            #expect(rider.text.contains("ORIGINAL-TEXT"))

            let (css, _) = try fetch(port, "/style.css")
            #expect(css.status == 200)
            #expect(css["Content-Type"] == "text/css; charset=utf-8")
            #expect(css.text == "body { margin: 2em; }\n")

            let (head, bodyBytes) = try fetch(port, "/riders/li-ming/", method: "HEAD")
            #expect(head.status == 200)
            #expect(bodyBytes == 0)
            #expect(head["Content-Length"] == String(rider.body.count))
            #expect(head["Content-Type"] == "text/html; charset=utf-8")
        }
    }

    @Test("a folder without its slash redirects (query kept); unknown paths get the 404 page")
    func redirectsAndNotFound() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { _, port, _ in
            let (r, _) = try fetch(port, "/riders")
            #expect(r.status == 301)
            #expect(r["Location"] == "/riders/")
            let (q, _) = try fetch(port, "/riders/li-ming?from=home")
            #expect(q.status == 301)
            #expect(q["Location"] == "/riders/li-ming/?from=home")
            let (ok, _) = try fetch(port, "/riders/")
            #expect(ok.status == 200)

            let (missing, _) = try fetch(port, "/no/such/page/")
            #expect(missing.status == 404)
            #expect(missing["Content-Type"] == "text/html; charset=utf-8")
            #expect(missing.text.contains("NOT-FOUND-PAGE"))
            let (missingHead, n) = try fetch(port, "/nothing.css", method: "HEAD")
            #expect(missingHead.status == 404)
            #expect(n == 0)
        }
    }

    @Test("percent-encoded Chinese paths are decoded as UTF-8")
    func chinesePaths() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { _, port, _ in
            let (tag, _) = try fetch(port, "/tags/%E5%85%9A%E5%BB%BA%E5%BC%95%E9%A2%86/")
            #expect(tag.status == 200)
            #expect(tag.text.contains("tag 党建引领"))
            // Lowercase hex is the same path.
            let (lower, _) = try fetch(port, "/tags/%e5%85%9a%e5%bb%ba%e5%bc%95%e9%a2%86/")
            #expect(lower.status == 200)
            // Without the slash: a redirect whose Location is encoded again.
            let (r, _) = try fetch(port, "/tags/%E5%85%9A%E5%BB%BA%E5%BC%95%E9%A2%86")
            #expect(r.status == 301)
            #expect(r["Location"] == "/tags/%E5%85%9A%E5%BB%BA%E5%BC%95%E9%A2%86/")
        }
    }

    @Test("requests that try to leave the site are refused, never answered with outside files")
    func traversalIsRefused() throws {
        let project = try TempProject()
        defer { project.remove() }
        // A secret beside the served tree, and one inside the project but not in the site.
        try project.write("secret.txt", "TOP-SECRET")
        try withServer(project) { _, port, _ in
            let attacks = [
                "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
                "/riders%2f..%2f..%2fetc%2fpasswd", "/riders%2F..%2F..%2Fetc%2Fpasswd", "//etc/passwd",
                "/..%5c..%5cetc", "/..\\..\\etc\\passwd", "/riders/..%2f..%2fsecret.txt", "/riders/../../secret.txt",
                "/./secret.txt", "/%2e/secret.txt", "/riders/%00", "/style.css%00.html", "/%c0%ae%c0%ae/etc/passwd",
                "/content/site.yml", "/secret.txt", "/templates/layout.mustache", "/../secret.txt",
                "http://evil.example/etc/passwd", "http://127.0.0.1:1/secret.txt", "*", "etc/passwd",
            ]
            for target in attacks {
                let (r, _) = try fetch(port, target)
                #expect(r.status != 200 && r.status != 301, "\(target) → \(r.status)")
                #expect([400, 403, 404].contains(r.status), "\(target) → \(r.status)")
                #expect(!r.text.contains("root:"), "\(target) leaked /etc/passwd")
                #expect(!r.text.contains("TOP-SECRET"), "\(target) leaked a project file")
            }
            // A Host that is not a loopback name (DNS rebinding) is refused.
            let (rebound, _) = try fetch(port, "/", host: "attacker.example")
            #expect(rebound.status == 403)
            // Absolute-form naming this server is fine.
            let (absolute, _) = try fetch(port, "http://127.0.0.1:\(port)/riders/")
            #expect(absolute.status == 200)
        }
    }

    @Test("only GET and HEAD; malformed, oversized and body-carrying requests are refused")
    func protocolErrors() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { _, port, _ in
            for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
                let (r, _) = try fetch(port, "/", method: method)
                #expect(r.status == 405, "\(method)")
                #expect(r["Allow"] == "GET, HEAD")
            }
            func raw(_ request: String) throws -> Int {
                let c = try RawClient(port: port)
                try c.send(request)
                return try c.readResponse().status
            }
            #expect(try raw("GET / HTTP/1.1\r\n\r\n") == 400)  // no Host
            #expect(try raw("GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n") == 505)
            #expect(try raw("GET /\r\n\r\n") == 400)  // HTTP/0.9
            #expect(try raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n folded\r\n\r\n") == 400)
            #expect(try raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc") == 400)
            #expect(try raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == 400)
            #expect(try raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "a", count: 20_000) + "\r\n\r\n") == 431)
        }
    }

    @Test("keep-alive serves several requests on one connection, pipelined too")
    func keepAlive() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { _, port, _ in
            let c = try RawClient(port: port)
            try c.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let first = try c.readResponse()
            #expect(first.status == 200)
            #expect(first["Connection"] == "keep-alive")
            // Two pipelined requests, the second a HEAD.
            try c.send("GET /style.css HTTP/1.1\r\nHost: localhost\r\n\r\nHEAD /riders/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(try c.readResponse().status == 200)
            let head = try c.readResponse(head: true)
            #expect(head.status == 200)
            try c.send("GET /riders HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            let last = try c.readResponse()
            #expect(last.status == 301)
            #expect(last["Connection"] == "close")
            #expect(c.readToEnd().isEmpty, "the server closes after Connection: close")
        }
    }

    @Test("many connections at once, while event streams stay open")
    func concurrency() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { server, port, _ in
            let streams = try (0..<3).map { _ in try openEvents(port) }
            #expect(eventually { server.liveReloadClients == 3 })
            let ok = Counter()
            DispatchQueue.concurrentPerform(iterations: 12) { i in
                if let (r, _) = try? fetch(port, i % 2 == 0 ? "/" : "/riders/li-ming/"), r.status == 200 { ok.increment() }
            }
            #expect(ok.value == 12)
            _ = streams
        }
    }

    @Test("a port in use is reported as such")
    func portInUse() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { _, port, _ in
            let second = PreviewServer(configuration: .init(root: project.root, watch: false))
            #expect {
                try second.start(port: port)
            } throws: { error in
                (error as? ServerStartError)?.kind == .addressInUse
            }
            #expect(!HTTPServer.isPortFree(host: "127.0.0.1", port: port))
        }
    }

    @Test("stop closes the port and the event streams")
    func stopCloses() throws {
        let project = try TempProject()
        defer { project.remove() }
        let server = PreviewServer(configuration: .init(root: project.root))
        let port = try server.start(port: 0)
        let events = try openEvents(port)  // its receive timeout is 10 s
        let idle = try RawClient(port: port)
        try idle.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(try idle.readResponse().status == 200)  // now an idle kept-alive connection
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 3)
        // Both connections are closed by the server, well before the client timeouts.
        _ = events.readToEnd()
        _ = idle.readToEnd()
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(throws: (any Error).self) { _ = try RawClient(port: port) }
        server.stop()  // idempotent
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func increment() {
        lock.lock()
        n += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return n
    }
}

@Suite("Rebuild and live reload", .serialized)
struct LiveReloadTests {
    /// Edit → reload → new text; break → error with file and line, last good page still served;
    /// fix → reload. Run with inotify and with polling.
    @Test("edits reload, errors show, fixes reload", arguments: [FileWatcher.Mode.automatic, .polling])
    func editBreakFix(mode: FileWatcher.Mode) throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project, watchMode: mode) { server, port, reports in
            #expect(server.watcherBackend == (mode == .polling ? .polling : .inotify))
            let events = try openEvents(port)

            try project.write("content/riders/li-ming.md", riderFile(body: "EDITED-TEXT 修改后的内容"))
            let reload = events.read(until: "event: reload\n", timeout: 5)
            #expect(reload != nil, "no reload event within 5 s")
            let (page, _) = try fetch(port, "/riders/li-ming/")
            #expect(page.text.contains("EDITED-TEXT"))
            #expect(!page.text.contains("ORIGINAL-TEXT"))

            // Unterminated quote in the front matter (line 2).
            try project.write(
                "content/riders/li-ming.md", riderFile(body: "BROKEN").replacingOccurrences(of: "name: 李明", with: "name: \"李明"))
            #expect(events.read(until: "event: error\n", timeout: 5) != nil, "no error event within 5 s")
            let data = events.read(until: "\n\n", timeout: 2) ?? ""
            #expect(data.hasPrefix("data: ["))
            #expect(data.contains(#""file":"content/riders/li-ming.md""#))
            #expect(data.contains(#""line":2"#))
            #expect(data.contains(#""severity":"error""#))
            // The last good site is still served.
            let (still, _) = try fetch(port, "/riders/li-ming/")
            #expect(still.status == 200)
            #expect(still.text.contains("EDITED-TEXT"))
            // A page opened now learns about the failure on connect.
            let late = try openEvents(port)
            #expect(late.read(until: "event: error\n", timeout: 2) != nil)

            try project.write("content/riders/li-ming.md", riderFile(body: "FIXED-TEXT"))
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil, "no reload after the fix")
            #expect(try fetch(port, "/riders/li-ming/").response.text.contains("FIXED-TEXT"))
            #expect(reports.all.contains { !$0.succeeded && $0.changedPaths.contains("content/riders/li-ming.md") })
        }
    }

    @Test("new subfolders, new files, renames and deletions under content/ and templates/ rebuild")
    func structuralChanges() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project) { _, port, _ in
            let events = try openEvents(port)
            // A new page.
            try project.write("content/pages/about.md", "---\ntitle: 关于\n---\n\nABOUT-PAGE\n")
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil)
            #expect(try fetch(port, "/pages/about/").response.text.contains("ABOUT-PAGE"))
            // Rename it (a new slug).
            try FileManager.default.moveItem(
                at: project.root.appendingPathComponent("content/pages/about.md"),
                to: project.root.appendingPathComponent("content/pages/info.md"))
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil)
            #expect(try fetch(port, "/pages/info/").response.text.contains("ABOUT-PAGE"))
            #expect(try fetch(port, "/pages/about/").response.status == 404)
            // A template change, in a new subfolder of templates/static.
            try project.write("templates/static/css/extra.css", "p { color: red }\n")
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil)
            let (css, _) = try fetch(port, "/css/extra.css")
            #expect(css.status == 200)
            // A file in the new folder, edited: watched too.
            try project.write("templates/static/css/extra.css", "p { color: blue }\n")
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil)
            #expect(try fetch(port, "/css/extra.css").response.text.contains("blue"))
            // Deletion.
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("templates/static/css/extra.css"))
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil)
            #expect(try fetch(port, "/css/extra.css").response.status == 404)
        }
    }

    @Test("a failed first build serves the errors, then the site once fixed")
    func initialFailure() throws {
        let broken = riderFile().replacingOccurrences(of: "name: 李明", with: "name: \"李明")
        let project = try TempProject(files: ["content/riders/li-ming.md": broken])
        defer { project.remove() }
        try withServer(project) { _, port, reports in
            #expect(reports.all.first?.succeeded == false)
            let (page, _) = try fetch(port, "/")
            #expect(page.status == 500)
            #expect(page.text.contains("content/riders/li-ming.md:2"))
            #expect(page.text.contains(LiveReload.eventsPath))
            let events = try RawClient(port: port, timeout: 10)
            try events.send("GET /__honorsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(events.read(until: "event: error\n", timeout: 3) != nil)
            try project.write("content/riders/li-ming.md", riderFile())
            #expect(events.read(until: "event: reload\n", timeout: 5) != nil)
            #expect(try fetch(port, "/").response.status == 200)
        }
    }
}

@Suite("File watcher")
struct WatcherTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [[String]] = []
        func add(_ p: [String]) {
            lock.lock()
            calls.append(p)
            lock.unlock()
        }
        var all: [[String]] {
            lock.lock()
            defer { lock.unlock() }
            return calls
        }
    }

    @Test("bursts are debounced into one change; editor scratch files are ignored", arguments: [FileWatcher.Mode.automatic, .polling])
    func debounceAndIgnore(mode: FileWatcher.Mode) throws {
        let project = try TempProject()
        defer { project.remove() }
        let calls = Calls()
        // A wider quiet period than the default 100 ms, so a loaded test machine cannot split the burst.
        let watcher = FileWatcher(root: project.root, mode: mode, debounce: 0.3) { calls.add($0) }
        watcher.start()
        defer { watcher.stop() }
        // Scratch files only: nothing.
        for name in [".li-ming.md.swp", "li-ming.md~", "4913", ".#li-ming.md", "li-ming.md.swx"] {
            try project.write("content/riders/\(name)", "x")
        }
        usleep(mode == .polling ? 1_300_000 : 400_000)
        #expect(calls.all.isEmpty, "\(calls.all)")
        // Five saves 20 ms apart: one change.
        for i in 0..<5 {
            try project.write("content/riders/li-ming.md", riderFile(body: "save \(i)"))
            usleep(20_000)
        }
        #expect(eventually { !calls.all.isEmpty })
        usleep(mode == .polling ? 1_200_000 : 600_000)
        #expect(calls.all.count == 1, "\(calls.all)")
        #expect(calls.all.first?.contains("content/riders/li-ming.md") == true)
    }

    @Test("a folder created later is watched, including files written into it right away")
    func newFolders() throws {
        let project = try TempProject()
        defer { project.remove() }
        let calls = Calls()
        let watcher = FileWatcher(root: project.root) { calls.add($0) }
        watcher.start()
        defer { watcher.stop() }
        #expect(watcher.backend == .inotify)
        try project.write("content/media/photos/a.txt", "1")
        #expect(eventually { !calls.all.isEmpty })
        usleep(300_000)
        let before = calls.all.count
        try project.write("content/media/photos/a.txt", "22")
        #expect(eventually { calls.all.count > before })
        #expect(calls.all.last?.contains("content/media/photos/a.txt") == true)
    }

    @Test("scratch-file names")
    func ignoredNames() {
        for n in [".a.md.swp", "a.md~", "4913", ".#a.md", "a.md.swo", "a.md___jb_tmp___", ".DS_Store"] {
            #expect(FileWatcher.isIgnored(n), "\(n)")
        }
        for n in ["a.md", "site.yml", "style.css", "4913.md"] { #expect(!FileWatcher.isIgnored(n), "\(n)") }
    }
}

@Suite("Paths, types and parsing")
struct UnitTests {
    @Test("path decoding refuses traversal and ambiguity")
    func decodePath() {
        func d(_ s: String) -> [String]? { try? SiteStore.decodePath(Substring(s)).get() }
        #expect(d("/") == [""])
        #expect(d("/riders/li-ming/") == ["riders", "li-ming", ""])
        #expect(d("/tags/%E5%85%9A%E5%BB%BA/") == ["tags", "党建", ""])
        #expect(d("/a%20b.txt") == ["a b.txt"])
        for bad in [
            "", "riders", "/../x", "/a/../b", "/%2e%2e/x", "/%2E/x", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b",
            "//x", "/a//b", "/%00", "/a%0a", "/%zz", "/%e5%85", "/%", "/a%2", "/%c0%ae%c0%ae/x",
        ] {
            #expect(d(bad) == nil, "\(bad)")
        }
    }

    @Test("resolution: index files, redirects, misses")
    func resolve() {
        let snap = SiteStore.Snapshot(
            files: [
                "index.html": .bytes([]), "riders/index.html": .bytes([]),
                "style.css": .bytes([]), "tags/党建/index.html": .bytes([]),
            ], generation: 1)
        #expect(SiteStore.resolve(segments: [""], query: nil, in: snap) == .file("index.html"))
        #expect(SiteStore.resolve(segments: ["riders", ""], query: nil, in: snap) == .file("riders/index.html"))
        #expect(SiteStore.resolve(segments: ["riders"], query: "a=1", in: snap) == .redirect("/riders/?a=1"))
        #expect(SiteStore.resolve(segments: ["tags", "党建"], query: nil, in: snap) == .redirect("/tags/%E5%85%9A%E5%BB%BA/"))
        #expect(SiteStore.resolve(segments: ["style.css"], query: nil, in: snap) == .file("style.css"))
        #expect(SiteStore.resolve(segments: ["style.css", ""], query: nil, in: snap) == .notFound)
        #expect(SiteStore.resolve(segments: ["nope"], query: nil, in: snap) == .notFound)
    }

    @Test("a photo seen clean at the last good build and replaced by a phone photo is served without its GPS data")
    func photoReplacedSinceTheBuildIsServedCleaned() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MediaTests/Fixtures")
        let phone = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("phone-gps-orientation6.jpg")))
        let clean = try cleanImage(phone, as: .jpeg)
        #expect(clean != phone)
        let project = try TempProject()
        defer { project.remove() }
        let photo = project.root.appendingPathComponent("content/media/x.jpg")
        try FileManager.default.createDirectory(at: photo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(clean).write(to: photo)
        let store = SiteStore(root: project.root)
        store.replace(with: try SiteCompiler.compile(BuildOptions(root: project.root, environment: [:])))
        // The next build fails (or has not run yet): the last good site is served meanwhile.
        try Data(phone).write(to: photo)
        let snapshot = try #require(store.snapshot)
        let servedClean = store.contents(of: "media/x.jpg", in: snapshot) == clean  // (not printed: 1,000 bytes)
        #expect(servedClean)
    }

    @Test("content types")
    func contentTypes() {
        let cases = [
            "index.html": "text/html; charset=utf-8", "a/style.css": "text/css; charset=utf-8",
            "app.js": "text/javascript; charset=utf-8", "logo.svg": "image/svg+xml", "p.png": "image/png",
            "p.JPG": "image/jpeg", "p.jpeg": "image/jpeg", "p.webp": "image/webp", "f.woff2": "font/woff2",
            "feed.xml": "application/xml; charset=utf-8", "d.json": "application/json",
            "roll.csv": "text/csv; charset=utf-8", "robots.txt": "text/plain; charset=utf-8",
            "blob": "application/octet-stream", ".hidden": "application/octet-stream", "x.bin": "application/octet-stream",
        ]
        for (path, type) in cases { #expect(ContentTypes.contentType(forPath: path) == type, "\(path)") }
    }

    @Test("request heads: limits and leniency")
    func parser() {
        func parse(_ s: String) -> RequestParser.Result { RequestParser.parse(Array(s.utf8)) }
        guard case .request(let r, let n) = parse("\r\nGET /x?y HTTP/1.1\nHost: a\nConnection: close\n\nrest") else {
            Issue.record("bare LF and a leading empty line should parse")
            return
        }
        #expect(r.method == "GET" && r.target == "/x?y" && n == "\r\nGET /x?y HTTP/1.1\nHost: a\nConnection: close\n\n".utf8.count)
        #expect(!r.wantsKeepAlive)
        if case .incomplete = parse("GET / HTTP/1.1\r\nHost: a\r\n") {} else { Issue.record("partial head") }
        if case .failure(let e) = parse("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 17_000)) {
            #expect(e.status == 431)
        } else {
            Issue.record("oversized partial head must fail")
        }
        if case .failure(let e) = parse("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") {
            #expect(e.status == 400)
        } else {
            Issue.record("duplicate Host")
        }
        if case .request(let r10, _) = parse("GET / HTTP/1.0\r\n\r\n") {
            #expect(!r10.wantsKeepAlive)
        } else {
            Issue.record("HTTP/1.0 without Host is fine")
        }
    }

    @Test("error events are one-line JSON with file, line, column, message, severity")
    func errorJSON() {
        let json = LiveReload.errorJSON(
            [
                .error(SourceLocation(path: "content/riders/a.md", line: 2, column: 7), .unknownDistrict("\"quote\" <b>")),
                .warning(nil, .siteSettingsNotFound),
            ], language: .english)
        #expect(!json.contains("\n"))
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        let e = parsed?.first { ($0["severity"] as? String) == "error" }
        #expect(e?["file"] as? String == "content/riders/a.md")
        #expect(e?["line"] as? Int == 2)
        #expect(e?["column"] as? Int == 7)
        #expect(e?["message"] as? String == "unknown district '\"quote\" <b>'")
        #expect(LiveReload.message(event: "error", data: json) == "event: error\ndata: \(json)\n\n")
    }
}
