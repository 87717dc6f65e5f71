import Foundation

func exportCommand(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    throw UsageError(message: "export is not available yet")
}

func serveCommand(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    throw UsageError(message: "serve is not available yet")
}
