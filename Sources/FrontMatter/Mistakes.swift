// Chinese-keyboard mistakes: what a Chinese input method, Word or WeChat puts
// into front matter where YAML needs ASCII punctuation. Each check names the
// exact character and position; the catalogue (module `Messages`) words the fix.
//
// Only lines or values that would otherwise fail, or silently mean something
// else, are examined, so valid files pay for a few byte comparisons at most.

extension YAMLParser {

    // MARK: Decoding

    /// The Unicode scalar starting at byte `p` and its length in bytes (the input is valid UTF-8).
    func scalar(at p: Int) -> (Unicode.Scalar, Int) {
        let b0 = buf[p]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let count = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var v = UInt32(b0) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for k in 1..<count where p + k < buf.count { v = v << 6 | UInt32(buf[p + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", count)
    }

    /// Whether `buf[p..<e]` contains the three-byte UTF-8 sequence `a b c` for some `c` in `cs`.
    func contains(_ p: Int, _ e: Int, _ a: UInt8, _ b: UInt8, _ cs: ClosedRange<UInt8>) -> Bool {
        var j = p
        while j + 2 < e {
            if buf[j] == a && buf[j + 1] == b && cs.contains(buf[j + 2]) { return true }
            j += 1
        }
        return false
    }

    // MARK: Lines that should be `key: value`

    /// A slip on a line whose text starts like a key: a full-width colon
    /// `district：盐田区`, an ideographic space after the colon, or (when
    /// `entryExpected`) `key:value` without a space.
    ///
    /// - Parameter entryExpected: the line must be a mapping entry. When false
    ///   (a list item or a value on its own line, where text is legal) only a key
    ///   of ASCII letters, digits and `_` followed by `：` is reported.
    func keyLineMistake(_ line: LineInfo, _ p: Int, entryExpected: Bool) -> FrontMatterError? {
        var j = p
        var keyLength = 0
        var asciiKey = true
        while j < line.end {
            let (s, n) = scalar(at: j)
            switch s {
            case "\u{FF1A}":
                return keyLength > 0 && (asciiKey || entryExpected) ? error(.fullWidthColon, line, j) : nil
            case ":":
                guard entryExpected, keyLength > 0, j + 1 < line.end else { return nil }
                if scalar(at: j + 1).0 == "\u{3000}" { return error(.fullWidthSpace, line, j + 1) }
                return asciiKey ? error(.missingSpaceAfterColon, line, j) : nil
            case " ", "\t", "\u{3000}":
                // Only white space may come between a key and its colon.
                var k = j + n
                while k < line.end, case (let w, let m) = scalar(at: k), w == " " || w == "\t" || w == "\u{3000}" { k += m }
                guard keyLength > 0, k < line.end, scalar(at: k).0 == "\u{FF1A}" else { return nil }
                return asciiKey || entryExpected ? error(.fullWidthColon, line, k) : nil
            case "#" where keyLength > 0:
                return nil
            default:
                let isLetter = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_"
                if !(isLetter || (keyLength > 0 && s >= "0" && s <= "9")) { asciiKey = false }
                keyLength += 1
                j += n
            }
        }
        return nil
    }

    /// A list item started with a dash or bullet other than ASCII `-` (`－ `, `— `, `• `…).
    func listDashMistake(_ line: LineInfo, _ p: Int) -> FrontMatterError? {
        let b = buf[p]
        guard b == 0xEF || b == 0xE2 || b == 0xC2 else { return nil }
        let (s, n) = scalar(at: p)
        guard "\u{FF0D}\u{2014}\u{2013}\u{2015}\u{2022}\u{00B7}".unicodeScalars.contains(s) else { return nil }
        let after = p + n
        guard after == line.end || isWhite(buf[after]) || scalar(at: after).0 == "\u{3000}" else { return nil }
        return error(.listDash(Character(s)), line, p)
    }

    // MARK: Values

    /// A value that starts with a full-width bracket where a `[ ]` flow list was
    /// meant: `［a, b］` always, `【a，b】` when it is bracketed whole and holds a separator
    /// (a title such as `【通知】培训` is text).
    func bracketMistake(_ line: LineInfo, _ p: Int, _ e: Int) -> FrontMatterError? {
        guard buf[p] == 0xEF || buf[p] == 0xE3 else { return nil }
        let (s, _) = scalar(at: p)
        if s == "\u{FF3B}" { return error(.fullWidthBracket("\u{FF3B}"), line, p) }
        guard s == "\u{3010}" else { return nil }
        let text = string(p, e)
        guard text.hasSuffix("\u{3011}"), text.contains(where: { $0 == "," || $0 == "\u{FF0C}" || $0 == "\u{3001}" }) else {
            return nil
        }
        return error(.fullWidthBracket("\u{3010}"), line, p)
    }

    /// For a flow list not closed by `]`: a full-width closing bracket after `p`.
    func closingBracketMistake(_ line: LineInfo, _ p: Int) -> FrontMatterError? {
        var j = p
        while j < line.end {
            let (s, n) = scalar(at: j)
            if s == "\u{FF3D}" || s == "\u{3011}" { return error(.fullWidthBracket(Character(s)), line, j) }
            j += n
        }
        return nil
    }

    /// For an unterminated quoted string: a Chinese closing quote after the opening one
    /// (`"刘洋”`), which the writer meant as the end of the string.
    func mismatchedQuoteMistake(_ line: LineInfo, _ p: Int) -> FrontMatterError? {
        let partners: [Unicode.Scalar] =
            buf[p] == asciiQuote
            ? ["\u{201C}", "\u{201D}", "\u{FF02}"] : ["\u{2018}", "\u{2019}"]
        var j = p + 1
        while j < line.end {
            let (s, n) = scalar(at: j)
            if partners.contains(s) { return error(.mismatchedQuote(Character(s)), line, j) }
            j += n
        }
        return nil
    }

    /// For a plain value starting with a digit (ASCII or full-width): a date
    /// written the Chinese way or with full-width digits (see ``FrontMatter/dateOrDigitsMistake(_:)``).
    func dateOrDigitsMistake(_ p: Int, _ e: Int) -> FrontMatterError.Kind? {
        let f = buf[p]
        let fullWidthDigit = f == 0xEF && p + 2 < e && buf[p + 1] == 0xBC && (0x90...0x99).contains(buf[p + 2])
        guard (f >= 0x30 && f <= 0x39) || fullWidthDigit else { return nil }
        return FrontMatter.dateOrDigitsMistake(string(p, e))
    }

    // MARK: Warnings

    /// Warns about Chinese separators `，` `、` `；` inside an unquoted flow-list item.
    mutating func checkListSeparators(_ line: LineInfo, _ p: Int, _ e: Int) {
        guard
            contains(p, e, 0xEF, 0xBC, 0x8C...0x8C) || contains(p, e, 0xE3, 0x80, 0x81...0x81)
                || contains(p, e, 0xEF, 0xBC, 0x9B...0x9B)
        else { return }
        var j = p
        while j < e {
            let (s, n) = scalar(at: j)
            if s == "\u{FF0C}" || s == "\u{3001}" || s == "\u{FF1B}" {
                warnings.append(warning(.chineseListSeparator(Character(s)), line, j))
                return
            }
            j += n
        }
    }

    /// Warns about Chinese or mismatched quotes wrapping a whole unquoted value
    /// (`”刘洋“`) and about quotes without a partner inside one (`刘洋”`).
    /// Balanced quotes inside a longer text (`评为“十大最美骑手”`) are fine.
    mutating func checkQuotes(_ line: LineInfo, _ p: Int, _ e: Int) {
        guard
            contains(p, e, 0xE2, 0x80, 0x98...0x9D) || contains(p, e, 0xE3, 0x80, 0x8C...0x8F)
                || contains(p, e, 0xEF, 0xBC, 0x82...0x82) || buf[p..<e].contains(asciiQuote)
        else { return }
        let wrapping: Set<Unicode.Scalar> = [
            "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{300C}", "\u{300D}",
            "\u{300E}", "\u{300F}", "\u{FF02}",
        ]
        var scalars: [(Unicode.Scalar, Int)] = []
        var j = p
        while j < e {
            let (s, n) = scalar(at: j)
            scalars.append((s, j))
            j += n
        }
        // Wrapped whole: quotes at both ends and none between (`“十大”与“最美”` is two quoted words).
        if scalars.count >= 2, wrapping.contains(scalars[0].0),
            let last = scalars.last?.0, wrapping.contains(last) || last == "\"" || last == "'",
            !scalars.dropFirst().dropLast().contains(where: { wrapping.contains($0.0) })
        {
            warnings.append(warning(.quotesAroundValue(string(p, e)), line, p))
            return
        }
        // Pairs that must balance; ‘ ’ are left out, since ’ is also an apostrophe.
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("\u{201C}", "\u{201D}"), ("\u{300C}", "\u{300D}"),
            ("\u{300E}", "\u{300F}"),
        ]
        var unmatched: [(Int, Unicode.Scalar)] = []
        for (open, close) in pairs {
            var stack: [Int] = []
            for (s, at) in scalars {
                if s == open {
                    stack.append(at)
                } else if s == close {
                    if stack.isEmpty { unmatched.append((at, s)) } else { stack.removeLast() }
                }
            }
            if let first = stack.first { unmatched.append((first, open)) }
        }
        let straight = scalars.filter { $0.0 == "\"" || $0.0 == "\u{FF02}" }
        if straight.count % 2 == 1, let last = straight.last { unmatched.append((last.1, last.0)) }
        if let first = unmatched.min(by: { $0.0 < $1.0 }) {
            warnings.append(warning(.strayQuote(Character(first.1)), line, first.0))
        }
    }

    func warning(_ kind: FrontMatterWarning.Kind, _ line: LineInfo, _ off: Int) -> FrontMatterWarning {
        FrontMatterWarning(kind, line: line.number, column: column(lineStart: line.start, off))
    }
}

// MARK: - Value-level checks for callers that know the expected type

extension FrontMatter {
    /// The type a caller expected where it found a string.
    public enum ExpectedScalar: Sendable {
        /// A whole number (`30`).
        case integer
        /// `true` or `false`.
        case boolean
    }

    /// The Chinese-keyboard reading of a string found where a number or a
    /// boolean was expected: `30人` → ``FrontMatterError/Kind/numberWithUnit(_:number:)``,
    /// `是`/`否`, `对`/`错`, `真`/`假` → ``FrontMatterError/Kind/chineseBoolean(_:_:)``,
    /// `３０` → ``FrontMatterError/Kind/fullWidthDigits(_:ascii:)``; nil otherwise.
    public static func mistake(in text: String, expected: ExpectedScalar) -> FrontMatterError.Kind? {
        let trimmed = text.trimmingWhiteSpace()
        switch expected {
        case .boolean:
            if ["是", "对", "真", "有", "是的"].contains(trimmed) { return .chineseBoolean(text, true) }
            if ["否", "错", "假", "无", "不是", "没有"].contains(trimmed) { return .chineseBoolean(text, false) }
            return nil
        case .integer:
            let (ascii, hadFullWidth) = asciiDigits(trimmed)
            var digits = Substring(ascii)
            if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
            let number = digits.prefix { $0.isASCII && $0.isNumber }
            guard !number.isEmpty, number.count <= maxEchoedDigits else { return nil }
            let unit = digits.dropFirst(number.count).trimmingWhiteSpace()
            let signed = String(ascii.prefix(ascii.count - digits.count + number.count))
            if unit.isEmpty { return hadFullWidth ? .fullWidthDigits(text, ascii: signed) : nil }
            guard !unit.contains(where: { $0.isNumber }) else { return nil }
            return .numberWithUnit(text, number: signed)
        }
    }

    /// The mistake in a whole plain value shaped like a date or a number:
    /// `2025年10月1日`, `2025.10.1`, `2025/10/01`, `2025-10-1` →
    /// ``FrontMatterError/Kind/nonISODate(_:iso:)``; ISO dates and integers typed with
    /// full-width digits → ``FrontMatterError/Kind/fullWidthDigits(_:ascii:)``; such a
    /// form that is no real date → ``FrontMatterError/Kind/invalidDate(_:)``; nil otherwise.
    ///
    /// Full-width digits are an error (with the ASCII form shown) rather than
    /// silently converted, so what the file says and what the site shows agree.
    public static func dateOrDigitsMistake(_ text: String) -> FrontMatterError.Kind? {
        let (ascii, hadFullWidth) = asciiDigits(text)
        if let (year, month, day, strict) = looseDate(ascii) {
            guard (1...12).contains(month), day >= 1, day <= YAMLDate.daysInMonth(month, year: year) else {
                return .invalidDate(text)
            }
            let iso = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
            if strict { return hadFullWidth ? .fullWidthDigits(text, ascii: iso) : nil }
            return .nonISODate(text, iso: iso)
        }
        guard hadFullWidth else { return nil }
        var digits = Substring(ascii)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= maxEchoedDigits, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return .fullWidthDigits(text, ascii: ascii)
    }

    /// The longest number a message repeats: years, ranks and head counts are short, while a
    /// phone or ID number must not be echoed into logs (the privacy check reports it, masked).
    static let maxEchoedDigits = 9

    /// `text` with full-width digits and `－／．` turned into ASCII, and whether any was.
    static func asciiDigits(_ text: String) -> (String, Bool) {
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0xFF10...0xFF19:
                out.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
                changed = true
            case 0xFF0D:
                out.append("-")
                changed = true
            case 0xFF0F:
                out.append("/")
                changed = true
            case 0xFF0E:
                out.append(".")
                changed = true
            default: out.append(s)
            }
        }
        return (String(out), changed)
    }

    /// `YYYY年M月D日` (or `号`), `YYYY.M.D`, `YYYY/M/D`, `YYYY-M-D` (month and day with
    /// one or two digits); `strict` when it is exactly `YYYY-MM-DD`.
    static func looseDate(_ s: String) -> (Int, Int, Int, strict: Bool)? {
        let c = Array(s)
        var i = 0
        func number(_ maxDigits: Int) -> (Int, Int)? {
            var v = 0
            var n = 0
            while i < c.count, n < maxDigits, let d = c[i].wholeNumberValue, c[i].isASCII {
                v = v * 10 + d
                n += 1
                i += 1
            }
            return n == 0 ? nil : (v, n)
        }
        guard let (year, yd) = number(4), yd == 4, i < c.count else { return nil }
        let separator = c[i]
        guard ["年", ".", "/", "-"].contains(separator) else { return nil }
        i += 1
        guard let (month, md) = number(2), i < c.count else { return nil }
        guard c[i] == (separator == "年" ? "月" : separator) else { return nil }
        i += 1
        guard let (day, dd) = number(2) else { return nil }
        if separator == "年", i < c.count, c[i] == "日" || c[i] == "号" { i += 1 }
        guard i == c.count else { return nil }
        return (year, month, day, separator == "-" && md == 2 && dd == 2)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Whether bytes that are not UTF-8 are well-formed GB18030 (GBK's two-byte
    /// and GB18030's four-byte sequences) with at least one Chinese character.
    static func looksLikeGB18030(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = 0
        var multibyte = 0
        let n = raw.count
        while j < n {
            let b = raw[j]
            if b < 0x80 {
                j += 1
                continue
            }
            guard b >= 0x81 && b <= 0xFE, j + 1 < n else { return false }
            let b2 = raw[j + 1]
            if (0x40...0x7E).contains(b2) || (0x80...0xFE).contains(b2) {
                j += 2
            } else if (0x30...0x39).contains(b2), j + 3 < n, (0x81...0xFE).contains(raw[j + 2]),
                (0x30...0x39).contains(raw[j + 3])
            {
                j += 4
            } else {
                return false
            }
            multibyte += 1
        }
        return multibyte > 0
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and ideographic spaces.
    func trimmingWhiteSpace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
