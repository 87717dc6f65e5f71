import Foundation
import HonorSiteCore
import Messages

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
/// - `warnings`: sent on connect when the site served now had warnings; `data:`
///   `{"title", "items"}` with items as for `error`. The page shows them in a small
///   panel that can be closed (it stays closed for that build).
///
/// Messages, titles and the panel's words are in the server's ``Language``.
/// - `: keep-alive` comments every ``LiveReloadHub/keepAliveInterval`` seconds.
public enum LiveReload {
    /// The event-stream path the script connects to.
    public static let eventsPath = "/__honorsite/events"

    /// The HTML inserted before `</body>` of every page in serve mode.
    ///
    /// - Parameters:
    ///   - buildID: the ID of the build this page belongs to (compared with `hello`).
    ///   - language: of the overlay's heading and the close buttons.
    public static func script(buildID: String, language: Language) -> String {
        // Kept small and dependency-free; diagnostics go in via textContent only.
        let say = { (m: Message.Server) in jsonString(Message.server(m).text(language)) }
        return """
            <script data-honorsite-live-reload>
            (function () {
              if (!window.EventSource) return;
              var built = \(jsonString(buildID)), box = null, panel = null, hideLabel = \(say(.hide));
              var es = new EventSource(\(jsonString(eventsPath)));
              function where(d) { return d.file ? d.file + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "") + ": " : ""; }
              function notes(d) { return d.notes && d.notes.length ? "\\n  note: " + d.notes.join("\\n  note: ") : ""; }
              function closeButton(onclick, color) {
                var b = document.createElement("button");
                b.textContent = "\\u00d7";
                b.title = hideLabel;
                b.setAttribute("aria-label", hideLabel);
                b.style.cssText = "position:absolute;top:6px;right:10px;background:none;border:0;color:" + color +
                  ";font-size:20px;cursor:pointer";
                b.onclick = onclick;
                return b;
              }
              function showWarnings(w) {
                var key = "honorsite-warnings-hidden";
                try { if (sessionStorage.getItem(key) === built) return; } catch (_) {}
                panel = document.createElement("div");
                panel.id = "honorsite-warnings";
                panel.setAttribute("role", "status");
                panel.style.cssText = "position:fixed;right:12px;bottom:12px;max-width:min(460px,calc(100vw - 24px));" +
                  "max-height:40vh;overflow:auto;" +
                  "z-index:2147483646;margin:0;padding:10px 36px 10px 14px;background:#fff8e1;color:#3e2723;border-left:4px solid #f9a825;" +
                  "border-radius:4px;font:13px/1.5 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',system-ui,sans-serif;" +
                  "box-shadow:0 2px 10px rgba(0,0,0,.25);text-align:left";
                var h = document.createElement("div");
                h.style.cssText = "font-weight:bold;margin-bottom:4px";
                h.textContent = w.title;
                panel.appendChild(h);
                w.items.forEach(function (d) {
                  var row = document.createElement("div");
                  row.style.cssText = "margin:4px 0;white-space:pre-wrap;word-break:break-word";
                  var f = document.createElement("code");
                  f.style.cssText = "font:12px 'Noto Sans Mono CJK SC',Menlo,Consolas,'Microsoft YaHei',monospace;color:#6d4c41";
                  f.textContent = where(d);
                  row.appendChild(f);
                  row.appendChild(document.createTextNode(d.message + notes(d)));
                  panel.appendChild(row);
                });
                panel.appendChild(closeButton(function () {
                  try { sessionStorage.setItem(key, built); } catch (_) {}
                  panel.remove(); panel = null;
                }, "#5d4037"));
                (document.body || document.documentElement).appendChild(panel);
              }
              function hide() { if (box) { box.remove(); box = null; } }
              function show(list) {
                hide();
                box = document.createElement("div");
                box.id = "honorsite-error-overlay";
                box.setAttribute("role", "alert");
                box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                  "margin:0;padding:16px 20px;background:rgba(40,0,0,.94);color:#fff;" +
                  "font:14px/1.5 'Noto Sans Mono CJK SC',Menlo,Consolas,'Microsoft YaHei',monospace;" +
                  "box-shadow:0 -4px 16px rgba(0,0,0,.4);text-align:left";
                var h = document.createElement("div");
                h.style.cssText = "font-weight:bold;margin-bottom:8px;color:#ff8a80";
                h.textContent = \(say(.overlayTitle));
                box.appendChild(h);
                list.forEach(function (d) {
                  var row = document.createElement("pre");
                  row.style.cssText = "margin:4px 0;white-space:pre-wrap;font:inherit";
                  row.textContent = where(d) + d.severity + ": " + d.message + notes(d);
                  if (d.severity === "warning") row.style.color = "#ffd180";
                  box.appendChild(row);
                });
                box.appendChild(closeButton(hide, "#fff"));
                (document.body || document.documentElement).appendChild(box);
              }
              es.addEventListener("hello", function (e) { if (e.data !== built) location.reload(); });
              es.addEventListener("reload", function () { location.reload(); });
              es.addEventListener("warnings", function (e) {
                if (panel) return;
                try { showWarnings(JSON.parse(e.data)); } catch (_) {}
              });
              es.addEventListener("error", function (e) {
                if (typeof e.data !== "string") return; // a connection error, not a build error
                try { show(JSON.parse(e.data)); } catch (_) {}
              });
            })();
            </script>

            """
    }

    /// The `error` event's JSON array for `diagnostics` (one line, no newlines), messages in `language`.
    public static func errorJSON(_ diagnostics: [Diagnostic], language: Language) -> String {
        let items = diagnostics.sorted().map { d -> String in
            let file = d.location.map { jsonString($0.path) } ?? "null"
            let notes = d.notes(language).map(jsonString).joined(separator: ",")
            return "{\"file\":\(file),\"line\":\(d.location?.line ?? 0),\"column\":\(d.location?.column ?? 0),"
                + "\"message\":\(jsonString(d.message(language))),\"severity\":\(jsonString(d.severity.rawValue)),\"notes\":[\(notes)]}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    /// The `warnings` event's JSON object: `{"title": "2 warnings", "items": [...]}`.
    public static func warningsJSON(_ warnings: [Diagnostic], language: Language) -> String {
        let title = Message.server(.warningsTitle(warnings.count)).text(language)
        return "{\"title\":\(jsonString(title)),\"items\":\(errorJSON(warnings, language: language))}"
    }

    /// `path:line:col: error: message` and its `  note:` lines, in `language`.
    public static func line(_ d: Diagnostic, _ language: Language) -> String {
        let head = d.location.map { "\($0): " } ?? "honorsite: "
        return ([head + d.severity.rawValue + ": " + d.message(language)] + d.notes(language).map { "  note: " + $0 })
            .joined(separator: "\n")
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
    private var warningsJSON: String?
    private var closed = false
    /// The language of messages sent to pages.
    public let language: Language

    /// Creates a hub.
    /// - Parameters:
    ///   - buildID: the build ID of the site served now (see ``LiveReload``).
    ///   - keepAliveInterval: seconds between keep-alive comments (default 15).
    ///   - language: of the messages sent (default English).
    public init(buildID: String, keepAliveInterval: TimeInterval = 15, language: Language = .english) {
        self.buildID = buildID
        self.keepAliveInterval = keepAliveInterval
        self.language = language
    }

    /// The number of streams open now.
    public var clientCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return queues.count
    }

    /// A build succeeded: remember its ID and warnings (sent to pages as they connect) and
    /// send `reload` to every stream.
    public func publishReload(buildID: String, warnings: [Diagnostic] = []) {
        let json = warnings.isEmpty ? nil : LiveReload.warningsJSON(warnings, language: language)
        condition.lock()
        defer { condition.unlock() }
        self.buildID = buildID
        errorJSON = nil
        warningsJSON = json
        enqueue(LiveReload.message(event: "reload", data: buildID))
    }

    /// A build failed: remember the diagnostics and send `error` to every stream.
    public func publishError(_ diagnostics: [Diagnostic]) {
        let json = LiveReload.errorJSON(diagnostics, language: language)
        condition.lock()
        defer { condition.unlock() }
        errorJSON = json
        enqueue(LiveReload.message(event: "error", data: json))
    }

    /// Ends every stream (their ``serve(_:)`` calls return) and refuses new ones.
    public func close() {
        condition.lock()
        defer { condition.unlock() }
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
        if closed {
            condition.unlock()
            return
        }
        let id = nextID
        nextID += 1
        var initial = "retry: 1000\n\n" + LiveReload.message(event: "hello", data: buildID)
        if let errorJSON {
            initial += LiveReload.message(event: "error", data: errorJSON)
        } else if let warningsJSON {
            initial += LiveReload.message(event: "warnings", data: warningsJSON)
        }
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
