/// What an EXIF block (a TIFF structure) holds, as far as publishing is concerned.
struct ExifSummary: Equatable {
    /// The orientation tag, when present and valid (1…8).
    var orientation: Int?
    /// Metadata other than the orientation.
    var found: MetadataKinds
    /// True for `MM` (Motorola) byte order.
    var bigEndian: Bool
}

/// EXIF tags this reader looks at (TIFF 6.0, EXIF 2.32, CIPA DC-008).
enum ExifTag {
    static let orientation = 0x0112
    static let exifIFD = 0x8769
    static let gpsIFD = 0x8825
    static let makerNote = 0x927C
    static let imageUniqueID = 0xA420
    static let cameraOwnerName = 0xA430
    static let bodySerialNumber = 0xA431
    static let lensSerialNumber = 0xA435
    static let gpsVersionID = 0x0000
}

/// Reads the TIFF structure in `range` of `bytes` (the part after `Exif\0\0`).
///
/// Only IFD0, the Exif IFD, the GPS IFD and the link to IFD1 (the thumbnail)
/// are followed; every offset must stay inside `range`, else the block is
/// reported as damaged at the absolute byte offset.
func readExif(_ bytes: Bytes, _ range: Range<Int>) throws(MediaError) -> ExifSummary {
    let base = range.lowerBound
    let length = range.count
    func bad(_ what: String, _ at: Int) -> MediaError { MediaError(.malformed("EXIF data: " + what), at: base + at) }
    guard length >= 8 else { throw bad("shorter than a TIFF header", 0) }
    let big: Bool
    if bytes.matches([0x4D, 0x4D, 0x00, 0x2A], at: base) {
        big = true
    } else if bytes.matches([0x49, 0x49, 0x2A, 0x00], at: base) {
        big = false
    } else {
        throw bad("no TIFF header (II*/MM*)", 0)
    }
    func u16(_ o: Int) -> Int {
        let a = Int(bytes.b[base + o])
        let b = Int(bytes.b[base + o + 1])
        return big ? a << 8 | b : b << 8 | a
    }
    func u32(_ o: Int) -> Int { big ? u16(o) << 16 | u16(o + 2) : u16(o + 2) << 16 | u16(o) }
    struct Entry {
        var tag: Int
        var type: Int
        var count: Int
        var valueOffset: Int
    }
    var visited: Set<Int> = []
    /// The entries of the IFD at `offset` and the offset of the next IFD (0 when none).
    func ifd(_ offset: Int, _ name: String) throws(MediaError) -> ([Entry], Int) {
        guard offset >= 8, offset <= length - 2 else { throw bad("\(name) offset \(offset) lies outside the block", 0) }
        guard visited.insert(offset).inserted else { throw bad("\(name) loops back to an earlier directory", offset) }
        let n = u16(offset)
        guard offset + 2 + 12 * n <= length else { throw bad("\(name) with \(n) entries runs past the block", offset) }
        var entries: [Entry] = []
        entries.reserveCapacity(n)
        for i in 0..<n {
            let e = offset + 2 + 12 * i
            entries.append(Entry(tag: u16(e), type: u16(e + 2), count: u32(e + 4), valueOffset: e + 8))
        }
        let nextAt = offset + 2 + 12 * n
        return (entries, nextAt + 4 <= length ? u32(nextAt) : 0)
    }
    var summary = ExifSummary(orientation: nil, found: [], bigEndian: big)
    let (ifd0, next) = try ifd(u32(4), "IFD0")
    if next != 0 { summary.found.insert(.thumbnail) }
    for e in ifd0 {
        switch e.tag {
        case ExifTag.orientation:
            let value = e.type == 3 && e.count == 1 ? u16(e.valueOffset) : 0
            if (1...8).contains(value) { summary.orientation = value } else { summary.found.insert(.exif) }
        case ExifTag.exifIFD:
            let (entries, _) = try ifd(u32(e.valueOffset), "Exif IFD")
            summary.found.insert(.exif)
            for x in entries {
                switch x.tag {
                case ExifTag.makerNote: summary.found.insert(.makerNote)
                case ExifTag.imageUniqueID, ExifTag.cameraOwnerName, ExifTag.bodySerialNumber, ExifTag.lensSerialNumber:
                    summary.found.insert(.serialNumber)
                default: break
                }
            }
        case ExifTag.gpsIFD:
            let (entries, _) = try ifd(u32(e.valueOffset), "GPS IFD")
            summary.found.insert(entries.contains { $0.tag != ExifTag.gpsVersionID } ? .location : .exif)
        default:
            summary.found.insert(.exif)
        }
    }
    return summary
}

/// A TIFF block holding only IFD0 with the orientation tag, in the given byte order.
func minimalExif(orientation: Int, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = []
    func u16(_ v: Int) { bigEndian ? out.appendBE16(v) : out.append(contentsOf: [UInt8(v & 0xFF), UInt8(v >> 8)]) }
    func u32(_ v: Int) {
        if bigEndian {
            u16(v >> 16)
            u16(v & 0xFFFF)
        } else {
            u16(v & 0xFFFF)
            u16(v >> 16)
        }
    }
    out.append(contentsOf: bigEndian ? [0x4D, 0x4D] : [0x49, 0x49])
    u16(42)
    u32(8)  // header, IFD0 at 8
    u16(1)  // one entry
    u16(ExifTag.orientation)
    u16(3)
    u32(1)
    u16(orientation)
    u16(0)  // SHORT, count 1, value
    u32(0)  // no IFD1
    return out
}
