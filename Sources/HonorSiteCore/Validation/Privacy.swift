import Messages

/// The privacy findings of one source file, as `check` reports them (for the fuzz targets).
public func privacyDiagnostics(path: String, text: String, allowed: Set<String>) -> [Diagnostic] {
    PrivacyScanner.diagnostics(path: path, text: text, allowed: allowed)
}

/// Finds personal numbers that rider stories must not publish (docs/content.md, "Rules you will notice": Privacy).
///
/// Detected:
/// - mainland resident ID numbers: 18 characters, 17 digits plus a check
///   character (`0-9`, `X` or `x`) that satisfies ISO 7064 MOD 11-2 as GB 11643-1999
///   specifies (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check = "10X98765432"[sum mod 11]);
///   and the old 15-digit form whose digits 7–12 are a valid YYMMDD date;
/// - mobile numbers: 11 digits `1[3-9]xxxxxxxxx`, also written 3-4-4 with
///   spaces, hyphens, full stops or ideographic spaces (`138 0013 8000`,
///   `138-0013-8000`, `138.0013.8000`), with or without `+86`/`86` before;
/// - in full-width digits too, and through Markdown markup (`138**0013**8000`).
/// A match must not touch further digits on either side. A number whose check
/// digit fails is not reported.
enum PrivacyScanner {
    /// One hit: the text as written, its normalised digits, 0-based scalar offset in the line.
    struct Hit: Equatable {
        var text: String
        var digits: String
        var offset: Int
        var kind: Message.Site.PersonalNumber
    }

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkChars: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// True when an 18-character ID has a valid MOD 11-2 check character.
    static func isValidID18(_ s: [Character]) -> Bool {
        guard s.count == 18 else { return false }
        var sum = 0
        for i in 0..<17 {
            guard let d = s[i].wholeNumberValue, s[i].isASCII else { return false }
            sum += d * weights[i]
        }
        let expected = checkChars[sum % 11]
        return s[17] == expected || (expected == "X" && s[17] == "x")
    }

    static func isValidOldID15(_ s: [Character]) -> Bool {
        guard s.count == 15, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let mm = Int(String(s[8...9]))!
        let dd = Int(String(s[10...11]))!
        return (1...12).contains(mm) && (1...31).contains(dd)
    }

    /// Characters Markdown uses for emphasis, code and escapes: skipped inside numbers,
    /// so `138**0013**8000` and `138\\-0013\\-8000` are still seen as the number readers see.
    static let markup: Set<Character> = ["*", "_", "\\", "`"]
    /// Separators allowed between the 3-4-4 groups of a mobile number: space, hyphen,
    /// full stop, no-break space, ideographic space.
    static let separators: Set<Character> = [" ", "-", ".", "\u{00A0}", "\u{3000}"]

    /// What a reader sees of `line`, with each character's scalar offset in the line:
    /// character references (`&#49;`, `&#x31;`, `&nbsp;`) and backslash escapes of quoted
    /// scalars (`\u0031`, `\x31`, `\U00000031`) decoded; inline HTML tags (`<span>`),
    /// Markdown markup and invisible formatting characters (zero-width spaces, joiners,
    /// soft hyphens, BOMs: Unicode `Cf` and default-ignorable) removed; full-width digits
    /// made ASCII.
    static func readerView(_ line: Substring) -> (chars: [Character], origin: [Int]) {
        let s = Array(line.unicodeScalars)
        var chars: [Character] = []
        var origin: [Int] = []
        chars.reserveCapacity(s.count)
        func hexValue(_ from: Int, _ count: Int) -> UInt32? {
            guard from + count <= s.count else { return nil }
            var v: UInt32 = 0
            for k in from..<from + count {
                guard let d = hexDigit(s[k]) ?? hexLetter(s[k]) else { return nil }
                v = v << 4 | d
            }
            return v
        }
        func emit(_ c: Unicode.Scalar, at k: Int) {
            if c.properties.generalCategory == .format || c.properties.isDefaultIgnorableCodePoint { return }
            if markup.contains(Character(c)) { return }
            if (0xFF10...0xFF19).contains(c.value) {
                chars.append(Character(Unicode.Scalar(c.value - 0xFF10 + 0x30)!))
            } else {
                chars.append(Character(c))
            }
            origin.append(k)
        }
        var k = 0
        while k < s.count {
            let c = s[k]
            if c == "&", let (decoded, next) = characterReference(s, k) {
                if let decoded { emit(decoded, at: k) }
                k = next
                continue
            }
            if c == "\\", k + 1 < s.count {
                let width: Int? =
                    switch s[k + 1] {
                    case "u": 4
                    case "U": 8
                    case "x": 2
                    default: nil
                    }
                if let width, let v = hexValue(k + 2, width), let decoded = Unicode.Scalar(v) {
                    emit(decoded, at: k)
                    k += 2 + width
                    continue
                }
            }
            if c == "<", k + 1 < s.count, s[k + 1].properties.isAlphabetic && s[k + 1].isASCII || s[k + 1] == "/" || s[k + 1] == "!" {
                var e = k + 1
                while e < s.count && s[e] != ">" && s[e] != "<" { e += 1 }
                if e < s.count && s[e] == ">" {
                    k = e + 1
                    continue
                }
            }
            emit(c, at: k)
            k += 1
        }
        return (chars, origin)
    }

    /// Scans one line, as a reader sees it (``readerView(_:)``).
    ///
    /// A mobile number may carry the country code (`+86`, `86`) directly before it. An ID
    /// number may be written in groups (`110105 19491231 002X`), and letters may touch it.
    static func scan(_ line: Substring) -> [Hit] {
        let (chars, origin) = readerView(line)
        var hits: [Hit] = []
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber }
        func hit(_ lo: Int, _ hi: Int, _ kind: Message.Site.PersonalNumber) {
            let text = String(chars[lo..<hi])
            hits.append(Hit(text: text, digits: text.filter(\.isNumber).uppercased(), offset: origin[lo], kind: kind))
        }
        func isMobile(_ run: ArraySlice<Character>) -> Bool {
            run.count == 11 && run.first == "1" && ("3"..."9").contains(run[run.startIndex + 1])
        }
        /// Digit groups joined by one and the same separator that spell a valid 18-character ID;
        /// returns the end of the last group.
        func groupedID(_ i: Int, _ j: Int) -> Int? {
            guard j < chars.count, separators.contains(chars[j]) else { return nil }
            let sep = chars[j]
            var id = Array(chars[i..<j])
            var end = j
            while end < chars.count, chars[end] == sep, isDigit(end + 1), id.count < 18 {
                var e = end + 1
                while isDigit(e) { e += 1 }
                id += chars[end + 1..<e]
                if id.count == 17, e < chars.count, chars[e] == "X" || chars[e] == "x" {
                    id.append(chars[e])
                    e += 1
                }
                end = e
            }
            guard id.count == 18, !isDigit(end), isValidID18(id) else { return nil }
            return end
        }
        var i = 0
        while i < chars.count {
            guard isDigit(i), !isDigit(i - 1) else {
                i += 1
                continue
            }
            var j = i
            while isDigit(j) { j += 1 }
            let run = chars[i..<j]
            if run.count == 17, j < chars.count, chars[j] == "X" || chars[j] == "x", !isDigit(j + 1) {
                if isValidID18(Array(run) + [chars[j]]) { hit(i, j + 1, .id) }
                i = j + 1
                continue
            }
            if run.count == 18, isValidID18(Array(run)) {
                hit(i, j, .id)
            } else if run.count == 15, isValidOldID15(Array(run)) {
                hit(i, j, .id)
            } else if isMobile(run) {
                hit(i, j, .mobile)
            } else if run.count == 13, run.first == "8", run[i + 1] == "6", isMobile(run.dropFirst(2)) {
                hit(i, j, .mobile)  // 86 country code written without separator
            } else if run.count < 17, let end = groupedID(i, j) {
                hit(i, end, .id)
                i = end
                continue
            } else if run.count == 3, run.first == "1", ("3"..."9").contains(run[i + 1]),
                j < chars.count, separators.contains(chars[j])
            {
                let sep = chars[j]
                let a = j + 1
                let b = a + 4
                if b < chars.count, chars[b] == sep, (a..<b).allSatisfy(isDigit),
                    (b + 1..<b + 5).allSatisfy(isDigit), !isDigit(b + 5)
                {
                    hit(i, b + 5, .mobile)
                    i = b + 5
                    continue
                }
            }
            i = j
        }
        return hits
    }

    /// Scans a whole file; one diagnostic per hit not in `allowed` (compared as written and as digits).
    static func diagnostics(path: String, text: String, allowed: Set<String>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard mayContainNumber(line) else { continue }
            for hit in scan(line) where !allowed.contains(hit.text) && !allowed.contains(hit.digits) {
                let column = hit.offset + 1
                let masked =
                    String(hit.text.prefix(3)) + String(repeating: "*", count: max(0, hit.text.count - 7)) + String(hit.text.suffix(4))
                out.append(
                    .error(
                        SourceLocation(path: path, line: lineNumber, column: column),
                        .personalNumber(hit.kind, masked: masked)))
            }
        }
        return out
    }

    /// A quick byte test that every line with a hit passes: at least 11 digits, ASCII or
    /// full-width (UTF-8 `EF BC 90`–`99`). Each digit a reader sees comes from at least one
    /// such digit of the source (`&#49;`, `\u0031` included), so no hit is missed.
    static func mayContainNumber(_ line: Substring) -> Bool {
        var digits = 0
        var fullWidthLead = 0
        for b in line.utf8 {
            if b &- 0x30 < 10 {
                digits += 1
            } else if b == 0xEF {
                fullWidthLead = 1
                continue
            } else if fullWidthLead == 1 && b == 0xBC {
                fullWidthLead = 2
                continue
            } else if fullWidthLead == 2 && b &- 0x90 < 10 {
                digits += 1
            }
            fullWidthLead = 0
            if digits >= 11 { return true }
        }
        return false
    }
}
