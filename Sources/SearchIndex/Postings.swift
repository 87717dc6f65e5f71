/// The postings of every index term, filled document by document in ascending order and kept in the
/// form the index stores them (``SearchIndexBuilder/postings(_:)``: base-36 deltas joined by commas), so
/// neither a list of numbers per term nor a set of terms per document is ever held.
///
/// Every list is a chain of fixed-size chunks in one buffer: one large allocation that grows by doubling,
/// not one small array per term whose growth leaves holes that later allocations cannot fill.
/// Han terms are found through an open-addressing table keyed by ``SearchText/HanKey`` (a multiplication
/// and a mask per lookup, no hashing of strings); words, which are few, through a dictionary.
struct Postings {
    /// Chunk `c` is `chunks[c * chunkSize ..< (c + 1) * chunkSize]`: `payload` bytes of postings text,
    /// then the next chunk's number (little-endian, 4 bytes; read only before the list's tail).
    static let chunkSize = 32
    static let payload = chunkSize - 4
    private var chunks: [UInt8] = []

    /// Where a list is, and what was added last.
    struct List {
        var head: Int32
        var tail: Int32
        /// Bytes used in the tail chunk.
        var used: Int32 = 0
        /// Bytes of postings text in all chunks.
        var length: Int32 = 0
        var last: Int32 = 0
    }
    private(set) var lists: [List] = []

    /// Han terms in order of first appearance; `hanLists[i]` is the list of `hanKeys[i]`.
    private(set) var hanKeys: [SearchText.HanKey] = []
    private(set) var hanLists: [Int] = []
    /// Open addressing: a power of two slots, at most half full; a slot's key is 0 when free (no Han term is 0).
    private struct Slot {
        var key: UInt64 = 0
        var list: Int = 0
    }
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private var shift: UInt64 = 64 - 12
    private(set) var words: [String: Int] = [:]

    mutating func add(_ key: SearchText.HanKey, document: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (key.raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[i]
            if slot.key == key.raw {
                add(document, to: slot.list)
                return
            }
            if slot.key == 0 { break }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key.raw, list: newList(document))
        hanKeys.append(key)
        hanLists.append(slots[i].list)
        if hanKeys.count * 2 > slots.count { grow() }
    }

    mutating func add(word: String, document: Int32) {
        if let l = words[word] { add(document, to: l) } else { words[word] = newList(document) }
    }

    /// The postings text of list `l`.
    func bytes(_ l: Int) -> [UInt8] {
        var out: [UInt8] = []
        append(l, to: &out)
        return out
    }

    /// Appends the postings text of list `l` to `out`.
    func append(_ l: Int, to out: inout [UInt8]) {
        let list = lists[l]
        var c = Int(list.head)
        chunks.withUnsafeBufferPointer { b in
            while true {
                let start = c * Self.chunkSize
                let n = c == list.tail ? Int(list.used) : Self.payload
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<(start + n)]))
                if c == list.tail { return }
                c = Int(next(of: c, b))
            }
        }
    }

    private func next(of c: Int, _ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let at = c * Self.chunkSize + Self.payload
        return UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    /// A new list holding `document`; returns its number.
    private mutating func newList(_ document: Int32) -> Int {
        let c = newChunk()
        lists.append(List(head: c, tail: c, last: document))
        appendBase36(document, to: lists.count - 1)
        return lists.count - 1
    }

    /// Adds `document` (not less than the last one; the same again is ignored) to list `l`.
    private mutating func add(_ document: Int32, to l: Int) {
        let last = lists[l].last
        guard document != last else { return }
        appendByte(0x2C, to: l)
        appendBase36(document - last, to: l)
        lists[l].last = document
    }

    private mutating func appendBase36(_ value: Int32, to l: Int) {
        var digits: UInt64 = 0  // the digits as ASCII bytes, last digit in the low byte (at most 6 for 31 bits)
        var n = 0
        var v = UInt32(value)
        repeat {
            let d = UInt8(v % 36)
            digits |= UInt64(d < 10 ? 0x30 + d : 0x57 + d) << (8 * n)  // 0-9, a-z
            v /= 36
            n += 1
        } while v > 0
        while n > 0 {
            n -= 1
            appendByte(UInt8(truncatingIfNeeded: digits >> (8 * n)), to: l)
        }
    }

    private mutating func appendByte(_ byte: UInt8, to l: Int) {
        var list = lists[l]
        if Int(list.used) == Self.payload {
            let c = newChunk()
            let at = Int(list.tail) * Self.chunkSize + Self.payload
            for k in 0..<4 { chunks[at + k] = UInt8(truncatingIfNeeded: UInt32(c) >> (8 * k)) }
            list.tail = c
            list.used = 0
        }
        chunks[Int(list.tail) * Self.chunkSize + Int(list.used)] = byte
        list.used += 1
        list.length += 1
        lists[l] = list
    }

    private mutating func newChunk() -> Int32 {
        let c = Int32(chunks.count / Self.chunkSize)
        chunks.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        return c
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (key, list) in zip(hanKeys, hanLists) {
            var i = Int(truncatingIfNeeded: (key.raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = Slot(key: key.raw, list: list)
        }
    }
}
