import Foundation
import HonorSiteCore

/// Live reload over Server-Sent Events: the script injected into served pages,
/// and the hub that sends build results to every open event stream.
///
/// Events on ``LiveReload/eventsPath`` (`text/event-stream`):
/// - `hello`, first on every stream: `data:` the build ID of the site now served
///   (the page reloads when it differs from the ID it was built with, so a
///   rebuild missed while disconnected is caught up);
/// - `reload`: a rebuild succeeded (`data:` the new build ID);
/// - `error`: a rebuild failed; `data:` a JSON array of
///   `{"file", "line", "column", "message", "severity", "notes"}` (`file` is null
///   and line/column 0 when unknown). Sent on connect too while the last build failed.
/// - `: keep-alive` comments every ``LiveReloadHub/keepAliveInterval`` seconds.
public enum LiveReload {
    /// The event-stream path the script connects to.
    public static let eventsPath = "/__honorsite/events"

    /// The HTML inserted before `</body>` of every page in serve mode.
    ///
    /// - Parameter buildID: the ID of the build this page belongs to (compared with `hello`).
    public static func script(buildID: String) -> String {
        // Kept small and dependency-free; diagnostics go in via textContent only.
        """
        <script data-honorsite-live-reload>
        (function () {
          if (!window.EventSource) return;
          var built = \(jsonString(buildID)), box = null;
          var es = new EventSource(\(jsonString(eventsPath)));
          function hide() { if (box) { box.remove(); box = null; } }
          function show(list) {
            hide();
            box = document.createElement("div");
            box.id = "honorsite-error-overlay";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "margin:0;padding:16px 20px;background:rgba(40,0,0,.94);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;" +
              "box-shadow:0 -4px 16px rgba(0,0,0,.4);text-align:left";
            var h = document.createElement("div");
            h.style.cssText = "font-weight:bold;margin-bottom:8px;color:#ff8a80";
            h.textContent = "Build failed \\u2014 showing the last good version (fix the file and save to reload)";
            box.appendChild(h);
            list.forEach(function (d) {
              var row = document.createElement("pre");
              row.style.cssText = "margin:4px 0;white-space:pre-wrap;font:inherit";
              var where = d.file ? d.file + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "") + ": " : "";
              row.textContent = where + d.severity + ": " + d.message + (d.notes && d.notes.length ? "\\n  note: " + d.notes.join("\\n  note: ") : "");
              if (d.severity === "warning") row.style.color = "#ffd180";
              box.appendChild(row);
            });
            var close = document.createElement("button");
            close.textContent = "\\u00d7";
            close.title = "Hide";
            close.style.cssText = "position:absolute;top:8px;right:12px;background:none;border:0;color:#fff;font-size:20px;cursor:pointer";
            close.onclick = hide;
            box.appendChild(close);
            (document.body || document.documentElement).appendChild(box);
          }
          es.addEventListener("hello", function (e) { if (e.data !== built) location.reload(); });
          es.addEventListener("reload", function () { location.reload(); });
          es.addEventListener("error", function (e) {
            if (typeof e.data !== "string") return; // a connection error, not a build error
            try { show(JSON.parse(e.data)); } catch (_) {}
          });
        })();
        </script>

        """
    }

    /// The `error` event's JSON array for `diagnostics` (one line, no newlines).
    public static func errorJSON(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.sorted().map { d -> String in
            let file = d.location.map { jsonString($0.path) } ?? "null"
            let notes = d.notes.map(jsonString).joined(separator: ",")
            return "{\"file\":\(file),\"line\":\(d.location?.line ?? 0),\"column\":\(d.location?.column ?? 0),"
                + "\"message\":\(jsonString(d.message)),\"severity\":\(jsonString(d.severity.rawValue)),\"notes\":[\(notes)]}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    /// `s` as a JSON string literal; also escapes `<`, `>`, `&` and U+2028/2029 so the
    /// literal is safe inside an HTML `<script>` and a JavaScript source.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += String(format: "\\u%04x", u.value)
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// One SSE message: `event:` line, `data:` lines (one per line of `data`), blank line.
    public static func message(event: String, data: String) -> String {
        var s = "event: \(event)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { s += "data: \(line)\n" }
        return s + "\n"
    }
}

/// Delivers build results to every open event stream.
///
/// Each stream is served on its connection's thread by ``serve(_:)``, which
/// blocks until the client goes away or the hub is closed; publishing only
/// queues messages and wakes those threads, so a slow client never delays others.
///
/// Thread safety: `@unchecked Sendable` because every mutable field (queues,
/// state, closed flag) is guarded by `condition`.
public final class LiveReloadHub: @unchecked Sendable {
    /// Seconds between `: keep-alive` comments on idle streams.
    public let keepAliveInterval: TimeInterval
    private let condition = NSCondition()
    private var queues: [Int: [String]] = [:]
    private var nextID = 0
    private var buildID: String
    private var errorJSON: String?
    private var closed = false

    /// Creates a hub.
    /// - Parameters:
    ///   - buildID: the build ID of the site served now (see ``LiveReload``).
    ///   - keepAliveInterval: seconds between keep-alive comments (default 15).
    public init(buildID: String, keepAliveInterval: TimeInterval = 15) {
        self.buildID = buildID
        self.keepAliveInterval = keepAliveInterval
    }

    /// The number of streams open now.
    public var clientCount: Int { condition.lock(); defer { condition.unlock() }; return queues.count }

    /// A build succeeded: remember its ID and send `reload` to every stream.
    public func publishReload(buildID: String) {
        condition.lock(); defer { condition.unlock() }
        self.buildID = buildID
        errorJSON = nil
        enqueue(LiveReload.message(event: "reload", data: buildID))
    }

    /// A build failed: remember the diagnostics and send `error` to every stream.
    public func publishError(_ diagnostics: [Diagnostic]) {
        let json = LiveReload.errorJSON(diagnostics)
        condition.lock(); defer { condition.unlock() }
        errorJSON = json
        enqueue(LiveReload.message(event: "error", data: json))
    }

    /// Ends every stream (their ``serve(_:)`` calls return) and refuses new ones.
    public func close() {
        condition.lock(); defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    private func enqueue(_ message: String) {
        for id in queues.keys { queues[id]!.append(message) }
        condition.broadcast()
    }

    /// Serves one event stream until the client disconnects or the hub closes.
    /// The response head must already have been written.
    public func serve(_ connection: ClientConnection) {
        condition.lock()
        if closed { condition.unlock(); return }
        let id = nextID
        nextID += 1
        var initial = "retry: 1000\n\n" + LiveReload.message(event: "hello", data: buildID)
        if let errorJSON { initial += LiveReload.message(event: "error", data: errorJSON) }
        queues[id] = []
        condition.unlock()
        defer {
            condition.lock()
            queues[id] = nil
            condition.unlock()
        }
        guard connection.write(initial) else { return }
        var lastWrite = Date()
        while true {
            condition.lock()
            // Wake at least every second to notice a client that went away.
            let wakeAt = min(lastWrite.addingTimeInterval(keepAliveInterval), Date().addingTimeInterval(1))
            while !closed && queues[id]!.isEmpty && Date() < wakeAt {
                _ = condition.wait(until: wakeAt)
            }
            let pending = queues[id]!
            queues[id] = []
            let isClosed = closed
            condition.unlock()
            if isClosed { return }
            if !pending.isEmpty {
                guard connection.write(pending.joined()) else { return }
                lastWrite = Date()
            } else if Date().timeIntervalSince(lastWrite) >= keepAliveInterval {
                guard connection.write(": keep-alive\n\n") else { return }
                lastWrite = Date()
            } else if connection.isClosed {
                return
            }
        }
    }
}
