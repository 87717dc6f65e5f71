#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// JPEG (ITU-T T.81 / JFIF / EXIF): marker segments up to the first scan, the
/// frame header for the size, APP1 EXIF for the orientation and metadata.
///
/// Cleaning keeps SOI, JFIF APP0, ICC profile APP2 segments, Adobe APP14 and
/// every table and frame segment; the EXIF APP1 is replaced by one holding only
/// the orientation; everything from the first SOS to EOI is kept byte for byte;
/// other application segments, comments and data after EOI are dropped.
func parseJPEG(_ bytes: Bytes) throws(MediaError) -> Parsed {
    let n = bytes.count
    var pieces: [Piece] = [.range(0..<2)]
    var found: MetadataKinds = []
    var exif: ExifSummary?
    var exifPiece: Int?
    var size: (width: Int, height: Int)?
    var pos = 2
    while true {
        guard pos < n else { throw MediaError(.truncated("the JPEG headers (before any image data)"), at: n) }
        guard bytes.b[pos] == 0xFF else {
            throw MediaError(.malformed("JPEG structure: expected a marker (FF) but found \(hex(bytes.b[pos]))"), at: pos)
        }
        var m = pos + 1
        while m < n && bytes.b[m] == 0xFF { m += 1 }  // fill bytes
        let marker = try bytes.u8(m, "a JPEG marker")
        switch marker {
        case 0xD8: throw MediaError(.malformed("JPEG structure: a second start-of-image marker"), at: pos)
        case 0xD9: throw MediaError(.malformed("JPEG structure: the image ends before any image data"), at: pos)
        case 0x00: throw MediaError(.malformed("JPEG structure: invalid marker FF 00"), at: pos)
        case 0x01, 0xD0...0xD7:
            pieces.append(.range(pos..<m + 1))
            pos = m + 1
            continue
        default: break
        }
        let length = try bytes.be16(m + 1, "a JPEG segment length")
        guard length >= 2 else { throw MediaError(.malformed("JPEG segment length \(length)"), at: m + 1) }
        let payload = m + 3..<m + 1 + length
        try bytes.need(payload.lowerBound, payload.count, "the JPEG header segment FF \(hex(marker))")
        let segment = pos..<payload.upperBound
        switch marker {
        case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
            guard payload.count >= 6 else { throw MediaError(.malformed("JPEG frame header (too short)"), at: pos) }
            let h = try bytes.be16(payload.lowerBound + 1, "the frame header")
            let w = try bytes.be16(payload.lowerBound + 3, "the frame header")
            guard w > 0, h > 0 else { throw MediaError(.malformed("JPEG frame header: width or height is 0"), at: pos) }
            if size == nil { size = (w, h) }
            pieces.append(.range(segment))
        case 0xDA:
            guard let size else { throw MediaError(.malformed("JPEG structure: image data before the frame header"), at: pos) }
            let end = try scanToEnd(bytes, from: payload.upperBound)
            pieces.append(.range(pos..<end))
            if end < n { found.insert(.other) }  // data after EOI: multi-picture images, trailers
            let orientation = exif?.orientation ?? 1
            let info = ImageInfo(
                format: .jpeg, size: displayed(width: size.width, height: size.height, orientation: orientation),
                orientation: orientation, metadata: found)
            if found.isEmpty { return Parsed(info: info, pieces: [.range(0..<n)]) }
            if let i = exifPiece {
                if let o = exif?.orientation {
                    var app1: [UInt8] = [0xFF, 0xE1]
                    let tiff = minimalExif(orientation: o, bigEndian: exif?.bigEndian ?? true)
                    app1.appendBE16(2 + 6 + tiff.count)
                    app1 += ascii("Exif") + [0, 0] + tiff
                    pieces[i] = .bytes(app1)
                } else {
                    pieces.remove(at: i)
                }
            }
            return Parsed(info: info, pieces: pieces)
        case 0xE0:
            if bytes.matches(ascii("JFIF\0"), at: payload.lowerBound) {
                pieces.append(.range(segment))
            } else {
                found.insert(bytes.matches(ascii("JFXX\0"), at: payload.lowerBound) ? .thumbnail : .other)
            }
        case 0xE1:
            if bytes.matches(ascii("Exif\0"), at: payload.lowerBound) && payload.count >= 6 {
                if exif == nil {
                    let summary = try readExif(bytes, payload.lowerBound + 6..<payload.upperBound)
                    exif = summary
                    found.formUnion(summary.found)
                    exifPiece = pieces.count
                    pieces.append(.range(segment))
                } else {
                    found.insert(.exif)
                }
            } else if bytes.matches(ascii("http://ns.adobe.com/"), at: payload.lowerBound) {
                found.insert(.xmp)
                if xmpHasLocation(bytes, payload) { found.insert(.location) }
            } else {
                found.insert(.other)
            }
        case 0xE2:
            if bytes.matches(ascii("ICC_PROFILE\0"), at: payload.lowerBound) {
                pieces.append(.range(segment))
            } else {
                found.insert(bytes.matches(ascii("MPF\0"), at: payload.lowerBound) ? .thumbnail : .other)
            }
        case 0xEE:
            if bytes.matches(ascii("Adobe"), at: payload.lowerBound) { pieces.append(.range(segment)) } else { found.insert(.other) }
        case 0xED, 0xFE:
            found.insert(.text)  // Photoshop/IPTC, comments
        case 0xE3...0xEF:
            found.insert(.other)
        default:
            pieces.append(.range(segment))  // tables, restart interval, other frame data
        }
        pos = segment.upperBound
    }
}

/// From the first byte after an SOS header, walks the entropy-coded data and
/// any segments between scans to the end-of-image marker.
/// - Returns: the offset just after `FF D9`.
private func scanToEnd(_ bytes: Bytes, from start: Int) throws(MediaError) -> Int {
    let n = bytes.count
    var q = start
    let noEnd = "the image data (no end-of-image marker FF D9)"
    while true {
        guard q < n else { throw MediaError(.truncated(noEnd), at: n) }
        guard let base = bytes.b.baseAddress, let p = memchr(base + q, 0xFF, n - q) else {
            throw MediaError(.truncated(noEnd), at: n)
        }
        let ff = base.distance(to: UnsafeRawPointer(p))
        guard ff + 1 < n else { throw MediaError(.truncated(noEnd), at: n) }
        let c = bytes.b[ff + 1]
        switch c {
        case 0x00, 0xD0...0xD7: q = ff + 2  // stuffed byte, restart marker
        case 0xFF: q = ff + 1  // fill byte
        case 0xD9: return ff + 2
        case 0xD8: throw MediaError(.malformed("JPEG image data: a start-of-image marker inside the image"), at: ff)
        default:  // a segment between scans (tables, next SOS)
            let length = try bytes.be16(ff + 2, noEnd)
            guard length >= 2 else { throw MediaError(.malformed("JPEG segment length \(length)"), at: ff + 2) }
            try bytes.need(ff + 2, length, noEnd)
            q = ff + 2 + length
        }
    }
}

/// `FF`, `D8`: two upper-case hex digits.
func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}
func hex(_ byte: Int) -> String { hex(UInt8(truncatingIfNeeded: byte)) }
