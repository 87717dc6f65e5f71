/// The search texts of one chunk of documents, one after another in one buffer: a few large
/// allocations instead of a string per document among the pages' values, so that once the search
/// index is built and they are freed, the room they leave is large enough for the pages to reuse.
final class SearchTextBuffer: @unchecked Sendable {
    /// Written only by the one worker that renders the chunk; read after all chunks are done.
    private(set) var bytes: [UInt8] = []

    /// Appends `text`; returns where it is.
    func append(_ text: String) -> SearchTextSlice {
        let start = bytes.count
        bytes += text.utf8
        return SearchTextSlice(buffer: self, range: start..<bytes.count)
    }
}

/// One document's search text, in its chunk's ``SearchTextBuffer`` (none: the empty text).
struct SearchTextSlice: Sendable {
    var buffer: SearchTextBuffer?
    var range: Range<Int> = 0..<0

    var isEmpty: Bool { range.isEmpty }
    var string: String { buffer.map { String(decoding: $0.bytes[range], as: UTF8.self) } ?? "" }
}
