/// Whether a delimiter run of `*` or `_` can open or close emphasis, under
/// cmark 0.30.2's rules (CommonMark 0.30, §6.2) and under the CJK-friendly
/// amendment (commonmark-spec PR #839, the rules of markdown-it's `cjk-friendly`).
///
/// The amendment splits punctuation into CJK punctuation (a punctuation mark that
/// is also a CJK character, such as `。` `，` `《` `》`) and non-CJK punctuation
/// (such as `“` `”` `(`), and lets a run count as flanking next to a CJK character:
/// a run is left-flanking when it is not followed by whitespace and either not
/// followed by non-CJK punctuation, or preceded by whitespace, non-CJK punctuation,
/// a CJK character or an ideographic variation selector; right-flanking is the
/// mirror image, with a CJK character *after* the run also allowing it. A CJK
/// character or punctuation mark followed by a variation selector U+FE00–U+FE0E
/// counts as that character. For text without CJK characters both rule sets agree.
struct DelimiterNeighbours: Equatable {
    /// The character before the run (`"\n"` at the start of a line).
    var before: Unicode.Scalar
    /// The character before `before` when `before` is a variation selector U+FE00–U+FE0E, else nil.
    var beforeBase: Unicode.Scalar?
    /// The character after the run (`"\n"` at the end of a line).
    var after: Unicode.Scalar
}

struct DelimiterFlags: Equatable {
    var canOpen: Bool
    var canClose: Bool
}

enum Flanking {
    /// cmark 0.30.2's `scan_delims` for `*` and `_` (delimiter `char` is an ASCII byte).
    static func cmark(_ char: UInt8, _ n: DelimiterNeighbours) -> DelimiterFlags {
        let (b, a) = (n.before, n.after)
        let left = !isSpace(a) && (!isPunctuation(a) || isSpace(b) || isPunctuation(b))
        let right = !isSpace(b) && (!isPunctuation(b) || isSpace(a) || isPunctuation(a))
        return flags(char, left: left, right: right, punctuationBefore: isPunctuation(b), punctuationAfter: isPunctuation(a))
    }

    /// The same decision under the CJK-friendly amendment.
    static func cjkFriendly(_ char: UInt8, _ n: DelimiterNeighbours) -> DelimiterFlags {
        let (b, a) = (n.before, n.after)
        // What precedes, read as a "sequence": a base character plus an optional variation selector.
        // The variation selector counts with the character before it only when that
        // one is CJK, or a curly quote in its full-width form (U+FE01); after other
        // punctuation it stays a character of its own, as in cmark, so that text
        // without CJK renders exactly as before (a deliberate narrowing of the proposal).
        var base = b
        var fullwidthQuote = false
        if let previous = n.beforeBase {
            if CJK.isCJKCharacter(previous) {
                base = previous
            } else if b.value == 0xFE01 && CJK.hasFullwidthVariant(previous) {
                base = previous
                fullwidthQuote = true
            }
        }
        let beforeCJKPunctuationSequence = isPunctuation(base) && (CJK.isCJKCharacter(base) || fullwidthQuote)
        let beforeNonCJKPunctuation = isPunctuation(base) && !beforeCJKPunctuationSequence
        let beforeCJK = CJK.isCJKCharacter(base)
        let afterNonCJKPunctuation = isPunctuation(a) && !CJK.isCJKCharacter(a)
        let left =
            !isSpace(a)
            && (!afterNonCJKPunctuation || isSpace(b) || beforeNonCJKPunctuation
                || beforeCJK || CJK.isIdeographicVariationSelector(b))
        let right = !isSpace(b) && (!beforeNonCJKPunctuation || isSpace(a) || afterNonCJKPunctuation || CJK.isCJKCharacter(a))
        return flags(char, left: left, right: right, punctuationBefore: isPunctuation(base), punctuationAfter: isPunctuation(a))
    }

    private static func flags(_ char: UInt8, left: Bool, right: Bool, punctuationBefore: Bool, punctuationAfter: Bool) -> DelimiterFlags {
        if char == UInt8(ascii: "_") {
            return DelimiterFlags(canOpen: left && (!right || punctuationBefore), canClose: right && (!left || punctuationAfter))
        }
        return DelimiterFlags(canOpen: left, canClose: right)
    }

    /// cmark's `cmark_utf8proc_is_space`.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 9, 10, 12, 13, 32, 160, 5760, 8192...8202, 8239, 8287, 12288: return true
        default: return false
        }
    }

    /// cmark's `cmark_utf8proc_is_punctuation`: ASCII punctuation, or the Unicode
    /// classes Pc, Pd, Pe, Pf, Pi, Po, Ps (symbols are not punctuation in CommonMark 0.30).
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 {
            let v = s.value
            return (v >= 33 && v <= 47) || (v >= 58 && v <= 64) || (v >= 91 && v <= 96) || (v >= 123 && v <= 126)
        }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation,
            .initialPunctuation, .otherPunctuation, .openPunctuation:
            return true
        default:
            return false
        }
    }
}
