import Testing

@testable import SearchIndex

/// Postings text written the plain way: base-36 deltas (stdlib's `String(_:radix:)`) joined by commas.
private func expected(_ ids: [Int32]) -> String {
    zip(ids, [0] + ids).map { String($0 - $1, radix: 36) }.joined(separator: ",")
}

@Test func postingsIgnoreRepeatsOfTheLastDocument() {
    var p = Postings()
    let key = SearchText.HanKey(0x7530)  // 田
    for d: Int32 in [0, 0, 3, 3, 3, 40] { p.add(key, document: d) }
    #expect(p.hanKeys == [key])
    #expect(String(decoding: p.bytes(p.hanLists[0]), as: UTF8.self) == "0,3,11")
}

/// A list longer than one chunk (28 bytes of text) is read back across its chunks, and lists
/// filled in turns do not mix.
@Test func postingsSpanChunksAndStayApart() {
    var p = Postings()
    let a = SearchText.HanKey(0x9A91, 0x624B)  // 骑手
    let b = SearchText.HanKey(0x9A91)  // 骑
    var idsA: [Int32] = []
    var idsB: [Int32] = []
    for d in Int32(0)..<3000 {
        if d % 7 == 0 || d > 2990 {
            p.add(a, document: d)
            idsA.append(d)
        }
        if d % 50 == 3 {
            p.add(b, document: d)
            p.add(word: "meituan", document: d)
            idsB.append(d)
        }
    }
    #expect(p.hanKeys == [a, b])
    #expect(String(decoding: p.bytes(p.hanLists[0]), as: UTF8.self) == expected(idsA))
    #expect(String(decoding: p.bytes(p.hanLists[1]), as: UTF8.self) == expected(idsB))
    #expect(p.words.keys.sorted() == ["meituan"])
    #expect(p.words["meituan"].map { String(decoding: p.bytes($0), as: UTF8.self) } == expected(idsB))
    #expect(p.lists.map(\.length) == [expected(idsA), expected(idsB), expected(idsB)].map { Int32($0.utf8.count) })
}

/// The term table grows past its first size (4,096 slots, half full) and still finds every term.
@Test func postingsTableGrows() {
    var p = Postings()
    let keys = (0..<10_000).map { SearchText.HanKey(0x4E00 + UInt32($0 % 100), 0x4E00 + UInt32($0 / 100)) }
    for (d, key) in keys.enumerated() { p.add(key, document: Int32(d)) }
    for (d, key) in keys.enumerated().reversed() { p.add(key, document: Int32(20_000 + d)) }
    #expect(p.hanKeys == keys)
    let wrong = keys.indices.filter {
        String(decoding: p.bytes(p.hanLists[$0]), as: UTF8.self) != expected([Int32($0), Int32(20_000 + $0)])
    }
    #expect(wrong == [])
}
