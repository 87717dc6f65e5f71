import Dispatch

/// One document as the search index sees it.
public struct SearchRecord: Sendable {
    /// Site-relative path of the document's page, e.g. `riders/tian-fu/` (no base path).
    public var path: String
    /// Title, or the rider's name.
    public var title: String
    /// `brands`, `riders`, `events`, `pages` (or another kind key, e.g. `reports`).
    public var kind: String
    public var district: String?
    /// ISO date (`2024-06-01`) and its display form (`2024年6月1日`), when the document has a date.
    public var dateISO: String?
    public var dateDisplay: String?
    /// The year facet: the date's year, else (riders) the latest honor year.
    public var year: Int?
    /// Larger is newer (e.g. `yyyymmdd`); ranks results after title matches.
    public var recency: Int
    /// The searchable text, field by field (title first, then kind label, district, street/base/platform,
    /// tags, honors with years, the body's plain text). Fields must not contain line breaks.
    public var fields: [String]

    public init(
        path: String, title: String, kind: String, district: String?, dateISO: String?, dateDisplay: String?,
        year: Int?, recency: Int, fields: [String]
    ) {
        self.path = path
        self.title = title
        self.kind = kind
        self.district = district
        self.dateISO = dateISO
        self.dateDisplay = dateDisplay
        self.year = year
        self.recency = recency
        self.fields = fields
    }
}

/// `transform` over `indices` on all cores, results in order (chunks of about 1/16 of the work).
/// Results of ``concurrentMap(_:_:)``: each slot is written by exactly one chunk.
private final class Slots<T>: @unchecked Sendable {
    var values: [T?]
    init(_ count: Int) { values = [T?](repeating: nil, count: count) }
}

func concurrentMap<T: Sendable>(_ indices: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(indices.count)
    let chunk = max(1, indices.count / 16)
    let chunks = (indices.count + chunk - 1) / chunk
    slots.values.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let out = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(indices.count, (c + 1) * chunk) { out[i] = transform(indices.lowerBound + i) }
        }
    }
    return slots.values.map { $0! }
}

/// One file of the index, below the site root.
public struct SearchIndexFile: Sendable, Equatable {
    public var path: String
    public var contents: [UInt8]
}

/// Builds the search index: plain `.js` files that fill one global, `HonorSiteSearchIndex`,
/// so the search works from `file://` and under any base path (the script loads them
/// with `<script>` elements relative to its own URL).
///
/// - `search/index.js` — sets the global: document list (path, title, kind, district,
///   date, year, recency), kind labels, shard counts.
/// - `search/t<k>.js` — Han terms whose ``SearchText/shard(of:count:)`` is `k`, each with
///   its postings (ascending document numbers, delta-encoded in base 36, comma-separated).
/// - `search/w.js` — every Latin word and number with its postings (one file: a query
///   may match inside a word, so it scans the words).
/// - `search/x<k>.js` — the stored text of documents `k·textShardSize ..< (k+1)·textShardSize`,
///   fields joined by line breaks; the script confirms every candidate against it.
///
/// Output is a function of the records in the given order (no hashing of unordered
/// collections reaches the bytes), so it is byte-identical between builds.
public enum SearchIndexBuilder {
    public static let directory = "search/"
    public static let globalName = "HonorSiteSearchIndex"

    /// Han-term shards for `documentCount` documents: 1 up to 100 documents, then the smallest power of two
    /// that gives at most 25 documents a shard, at most 256 (a query of two to four characters loads one to
    /// three shards, each a few tens of kilobytes).
    public static func termShardCount(documentCount n: Int) -> Int {
        guard n > 100 else { return 1 }
        var k = 1
        while k < 256 && k * 25 < n { k *= 2 }
        return k
    }

    public static let textShardSize = 25

    /// The index files of `records` (consumed: each block's texts are freed once its text shards are written).
    /// `body(i)` is a last field of document `i` (none when empty), asked for block by block, so that not all
    /// documents' texts need to be held as strings at once.
    public static func build(
        _ records: consuming [SearchRecord], kindLabels: [(key: String, label: String)],
        body: @Sendable (Int) -> String = { _ in "" }
    ) -> [SearchIndexFile] {
        let shardCount = termShardCount(documentCount: records.count)
        let meta = SearchIndexFile(
            path: directory + "index.js", contents: Array(meta(records, shardCount: shardCount, kindLabels: kindLabels).utf8))
        // Blocks of documents: the texts joined on all cores, their terms added to the postings, their text shards
        // written on all cores; then the block's fields are dropped, so about one block of texts is held at a time.
        var postings = Postings()
        var textFiles: [SearchIndexFile] = []
        let block = textShardSize * 16
        for blockStart in stride(from: 0, to: records.count, by: block) {
            let blockRecords = Array(records[blockStart..<min(records.count, blockStart + block)])
            for i in blockStart..<(blockStart + blockRecords.count) { records[i].fields = [] }
            let texts = concurrentMap(blockRecords.indices) { i in
                let last = body(blockStart + i)
                return (last.isEmpty ? blockRecords[i].fields : blockRecords[i].fields + [last]).joined(separator: "\n")
            }
            for (offset, text) in texts.enumerated() {
                let n = Int32(blockStart + offset)
                SearchText.forEachTerm(
                    in: text, han: { postings.add($0, document: n) }, word: { postings.add(word: $0, document: n) })
            }
            textFiles += concurrentMap(0..<((texts.count + textShardSize - 1) / textShardSize)) { k in
                let first = k * textShardSize
                let shard = (blockStart + first) / textShardSize
                let shardTexts = texts[first..<min(texts.count, first + textShardSize)]
                let size = shardTexts.reduce(64) { $0 + $1.utf8.count + 64 }  // room for a few escapes per text
                return file("x\(shard).js", capacity: size) { js in
                    js += "\(globalName).x[\(shard)]=[\n".utf8
                    for (i, text) in shardTexts.enumerated() {
                        if i > 0 { js += ",\n".utf8 }
                        appendJSONString(text, to: &js)
                    }
                    js += "];\n".utf8
                }
            }
        }
        // Han terms by shard, each shard in term order (then key order, for terms that compare equal as strings).
        var shardTerms = [[(term: String, index: Int)]](repeating: [], count: shardCount)
        let terms = postings.hanKeys.enumerated().map { (term: $0.element.term, key: $0.element, index: $0.offset) }
        for t in terms.sorted(by: { $0.term < $1.term || ($0.term == $1.term && $0.key < $1.key) }) {
            shardTerms[SearchText.shard(of: t.term, count: shardCount)].append((t.term, t.index))
        }
        let index = postings
        let shards = shardTerms
        var files = [meta]
        files += concurrentMap(shards.indices) { k in
            let size = shards[k].reduce(64) { $0 + $1.term.utf8.count + Int(index.lists[index.hanLists[$1.index]].length) + 6 }
            return file("t\(k).js", capacity: size) { js in
                js += "\(globalName).t[\(k)]={".utf8
                for (i, t) in shards[k].enumerated() {
                    if i > 0 { js.append(0x2C) }
                    appendJSONString(t.term, to: &js)
                    js += ":\"".utf8
                    index.append(index.hanLists[t.index], to: &js)
                    js.append(0x22)
                }
                js += "};\n".utf8
            }
        }
        let words = postings.words.sorted { $0.key < $1.key }
        let size = words.reduce(64) { $0 + $1.key.utf8.count + Int(index.lists[$1.value].length) + 6 }
        files.append(
            file("w.js", capacity: size) { js in
                js += "\(globalName).w={".utf8
                for (i, word) in words.enumerated() {
                    if i > 0 { js.append(0x2C) }
                    appendJSONString(word.key, to: &js)
                    js += ":\"".utf8
                    index.append(word.value, to: &js)
                    js.append(0x22)
                }
                js += "};\n".utf8
            })
        files += textFiles
        return files
    }

    /// The file `search/<name>` with the bytes `write` appends to a buffer of about `capacity` bytes; copied
    /// without its spare capacity if it grew past that (the index is held until the site is written).
    static func file(_ name: String, capacity: Int, _ write: (inout [UInt8]) -> Void) -> SearchIndexFile {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        write(&bytes)
        if bytes.count > capacity { bytes = bytes.withUnsafeBufferPointer { Array($0) } }
        return SearchIndexFile(path: directory + name, contents: bytes)
    }

    static func meta(_ records: [SearchRecord], shardCount: Int, kindLabels: [(key: String, label: String)]) -> String {
        var js = "var \(globalName)={\"version\":1,\"termShards\":\(shardCount),\"textShardSize\":\(textShardSize),"
        js += "\"kinds\":{" + kindLabels.map { "\(jsonString($0.key)):\(jsonString($0.label))" }.joined(separator: ",") + "},"
        js += "\"t\":[],\"x\":[],\"w\":null,\n\"docs\":[\n"
        js += records.map { r in
            let fields: [String] = [
                jsonString(r.path), jsonString(r.title), jsonString(r.kind), r.district.map(jsonString) ?? "null",
                r.dateISO.map(jsonString) ?? "null", r.dateDisplay.map(jsonString) ?? "null",
                r.year.map(String.init) ?? "null", String(r.recency),
            ]
            return "[" + fields.joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        js += "]};\n"
        return js
    }

    /// Ascending numbers as base-36 deltas joined by commas (`0,1,1,a`), as ``Postings`` writes them.
    static func postings(_ ids: [Int32]) -> String {
        var list = Postings()
        for id in ids { list.add(word: "", document: id) }
        return String(decoding: list.words[""].map { list.bytes($0) } ?? [], as: UTF8.self)
    }

    /// A JSON string literal; also valid JavaScript (U+2028/U+2029 escaped).
    static func jsonString(_ s: String) -> String {
        var out: [UInt8] = []
        appendJSONString(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``jsonString(_:)`` of `s` to `out`. Works on UTF-8 bytes: every escaped character but
    /// U+2028/U+2029 is ASCII, and those two are `E2 80 A8`/`E2 80 A9`.
    static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            out.append(0x22)
            func append(_ text: StaticString) {
                text.withUTF8Buffer { out.append(contentsOf: $0) }
            }
            let hex: StaticString = "0123456789abcdef"
            var i = 0
            var plain = 0  // start of the bytes not yet copied
            while i < bytes.count {
                let c = bytes[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x3C && c != 0xE2 {
                    i += 1
                    continue
                }
                let isSeparator = c == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
                if c == 0xE2 && !isSeparator {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<i]))
                switch c {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x3C: append("\\u003c")
                case 0xE2:
                    append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 2
                default:
                    append("\\u00")
                    hex.withUTF8Buffer { h in
                        out.append(h[Int(c >> 4)])
                        out.append(h[Int(c & 0xF)])
                    }
                }
                i += 1
                plain = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<bytes.count]))
            out.append(0x22)
        }
    }
}
