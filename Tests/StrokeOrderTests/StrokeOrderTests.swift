import Foundation
import Testing

@testable import StrokeOrder

/// A small deterministic generator (SplitMix64) for shuffles.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The hand-checked list, in the expected order. Stroke sequences (1 横 2 竖
/// 3 撇 4 点 5 折) were read from the upstream data with a Python one-liner
/// and the order worked out by hand, then cross-checked with a separate
/// Python model of the rule (not with this implementation).
let expectedOrder: [String] = [
    // 2 strokes: 丁 12 < 卜 24
    "丁一", "卜宇",
    // 3 strokes: 于 112 < 万 153 < 上 211 (上官, compound) < 马 551
    "于红", "万里", "上官婉儿", "马云",
    // 4 strokes: 王 1121 < 韦 1152 (3rd stroke) < 毛 3115 < 方 4153 < 孔 5215 < 邓 5452
    // 王 alone (two gaps) < one-character given names 一(1) 伟(6) 芳(7) (gap first)
    // < two-character given names 大(134) < 小(234)
    "王", "王一", "王\u{3000}伟", "王芳", "王大明", "王小明",
    "韦伟", "毛泽民", "方明", "孔丘", "邓华",
    // 5 strokes: 石 13251 < 叶 25112 = 申 25112 (same sequence: code point U+53F6 < U+7533)
    // < 田 25121 (4th stroke) < 史 25134 < 白 32511 < 冯 41551 < 司 51251;
    // 田富 (田, gap, 富) < 田大利; 司 < 司马 < 司空 (surname prefix first, 马 3 < 空 8)
    "石磊", "叶挺", "申纪兰", "田富", "田大利", "史可法", "白居易", "冯玉祥",
    "司琴", "司马光", "司空图",
    // 6 strokes: 朱 311234 < 刘 413422
    "朱德", "刘备",
    // 7 strokes: 杜 1234121 < 李 1234521 (5th stroke) < 杨 1234533 (6th) < 吴 2511134
    // < 何 3212512 < 冷 4134454 < 张 5153154 < 阿 5212512 (2nd stroke);
    // 李白 < 李𠀾 (𠀾 U+2003E not in the table: after every known character) < 李大钊 (gap first)
    "杜甫", "李白", "李𠀾", "李大钊", "杨开慧", "吴晗", "何香凝", "冷欣", "张三",
    "阿依古丽·买买提",
    // 8 strokes: 林 12341234 < 欧 13453534 < 周 35121251; 欧 < 欧阳; 欧阳修 (gap) < 欧阳予倩
    "林则徐", "欧明", "欧阳修", "欧阳予倩", "周恩来",
    // 9 strokes: 赵; 一 (1) < 孟 (8); 𫖯 (U+2B5AF, in 通用规范汉字表, derived entry)
    "赵一曼", "赵孟𫖯",
    // 10 strokes: 诸 < 诸葛
    "诸明", "诸葛亮",
    // 15 strokes: 歐 (traditional; 歐陽 is a compound surname too)
    "歐陽修",
    // Han name starting with a character missing from the table (U+21619)
    "𡘙明",
    // Non-Han names after all Han names, by code point
    "Anna Lee", "John Smith",
]

@Suite("Full order of the hand-checked list")
struct FullOrderTests {
    @Test func listIsLargeEnough() {
        #expect(expectedOrder.count >= 40)
        #expect(Set(expectedOrder).count == expectedOrder.count)
    }

    @Test(arguments: [1, 2, 3, 42, 2024] as [UInt64])
    func sortedMatchesExpected(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        let shuffled = expectedOrder.shuffled(using: &rng)
        #expect(shuffled != expectedOrder)
        #expect(StrokeOrder.sorted(shuffled) == expectedOrder)
        #expect(shuffled.sorted(by: StrokeOrder.areInIncreasingOrder) == expectedOrder)
        let byKey = shuffled.map { (StrokeOrder.sortKey(forName: $0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        #expect(byKey == expectedOrder)
    }

    @Test func orderIsStrictAndTotalOnTheList() {
        let keys = expectedOrder.map(StrokeOrder.sortKey(forName:))
        for i in keys.indices {
            #expect(!(keys[i] < keys[i]))
            for j in keys.indices where i < j {
                #expect(keys[i] < keys[j], "\(expectedOrder[i]) should precede \(expectedOrder[j])")
                #expect(!(keys[j] < keys[i]))
                #expect(keys[i] != keys[j])
            }
        }
    }
}

@Suite("Pairwise rules")
struct PairwiseRuleTests {
    static func before(_ a: String, _ b: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(StrokeOrder.areInIncreasingOrder(a, b), "\(a) should precede \(b)", sourceLocation: sourceLocation)
        #expect(!StrokeOrder.areInIncreasingOrder(b, a), "\(b) should not precede \(a)", sourceLocation: sourceLocation)
    }

    @Test func requiredPairsWhereICUDiffers() {
        Self.before("白", "司")  // 32511 < 51251 (ICU: 司 first, by radical)
        Self.before("李", "张")  // 1234521 < 5153154 (ICU: 张 first)
        Self.before("王", "方")  // 1121 < 4153
        Self.before("田富", "田大利")  // 田 gap 富 < 田 大 利
        Self.before("白居易", "司马光")
        Self.before("李四", "张三")
        Self.before("王五", "方明")
    }

    @Test func fewerStrokesFirst() {
        Self.before("丁一", "于红")  // 2 < 3
        Self.before("马云", "王一")  // 3 < 4
        Self.before("邓华", "石磊")  // 4 < 5
        Self.before("张三", "林则徐")  // 7 < 8
    }

    @Test func equalCountsComparedStrokeByStroke() {
        Self.before("白", "冯")  // 1st stroke 撇 < 点
        Self.before("王伟", "韦伟")  // 3rd stroke: 1121 vs 1152
        Self.before("叶挺", "田富")  // 4th stroke: 25112 vs 25121
        Self.before("杜甫", "李白")  // 5th stroke: 1234121 vs 1234521
        Self.before("李白", "杨开慧")  // 6th stroke: 1234521 vs 1234533
    }

    @Test func sameSequenceDifferentCharactersByCodePoint() {
        #expect(StrokeOrder.strokes(of: "叶") == StrokeOrder.strokes(of: "申"))
        Self.before("叶挺", "申纪兰")
        Self.before("叶大明", "申一")  // the surname decides before the given name
    }

    @Test func sameSurnameComparesGivenNames() {
        Self.before("王一", "王芳")
        Self.before("王大明", "王小明")  // 大 134 < 小 234
        Self.before("赵一曼", "赵孟𫖯")
    }

    @Test func singleCharacterGivenNameFirst() {
        Self.before("田富", "田大利")
        Self.before("王芳", "王一二")  // gap before any character
        Self.before("王", "王一")  // no given name at all comes first
        Self.before("欧阳修", "欧阳予倩")
    }

    @Test func compoundSurnames() {
        Self.before("欧明", "欧阳修")  // surname 欧 before surname 欧阳
        Self.before("欧明明", "欧阳修")  // 欧阳 sorts after every single-surname 欧 name
        Self.before("司琴", "司马光")
        Self.before("司马光", "司空图")  // 马 3 < 空 8
        Self.before("诸明", "诸葛亮")
        Self.before("上官婉儿", "马云")  // 上 3 strokes
        Self.before("欧阳", "欧阳修")  // two characters: 欧 + 阳, not a compound surname
        Self.before("司马", "司琴")  // 司 + 马 (3) < 司 + 琴 (12)
        Self.before("歐明", "歐陽修")  // traditional forms are in the list too
        #expect(StrokeOrder.compoundSurnames.contains("诸葛"))
        #expect(StrokeOrder.compoundSurnames.allSatisfy { $0.unicodeScalars.count == 2 })
    }

    @Test func whitespaceMarksTheSurname() {
        // "欧 阳明" is surname 欧, given 阳明; "欧阳明" is surname 欧阳, given 明.
        Self.before("欧明", "欧 阳明")
        Self.before("欧 阳明", "欧阳修")
        Self.before("欧阳明", "欧阳修")
        // Padding a two-character name does not move it.
        for other in ["王一", "王芳", "王大明", "韦伟"] {
            #expect(StrokeOrder.areInIncreasingOrder("王伟", other) == StrokeOrder.areInIncreasingOrder("王\u{3000}伟", other))
            #expect(StrokeOrder.areInIncreasingOrder(other, "王伟") == StrokeOrder.areInIncreasingOrder(other, "王 伟"))
        }
        // ... and ties are broken by code points, deterministically.
        Self.before("王\u{3000}伟", "王伟")
        Self.before(" 王伟", "王伟")
    }

    @Test func unknownCharactersSortLastAndAreReported() {
        Self.before("歐陽修", "𡘙明")  // unknown first character after every known one
        Self.before("𠀾明", "𡘙明")  // unknown characters among themselves: code point
        Self.before("𡘙明", "Anna Lee")  // still a Han name
        Self.before("李白", "李𠀾")
        Self.before("李𠀾", "李大钊")  // the gap rule still applies
        #expect(StrokeOrder.unknownCharacters(in: "李𠀾") == ["𠀾"])
        #expect(StrokeOrder.unknownCharacters(in: "𡘙𠀾𡘙明") == ["𡘙", "𠀾"])
        #expect(StrokeOrder.unknownCharacters(in: "王伟").isEmpty)
        #expect(StrokeOrder.unknownCharacters(in: "赵孟𫖯").isEmpty)
        #expect(StrokeOrder.unknownCharacters(in: "John Smith·王").isEmpty)
        #expect(StrokeOrder.strokes(of: "𡘙") == nil)
    }

    @Test func nonHanNamesDoNotCrashAndSortAfterHan() {
        Self.before("𡘙明", "Anna Lee")
        Self.before("Anna Lee", "John Smith")
        Self.before("John Smith", "")  // empty names last
        Self.before("王大明", "王AB")  // a Latin letter inside: after Han characters
        Self.before("王一", "王AB")  // ... but the gap still comes first
        Self.before("阿依古丽·买买提", "林则徐")  // the middle dot is ignored
        Self.before("阿依古丽·买买提", "阿依古丽买买提")  // ... and breaks the tie by code point (U+00B7)
        for odd in ["", " ", "·", "\u{3000}", "A", "123", "王\u{FE00}", "\u{E0100}", "👩‍👩‍👧", "é", "e\u{301}"] {
            _ = StrokeOrder.sortKey(forName: odd)
            #expect(StrokeOrder.unknownCharacters(in: odd).isEmpty)
        }
        Self.before("é", "e\u{301}".precomposedStringWithCanonicalMapping + "x")
    }

    @Test func compatibilityIdeographsCountAsUnified() {
        let compat: Unicode.Scalar = "\u{F900}"  // 豈 compatibility ideograph
        let unified: Unicode.Scalar = "\u{8C48}"  // 豈
        #expect(StrokeOrder.strokes(of: compat) != nil)
        #expect(StrokeOrder.strokes(of: compat) == StrokeOrder.strokes(of: unified))
        #expect(StrokeOrder.unknownCharacters(in: "\u{F900}明").isEmpty)
        Self.before("\u{8C48}明", "\u{F900}明")  // equal rank; code point breaks the tie
        Self.before("\u{F900}明", "\u{8C48}明明")
    }

    @Test func variationSelectorsAreIgnored() {
        Self.before("葛\u{E0100}一", "葛二")
        Self.before("葛一", "葛\u{E0100}一")
    }
}

@Suite("Stroke table")
struct StrokeTableTests {
    @Test func sequencesOfKnownCharacters() {
        #expect(StrokeOrder.strokes(of: "白") == [.pie, .shu, .zhe, .heng, .heng])
        #expect(StrokeOrder.strokes(of: "司") == [.zhe, .heng, .shu, .zhe, .heng])
        #expect(StrokeOrder.strokes(of: "王") == [.heng, .heng, .shu, .heng])
        #expect(StrokeOrder.strokes(of: "一") == [.heng])
        #expect(StrokeOrder.strokes(of: "丁") == [.heng, .shu])  // 竖钩 counts as 竖
        #expect(StrokeOrder.strokes(of: "冷")?.map(\.rawValue) == [4, 1, 3, 4, 4, 5, 4])  // corrected entry
        #expect(StrokeOrder.strokes(of: "\u{9FD5}") != nil)  // last of the covered range
        #expect(StrokeOrder.strokes(of: "\u{9FD6}") == nil)
        #expect(StrokeOrder.strokes(of: "A") == nil)
        #expect(StrokeOrder.strokes(of: "\u{3000}") == nil)
    }

    @Test func derivedCharactersOutsideTheMainBlock() {
        // 𫖯 = 兆 + 页; 䶮 = 龙 + 天; 𬌗 = 牙 + 合
        #expect(StrokeOrder.strokes(of: "𫖯")?.map(\.rawValue) == [3, 4, 1, 5, 3, 4, 1, 3, 2, 5, 3, 4])
        #expect(StrokeOrder.strokes(of: "䶮")?.count == 9)
        #expect(StrokeOrder.strokes(of: "𬌗")?.count == 10)
    }

    @Test func tableCount() {
        #expect(StrokeOrder.tableCount == 21_223)
        #expect(StrokeOrder.tableCount >= 8_105)
    }

    /// Every character of 《通用规范汉字表》 (2013) has a sequence.
    @Test func coversTongyongGuifanHanzibiao() {
        let list = TGHList.characters.unicodeScalars.filter { $0 != "\n" }
        #expect(list.count == 8_105)
        let covered = list.filter { StrokeOrder.strokes(of: $0) != nil }.count
        #expect(covered == 8_105)
        #expect(StrokeOrder.tableCount >= covered)
    }

    /// 《通用规范汉字表》 lists each level by stroke count, then stroke by
    /// stroke in the order 横竖撇点折: an independent check of the data.
    @Test func agreesWithTheOrderOfTongyongGuifanHanzibiao() {
        let list = Array(TGHList.characters.unicodeScalars.filter { $0 != "\n" })
        let exceptions: Set<Unicode.Scalar> = ["\u{28C47}", "\u{2677C}"]  // see the generator script
        var violations: [String] = []
        for level in [0..<3500, 3500..<6500, 6500..<8105] {
            let chars = list[level].filter { !exceptions.contains($0) }
            for (a, b) in zip(chars, chars.dropFirst()) {
                let sa = StrokeOrder.strokes(of: a)!.map(\.rawValue)
                let sb = StrokeOrder.strokes(of: b)!.map(\.rawValue)
                if sb.count < sa.count || (sb.count == sa.count && sb.lexicographicallyPrecedes(sa)) {
                    violations.append("\(a) \(b)")
                }
            }
        }
        #expect(violations.isEmpty)
    }

    @Test func concurrentFirstUseIsSafe() async {
        let names = expectedOrder
        let results = await withTaskGroup(of: [String].self) { group in
            for seed in 0..<8 as Range<UInt64> {
                group.addTask {
                    var rng = SplitMix64(state: seed)
                    return StrokeOrder.sorted(names.shuffled(using: &rng))
                }
            }
            var all: [[String]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expectedOrder })
    }
}

/// Sorting many names: keys are consistent with the comparator. (Speed is measured in
/// the benchmark, `make bench`, not asserted in tests.)
@Suite("Many names")
struct ManyNamesTests {
    static func names() -> [String] {
        let list = Array(TGHList.characters.unicodeScalars.filter { $0 != "\n" }.prefix(3500))
        var rng = SplitMix64(state: 7)
        return (0..<10_000).map { _ in
            var s = String.UnicodeScalarView()
            for _ in 0..<(Int.random(in: 2...3, using: &rng)) {
                s.append(list[Int.random(in: 0..<list.count, using: &rng)])
            }
            return String(s)
        }
    }

    /// 10,000 generated names come out in non-decreasing key order, the same with either API.
    @Test func sortTenThousandNames() {
        let names = Self.names()
        let sorted = StrokeOrder.sorted(names)
        #expect(sorted.count == 10_000)
        let keys = sorted.map(StrokeOrder.sortKey(forName:))
        #expect(zip(keys, keys.dropFirst()).allSatisfy { !($1 < $0) })
        #expect(names.sorted(by: StrokeOrder.areInIncreasingOrder) == sorted)
    }
}
