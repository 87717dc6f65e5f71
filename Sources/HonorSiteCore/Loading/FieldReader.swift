import FrontMatter
import Messages

/// Reads typed fields out of a front-matter mapping, collecting diagnostics.
///
/// Every read records the key as known; ``finish(strict:)`` then reports the
/// keys nobody asked for (a warning, so a typo such as `distrcit:` is caught)
/// and, per required key, a missing-field error at the front matter's start.
struct FieldReader {
    let path: String
    let entries: [YAMLEntry]
    var known: Set<String> = []
    var diagnostics: [Diagnostic] = []
    let mappingLocation: SourceLocation

    init(path: String, node: YAMLNode) {
        self.path = path
        if case .mapping(let e) = node.value { entries = e } else { entries = [] }
        mappingLocation = SourceLocation(path: path, line: node.line, column: node.column)
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.line, column: node.column)
    }

    func node(_ key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    mutating func present(_ key: String, required: Bool) -> YAMLNode? {
        known.insert(key)
        guard let n = node(key), n.value != .null else {
            if required {
                diagnostics.append(.error(mappingLocation, .missingField(key)))
            }
            return nil
        }
        return n
    }

    mutating func typeError(_ node: YAMLNode, _ key: String, _ expected: Message.Site.ValueType) {
        diagnostics.append(.error(location(node), .wrongType(key: key, expected: expected, found: describe(node.value))))
    }

    /// Reports a string typed the Chinese way where a number or boolean was
    /// expected (`30人`, `是`); returns whether it did.
    mutating func keyboardMistake(_ node: YAMLNode, _ expected: FrontMatter.ExpectedScalar) -> Bool {
        guard case .string(let s) = node.value, let kind = FrontMatter.mistake(in: s, expected: expected) else { return false }
        diagnostics.append(Diagnostic(.error, location(node), .frontMatter(kind)))
        return true
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let n = present(key, required: required) else { return nil }
        switch n.value {
        case .string(let s) where s.hasPrefix(placeholderMarker):
            diagnostics.append(.error(location(n), .placeholder(key: key, value: s)))
            return nil
        case .string(let s):
            if required && (s.isEmpty || trimmedWhitespace(s[...]).isEmpty) {
                diagnostics.append(.error(location(n), .emptyField(key)))
                return nil
            }
            return s
        case .int(let i): return String(i)  // e.g. `brand: 1990`: a number is text here
        default:
            typeError(n, key, .string)
            return nil
        }
    }

    mutating func int(_ key: String, required: Bool = false, minimum: Int? = nil, maximum: Int? = nil) -> Int? {
        guard let n = present(key, required: required) else { return nil }
        guard case .int(let i) = n.value else {
            if !keyboardMistake(n, .integer) { typeError(n, key, .integer) }
            return nil
        }
        if let m = minimum, i < m {
            diagnostics.append(.error(location(n), .tooSmall(key: key, minimum: m, found: i)))
            return nil
        }
        if let m = maximum, i > m {
            diagnostics.append(.error(location(n), .tooLarge(key: key, maximum: m, found: i)))
            return nil
        }
        return i
    }

    /// Years a date or honor may carry. Before 1901 the site's zone has no
    /// whole-minute UTC offset (local mean time), which ISO 8601 output cannot show.
    static let years = 1901...9999

    mutating func bool(_ key: String) -> Bool? {
        guard let n = present(key, required: false) else { return nil }
        guard case .bool(let b) = n.value else {
            if !keyboardMistake(n, .boolean) { typeError(n, key, .boolean) }
            return nil
        }
        return b
    }

    mutating func date(_ key: String, required: Bool = false) -> (YAMLDate, YAMLNode)? {
        guard let n = present(key, required: required) else { return nil }
        guard case .date(let d) = n.value else {
            typeError(n, key, .date)
            return nil
        }
        guard Self.years.contains(d.year) else {
            diagnostics.append(.error(location(n), .yearOutOfRange(key: key, from: Self.years.lowerBound, to: Self.years.upperBound)))
            return nil
        }
        return (d, n)
    }

    mutating func stringList(_ key: String) -> [String] {
        stringListWithLocations(key).map(\.0)
    }

    /// The strings of a list (or a single string), duplicates removed, each with where it is written.
    mutating func stringListWithLocations(_ key: String) -> [(String, SourceLocation)] {
        guard let n = present(key, required: false) else { return [] }
        let items: [YAMLNode]
        switch n.value {
        case .list(let l): items = l
        case .string(let s): return [(s, location(n))]
        default:
            typeError(n, key, .stringList)
            return []
        }
        var out: [(String, SourceLocation)] = []
        var seen: Set<String> = []
        for item in items {
            switch item.value {
            case .string(let s) where !s.isEmpty: if seen.insert(s).inserted { out.append((s, location(item))) }
            case .int(let i):
                let s = String(i)
                if seen.insert(s).inserted { out.append((s, location(item))) }
            default: typeError(item, key, .nonEmptyStringList)
            }
        }
        return out
    }

    /// Reports unknown keys as warnings (errors when `strict`).
    mutating func finish(allowed extra: Set<String> = []) {
        for e in entries where !known.contains(e.key) && !extra.contains(e.key) {
            let suggestion = closest(e.key, in: known)
            diagnostics.append(
                .warning(
                    SourceLocation(path: path, line: e.keyLine, column: e.keyColumn),
                    .unknownKey(e.key, suggestion: suggestion)))
        }
    }
}

/// How `honorsite new` marks a required value the editor has to fill in (`district: 待填写：所在区`).
/// A text field that starts with it is an error, so a new document fails `check` until edited.
public let placeholderMarker = "待填写"

/// What a wrongly typed value was, for ``Message/Site/wrongType(key:expected:found:)``.
func describe(_ v: YAMLValue) -> Message.Site.FoundValue {
    switch v {
    case .null: .null
    case .bool(let b): .bool(b)
    case .int(let i): .integer(i)
    case .string(let s): .string(s)
    case .date: .date
    case .list: .list
    case .mapping: .mapping
    }
}

/// The known key nearest to `key` by edit distance, if within 2 edits.
func closest(_ key: String, in candidates: Set<String>) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var prev = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
    let k = Array(key)
    return candidates.sorted().map { ($0, distance(k, Array($0))) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
}
