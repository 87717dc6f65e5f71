/// WebP (RIFF container, RFC 9649): the size from VP8, VP8L or VP8X, every chunk.
///
/// Cleaning drops `XMP ` chunks and data after the RIFF end, replaces `EXIF`
/// by one holding only the orientation, updates the VP8X flags and the RIFF size.
func parseWebP(_ bytes: Bytes) throws(MediaError) -> Parsed {
    let n = bytes.count
    let riffSize = try bytes.le32(4, "the RIFF header")
    try bytes.need(0, 12, "the RIFF header")
    let riffEnd = 8 + riffSize
    try bytes.need(0, riffEnd, "the WebP data (the RIFF header says \(riffEnd) bytes)")
    var found: MetadataKinds = n > riffEnd ? [.other] : []
    var chunks: [Piece] = []
    var exif: ExifSummary?
    var exifPiece: Int?
    var vp8x: (piece: Int, range: Range<Int>)?
    var size: (width: Int, height: Int)?
    var pos = 12
    while pos < riffEnd {
        try bytes.need(pos, 8, "a WebP chunk header")
        guard pos + 8 <= riffEnd else { throw MediaError(.malformed("WebP chunk header runs past the RIFF end"), at: pos) }
        let type = String(decoding: bytes.b[pos..<pos + 4], as: UTF8.self)
        let length = try bytes.le32(pos + 4, "a WebP chunk header")
        let data = pos + 8..<pos + 8 + length
        let end = data.upperBound + (length & 1)
        guard data.upperBound <= riffEnd else { throw MediaError(.malformed("WebP \(type) chunk runs past the RIFF end"), at: pos) }
        let chunk = pos..<min(end, riffEnd)
        if size == nil {
            let d = data.lowerBound
            switch type {
            case "VP8 ":
                guard length >= 10, bytes.matches([0x9D, 0x01, 0x2A], at: d + 3) else {
                    throw MediaError(.malformed("WebP VP8 frame header"), at: d)
                }
                size = (try bytes.le16(d + 6, "VP8") & 0x3FFF, try bytes.le16(d + 8, "VP8") & 0x3FFF)
            case "VP8L":
                guard length >= 5, bytes.b[d] == 0x2F else { throw MediaError(.malformed("WebP VP8L header"), at: d) }
                let bits = try bytes.le32(d + 1, "VP8L")
                size = ((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
            case "VP8X":
                guard length >= 10 else { throw MediaError(.malformed("WebP VP8X chunk"), at: pos) }
                size = (try bytes.le24(d + 4, "VP8X") + 1, try bytes.le24(d + 7, "VP8X") + 1)
                vp8x = (chunks.count, chunk)
            default:
                throw MediaError(.malformed("WebP structure: the first chunk is '\(type)', not VP8, VP8L or VP8X"), at: pos)
            }
            guard let s = size, s.width > 0, s.height > 0 else { throw MediaError(.malformed("WebP size: width or height is 0"), at: d) }
            chunks.append(.range(chunk))
        } else if type == "EXIF" && exif == nil {
            let skip = bytes.matches(ascii("Exif\0\0"), at: data.lowerBound) ? 6 : 0
            let summary = try readExif(bytes, data.lowerBound + skip..<data.upperBound)
            exif = summary
            found.formUnion(summary.found)
            exifPiece = chunks.count
            chunks.append(.range(chunk))
        } else if type == "EXIF" {
            found.insert(.exif)
        } else if type == "XMP " {
            found.insert(.xmp)
            if xmpHasLocation(bytes, data) { found.insert(.location) }
        } else {
            chunks.append(.range(chunk))
        }
        pos = end
    }
    guard let (w, h) = size else { throw MediaError(.truncated("the WebP data (no image chunk)"), at: riffEnd) }
    let orientation = exif?.orientation ?? 1
    let info = ImageInfo(
        format: .webp, size: displayed(width: w, height: h, orientation: orientation),
        orientation: orientation, metadata: found)
    if found.isEmpty { return Parsed(info: info, pieces: [.range(0..<n)]) }
    var keptExif = false
    if let i = exifPiece {
        if let o = exif?.orientation {
            var data = minimalExif(orientation: o, bigEndian: exif?.bigEndian ?? true)
            var c = ascii("EXIF")
            c.appendLE32(data.count)
            if data.count & 1 == 1 { data.append(0) }
            chunks[i] = .bytes(c + data)
            keptExif = true
        } else {
            chunks.remove(at: i)
        }
    }
    if let (i, r) = vp8x {
        var c = Array(bytes.b[r])
        c[8] &= ~UInt8(0x04 | 0x08)  // XMP, EXIF flags
        if keptExif { c[8] |= 0x08 }
        chunks[i] = .bytes(c)
    }
    let body = chunks.reduce(0) { total, p in
        switch p {
        case .range(let r): return total + r.count
        case .bytes(let b): return total + b.count
        }
    }
    var header = ascii("RIFF")
    header.appendLE32(4 + body)
    header += ascii("WEBP")
    return Parsed(info: info, pieces: [.bytes(header)] + chunks)
}
