/// Character classes used for CJK-aware text handling.
public enum CJK {
    /// True for Han ideographs, kana, Hangul, bopomofo and CJK/full-width punctuation:
    /// characters between which Chinese text puts no space.
    ///
    /// Ranges from the Unicode Standard's CJK blocks (Unicode 15, chapter 18).
    @inlinable
    public static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FDF,  // radicals
            0x3000...0x303F,  // CJK symbols and punctuation
            0x3040...0x30FF,  // kana
            0x3100...0x312F, 0x31A0...0x31BF,  // bopomofo
            0x3400...0x4DBF,  // extension A
            0x4E00...0x9FFF,  // unified ideographs
            0xAC00...0xD7AF,  // Hangul
            0xF900...0xFAFF,  // compatibility ideographs
            0xFE30...0xFE4F,  // compatibility forms
            0xFF00...0xFFEF,  // half/full-width forms
            0x20000...0x3134F:  // extensions B–G
            return true
        default:
            return false
        }
    }

    /// True for Han ideographs only (counted one by one for reading time).
    @inlinable
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}

extension CJK {
    /// True for punctuation that Chinese text uses without spaces but that
    /// Unicode classes as ambiguous width: curly quotes (U+2018–U+201F),
    /// dashes (U+2014–U+2015), ellipsis (U+2026), middle dot (U+00B7).
    @inlinable
    public static func isCJKContextPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2018...0x201F, 0x2014...0x2015, 0x2026, 0x00B7: return true
        default: return false
        }
    }

    /// Whether a soft line break between `before` and `after` should render as
    /// nothing: both sides are wide (CJK) characters, or one is and the other is
    /// punctuation used inside Chinese text (`…喝上。”⏎如今` joins; `“Hi”⏎“Yo”` does not).
    @inlinable
    public static func joinsAcrossSoftBreak(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let a = isWide(before)
        let b = isWide(after)
        if a && b { return true }
        return (a && isCJKContextPunctuation(after)) || (b && isCJKContextPunctuation(before))
    }
}

extension CJK {
    /// A "CJK character" of the CJK-friendly emphasis amendment to CommonMark
    /// (commonmark-spec PR #839): East_Asian_Width W, F or H and not
    /// Emoji_Presentation, or Script Hangul. Unassigned code points in the
    /// ideograph blocks count (their width defaults to W). Unicode 17 ranges.
    public static func isCJKCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x1100 { return false }
        if v >= 0x3250 && v <= 0xA48C { return true }  // the bulk: ideographs, kana, CJK symbols
        if v >= 0xAC00 && v <= 0xD7A3 { return true }  // Hangul syllables
        if v >= 0x20000 && v <= 0x3FFFD { return true }  // planes 2 and 3
        var low = 0
        var high = cjkCharacterRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = cjkCharacterRanges[mid]
            if v < r.lowerBound { high = mid - 1 } else if v > r.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    /// Variation selectors U+FE00–U+FE0E (the block except the emoji presentation selector U+FE0F).
    static func isNonEmojiVariationSelector(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0xFE00 && s.value <= 0xFE0E
    }

    /// Ideographic variation selectors U+E0100–U+E01EF.
    static func isIdeographicVariationSelector(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0xE0100 && s.value <= 0xE01EF
    }

    /// Punctuation marks whose East_Asian_Width is A and that have a "fullwidth form"
    /// standardized variation sequence with U+FE01 (curly quotes, Unicode 16).
    static func hasFullwidthVariant(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2018, 0x2019, 0x201C, 0x201D: return true
        default: return false
        }
    }
}

/// Sorted, disjoint ranges of CJK characters (East_Asian_Width W/F/H minus
/// Emoji_Presentation, plus Script=Hangul), from the Unicode 17 Character Database
/// (EastAsianWidth.txt, emoji-data.txt, Scripts.txt).
private let cjkCharacterRanges: [ClosedRange<UInt32>] = [
    0x1100...0x11FF, 0x20A9...0x20A9, 0x2329...0x232A, 0x2630...0x2637, 0x268A...0x268F,
    0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x303E, 0x3041...0x3096,
    0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E5, 0x31EF...0x321E,
    0x3220...0x3247, 0x3250...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
    0xD7B0...0xD7C6, 0xD7CB...0xD7FB, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
    0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFFBE, 0xFFC2...0xFFC7, 0xFFCA...0xFFCF,
    0xFFD2...0xFFD7, 0xFFDA...0xFFDC, 0xFFE0...0xFFE6, 0xFFE8...0xFFEE, 0x16FE0...0x16FE4,
    0x16FF0...0x16FF6, 0x17000...0x18CD5, 0x18CFF...0x18D1E, 0x18D80...0x18DF2, 0x1AFF0...0x1AFF3,
    0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,
    0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1D300...0x1D356, 0x1D360...0x1D376,
    0x1F200...0x1F200, 0x1F202...0x1F202, 0x1F210...0x1F219, 0x1F21B...0x1F22E, 0x1F230...0x1F231,
    0x1F237...0x1F237, 0x1F23B...0x1F23B, 0x1F240...0x1F248, 0x1F260...0x1F265, 0x20000...0x3FFFD,
]
