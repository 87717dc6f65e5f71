import Messages
import Mustache

/// Checks every Mustache tag of a report body against the values a report can use.
///
/// The Mustache engine renders an unknown name as nothing, which in a report
/// would print a sentence with a hole in it; so before rendering, each name is
/// resolved the way the engine resolves it (the context stack, dotted names,
/// sections over lists pushing an element) against `shape`, a context in which
/// every list has one element. An unknown name is an error at its position that
/// lists the names valid there.
///
/// - Returns: problems at body-relative 1-based line and column (Unicode scalars).
func checkReportNames(_ body: String, shape: MustacheValue) -> [BodyProblem] {
    var problems: [BodyProblem] = []
    var stack: [MustacheValue] = [shape]
    let scalars = Array(body.unicodeScalars)
    var i = 0
    var line = 1
    var column = 1
    func advance(_ n: Int) {
        for _ in 0..<n where i < scalars.count {
            if scalars[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
    }
    while i < scalars.count {
        guard scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" else {
            advance(1)
            continue
        }
        let (tagLine, tagColumn) = (line, column)
        let triple = i + 2 < scalars.count && scalars[i + 2] == "{"
        let open = triple ? 3 : 2
        let closer: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
        var j = i + open
        while j + closer.count <= scalars.count && Array(scalars[j..<(j + closer.count)]) != closer { j += 1 }
        guard j + closer.count <= scalars.count else {
            problems.append(BodyProblem(line: tagLine, column: tagColumn, message: ReportMessages.unclosedTag))
            break
        }
        var content = String(String.UnicodeScalarView(scalars[(i + open)..<j])).trimmed(" \t")
        advance(j + closer.count - i)
        var sigil: Character = " "
        if !triple, let f = content.first, "#^/!>=&$<".contains(f) {
            sigil = f
            content = String(content.dropFirst()).trimmed(" \t")
        }
        func problem(_ m: Message) { problems.append(BodyProblem(line: tagLine, column: tagColumn, message: m)) }
        switch sigil {
        case "!": continue
        case "=":
            problem(ReportMessages.delimiterChange)
            return problems
        case ">", "<", "$":
            problem(ReportMessages.partialInReport)
            continue
        case "/":
            if stack.count > 1 { stack.removeLast() }
            continue
        default: break
        }
        let resolved = resolve(content, in: stack)
        if case .failure(let valid) = resolved { problem(ReportMessages.unknownName(content, valid: valid.names)) }
        // `{{x}}` of a group or a list prints nothing: a sentence with a hole in it.
        if sigil == " " || sigil == "&" {
            switch resolved {
            case .success(.map(let m)):
                let prefix = content == "." ? "" : content + "."
                problem(ReportMessages.groupAsFigure(content, names: m.keys.sorted().map { prefix + $0 }))
            case .success(.list): problem(ReportMessages.listAsFigure(content))
            default: break
            }
        }
        switch (sigil, resolved) {
        case ("#", .success(.list(let items))): stack.append(items.first ?? .null)
        case ("#", .success(let v)) where isMap(v): stack.append(v)
        case ("#", _), ("^", _): stack.append(.null)
        default: break
        }
    }
    return problems
}

private func isMap(_ v: MustacheValue) -> Bool { if case .map = v { return true } else { return false } }

/// Resolves a (dotted) name against a context stack, or fails with the names valid at the failing step.
private func resolve(_ name: String, in stack: [MustacheValue]) -> Result<MustacheValue, NameChoices> {
    if name == "." { return .success(stack.last ?? .null) }
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    var current: MustacheValue?
    for frame in stack.reversed() {
        if case .map(let m) = frame, let v = m[parts[0]] {
            current = v
            break
        }
    }
    guard var value = current else {
        var names: [String] = []
        for frame in stack.reversed() { if case .map(let m) = frame { names += m.keys.sorted().filter { !names.contains($0) } } }
        return .failure(NameChoices(names))
    }
    for (k, part) in parts.enumerated().dropFirst() {
        guard case .map(let m) = value, let next = m[part] else {
            let prefix = parts[..<k].joined(separator: ".")
            if case .map(let m) = value { return .failure(NameChoices(m.keys.sorted().map { prefix + "." + $0 })) }
            return .failure(NameChoices([]))
        }
        value = next
    }
    return .success(value)
}

/// The names valid where a lookup failed.
struct NameChoices: Error {
    var names: [String]
    init(_ n: [String]) { names = n }
}
