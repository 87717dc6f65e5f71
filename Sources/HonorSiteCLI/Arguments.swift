/// A usage mistake on the command line (exit 64).
struct UsageError: Error { var message: String }

/// Minimal option parsing: `--name value`, `--name=value`, flags, and positionals.
struct Arguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `args` against the allowed value options and flags (names without `--`;
    /// one-letter aliases map to long names).
    init(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>, aliases: [String: String] = [:]) throws(UsageError) {
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { positionals += args[(i + 1)...]; break }
            if a.hasPrefix("-") && a.count > 1 {
                var name = a.hasPrefix("--") ? String(a.dropFirst(2)) : String(a.dropFirst())
                var inline: String?
                if let eq = name.firstIndex(of: "=") { inline = String(name[name.index(after: eq)...]); name = String(name[..<eq]) }
                if let long = aliases[name] { name = long }
                if flagOptions.contains(name) {
                    if inline != nil { throw UsageError(message: "option --\(name) takes no value") }
                    flags.insert(name)
                } else if valueOptions.contains(name) {
                    if let inline { values[name] = inline }
                    else {
                        guard i + 1 < args.count else { throw UsageError(message: "option --\(name) needs a value") }
                        i += 1
                        values[name] = args[i]
                    }
                } else {
                    throw UsageError(message: "unknown option '\(a)'")
                }
            } else {
                positionals.append(a)
            }
            i += 1
        }
    }
}
