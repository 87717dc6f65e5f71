import Testing

@testable import SearchIndex

private func record(_ n: Int, _ title: String, body: String, kind: String = "riders") -> SearchRecord {
    SearchRecord(
        path: "\(kind)/r\(n)/", title: title, kind: kind, district: "福田区", dateISO: nil, dateDisplay: nil,
        year: 2025, recency: 20_251_231, fields: [title, "最美骑手", body])
}

private func text(_ files: [SearchIndexFile], _ path: String) -> String? {
    files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
}

@Test func smallIndexFiles() throws {
    let files = SearchIndexBuilder.build(
        [record(0, "田富", body: "沙头街道 Meituan 2025"), record(1, "李明", body: "田间")],
        kindLabels: [("riders", "最美骑手")])
    #expect(files.map(\.path) == ["search/index.js", "search/t0.js", "search/w.js", "search/x0.js"])
    let index = try #require(text(files, "search/index.js"))
    #expect(index.hasPrefix("var HonorSiteSearchIndex={\"version\":1,\"termShards\":1,\"textShardSize\":25,"))
    #expect(index.contains("[\"riders/r0/\",\"田富\",\"riders\",\"福田区\",null,null,2025,20251231]"))
    let terms = try #require(text(files, "search/t0.js"))
    // 田 is in both documents (0, then delta 1); 田富 only in 0; 田间 only in 1.
    #expect(terms.contains("\"田\":\"0,1\""))
    #expect(terms.contains("\"田富\":\"0\""))
    #expect(terms.contains("\"田间\":\"1\""))
    #expect(!terms.contains("富沙"))  // no pair across a field break
    let words = try #require(text(files, "search/w.js"))
    #expect(words == "HonorSiteSearchIndex.w={\"2025\":\"0\",\"meituan\":\"0\"};\n")
    let stored = try #require(text(files, "search/x0.js"))
    #expect(stored == "HonorSiteSearchIndex.x[0]=[\n\"田富\\n最美骑手\\n沙头街道 Meituan 2025\",\n\"李明\\n最美骑手\\n田间\"];\n")
}

@Test func shardsWhenLarge() {
    #expect(SearchIndexBuilder.termShardCount(documentCount: 25) == 1)
    #expect(SearchIndexBuilder.termShardCount(documentCount: 100) == 1)
    #expect(SearchIndexBuilder.termShardCount(documentCount: 200) == 8)
    #expect(SearchIndexBuilder.termShardCount(documentCount: 1000) == 64)
    #expect(SearchIndexBuilder.termShardCount(documentCount: 10000) == 256)
    let records = (0..<450).map { record($0, "骑手\($0)", body: "第\($0)号 沙头街道") }
    let files = SearchIndexBuilder.build(records, kindLabels: [])
    let shards = SearchIndexBuilder.termShardCount(documentCount: 450)
    #expect(files.filter { $0.path.hasPrefix("search/t") }.count == shards)
    #expect(files.filter { $0.path.hasPrefix("search/x") }.map(\.path) == (0..<18).map { "search/x\($0).js" })
    // Each Han term sits in the shard its hash names.
    let k = SearchText.shard(of: "沙头", count: shards)
    #expect(text(files, "search/t\(k).js")?.contains("\"沙头\":\"0,") == true)
    for other in 0..<shards where other != k { #expect(text(files, "search/t\(other).js")?.contains("\"沙头\"") == false) }
}

@Test func deterministicBytes() {
    let records = (0..<300).map { record($0, "名字\($0 % 7)", body: "正文 \($0) 骑士议事厅 ABC") }
    #expect(
        SearchIndexBuilder.build(records, kindLabels: [("riders", "最美骑手")])
            == SearchIndexBuilder.build(records, kindLabels: [("riders", "最美骑手")]))
}

@Test func postingsAreBase36Deltas() {
    #expect(SearchIndexBuilder.postings([0, 1, 2, 40, 1000]) == "0,1,1,12,qo")
}

@Test func stringsAreSafeJavaScript() {
    #expect(SearchIndexBuilder.jsonString("a\"b\\c\n</script>\u{2028}\u{1}") == "\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\\u0001\"")
    #expect(SearchIndexBuilder.jsonString("田\t\u{2029}\r\u{1f}\u{7f}é\u{2027}") == "\"田\\t\\u2029\\r\\u001f\u{7f}é\u{2027}\"")
}

/// 豈 (U+8C48) and its compatibility form 豈 (U+F900) are equal as Swift strings; they are listed in the
/// order of their code points, whatever order the documents bring them in.
@Test func termsEqualAsStringsKeepCodePointOrder() throws {
    for bodies in [["\u{F900}", "\u{8C48}"], ["\u{8C48}", "\u{F900}"]] {
        let files = SearchIndexBuilder.build(
            bodies.enumerated().map { record($0.offset, "名", body: $0.element) }, kindLabels: [])
        let terms = try #require(files.first { $0.path == "search/t0.js" }?.contents)  // bytes: strings would match either
        let plain = try #require(terms.firstRange(of: Array("\"\u{8C48}\":".utf8)))
        let compatibility = try #require(terms.firstRange(of: Array("\"\u{F900}\":".utf8)))
        #expect(plain.lowerBound < compatibility.lowerBound)
    }
}

/// Texts with characters the stored text must escape, in a shard larger than its estimated size.
@Test func escapedTextsAreStoredWhole() throws {
    let body = String(repeating: "\"<\\\n", count: 40)
    let files = SearchIndexBuilder.build([record(0, "名", body: body)], kindLabels: [])
    let stored = try #require(text(files, "search/x0.js"))
    let escaped = String(repeating: "\\\"\\u003c\\\\\\n", count: 40)
    #expect(stored == "HonorSiteSearchIndex.x[0]=[\n\"名\\n最美骑手\\n\(escaped)\"];\n")
}

/// A body given apart is the last field; an empty one adds none.
@Test func bodyIsTheLastField() {
    let whole = [record(0, "田富", body: "沙头街道 2025"), record(1, "李明", body: "田间")]
    var short = whole
    for i in short.indices { short[i].fields.removeLast() }
    let bodies = ["沙头街道 2025", "田间"]
    #expect(SearchIndexBuilder.build(short, kindLabels: [], body: { bodies[$0] }) == SearchIndexBuilder.build(whole, kindLabels: []))
    let files = SearchIndexBuilder.build(short, kindLabels: [], body: { _ in "" })
    #expect(text(files, "search/x0.js") == "HonorSiteSearchIndex.x[0]=[\n\"田富\\n最美骑手\",\n\"李明\\n最美骑手\"];\n")
}
