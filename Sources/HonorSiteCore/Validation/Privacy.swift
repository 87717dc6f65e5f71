/// Finds personal numbers that rider stories must not publish (content-model.md, "Privacy").
///
/// Detected:
/// - mainland resident ID numbers: 18 characters, 17 digits plus a check
///   character (`0-9`, `X` or `x`) that satisfies ISO 7064 MOD 11-2 as GB 11643-1999
///   specifies (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check = "10X98765432"[sum mod 11]);
///   and the old 15-digit form whose digits 7–12 are a valid YYMMDD date;
/// - mobile numbers: 11 digits `1[3-9]xxxxxxxxx`, also written 3-4-4 with
///   single spaces or hyphens (`138 0013 8000`, `138-0013-8000`).
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

    /// Scans one line.
    static func scan(_ line: Substring) -> [Hit] {
        let chars = Array(line)
        var hits: [Hit] = []
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber }
        var i = 0
        while i < chars.count {
            guard isDigit(i), !isDigit(i - 1) else { i += 1; continue }
            // A run of digits, possibly with single separators in the 3-4-4 mobile form.
            var j = i
            while isDigit(j) { j += 1 }
            let run = Array(chars[i..<j])
            if run.count == 17, j < chars.count, chars[j] == "X" || chars[j] == "x", !isDigit(j + 1),
               !(j + 1 < chars.count && chars[j + 1].isLetter && chars[j + 1].isASCII) {
                let id = run + [chars[j]]
                if isValidID18(id) { hits.append(Hit(text: String(id), digits: String(id).uppercased(), offset: i, kind: "ID number")) }
                i = j + 1; continue
            }
            if run.count == 18, isValidID18(run) {
                hits.append(Hit(text: String(run), digits: String(run), offset: i, kind: "ID number"))
            } else if run.count == 15, isValidOldID15(run) {
                hits.append(Hit(text: String(run), digits: String(run), offset: i, kind: "ID number"))
            } else if run.count == 11, run[0] == "1", ("3"..."9").contains(run[1]) {
                hits.append(Hit(text: String(run), digits: String(run), offset: i, kind: "mobile number"))
            } else if run.count == 3, run[0] == "1", ("3"..."9").contains(run[1]),
                      j + 9 < chars.count + 0, j < chars.count, chars[j] == " " || chars[j] == "-" {
                let sep = chars[j]
                let a = j + 1, b = a + 4
                if b < chars.count, chars[b] == sep, (a..<b).allSatisfy(isDigit),
                   (b + 1..<b + 5).allSatisfy(isDigit), !isDigit(b + 5) {
                    let text = String(chars[i..<(b + 5)])
                    hits.append(Hit(text: text, digits: text.filter(\.isNumber), offset: i, kind: "mobile number"))
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
            guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
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

    /// A quick byte test that every text with a hit passes: a hit needs a run of
    /// at least 11 ASCII digits, or three digits, a space or hyphen, and four digits
    /// (each ASCII digit character is one byte). Most files fail it and are not scanned.
    static func mayContainNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                guard b[i] &- 0x30 < 10 else { i += 1; continue }
                var j = i + 1
                while j < n, b[j] &- 0x30 < 10 { j += 1 }
                let run = j - i
                if run >= 11 { return true }
                if run >= 3, j + 4 < n, b[j] == 0x20 || b[j] == 0x2D,
                   b[j + 1] &- 0x30 < 10, b[j + 2] &- 0x30 < 10, b[j + 3] &- 0x30 < 10, b[j + 4] &- 0x30 < 10 {
                    return true
                }
                i = j
            }
            return false
        }
    }
}
