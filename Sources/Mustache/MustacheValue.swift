/// A typed value in a Mustache rendering context.
///
/// Shapes:
/// - `.null` — renders as the empty string; falsey.
/// - `.bool` — renders as `true` / `false`; falsey when `false`.
/// - `.int` — renders in decimal (`85`); falsey when `0`.
/// - `.double` — renders with the shortest round-trip form (`1.21`); integral values
///   below 1e15 in magnitude render without a fraction (`3.0` → `3`); falsey when `0` or NaN.
/// - `.string` — rendered verbatim (HTML-escaped by `{{x}}`); falsey when empty.
/// - `.list` — iterated by sections; falsey when empty; interpolates as the empty string.
/// - `.map` — pushed on the context stack by sections; always truthy; interpolates as the empty string.
///
/// Truthiness follows the spec's coercion rule `!!data` (sections.json: "if the data is truthy
/// (e.g. `!!data == true`)"), read with JavaScript semantics, plus the spec's explicit rule that an
/// empty list is falsey. See ``isTruthy``.
///
/// `Decodable` accepts any JSON value: `null`, booleans, integers, other numbers, strings,
/// arrays and objects. Decoding tries `Bool` before `Int` before `Double`, so JSON `true`
/// stays `.bool(true)`, `1` becomes `.int(1)` and `1.5` becomes `.double(1.5)`.
public enum MustacheValue: Sendable, Equatable, Decodable {
    /// Absent / JSON `null`.
    case null
    /// A boolean.
    case bool(Bool)
    /// A signed integer.
    case int(Int)
    /// A floating-point number.
    case double(Double)
    /// A string.
    case string(String)
    /// An ordered list of values.
    case list([MustacheValue])
    /// A string-keyed map of values.
    case map([String: MustacheValue])

    /// Decodes any JSON value (see the type documentation for the mapping).
    /// - Throws: `DecodingError.dataCorrupted` when the value is none of the supported shapes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([MustacheValue].self) {
            self = .list(value)
        } else if let value = try? container.decode([String: MustacheValue].self) {
            self = .map(value)
        } else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "Value is not null, Bool, Int, Double, String, array or object"
                )
            )
        }
    }

    /// Whether a section `{{#x}}` renders (and an inverted section `{{^x}}` does not).
    ///
    /// Falsey: `.null`, `.bool(false)`, `.int(0)`, `.double(0)`, `.double(.nan)`, `.string("")`
    /// and `.list([])`. Everything else, including an empty `.map`, is truthy.
    /// (sections.json / inverted.json: falsey values and empty lists are not rendered.)
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return !(d == 0 || d.isNaN)
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.isEmpty
        case .map: return true
        }
    }

    /// This value with every string, list and map in new storage (equal to `self`).
    ///
    /// Rendering retains and releases the values it looks up; threads that render
    /// concurrently with their own copies of shared values do not contend for those
    /// reference counts. Costs a full copy of the value.
    public func isolatedCopy() -> MustacheValue {
        switch self {
        case .null, .bool, .int, .double: return self
        case .string(let s): return .string(freshString(s))
        case .list(let items):
            var copy: [MustacheValue] = []
            copy.reserveCapacity(items.count)
            for item in items { copy.append(item.isolatedCopy()) }
            return .list(copy)
        case .map(let members):
            var copy: [String: MustacheValue] = Dictionary(minimumCapacity: members.count)
            for (key, value) in members { copy[freshString(key)] = value.isolatedCopy() }
            return .map(copy)
        }
    }

    /// The member named `key` when `self` is a `.map`, otherwise `nil`.
    public subscript(key: String) -> MustacheValue? {
        if case .map(let m) = self { return m[key] }
        return nil
    }

    /// The text an interpolation tag produces for this value, before HTML escaping.
    ///
    /// `.null`, `.list` and `.map` produce `""`; numbers are formatted as described on the type.
    public var interpolationText: String {
        switch self {
        case .null, .list, .map: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return MustacheValue.format(d)
        case .string(let s): return s
        }
    }

    /// Formats a double: integral values with magnitude below 1e15 without a fraction,
    /// everything else with Swift's shortest round-trip representation.
    static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(.towardZero), abs(d) < 1e15 {
            return String(Int(d))
        }
        return String(d)
    }
}

extension MustacheValue: ExpressibleByNilLiteral {
    /// `nil` is `.null`.
    public init(nilLiteral: ()) { self = .null }
}

extension MustacheValue: ExpressibleByBooleanLiteral {
    /// `true` / `false` are `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension MustacheValue: ExpressibleByIntegerLiteral {
    /// Integer literals are `.int`.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension MustacheValue: ExpressibleByFloatLiteral {
    /// Float literals are `.double`.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension MustacheValue: ExpressibleByStringLiteral {
    /// String literals are `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    /// Array literals are `.list`.
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    /// Dictionary literals are `.map`; for duplicate keys the last value wins.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        var map: [String: MustacheValue] = [:]
        map.reserveCapacity(elements.count)
        for (key, value) in elements { map[key] = value }
        self = .map(map)
    }
}
