/// Bounds-checked reads over a file's bytes; reading past the end throws
/// ``MediaError/Kind/truncated(_:)`` at the file's length.
///
/// It borrows the caller's buffer (valid only inside the public entry points).
struct Bytes {
    let b: UnsafeRawBufferPointer
    var count: Int { b.count }

    init(_ bytes: UnsafeRawBufferPointer) { b = bytes }

    /// Throws unless `offset + length` bytes exist; `what` names the structure being read.
    func need(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String) throws(MediaError) {
        if offset < 0 || length < 0 || offset > b.count - length { throw MediaError(.truncated(what()), at: b.count) }
    }
    func u8(_ o: Int, _ what: @autoclosure () -> String) throws(MediaError) -> Int {
        try need(o, 1, what())
        return Int(b[o])
    }
    func be16(_ o: Int, _ what: @autoclosure () -> String) throws(MediaError) -> Int {
        try need(o, 2, what())
        return Int(b[o]) << 8 | Int(b[o + 1])
    }
    func be32(_ o: Int, _ what: @autoclosure () -> String) throws(MediaError) -> Int {
        try need(o, 4, what())
        return Int(b[o]) << 24 | Int(b[o + 1]) << 16 | Int(b[o + 2]) << 8 | Int(b[o + 3])
    }
    func le16(_ o: Int, _ what: @autoclosure () -> String) throws(MediaError) -> Int {
        try need(o, 2, what())
        return Int(b[o]) | Int(b[o + 1]) << 8
    }
    func le24(_ o: Int, _ what: @autoclosure () -> String) throws(MediaError) -> Int {
        try need(o, 3, what())
        return Int(b[o]) | Int(b[o + 1]) << 8 | Int(b[o + 2]) << 16
    }
    func le32(_ o: Int, _ what: @autoclosure () -> String) throws(MediaError) -> Int {
        try need(o, 4, what())
        return Int(b[o]) | Int(b[o + 1]) << 8 | Int(b[o + 2]) << 16 | Int(b[o + 3]) << 24
    }
    /// True when the bytes at `offset` are exactly `s` (false when the file is shorter).
    func matches(_ s: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset <= b.count - s.count else { return false }
        for i in s.indices where b[offset + i] != s[i] { return false }
        return true
    }
    /// True when `needle` occurs inside `range`.
    func contains(_ needle: [UInt8], in range: Range<Int>) -> Bool {
        guard let first = needle.first, range.count >= needle.count else { return false }
        var i = range.lowerBound
        while i <= range.upperBound - needle.count {
            if b[i] == first && matches(needle, at: i) { return true }
            i += 1
        }
        return false
    }
}

/// One part of a cleaned file: a range of the original bytes, or new bytes.
public enum Piece: Sendable, Equatable {
    /// These bytes of the original, as they are (e.g. a JPEG's image data).
    case range(Range<Int>)
    /// New bytes (e.g. an EXIF block holding only the orientation).
    case bytes([UInt8])
}

/// A parsed file: what it holds, and how to write it without its metadata.
struct Parsed {
    var info: ImageInfo
    /// The cleaned file as pieces; `[.range(0..<count)]` when nothing is removed.
    var pieces: [Piece]

    func assemble(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for p in pieces {
            switch p {
            case .range(let r): out.append(contentsOf: bytes[r])
            case .bytes(let b): out.append(contentsOf: b)
            }
        }
        return out
    }
}

extension Array where Element == UInt8 {
    mutating func appendBE16(_ v: Int) {
        append(UInt8(v >> 8 & 0xFF))
        append(UInt8(v & 0xFF))
    }
    mutating func appendBE32(_ v: Int) {
        appendBE16(v >> 16 & 0xFFFF)
        appendBE16(v & 0xFFFF)
    }
    mutating func appendLE32(_ v: Int) { for s in [0, 8, 16, 24] { append(UInt8(v >> s & 0xFF)) } }
}

/// ASCII bytes of a string literal.
func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

/// Displayed size for a stored size and an EXIF orientation (5…8 turn by 90°).
func displayed(width: Int, height: Int, orientation: Int) -> ImageSize {
    orientation >= 5 ? ImageSize(width: height, height: width) : ImageSize(width: width, height: height)
}

/// XMP that records a position.
func xmpHasLocation(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
    bytes.contains(ascii("GPSLatitude"), in: range) || bytes.contains(ascii("GPSLongitude"), in: range)
}
