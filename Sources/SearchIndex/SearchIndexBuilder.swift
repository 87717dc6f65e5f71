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

    public static func build(_ records: [SearchRecord], kindLabels: [(key: String, label: String)]) -> [SearchIndexFile] {
        let shardCount = termShardCount(documentCount: records.count)
        // Blocks of documents, each on all cores: the texts (into their text shards) and the
        // distinct terms (into the postings); only one block's texts and terms are held at a time.
        var hanPostings: [SearchText.HanKey: [Int32]] = [:]
        var words: [String: [Int32]] = [:]
        var textFiles: [SearchIndexFile] = []
        let block = textShardSize * 16
        for blockStart in stride(from: 0, to: records.count, by: block) {
            let blockRange = blockStart..<min(records.count, blockStart + block)
            let texts = concurrentMap(blockRange) { records[$0].fields.joined(separator: "\n") }
            let terms = concurrentMap(texts.indices) { SearchText.distinctTerms(texts[$0]) }
            for (offset, t) in terms.enumerated() {
                let n = Int32(blockStart + offset)
                for k in t.han { hanPostings[k, default: []].append(n) }
                for w in t.words { words[w, default: []].append(n) }
            }
            let starts = Array(stride(from: 0, to: texts.count, by: textShardSize))
            textFiles += concurrentMap(starts.indices) { k in
                let shard = (blockStart + starts[k]) / textShardSize
                var js = "\(globalName).x[\(shard)]=[\n"
                js += texts[starts[k]..<min(texts.count, starts[k] + textShardSize)].map(jsonString).joined(separator: ",\n")
                js += "];\n"
                return SearchIndexFile(path: directory + "x\(shard).js", contents: Array(js.utf8))
            }
        }
        let han = hanPostings
        var files: [SearchIndexFile] = []
        files.append(
            SearchIndexFile(
                path: directory + "index.js", contents: Array(meta(records, shardCount: shardCount, kindLabels: kindLabels).utf8)))
        var shardTerms = [[(String, SearchText.HanKey)]](repeating: [], count: shardCount)
        for (term, key) in han.keys.map({ ($0.term, $0) }).sorted(by: { $0.0 < $1.0 }) {
            shardTerms[SearchText.shard(of: term, count: shardCount)].append((term, key))
        }
        let shards = shardTerms
        files += concurrentMap(shards.indices) { k in
            var js = "\(globalName).t[\(k)]={"
            js += shards[k].map { "\(jsonString($0.0)):\"\(postings(han[$0.1]!))\"" }.joined(separator: ",")
            js += "};\n"
            return SearchIndexFile(path: directory + "t\(k).js", contents: Array(js.utf8))
        }
        var js = "\(globalName).w={"
        js += words.keys.sorted().map { "\(jsonString($0)):\"\(postings(words[$0]!))\"" }.joined(separator: ",")
        js += "};\n"
        files.append(SearchIndexFile(path: directory + "w.js", contents: Array(js.utf8)))
        files += textFiles
        return files
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

    /// Ascending numbers as base-36 deltas joined by commas (`0,1,1,a`), written as bytes.
    static func postings(_ ids: [Int32]) -> String {
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(ids.count * 3)
        var previous: Int32 = 0
        var scratch = [UInt8](repeating: 0, count: 8)
        for id in ids {
            if !out.isEmpty { out.append(0x2C) }
            var d = Int(id - previous)
            var n = 0
            repeat {
                scratch[n] = digits[d % 36]
                d /= 36
                n += 1
            } while d > 0
            while n > 0 {
                n -= 1
                out.append(scratch[n])
            }
            previous = id
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal; also valid JavaScript (U+2028/U+2029 escaped). Works on UTF-8 bytes:
    /// every escaped character but U+2028/U+2029 is ASCII, and those two are `E2 80 A8`/`E2 80 A9`.
    static func jsonString(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes -> String in
            var out: [UInt8] = [0x22]
            out.reserveCapacity(bytes.count + 2)
            func append(_ text: StaticString) {
                text.withUTF8Buffer { out.append(contentsOf: $0) }
            }
            let hex = Array("0123456789abcdef".utf8)
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                switch c {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x3C: append("\\u003c")
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 2
                case ..<0x20:
                    append("\\u00")
                    out.append(hex[Int(c >> 4)])
                    out.append(hex[Int(c & 0xF)])
                default: out.append(c)
                }
                i += 1
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }
}
