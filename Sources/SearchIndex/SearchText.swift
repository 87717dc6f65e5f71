/// The search tokenizer: one set of rules, written here and again in
/// `templates/static/search.js` (the cases in `Tests/SearchIndexTests/token-cases.json`
/// run through both).
///
/// - Folding: full-width ASCII forms U+FF01–U+FF5E become ASCII, the ideographic
///   space U+3000 a space, and A–Z lower case. Every change maps one UTF-16 unit to
///   one, so offsets in folded text are offsets in the original.
/// - Han runs (CJK ideographs, 〇): every character alone (for one-character
///   queries) and every overlapping pair of neighbours.
/// - Latin runs `[a-z]+` and digit runs `[0-9]+` (after folding) are words.
/// - Everything else separates tokens and is not indexed; the stored text, not
///   the tokens, decides whether a document matches.
public enum SearchText {
    /// `text` with full-width ASCII folded to ASCII and A–Z lower-cased.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }

    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        var v = s.value
        if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 } else if v == 0x3000 { v = 0x20 }
        if v >= 0x41 && v <= 0x5A { v += 0x20 }
        return Unicode.Scalar(v) ?? s
    }

    /// True for CJK ideographs (URO, extension A, compatibility, supplementary planes) and 〇.
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// One run of the text: Han characters, a Latin word or a number (already folded).
    public enum Run: Equatable, Sendable {
        case han([Unicode.Scalar])
        case word(String)
    }

    /// The runs of `text` after folding, in order.
    public static func runs(_ text: String) -> [Run] {
        enum Class { case han, latin, digit, other }
        func classify(_ s: Unicode.Scalar) -> Class {
            if isHan(s) { return .han }
            switch s.value {
            case 0x61...0x7A: return .latin
            case 0x30...0x39: return .digit
            default: return .other
            }
        }
        var result: [Run] = []
        var current: [Unicode.Scalar] = []
        var currentClass = Class.other
        func flush() {
            guard !current.isEmpty else { return }
            switch currentClass {
            case .han: result.append(.han(current))
            case .latin, .digit:
                var view = String.UnicodeScalarView()
                view.append(contentsOf: current)
                result.append(.word(String(view)))
            case .other: break
            }
            current = []
        }
        for raw in text.unicodeScalars {
            let s = fold(raw)
            let c = classify(s)
            if c != currentClass {
                flush()
                currentClass = c
            }
            if c != .other { current.append(s) }
        }
        flush()
        return result
    }

    /// Index terms of `text`, in order of appearance (with repeats): per Han run each
    /// character then the pair it starts, per word the word.
    public static func indexTerms(_ text: String) -> [String] {
        var terms: [String] = []
        for run in runs(text) {
            switch run {
            case .word(let w): terms.append(w)
            case .han(let chars):
                for i in chars.indices {
                    terms.append(String(chars[i]))
                    if i + 1 < chars.count { terms.append(String(chars[i]) + String(chars[i + 1])) }
                }
            }
        }
        return terms
    }

    /// What a query looks up: a one-character Han run as that character, a longer
    /// run as its overlapping pairs, a word as the word (matched inside indexed words,
    /// since a query may start or end within one). Repeats removed, order kept.
    public static func queryTerms(_ text: String) -> [QueryTerm] {
        var terms: [QueryTerm] = []
        for run in runs(text) {
            switch run {
            case .word(let w): terms.append(.word(w))
            case .han(let chars) where chars.count == 1: terms.append(.han(String(chars[0])))
            case .han(let chars):
                for i in 0..<(chars.count - 1) { terms.append(.han(String(chars[i]) + String(chars[i + 1]))) }
            }
        }
        var seen = Set<QueryTerm>()
        return terms.filter { seen.insert($0).inserted }
    }

    public enum QueryTerm: Hashable, Sendable {
        /// A Han character or pair, looked up exactly.
        case han(String)
        /// A Latin word or number, or part of one.
        case word(String)
    }

    /// The shard of a Han term: FNV-1a (32 bit) over its UTF-16 units, modulo `count`
    /// (the script computes the same with `Math.imul`).
    public static func shard(of term: String, count: Int) -> Int {
        var h: UInt32 = 0x811C_9DC5
        for u in term.utf16 { h = (h ^ UInt32(u)) &* 0x0100_0193 }
        return Int(h % UInt32(max(1, count)))
    }
}

extension SearchText {
    /// The index terms of `text` as ``indexTerms(_:)`` gives them (same order, same repeats), without a string
    /// per Han term: each Han character or pair goes to `han` as a ``HanKey``, each word or number to `word`.
    public static func forEachTerm(in text: String, han: (HanKey) -> Void, word: (String) -> Void) {
        var previous: UInt32? = nil  // the Han character before this one, in the same run
        var current = String.UnicodeScalarView()
        var currentIsDigits = false
        func endWord() {
            if !current.isEmpty {
                word(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for raw in text.unicodeScalars {
            let s = fold(raw)
            if isHan(s) {
                endWord()
                if let p = previous { han(HanKey(p, s.value)) }  // the pair the previous character starts, then this one
                han(HanKey(s.value))
                previous = s.value
                continue
            }
            previous = nil
            let v = s.value
            let isLatin = v >= 0x61 && v <= 0x7A
            let isDigit = v >= 0x30 && v <= 0x39
            if isLatin || isDigit {
                if !current.isEmpty && currentIsDigits != isDigit { endWord() }
                currentIsDigits = isDigit
                current.append(s)
            } else {
                endWord()
            }
        }
        endWord()
    }

    /// The distinct index terms of `text` (the set of ``indexTerms(_:)``): Han terms as ``HanKey`` numbers,
    /// ascending; words as strings, sorted.
    public static func distinctTerms(_ text: String) -> (han: [HanKey], words: [String]) {
        var han: [HanKey] = []
        var words = Set<String>()
        forEachTerm(in: text, han: { han.append($0) }, word: { words.insert($0) })
        han.sort()
        var unique: [HanKey] = []
        for k in han where unique.last != k { unique.append(k) }
        return (unique, words.sorted())
    }

    /// A Han character or pair as one number: `first << 21 | second`, with `second` 0 for a single character.
    public struct HanKey: Hashable, Comparable, Sendable {
        public var raw: UInt64
        init(_ first: UInt32, _ second: UInt32 = 0) { raw = UInt64(first) << 21 | UInt64(second) }
        public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
        /// The term as text.
        public var term: String {
            var view = String.UnicodeScalarView()
            if let a = Unicode.Scalar(UInt32(raw >> 21)) { view.append(a) }
            if raw & 0x1F_FFFF != 0, let b = Unicode.Scalar(UInt32(raw & 0x1F_FFFF)) { view.append(b) }
            return String(view)
        }
    }
}
