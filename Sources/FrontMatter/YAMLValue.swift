// The value model produced by the YAML-subset parser.
//
// Only the node kinds the subset can express exist here: scalars (null, bool,
// int, string, date), sequences ("lists") and mappings. Every node records the
// position of its first character so later stages (validation, indexing) can
// report errors at the exact place in the source file.

/// A parsed YAML value together with the position where it starts.
///
/// Positions are in the coordinates of the whole file: for a content file,
/// line 1 is the opening `---` line; for a YAML file parsed with
/// ``FrontMatter/parseYAML(_:firstLine:)`` line numbering starts at `firstLine`.
///
/// Where a node starts:
/// - scalars: the first character of the value (the opening quote for quoted
///   strings, the `[` for flow lists);
/// - block mappings: the first key; block lists: the first `-`;
/// - an empty (implicitly null) value: the column just after the `:` or `-`
///   that introduces it;
/// - an empty front-matter block or an empty YAML file: line of the block's
///   first line, column 1.
public struct YAMLNode: Sendable, Equatable {
    /// The value (scalar, list or mapping).
    public var value: YAMLValue
    /// 1-based line number in the coordinates of the whole file.
    public var line: Int
    /// 1-based column, counted in Unicode scalars of that line
    /// (a leading byte-order mark is not counted).
    public var column: Int

    /// Creates a node with a value and its 1-based start position.
    public init(_ value: YAMLValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// The value of a ``YAMLNode``.
///
/// Scalar resolution follows the YAML 1.2 core schema (YAML 1.2 §10.3) for
/// plain scalars, restricted by the project's content model:
/// - `null`, `Null`, `NULL`, `~` and an empty value → ``null``;
/// - `true`/`True`/`TRUE`/`false`/`False`/`FALSE` → ``bool(_:)``;
/// - `[-+]?[0-9]+`, `0x[0-9a-fA-F]+`, `0o[0-7]+` → ``int(_:)`` (must fit in `Int`);
/// - `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` → ``date(_:)``;
/// - anything else (including `1.5`, `.inf`, `yes`) → ``string(_:)``.
///
/// Quoted scalars are always strings.
public enum YAMLValue: Sendable, Equatable {
    /// `null`, `~` or an empty value.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A decimal (optionally signed), hexadecimal (`0x`) or octal (`0o`) integer.
    case int(Int)
    /// A plain or quoted string (quoted strings with escapes already resolved).
    case string(String)
    /// A validated calendar date, optionally with a time of day and a UTC offset.
    case date(YAMLDate)
    /// A flow list (`[a, b]`) or block list (`- a`), items in source order.
    case list([YAMLNode])
    /// A block mapping (`key: value` lines), entries in source order;
    /// keys are unique within one mapping.
    case mapping([YAMLEntry])
}

/// One `key: value` entry of a mapping.
public struct YAMLEntry: Sendable, Equatable {
    /// The key; always matches `[a-z_][a-z0-9_]*`.
    public var key: String
    /// 1-based line of the key.
    public var keyLine: Int
    /// 1-based column (in Unicode scalars) of the key's first character.
    public var keyColumn: Int
    /// The value and its position.
    public var value: YAMLNode

    /// Creates an entry; positions are 1-based.
    public init(key: String, keyLine: Int, keyColumn: Int, value: YAMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}

/// A calendar date written as `YYYY-MM-DD`, optionally followed by a time
/// `THH:MM[:SS]` and a zone `Z` or `±HH:MM` (the shape of the YAML 1.1
/// timestamp type, restricted to these forms).
///
/// The parser validates every field: month 1–12, day 1…(days in that month,
/// Gregorian leap years), hour 0–23, minute 0–59, second 0–59, offset at most
/// ±23:59.
public struct YAMLDate: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Four-digit year (0000–9999).
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of month, 1–31 depending on the month.
    public var day: Int
    /// Hour 0–23, or `nil` when only a date was written.
    public var hour: Int?
    /// Minute 0–59, or `nil` when only a date was written.
    public var minute: Int?
    /// Second 0–59; `0` when a time without seconds was written;
    /// `nil` when only a date was written.
    public var second: Int?
    /// Offset from UTC in minutes (`Z` → 0, `+08:00` → 480, `-05:30` → -330);
    /// `nil` when no zone was written.
    public var utcOffsetMinutes: Int?

    /// Creates a date; no validation is performed here.
    public init(
        year: Int, month: Int, day: Int,
        hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
        utcOffsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Whether a time of day was written.
    public var hasTime: Bool { hour != nil }

    /// Canonical text: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` followed by
    /// `Z` (offset 0) or `±HH:MM` when a zone was written.
    public var description: String {
        var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if let hour, let minute {
            s += "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second ?? 0, 2)
            if let off = utcOffsetMinutes {
                if off == 0 {
                    s += "Z"
                } else {
                    let a = abs(off)
                    s += (off < 0 ? "-" : "+") + pad(a / 60, 2) + ":" + pad(a % 60, 2)
                }
            }
        }
        return s
    }

    /// Number of days in `month` of `year` (Gregorian calendar), 0 for an invalid month.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        default: return 0
        }
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

// MARK: - Convenience accessors

extension YAMLValue {
    /// The string for ``string(_:)``, otherwise `nil` (no conversion from other scalars).
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    /// The integer for ``int(_:)``, otherwise `nil`.
    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }
    /// The boolean for ``bool(_:)``, otherwise `nil`.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
    /// The date for ``date(_:)``, otherwise `nil`.
    public var dateValue: YAMLDate? {
        if case .date(let d) = self { return d }
        return nil
    }
    /// The items for ``list(_:)``, otherwise `nil`.
    public var listValue: [YAMLNode]? {
        if case .list(let l) = self { return l }
        return nil
    }
    /// The entries (in source order) for ``mapping(_:)``, otherwise `nil`.
    public var entries: [YAMLEntry]? {
        if case .mapping(let e) = self { return e }
        return nil
    }
    /// Whether the value is ``null``.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
    /// A short lowercase name of the value's kind for messages:
    /// `"null"`, `"boolean"`, `"integer"`, `"string"`, `"date"`, `"list"`, `"mapping"`.
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .string: return "string"
        case .date: return "date"
        case .list: return "list"
        case .mapping: return "mapping"
        }
    }
    /// For a mapping, the value node of the entry named `key`; `nil` if absent
    /// or if this value is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = self else { return nil }
        for e in entries where e.key == key { return e.value }
        return nil
    }
}

extension YAMLNode {
    /// See ``YAMLValue/stringValue``.
    public var stringValue: String? { value.stringValue }
    /// See ``YAMLValue/intValue``.
    public var intValue: Int? { value.intValue }
    /// See ``YAMLValue/boolValue``.
    public var boolValue: Bool? { value.boolValue }
    /// See ``YAMLValue/dateValue``.
    public var dateValue: YAMLDate? { value.dateValue }
    /// See ``YAMLValue/listValue``.
    public var listValue: [YAMLNode]? { value.listValue }
    /// See ``YAMLValue/entries``.
    public var entries: [YAMLEntry]? { value.entries }
    /// See ``YAMLValue/isNull``.
    public var isNull: Bool { value.isNull }
    /// For a mapping node, the value node of the entry named `key`; `nil` if
    /// absent or if this node is not a mapping.
    public subscript(key: String) -> YAMLNode? { value[key] }
    /// For a mapping node, the whole entry named `key` (with the key's position).
    public func entry(_ key: String) -> YAMLEntry? {
        guard case .mapping(let entries) = value else { return nil }
        for e in entries where e.key == key { return e }
        return nil
    }
}
