/// A JSON text (RFC 8259) that does not parse: the reason and its 1-based line and column
/// (columns count Unicode scalars).
public struct JSONError: Error, Sendable, Equatable {
    public let message: String
    public let line: Int
    public let column: Int
}

extension MustacheValue {
    /// The deepest nesting of arrays and objects accepted by ``init(json:)``; deeper input is an
    /// error at the bracket that crosses it (rendering and freeing stay far from the stack's end).
    public static let maxJSONDepth = 512

    /// Parses a JSON text: `null`, `true`/`false`, integers that fit `Int` (others become
    /// `.double`), strings with every escape, arrays and objects (a repeated key keeps the last
    /// value). Linear time; errors are located.
    ///
    /// - Throws: ``JSONError`` at the first byte that is not valid JSON.
    public init(json text: String) throws(JSONError) {
        var parser = JSONParser(bytes: Array(text.utf8))
        self = try parser.parseDocument()
    }
}

/// Recursive descent over UTF-8 bytes, depth limited by ``MustacheValue/maxJSONDepth``.
struct JSONParser {
    let bytes: [UInt8]
    var pos = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    }

    func error(_ message: String, at offset: Int) -> JSONError {
        let (line, column) = SourceLocator.location(of: offset, in: bytes)
        return JSONError(message: message, line: line, column: column)
    }

    func unexpected(at offset: Int, expecting what: String) -> JSONError {
        guard offset < bytes.count else { return error("unexpected end of file; expected \(what)", at: offset) }
        let shown = String(decoding: bytes[offset...].prefix(while: { $0 != 0x0A }).prefix(4), as: UTF8.self)
        let found = shown.unicodeScalars.first.map { "'\(Character($0))'" } ?? "a byte that is not text"
        return error("unexpected \(found); expected \(what)", at: offset)
    }

    mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 { pos += 1 }
    }

    mutating func parseDocument() throws(JSONError) -> MustacheValue {
        skipSpace()
        let value = try parseValue()
        skipSpace()
        if pos < bytes.count { throw error("text after the JSON value", at: pos) }
        return value
    }

    mutating func parseValue() throws(JSONError) -> MustacheValue {
        guard pos < bytes.count else { throw unexpected(at: pos, expecting: "a value") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected(at: pos, expecting: "a value")
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard pos + w.count <= bytes.count, bytes[pos..<pos + w.count].elementsEqual(w) else {
            throw unexpected(at: pos, expecting: "a value")
        }
        pos += w.count
    }

    mutating func enter() throws(JSONError) {
        depth += 1
        if depth > MustacheValue.maxJSONDepth {
            throw error("arrays and objects nest deeper than \(MustacheValue.maxJSONDepth) levels", at: pos)
        }
    }

    mutating func parseArray() throws(JSONError) -> MustacheValue {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var items: [MustacheValue] = []
        skipSpace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .list(items)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard pos < bytes.count else { throw unexpected(at: pos, expecting: "',' or ']'") }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "]") {
                pos += 1
                return .list(items)
            }
            throw unexpected(at: pos, expecting: "',' or ']'")
        }
    }

    mutating func parseObject() throws(JSONError) -> MustacheValue {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var map: [String: MustacheValue] = [:]
        skipSpace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .map(map)
        }
        while true {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw unexpected(at: pos, expecting: "a quoted key") }
            let key = try parseString()
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw unexpected(at: pos, expecting: "':'") }
            pos += 1
            skipSpace()
            map[key] = try parseValue()
            skipSpace()
            guard pos < bytes.count else { throw unexpected(at: pos, expecting: "',' or '}'") }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "}") {
                pos += 1
                return .map(map)
            }
            throw unexpected(at: pos, expecting: "',' or '}'")
        }
    }

    mutating func parseString() throws(JSONError) -> String {
        let open = pos
        pos += 1
        var out: [UInt8] = []
        while true {
            guard pos < bytes.count else { throw error("unterminated string", at: open) }
            let b = bytes[pos]
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &out)
            case 0..<0x20:
                throw error("control character in a string (write it as an escape such as \\n)", at: pos)
            default:
                out.append(b)
                pos += 1
            }
        }
    }

    mutating func parseEscape(into out: inout [UInt8]) throws(JSONError) {
        let start = pos
        guard pos + 1 < bytes.count else { throw error("unterminated string", at: pos) }
        let c = bytes[pos + 1]
        pos += 2
        let simple: UInt8? =
            switch c {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            out.append(simple)
            return
        }
        guard c == UInt8(ascii: "u") else { throw error("invalid escape in a string", at: start) }
        var code = try hex4(at: start)
        if (0xD800...0xDBFF).contains(code), pos + 1 < bytes.count,
            bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
        {
            let second = pos
            pos += 2
            let low = try hex4(at: second)
            if (0xDC00...0xDFFF).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) } else { pos = second }
        }
        // A lone surrogate cannot be text; it becomes U+FFFD as in most decoders.
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        out.append(contentsOf: String(Character(scalar)).utf8)
    }

    mutating func hex4(at escapeStart: Int) throws(JSONError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count else { throw error("invalid \\u escape (four hex digits expected)", at: escapeStart) }
            let b = bytes[pos]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape (four hex digits expected)", at: escapeStart)
            }
            v = v << 4 | UInt32(d)
            pos += 1
        }
        return v
    }

    mutating func parseNumber() throws(JSONError) -> MustacheValue {
        let start = pos
        func digits(_ p: inout Int) -> Int {
            let s = p
            while p < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[p]) { p += 1 }
            return p - s
        }
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        let n = digits(&pos)
        guard n > 0 else { throw error("invalid number", at: start) }
        if n > 1 && bytes[intStart] == UInt8(ascii: "0") { throw error("invalid number (leading zero)", at: start) }
        var isInteger = true
        if pos < bytes.count && bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            isInteger = false
            guard digits(&pos) > 0 else { throw error("invalid number", at: start) }
        }
        if pos < bytes.count && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")) {
            pos += 1
            isInteger = false
            if pos < bytes.count && (bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard digits(&pos) > 0 else { throw error("invalid number", at: start) }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text), d.isFinite else { throw error("number out of range", at: start) }
        return .double(d)
    }
}
