import FrontMatter

/// A position-free mirror of `YAMLValue` that can be written as literals in
/// test tables: `"s"` → string, `1` → int, `true` → bool, `nil` → null,
/// `[…]` → list, `["k": v]` → mapping (order preserved).
enum V: Equatable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case null
    case bool(Bool)
    case int(Int)
    case str(String)
    case date(YAMLDate)
    case list([V])
    case map([Pair])

    struct Pair: Equatable, Sendable {
        var key: String
        var value: V
    }

    init(stringLiteral value: String) { self = .str(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: V...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, V)...) {
        self = .map(elements.map { Pair(key: $0.0, value: $0.1) })
    }

    static func d(
        _ y: Int, _ m: Int, _ day: Int, _ h: Int? = nil, _ mi: Int? = nil, _ s: Int? = nil,
        offset: Int? = nil
    ) -> V {
        .date(YAMLDate(year: y, month: m, day: day, hour: h, minute: mi, second: s, utcOffsetMinutes: offset))
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .int(let i): return "\(i)"
        case .str(let s): return "\"\(s)\""
        case .date(let d): return "date(\(d))"
        case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Drops positions from a parsed tree.
func strip(_ node: YAMLNode) -> V {
    switch node.value {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .string(let s): return .str(s)
    case .date(let d): return .date(d)
    case .list(let items): return .list(items.map(strip))
    case .mapping(let entries): return .map(entries.map { V.Pair(key: $0.key, value: strip($0.value)) })
    }
}

/// A step in a path through a parsed tree: a mapping key or a list index.
enum Step: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case key(String)
    case index(Int)
    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }
    var description: String {
        switch self {
        case .key(let k): return k
        case .index(let i): return "[\(i)]"
        }
    }
}

/// Follows `path` from `node`; `nil` if a step does not exist.
func follow(_ node: YAMLNode, _ path: [Step]) -> YAMLNode? {
    var current = node
    for step in path {
        switch step {
        case .key(let k):
            guard let next = current[k] else { return nil }
            current = next
        case .index(let i):
            guard let items = current.listValue, i < items.count else { return nil }
            current = items[i]
        }
    }
    return current
}
