import Foundation
import HonorSiteCore
import HonorSiteServer
#if canImport(Glibc)
import Glibc
#endif

func serveCommand(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    let a = try Arguments(args, for: serveCommandSpec)
    if a.wantsHelp { console.out(serveCommandSpec.help); return ExitCode.success }
    if let p = a.positionals.first { throw UsageError(message: "unexpected argument '\(p)'") }
    let portText = a.values["port"] ?? "8000"
    guard let port = UInt16(portText) else { throw UsageError(message: "--port must be a number from 0 to 65535, not '\(portText)'") }
    let host = a.values["host"] ?? "127.0.0.1"
    if host.isEmpty { throw UsageError(message: "--host needs an address, e.g. 127.0.0.1") }
    let root = resolve(a.values["root"] ?? ".", cwd)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
        console.err("honorsite: error: project folder \(root.path) does not exist\n")
        return ExitCode.failure
    }

    let configuration = PreviewServer.Configuration(
        root: root, host: host, drafts: a.flags.contains("drafts"), environment: environment,
        watchMode: a.flags.contains("poll") ? .polling : .automatic)
    let server = PreviewServer(configuration: configuration) { report in
        reportRebuild(report, root: root, console: console)
    }

    // Ctrl-C and SIGTERM end the wait below; the handlers run on a dispatch queue, not in signal context.
    let stopSignal = DispatchSemaphore(value: 0)
    var sources: [DispatchSourceSignal] = []
    for sig in [SIGINT, SIGTERM] {
        signal(sig, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
        source.setEventHandler { stopSignal.signal() }
        source.resume()
        sources.append(source)
    }
    signal(SIGPIPE, SIG_IGN)
    defer {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    let bound: UInt16
    do throws(ServerStartError) {
        bound = try server.start(port: port)
    } catch {
        var message = error.description
        if error.kind == .addressInUse {
            let next = (1...20).lazy.compactMap { d -> UInt16? in
                let p = Int(port) + d
                return p <= 65535 && HTTPServer.isPortFree(host: host, port: UInt16(p)) ? UInt16(p) : nil
            }.first
            message += next.map { "; try --port \($0)" } ?? "; try another --port"
        }
        console.err("honorsite: error: \(message)\n")
        return ExitCode.failure
    }
    let shown = server.url?.absoluteString ?? "http://\(host):\(bound)/"
    var line = "serving \(shown) (Ctrl-C to stop)"
    if host == "0.0.0.0" || host == "::" { line += " — listening on all interfaces" }
    if server.watcherBackend == .polling { line += "; watching by polling" }
    console.out(line + "\n")

    stopSignal.wait()
    console.err("\nstopping\n")
    server.stop()
    return ExitCode.success
}

/// One line per build on stderr; the diagnostics in full when it failed.
func reportRebuild(_ report: PreviewServer.RebuildReport, root: URL, console: Console) {
    let time = formatSeconds(report.duration)
    var because = ""
    if let first = report.changedPaths.first {
        because = " (\(first)\(report.changedPaths.count > 1 ? " and \(report.changedPaths.count - 1) more" : ""))"
    }
    switch report.outcome {
    case .built(let pages, let documents, _, let warnings):
        printDiagnostics(warnings, format: .human, root: root, console: console)
        let w = warnings.count
        let verb = report.isInitial ? "built" : "rebuilt"
        console.err("\(verb) \(pages) pages from \(documents) documents in \(time) s\(because) (\(w) warning\(w == 1 ? "" : "s"))\n")
    case .failed(let diagnostics):
        printDiagnostics(diagnostics, format: .human, root: root, console: console)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let tail = report.isInitial ? "pages show the errors until it builds" : "still serving the last good site"
        console.err("build failed\(because): \(errors) error\(errors == 1 ? "" : "s") in \(time) s; \(tail)\n")
    }
}
