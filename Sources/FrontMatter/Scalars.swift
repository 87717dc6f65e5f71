// Scalars and flow lists: everything that lives on a single line.

extension YAMLParser {

    // MARK: Indicators

    /// Throws if the node starting at byte `p` begins with an indicator
    /// character that cannot start a plain scalar (YAML 1.2 §5.3, §7.3.3
    /// `ns-plain-first`) and is not otherwise handled by the caller
    /// (quotes, `[` in block context, `- ` items).
    func checkNodeStart(_ line: LineInfo, _ p: Int, flow: Bool) throws(FrontMatterError) {
        let b = buf[p]
        let next: UInt8? = p + 1 < line.end ? buf[p + 1] : nil
        // Whether the next character ends a would-be plain scalar's first character.
        let nextEnds = next.map { isWhite($0) || (flow && ($0 == asciiComma || $0 == asciiRBracket)) } ?? true
        switch b {
        case 0x26: throw error(.unsupported(.anchor), line, p)  // &
        case 0x2A: throw error(.unsupported(.alias), line, p)  // *
        case 0x21: throw error(.unsupported(.tag), line, p)  // !
        case asciiLBrace: throw error(.unsupported(.flowMapping), line, p)
        case 0x7C, 0x3E:  // | >
            if flow { throw error(.unexpectedCharacter(Character(Unicode.Scalar(b))), line, p) }
            throw error(.unsupported(.blockScalar), line, p)
        case asciiLBracket where flow:
            throw error(.unsupported(.nestedFlowCollection), line, p)
        case 0x3F where nextEnds:  // ?
            throw error(.unsupported(.complexKey), line, p)
        case asciiPercent where p == line.start:
            throw error(.unsupported(.directive), line, p)
        case asciiDash where nextEnds, asciiColon where nextEnds:
            throw error(
                b == asciiDash && !flow
                    ? .unexpectedListItem
                    : .unexpectedCharacter(Character(Unicode.Scalar(b))), line, p)
        case asciiPercent, 0x40, 0x60, asciiComma, asciiRBracket, asciiRBrace, asciiHash:  // % @ ` , ] } #
            throw error(.unexpectedCharacter(Character(Unicode.Scalar(b))), line, p)
        default:
            return
        }
    }

    // MARK: Plain scalars

    /// The end (exclusive, trailing white space trimmed) of the plain scalar
    /// starting at `p`. A plain scalar ends at a comment (` #`), at the end of
    /// the line and, in a flow list, at `,` or `]`. Throws for `: ` inside it
    /// (YAML would read a mapping there) and, in a flow list, for `[`, `{`, `}`.
    func plainEnd(_ line: LineInfo, _ p: Int, flow: Bool) throws(FrontMatterError) -> Int {
        let end = line.end
        var j = p
        var last = p
        while j < end {
            let b = buf[j]
            if isWhite(b) {
                if j + 1 < end && buf[j + 1] == asciiHash { break }
                j += 1
                continue
            }
            if b == asciiColon {
                let n: UInt8? = j + 1 < end ? buf[j + 1] : nil
                if n == nil || isWhite(n!) || (flow && (n == asciiComma || n == asciiRBracket)) {
                    throw error(.plainValueContainsColon, line, j)
                }
            } else if flow {
                if b == asciiComma || b == asciiRBracket { break }
                if b == asciiLBracket { throw error(.unsupported(.nestedFlowCollection), line, j) }
                if b == asciiLBrace { throw error(.unsupported(.flowMapping), line, j) }
                if b == asciiRBrace { throw error(.unexpectedCharacter("}"), line, j) }
            }
            j += 1
            last = j
        }
        return last
    }

    /// Resolves the plain scalar `buf[p..<e]` (YAML 1.2 core schema, §10.3.2,
    /// restricted as documented on ``YAMLValue``, plus dates).
    func resolvePlain(_ line: LineInfo, _ p: Int, _ e: Int) throws(FrontMatterError) -> YAMLValue {
        let len = e - p
        if len == 0 { return .null }
        let f = buf[p]
        switch f {
        case 0x7E where len == 1:  // ~
            return .null
        case 0x6E, 0x4E:  // n N
            if matches(p, e, "null") || matches(p, e, "Null") || matches(p, e, "NULL") { return .null }
        case 0x74, 0x54:  // t T
            if matches(p, e, "true") || matches(p, e, "True") || matches(p, e, "TRUE") { return .bool(true) }
        case 0x66, 0x46:  // f F
            if matches(p, e, "false") || matches(p, e, "False") || matches(p, e, "FALSE") { return .bool(false) }
        case 0x2B, 0x2D, 0x30...0x39:  // + - digit
            if let v = try number(line, p, e) { return v }
        default:
            break
        }
        if let mistake = dateOrDigitsMistake(p, e) { throw error(mistake, line, p) }
        return .string(string(p, e))
    }

    private func matches(_ p: Int, _ e: Int, _ literal: StaticString) -> Bool {
        guard e - p == literal.utf8CodeUnitCount else { return false }
        let lit = literal.utf8Start
        for k in 0..<(e - p) where buf[p + k] != lit[k] { return false }
        return true
    }

    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Integers and dates; `nil` when the text is neither (it is then a string).
    private func number(_ line: LineInfo, _ p: Int, _ e: Int) throws(FrontMatterError) -> YAMLValue? {
        // Date-shaped: \d{4}-\d{1,2}-\d{1,2} followed by end, 'T', 't' or ' '.
        if e - p >= 8, isDigit(buf[p]), isDigit(buf[p + 1]), isDigit(buf[p + 2]), isDigit(buf[p + 3]),
            buf[p + 4] == asciiDash
        {
            var j = p + 5
            var k = 0
            while j < e && isDigit(buf[j]) && k < 3 {
                j += 1
                k += 1
            }
            if (k == 1 || k == 2) && j < e && buf[j] == asciiDash {
                j += 1
                k = 0
                while j < e && isDigit(buf[j]) && k < 3 {
                    j += 1
                    k += 1
                }
                if (k == 1 || k == 2) && (j == e || buf[j] == 0x54 || buf[j] == 0x74 || buf[j] == asciiSpace) {
                    guard let date = parseDate(p, e) else {
                        let text = string(p, e)
                        throw error(FrontMatter.dateOrDigitsMistake(text) ?? .invalidDate(text), line, p)
                    }
                    return .date(date)
                }
            }
        }
        // YAML 1.2 core schema integers: [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
        if e - p > 2 && buf[p] == 0x30 && (buf[p + 1] == 0x78 || buf[p + 1] == 0x6F) {
            let radix = buf[p + 1] == 0x78 ? 16 : 8
            var v = 0
            for j in (p + 2)..<e {
                guard let d = digitValue(buf[j]), d < radix else { return nil }
                let (m, o1) = v.multipliedReportingOverflow(by: radix)
                let (s, o2) = m.addingReportingOverflow(d)
                if o1 || o2 {
                    // Only report overflow once the whole text is known to be a number.
                    for k in j..<e { guard let d2 = digitValue(buf[k]), d2 < radix else { return nil } }
                    throw error(.integerOutOfRange(string(p, e)), line, p)
                }
                v = s
            }
            return .int(v)
        }
        var j = p
        var negative = false
        if buf[j] == 0x2B || buf[j] == asciiDash {
            negative = buf[j] == asciiDash
            j += 1
        }
        guard j < e else { return nil }
        for k in j..<e where !isDigit(buf[k]) { return nil }
        var v = 0
        while j < e {
            let d = Int(buf[j] - 0x30)
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            if o1 || o2 { throw error(.integerOutOfRange(string(p, e)), line, p) }
            v = s
            j += 1
        }
        return .int(v)
    }

    private func digitValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }

    /// Parses exactly `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` and
    /// validates the fields; `nil` if the text is not exactly that or not a real date.
    private func parseDate(_ p: Int, _ e: Int) -> YAMLDate? {
        func two(_ at: Int) -> Int? {
            guard at + 1 < e, isDigit(buf[at]), isDigit(buf[at + 1]) else { return nil }
            return Int(buf[at] - 0x30) * 10 + Int(buf[at + 1] - 0x30)
        }
        guard e - p >= 10, let y1 = two(p), let y2 = two(p + 2), buf[p + 4] == asciiDash,
            let month = two(p + 5), buf[p + 7] == asciiDash, let day = two(p + 8)
        else { return nil }
        let year = y1 * 100 + y2
        guard month >= 1 && month <= 12, day >= 1, day <= YAMLDate.daysInMonth(month, year: year) else {
            return nil
        }
        var date = YAMLDate(year: year, month: month, day: day)
        var j = p + 10
        if j == e { return date }
        guard buf[j] == 0x54, let hour = two(j + 1), j + 3 < e, buf[j + 3] == asciiColon,
            let minute = two(j + 4), hour <= 23, minute <= 59
        else { return nil }
        j += 6
        var second = 0
        if j < e && buf[j] == asciiColon {
            guard let s = two(j + 1), s <= 59 else { return nil }
            second = s
            j += 3
        }
        date.hour = hour
        date.minute = minute
        date.second = second
        if j == e { return date }
        if buf[j] == 0x5A && j + 1 == e {  // Z
            date.utcOffsetMinutes = 0
            return date
        }
        guard buf[j] == 0x2B || buf[j] == asciiDash, j + 6 == e,
            let oh = two(j + 1), buf[j + 3] == asciiColon, let om = two(j + 4),
            oh <= 23, om <= 59
        else { return nil }
        date.utcOffsetMinutes = (buf[j] == asciiDash ? -1 : 1) * (oh * 60 + om)
        return date
    }

    // MARK: Quoted scalars

    /// Parses a double-quoted (YAML 1.2 §7.3.1) or single-quoted (§7.3.2)
    /// scalar starting at the quote at `p`; it must close on the same line.
    /// Returns the value and the offset just past the closing quote.
    func quotedScalar(_ line: LineInfo, _ p: Int) throws(FrontMatterError) -> (value: String, after: Int) {
        let end = line.end
        let quote = buf[p]
        var j = p + 1
        var segment = j
        var out: [UInt8]? = nil
        if quote == asciiApostrophe {
            while j < end {
                if buf[j] == asciiApostrophe {
                    if j + 1 < end && buf[j + 1] == asciiApostrophe {  // '' is an escaped '
                        if out == nil { out = [] }
                        out!.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segment...j]))
                        j += 2
                        segment = j
                        continue
                    }
                    return (finish(out, segment, j), j + 1)
                }
                j += 1
            }
            throw mismatchedQuoteMistake(line, p) ?? error(.unterminatedQuote(.single), line, p)
        }
        while j < end {
            let b = buf[j]
            if b == asciiQuote { return (finish(out, segment, j), j + 1) }
            if b == asciiBackslash {
                guard j + 1 < end else { break }  // an escaped line break: multi-line, unterminated here
                if out == nil { out = [] }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segment..<j]))
                j = try escape(line, j, into: &out!)
                segment = j
                continue
            }
            j += 1
        }
        throw mismatchedQuoteMistake(line, p) ?? error(.unterminatedQuote(.double), line, p)
    }

    private func finish(_ out: [UInt8]?, _ segment: Int, _ j: Int) -> String {
        guard var out else { return string(segment, j) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segment..<j]))
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the escape sequence at the backslash `j` (YAML 1.2 §5.7) into
    /// `out`; returns the offset after it.
    private func escape(_ line: LineInfo, _ j: Int, into out: inout [UInt8]) throws(FrontMatterError) -> Int {
        let c = buf[j + 1]
        func put(_ s: Unicode.Scalar) { out.append(contentsOf: UTF8.encode(s)!) }
        switch c {
        // Escapes that produce control characters (\0 \a \b \v \f \r \e \N) would put
        // invisible bytes into pages and make the XML feed invalid: rejected like raw ones.
        case 0x30: throw error(.invalidCharacter("\u{00}"), line, j)
        case 0x61: throw error(.invalidCharacter("\u{07}"), line, j)
        case 0x62: throw error(.invalidCharacter("\u{08}"), line, j)
        case 0x74, asciiTab: out.append(0x09)  // \t, \<TAB>
        case 0x6E: out.append(0x0A)  // \n
        case 0x76: throw error(.invalidCharacter("\u{0B}"), line, j)
        case 0x66: throw error(.invalidCharacter("\u{0C}"), line, j)
        case 0x72: throw error(.invalidCharacter("\u{0D}"), line, j)
        case 0x65: throw error(.invalidCharacter("\u{1B}"), line, j)
        case asciiSpace, asciiQuote, 0x2F, asciiBackslash:  // \  \" \/ \\
            out.append(c)
        case 0x4E: throw error(.invalidCharacter("\u{85}"), line, j)
        case 0x5F: put("\u{A0}")  // \_
        case 0x4C: put("\u{2028}")  // \L
        case 0x50: put("\u{2029}")  // \P
        case 0x78, 0x75, 0x55:  // \x \u \U
            let count = c == 0x78 ? 2 : c == 0x75 ? 4 : 8
            guard var v = hex(j + 2, count, line.end) else { throw badEscape(line, j, count) }
            var after = j + 2 + count
            if c == 0x75 && v >= 0xD800 && v <= 0xDBFF {
                // A UTF-16 surrogate pair written as two \u escapes (JSON compatibility).
                guard after + 1 < line.end, buf[after] == asciiBackslash, buf[after + 1] == 0x75,
                    let low = hex(after + 2, 4, line.end), low >= 0xDC00 && low <= 0xDFFF
                else {
                    throw badEscape(line, j, count)
                }
                v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                after += 6
            }
            guard let s = Unicode.Scalar(UInt32(v)) else { throw badEscape(line, j, count) }
            if (s.value < 0x20 && s != "\t" && s != "\n") || (0x7F...0x9F).contains(s.value) {
                throw error(.invalidCharacter(s), line, j)
            }
            put(s)
            return after
        default:
            throw badEscape(line, j, 0)
        }
        return j + 2
    }

    private func hex(_ from: Int, _ count: Int, _ end: Int) -> Int? {
        guard from + count <= end else { return nil }
        var v = 0
        for k in from..<(from + count) {
            guard let d = digitValue(buf[k]) else { return nil }
            v = v * 16 + d
        }
        return v
    }

    /// `.badEscape` at backslash `j`, with the backslash, the escape letter and
    /// up to `digits` following characters as payload.
    private func badEscape(_ line: LineInfo, _ j: Int, _ digits: Int) -> FrontMatterError {
        var k = j + 1
        var scalars = 0
        while k < line.end && scalars < digits + 1 {
            k += 1
            while k < line.end && buf[k] & 0xC0 == 0x80 { k += 1 }
            scalars += 1
        }
        return error(.badEscape(string(j, k)), line, j)
    }

    /// After a closing quote only white space and a comment may follow (in a
    /// flow list also `,` or `]`, which the caller handles).
    func checkAfterQuote(_ line: LineInfo, _ after: Int, flow: Bool) throws(FrontMatterError) {
        var r = after
        while r < line.end && isWhite(buf[r]) { r += 1 }
        if r == line.end { return }
        if buf[r] == asciiHash && r > after { return }
        throw error(.textAfterClosingQuote, line, r)
    }

    // MARK: Flow lists

    /// Parses a single-line flow list `[a, "b", 'c']` (YAML 1.2 §7.4.1) of
    /// scalars starting at the `[` at `p`; checks that only a comment follows.
    mutating func flowList(_ line: LineInfo, _ p: Int) throws(FrontMatterError) -> YAMLNode {
        let end = line.end
        var items: [YAMLNode] = []
        var j = p + 1
        var afterItem = false  // just parsed an item; expect `,` or `]`
        while true {
            while j < end && isWhite(buf[j]) { j += 1 }
            if j == end { throw closingBracketMistake(line, p) ?? error(.unterminatedFlowList, line, p) }
            let b = buf[j]
            if b == asciiHash && isWhite(buf[j - 1]) { throw error(.unterminatedFlowList, line, p) }
            if b == asciiRBracket {
                j += 1
                break
            }
            if afterItem {
                if b == asciiComma {
                    afterItem = false
                    j += 1
                    continue
                }
                throw error(.textAfterClosingQuote, line, j)  // only quoted items can stop elsewhere
            }
            if b == asciiComma { throw error(.emptyFlowListItem, line, j) }
            if b == asciiQuote || b == asciiApostrophe {
                let q = try quotedScalar(line, j)
                items.append(node(.string(q.value), line, j))
                j = q.after
            } else {
                try checkNodeStart(line, j, flow: true)
                let e = try plainEnd(line, j, flow: true)
                let value = try resolvePlain(line, j, e)
                if case .string = value {
                    checkListSeparators(line, j, e)
                    checkQuotes(line, j, e)
                }
                items.append(node(value, line, j))
                j = e
            }
            afterItem = true
        }
        var r = j
        while r < end && isWhite(buf[r]) { r += 1 }
        if r < end && !(buf[r] == asciiHash && r > j) {
            throw error(.textAfterFlowList, line, r)
        }
        return node(.list(items), line, p)
    }
}
