import Foundation


func serveCommand(_ args: [String], environment: [String: String], console: Console, cwd: URL) throws -> Int32 {
    throw UsageError(message: "serve is not available yet")
}
