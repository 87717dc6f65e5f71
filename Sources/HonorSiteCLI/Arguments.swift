import Messages

/// A usage mistake on the command line (exit 64).
struct UsageError: Error {
    var message: Message.Usage
    init(_ message: Message.Usage) { self.message = message }
}

/// Minimal option parsing against a command's declared options: `--name value`,
/// `--name=value`, `-x value` (declared aliases), flags, and positionals.
struct Arguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// True when `--help` or `-h` was given.
    var wantsHelp: Bool { flags.contains("help") }

    init(_ args: [String], for command: CommandSpec) throws(UsageError) {
        var byName: [String: OptionSpec] = [:]
        for o in command.allOptions {
            byName[o.name] = o
            if let s = o.short { byName[String(s)] = o }
        }
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" {
                positionals += args[(i + 1)...]
                break
            }
            if a.hasPrefix("-") && a.count > 1 {
                var name = a.hasPrefix("--") ? String(a.dropFirst(2)) : String(a.dropFirst())
                var inline: String?
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                if let reason = command.refused[name] { throw UsageError(reason) }
                guard let option = byName[name] else { throw UsageError(.unknownOption(a)) }
                if option.value == nil {
                    if inline != nil { throw UsageError(.optionTakesNoValue(option.name)) }
                    flags.insert(option.name)
                } else if let inline {
                    values[option.name] = inline
                } else {
                    guard i + 1 < args.count else { throw UsageError(.optionNeedsValue(option.name)) }
                    i += 1
                    values[option.name] = args[i]
                }
            } else {
                positionals.append(a)
            }
            i += 1
        }
    }
}

/// Takes `--lang VALUE` / `--lang=VALUE` out of the arguments (any position before `--`).
///
/// - Returns: the other arguments and the language asked for, if any.
/// - Throws: ``UsageError`` for a value that is not a language, or a missing one.
func extractLanguage(_ args: [String]) throws(UsageError) -> ([String], Language?) {
    var rest: [String] = []
    var language: Language?
    var i = 0
    while i < args.count {
        let a = args[i]
        if a == "--" {
            rest += args[i...]
            break
        }
        var value: String?
        if a == "--lang" {
            guard i + 1 < args.count else { throw UsageError(.optionNeedsValue("lang")) }
            value = args[i + 1]
            i += 1
        } else if a.hasPrefix("--lang=") {
            value = String(a.dropFirst("--lang=".count))
        }
        if let value {
            guard let l = Language(tag: value) else { throw UsageError(.badLanguage(value)) }
            language = l
        } else {
            rest.append(a)
        }
        i += 1
    }
    return (rest, language)
}
