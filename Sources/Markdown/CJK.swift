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
        let a = isWide(before), b = isWide(after)
        if a && b { return true }
        return (a && isCJKContextPunctuation(after)) || (b && isCJKContextPunctuation(before))
    }
}
