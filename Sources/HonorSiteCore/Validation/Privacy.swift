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
    struct Hit: Equatable { var text: String; var digits: String; var offset: Int; var kind: String }

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkChars: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// True when an 18-character ID has a valid MOD 11-2 check character.
    static func isValidID18(_ s: [Character]) -> Bool {
        guard s.count == 18 else { return false }
        var sum = 0
        for i in 0..<17 { guard let d = s[i].wholeNumberValue, s[i].isASCII else { return false }; sum += d * weights[i] }
        let expected = checkChars[sum % 11]
        return s[17] == expected || (expected == "X" && s[17] == "x")
    }

    static func isValidOldID15(_ s: [Character]) -> Bool {
        guard s.count == 15, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let mm = Int(String(s[8...9]))!, dd = Int(String(s[10...11]))!
        return (1...12).contains(mm) && (1...31).contains(dd)
    }

    /// Characters Markdown uses for emphasis, code and escapes: skipped inside numbers,
    /// so `138**0013**8000` and `138\\-0013\\-8000` are still seen as the number readers see.
    static let markup: Set<Character> = ["*", "_", "\\", "`"]
    /// Separators allowed between the 3-4-4 groups of a mobile number: space, hyphen,
    /// full stop, no-break space, ideographic space.
    static let separators: Set<Character> = [" ", "-", ".", "\u{00A0}", "\u{3000}"]

    /// Scans one line.
    ///
    /// The line is first normalised: full-width digits (`１３８…`) become ASCII and
    /// Markdown markup characters are skipped; offsets refer to the original line.
    /// A mobile number may carry the country code (`+86`, `86`) directly before it.
    static func scan(_ line: Substring) -> [Hit] {
        var chars: [Character] = []
        var origin: [Int] = []
        chars.reserveCapacity(line.count)
        for (k, c) in line.enumerated() {
            if markup.contains(c) { continue }
            if let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, (0xFF10...0xFF19).contains(s.value) {
                chars.append(Character(Unicode.Scalar(s.value - 0xFF10 + 0x30)!))
            } else {
                chars.append(c)
            }
            origin.append(k)
        }
        var hits: [Hit] = []
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber }
        func hit(_ lo: Int, _ hi: Int, _ kind: String) {
            let text = String(chars[lo..<hi])
            hits.append(Hit(text: text, digits: text.filter(\.isNumber).uppercased(), offset: origin[lo], kind: kind))
        }
        func isMobile(_ run: ArraySlice<Character>) -> Bool {
            run.count == 11 && run.first == "1" && ("3"..."9").contains(run[run.startIndex + 1])
        }
        var i = 0
        while i < chars.count {
            guard isDigit(i), !isDigit(i - 1) else { i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            let run = chars[i..<j]
            if run.count == 17, j < chars.count, chars[j] == "X" || chars[j] == "x", !isDigit(j + 1),
               !(j + 1 < chars.count && chars[j + 1].isLetter && chars[j + 1].isASCII) {
                if isValidID18(Array(run) + [chars[j]]) { hit(i, j + 1, "ID number") }
                i = j + 1; continue
            }
            if run.count == 18, isValidID18(Array(run)) {
                hit(i, j, "ID number")
            } else if run.count == 15, isValidOldID15(Array(run)) {
                hit(i, j, "ID number")
            } else if isMobile(run) {
                hit(i, j, "mobile number")
            } else if run.count == 13, run.first == "8", run[i + 1] == "6", isMobile(run.dropFirst(2)) {
                hit(i, j, "mobile number")  // 86 country code written without separator
            } else if run.count == 3, run.first == "1", ("3"..."9").contains(run[i + 1]),
                      j < chars.count, separators.contains(chars[j]) {
                let sep = chars[j]
                let a = j + 1, b = a + 4
                if b < chars.count, chars[b] == sep, (a..<b).allSatisfy(isDigit),
                   (b + 1..<b + 5).allSatisfy(isDigit), !isDigit(b + 5) {
                    hit(i, b + 5, "mobile number")
                    i = b + 5; continue
                }
            }
            i = j
        }
        return hits
    }

    /// Scans a whole file; one diagnostic per hit not in `allowed` (compared as written and as digits).
    static func diagnostics(path: String, text: String, allowed: Set<String>) -> [Diagnostic] {
        guard mayContainNumber(text) else { return [] }
        var out: [Diagnostic] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            // Lines without an ASCII digit or a full-width one (UTF-8 EF BC 9x) cannot hold a hit.
            guard line.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0xEF }) else { continue }
            for hit in scan(line) where !allowed.contains(hit.text) && !allowed.contains(hit.digits) {
                let column = line.prefix(hit.offset).unicodeScalars.count + 1
                let masked = String(hit.text.prefix(3)) + String(repeating: "*", count: max(0, hit.text.count - 7)) + String(hit.text.suffix(4))
                out.append(.error(
                    SourceLocation(path: path, line: lineNumber, column: column),
                    "possible \(hit.kind) '\(masked)' must not be published; remove it or list the exact value under privacy_allow in site.yml"))
            }
        }
        return out
    }

    /// A quick byte test that every text with a hit passes: a run of at least 11
    /// ASCII digits; three digits followed, after at most four separator or markup
    /// bytes, by four digits (the 3-4-4 form; dates such as `2025-06-01` fail it);
    /// or any full-width digit (UTF-8 `EF BC 90`–`99`).
    /// Most files fail it and are not scanned.
    static func mayContainNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            func isSeparatorByte(_ x: UInt8) -> Bool {
                x == 0x20 || x == 0x2D || x == 0x2E || x == 0x2A || x == 0x5C || x == 0x5F || x == 0x60
                    || x == 0xC2 || x == 0xA0 || x == 0xE3 || x == 0x80
            }
            var i = 0
            while i < n {
                if b[i] == 0xEF, i + 2 < n, b[i + 1] == 0xBC, b[i + 2] &- 0x90 < 10 { return true }
                guard b[i] &- 0x30 < 10 else { i += 1; continue }
                var j = i + 1
                while j < n, b[j] &- 0x30 < 10 { j += 1 }
                let run = j - i
                if run >= 11 { return true }
                if run >= 3 {
                    var k = j
                    while k < n, k - j < 4, isSeparatorByte(b[k]) { k += 1 }
                    if k > j, k + 3 < n, b[k] &- 0x30 < 10, b[k + 1] &- 0x30 < 10, b[k + 2] &- 0x30 < 10, b[k + 3] &- 0x30 < 10 {
                        return true
                    }
                }
                i = j
            }
            return false
        }
    }
}
