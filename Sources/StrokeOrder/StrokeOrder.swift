import Foundation

/// 姓氏笔画 (surname stroke) ordering of personal names, as on Chinese honor
/// rolls and official name lists that say "按姓氏笔画排序".
///
/// ## The rule
/// Names are compared character by character, surname first:
/// 1. A character with fewer strokes comes first.
/// 2. With equal counts, the first strokes' kinds decide, in the order
///    横 竖 撇 点 折 (``StrokeKind`` 1...5); if equal, the second strokes'; and
///    so on (the ordering of 《通用规范汉字表》 and of the stroke-order
///    standards GF 3002-1999 / GF 0023-2020).
/// 3. Different characters with the same stroke sequence (己 已 巳) are
///    ordered by code point, so each surname stays one block.
///
/// ## Surname and given name
/// * The surname is the first character, or the first two when the name has
///   three or more characters and starts with one of ``compoundSurnames``
///   (欧阳修 → 欧阳 + 修; 欧阳 alone is 欧 + 阳).
/// * Whitespace inside the name states the split explicitly when the part
///   before it is one or two Han characters: "欧 阳明" is 欧 + 阳明, and the
///   common padding "王　伟" is 王 + 伟.
/// * Surnames are compared first, character by character; a surname that is
///   a prefix of another comes first (every 欧 before every 欧阳).
/// * Then given names, character by character, after a given name of fewer
///   than two characters is padded in front with empty places of zero strokes
///   (the "gap"): 田富 counts as 田, gap, 富, so it precedes 田大利, as on
///   Party-congress and CPPCC lists. A name with no given name comes first.
///
/// ## Characters outside the table and non-Han text
/// * A Han character that the table lacks sorts after every known character,
///   by code point; ``unknownCharacters(in:)`` names them so a build can warn.
/// * Whitespace, the middle dots of transliterated names (· ・ ‧ •) and
///   variation selectors are ignored when comparing; CJK compatibility
///   ideographs count as their unified counterparts.
/// * Any other non-Han character inside a Han name sorts after all Han
///   characters, by code point.
/// * A name whose first character is not Han (a Latin name, say) sorts after
///   all Han names, by the code points of the trimmed name; empty names last.
/// * Names equal under these rules are ordered by their raw code points, so
///   the order is total and deterministic.
///
/// Data: a generated table of 21,223 characters (all of U+4E00...U+9FD5 and
/// all 8,105 characters of 《通用规范汉字表》); see NOTICE and
/// `Scripts/gen-stroke-table.py`.
public enum StrokeOrder {
    /// The stroke sequence of `scalar`, first stroke first, or `nil` when the
    /// table has no entry for it (non-Han scalars, and Han characters outside
    /// U+4E00...U+9FD5 that are not in 《通用规范汉字表》).
    /// - Returns: one ``StrokeKind`` per stroke; its count is the stroke count.
    public static func strokes(of scalar: Unicode.Scalar) -> [StrokeKind]? {
        let table = StrokeTable.shared
        guard let range = table.range(of: canonicalHan(scalar).value) else { return nil }
        return table.strokes[range].map { StrokeKind(rawValue: $0)! }
    }

    /// The number of characters the stroke table covers (currently 21,223:
    /// U+4E00...U+9FD5 plus 273 characters of 《通用规范汉字表》 outside it).
    public static var tableCount: Int { StrokeTable.shared.count }

    /// The key that orders `name` by the 姓氏笔画 rule (see ``StrokeOrder``).
    ///
    /// Build keys once and sort by them when sorting many names
    /// (``sorted(_:)`` does this).
    /// - Parameter name: a personal name, e.g. "欧阳修", "田　富", "John Smith".
    public static func sortKey(forName name: String) -> NameSortKey {
        NameSortKey(bytes: KeyBuilder.build(name))
    }

    /// Whether `a` comes before `b` under the 姓氏笔画 rule; a strict total
    /// order suitable for `sort(by:)`. Builds both keys in temporary storage
    /// on each call; for large lists ``sorted(_:)`` is about ten times faster.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        if let decided = KeyBuilder.compareFirstCharacters(a, b) { return decided }
        return KeyBuilder.withKey(a) { ka in
            KeyBuilder.withKey(b) { kb in KeyBuilder.precedes(ka, kb) }
        }
    }

    /// `names` sorted by the 姓氏笔画 rule, computing each key once.
    /// - Complexity: *n* keys and O(*n* log *n*) byte-string comparisons;
    ///   10,000 names take about 10 ms in an optimized build.
    public static func sorted<S: Sequence>(_ names: S) -> [String] where S.Element == String {
        names.map { (key: sortKey(forName: $0), name: $0) }
            .sorted { $0.key < $1.key }
            .map(\.name)
    }

    /// The Han characters of `name` that the stroke table lacks, each once,
    /// in order of first appearance (as written in `name`). Such characters
    /// still sort (after all known ones, by code point); a caller should warn.
    public static func unknownCharacters(in name: String) -> [Character] {
        var result: [Character] = []
        let table = StrokeTable.shared
        for character in name {
            for scalar in character.unicodeScalars where isHan(scalar) {
                if table.entry(of: canonicalHan(scalar).value) == nil, !result.contains(character) {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// Common two-character (compound) surnames, in simplified and
    /// traditional forms. A name of three or more characters that starts with
    /// one of them has a two-character surname.
    ///
    /// From the compound surnames of 《百家姓》 and those common today.
    /// Deliberately left out: 单于, because 单 is a common single surname and
    /// 单于 as a surname is very rare (write "单于 X" with a space to force it).
    public static let compoundSurnames: Set<String> = [
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方",
        "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "长孙", "長孫", "宇文",
        "司徒", "司空", "司寇", "令狐", "夏侯", "轩辕", "軒轅", "端木", "独孤",
        "獨孤", "南宫", "南宮", "西门", "西門", "东门", "東門", "东郭", "東郭",
        "万俟", "萬俟", "闻人", "聞人", "申屠", "呼延", "澹台", "澹臺", "公冶",
        "公羊", "公良", "公西", "宗政", "濮阳", "濮陽", "淳于", "太叔", "仲孙",
        "仲孫", "钟离", "鍾離", "锺离", "赫连", "赫連", "闾丘", "閭丘", "梁丘",
        "左丘", "亓官", "子车", "子車", "颛孙", "顓孫", "壤驷", "壤駟", "漆雕",
        "乐正", "樂正", "宰父", "谷梁", "穀梁", "拓跋", "夹谷", "夾谷", "百里",
        "第五", "羊舌", "微生", "巫马", "巫馬", "段干", "鲜于", "鮮于", "完颜",
        "完顏", "贺兰", "賀蘭",
    ]

    /// ``compoundSurnames`` as pairs of scalar values, `first << 32 | second`.
    static let compoundSurnamePairs: Set<UInt64> = Set(
        compoundSurnames.map { pair in
            let scalars = Array(pair.unicodeScalars)
            precondition(scalars.count == 2, "compound surnames have two characters: \(pair)")
            return UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)
        })

    // MARK: - Character classes

    /// Whether `scalar` is a Han ideograph: a CJK unified ideograph or a CJK
    /// compatibility ideograph.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x3400 { return false }
        return scalar.properties.isUnifiedIdeograph
            || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }

    /// A CJK compatibility ideograph mapped to its unified ideograph (its
    /// canonical decomposition); any other scalar unchanged.
    static func canonicalHan(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        guard (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v) else { return scalar }
        return String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
    }

    /// Scalars ignored when comparing: whitespace, middle dots used in
    /// transliterated names, and default-ignorable code points (variation
    /// selectors, zero-width joiners).
    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        if (0x3400..<0xA000).contains(scalar.value) { return false }
        switch scalar.value {
        case 0x00B7, 0x2022, 0x2027, 0x30FB, 0xFF65, 0x2E31, 0x0387: return true
        default: return scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
