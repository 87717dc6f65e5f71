// An EXIF and JPEG reader independent of the Media module: tests check its output with these.

/// The tags of a TIFF IFD: tag → (type, count, first value as an integer).
public struct IFDEntry: Equatable, Sendable {
    public var type: Int
    public var count: Int
    public var value: Int
    public init(type: Int, count: Int, value: Int) {
        self.type = type
        self.count = count
        self.value = value
    }
}

public struct IndependentExif {
    public var ifd0: [Int: IFDEntry] = [:]
    public var exifIFD: [Int: IFDEntry] = [:]
    public var gpsIFD: [Int: IFDEntry] = [:]
    public var hasIFD1 = false

    /// Reads a TIFF block (after `Exif\0\0`). Returns nil when it is not one.
    public init?(tiff t: [UInt8]) {
        guard t.count >= 8 else { return nil }
        let big = t[0] == 0x4D
        func u16(_ o: Int) -> Int? {
            guard o >= 0, o + 2 <= t.count else { return nil }
            return big ? Int(t[o]) << 8 | Int(t[o + 1]) : Int(t[o + 1]) << 8 | Int(t[o])
        }
        func u32(_ o: Int) -> Int? {
            guard let a = u16(o), let b = u16(o + 2) else { return nil }
            return big ? a << 16 | b : b << 16 | a
        }
        func read(_ at: Int) -> ([Int: IFDEntry], Int)? {
            guard let n = u16(at) else { return nil }
            var d: [Int: IFDEntry] = [:]
            for i in 0..<n {
                let e = at + 2 + 12 * i
                guard let tag = u16(e), let type = u16(e + 2), let count = u32(e + 4) else { return nil }
                let value = (type == 3 ? u16(e + 8) : u32(e + 8)) ?? 0
                d[tag] = IFDEntry(type: type, count: count, value: value)
            }
            return (d, u32(at + 2 + 12 * n) ?? 0)
        }
        guard let first = u32(4), let (d0, next) = read(first) else { return nil }
        ifd0 = d0
        hasIFD1 = next != 0
        if let p = d0[0x8769]?.value { exifIFD = read(p)?.0 ?? [:] }
        if let p = d0[0x8825]?.value { gpsIFD = read(p)?.0 ?? [:] }
    }
}

/// JPEG segments before the first SOS: (marker, payload); and the bytes from SOS to EOI.
public struct IndependentJPEG {
    public var segments: [(marker: UInt8, payload: [UInt8])] = []
    public var scan: [UInt8] = []

    public init?(_ b: [UInt8]) {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var p = 2
        while p + 4 <= b.count, b[p] == 0xFF {
            let marker = b[p + 1]
            let length = Int(b[p + 2]) << 8 | Int(b[p + 3])
            guard p + 2 + length <= b.count else { return nil }
            if marker == 0xDA {
                guard let end = Self.lastEOI(b) else { return nil }
                scan = Array(b[p..<end])
                return
            }
            segments.append((marker, Array(b[p + 4..<p + 2 + length])))
            p += 2 + length
        }
        return nil
    }

    /// Offset after the first FF D9 that follows only entropy data and segments (searching from the end
    /// would include trailers; the fixtures have none after cleaning, so the first is the end).
    public static func lastEOI(_ b: [UInt8]) -> Int? {
        var i = b.count - 2
        while i >= 0 {
            if b[i] == 0xFF && b[i + 1] == 0xD9 { return i + 2 }
            i -= 1
        }
        return nil
    }

    /// The TIFF block of the first APP1 Exif segment.
    public var exif: IndependentExif? {
        guard let s = segments.first(where: { $0.marker == 0xE1 && $0.payload.starts(with: Array("Exif\0\0".utf8)) }) else { return nil }
        return IndependentExif(tiff: Array(s.payload.dropFirst(6)))
    }
}
