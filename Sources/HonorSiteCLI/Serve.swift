import Foundation
import HonorSiteCore
import HonorSiteServer
import Messages

#if canImport(Glibc)
    import Glibc
#endif

func serveCommand(_ args: [String], _ c: CommandContext) throws -> Int32 {
    let (environment, console, cwd) = (c.environment, c.console, c.cwd)
    let a = try Arguments(args, for: serveCommandSpec)
    if a.wantsHelp {
        console.out(serveCommandSpec.help(c.language))
        return ExitCode.success
    }
    if let p = a.positionals.first { throw UsageError(.unexpectedArgument(p)) }
    let portText = a.values["port"] ?? "8000"
    guard let port = UInt16(portText) else { throw UsageError(.badPort(portText)) }
    let host = a.values["host"] ?? "127.0.0.1"
    if host.isEmpty { throw UsageError(.missingHost) }
    let root = resolve(a.values["root"] ?? ".", cwd)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
        c.error(.cli(.projectMissing(root.path)))
        return ExitCode.failure
    }

    let configuration = PreviewServer.Configuration(
        root: root, host: host, drafts: a.flags.contains("drafts"), environment: environment,
        watchMode: a.flags.contains("poll") ? .polling : .automatic, language: c.language)
    let server = PreviewServer(configuration: configuration) { report in
        reportRebuild(report, root: root, context: c)
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
        var next: Int?
        if error.kind == .addressInUse {
            next =
                (1...20).lazy.compactMap { d -> Int? in
                    let p = Int(port) + d
                    return p <= 65535 && HTTPServer.isPortFree(host: host, port: UInt16(p)) ? p : nil
                }.first
        }
        c.error(error.message(nextFreePort: next))
        return ExitCode.failure
    }
    let shown = server.url?.absoluteString ?? "http://\(host):\(bound)/"
    console.out(
        c.text(
            .cli(
                .serving(
                    url: shown, allInterfaces: host == "0.0.0.0" || host == "::",
                    polling: server.watcherBackend == .polling))) + "\n")

    stopSignal.wait()
    console.err("\n" + c.text(.cli(.stopping)) + "\n")
    server.stop()
    return ExitCode.success
}

/// One line per build on stderr; the diagnostics in full when it failed.
func reportRebuild(_ report: PreviewServer.RebuildReport, root: URL, context c: CommandContext) {
    let time = formatSeconds(report.duration)
    switch report.outcome {
    case .built(let pages, let documents, _, let warnings):
        printDiagnostics(warnings, format: .human, root: root, console: c.console, language: c.language)
        c.line(
            .cli(
                .previewBuilt(
                    initial: report.isInitial, pages: pages, documents: documents, seconds: time,
                    changed: report.changedPaths, warnings: warnings.count)))
    case .failed(let diagnostics):
        printDiagnostics(diagnostics, format: .human, root: root, console: c.console, language: c.language)
        let errors = diagnostics.filter { $0.severity == .error }.count
        c.line(.cli(.previewFailed(initial: report.isInitial, changed: report.changedPaths, errors: errors, seconds: time)))
    }
}
