/// PNG (ISO/IEC 15948, PNG 3rd edition for eXIf): the IHDR size, every chunk to IEND.
///
/// Cleaning drops `tEXt`, `iTXt`, `zTXt`, the pre-standard `exIf`/`zxIf` and data after IEND, and replaces
/// `eXIf` by one holding only the orientation; other chunks (including `iCCP`)
/// are kept byte for byte.
func parsePNG(_ bytes: Bytes) throws(MediaError) -> Parsed {
    let n = bytes.count
    var pieces: [Piece] = [.range(0..<8)]
    var found: MetadataKinds = []
    var exif: ExifSummary?
    var exifPiece: Int?
    var size: (width: Int, height: Int)?
    var pos = 8
    while true {
        let length = try bytes.be32(pos, "a PNG chunk header")
        try bytes.need(pos + 4, 4, "a PNG chunk header")
        let typeBytes = Array(bytes.b[pos + 4..<pos + 8])
        guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
            throw MediaError(.malformed("PNG chunk type (not four letters)"), at: pos + 4)
        }
        let type = String(decoding: typeBytes, as: UTF8.self)
        guard length <= 0x7FFF_FFFF else { throw MediaError(.malformed("PNG \(type) chunk length"), at: pos) }
        let data = pos + 8..<pos + 8 + length
        try bytes.need(pos, 12 + length, "the PNG \(type) chunk")
        let chunk = pos..<data.upperBound + 4
        if size == nil && type != "IHDR" { throw MediaError(.malformed("PNG structure: the first chunk is \(type), not IHDR"), at: pos) }
        switch type {
        case "IHDR":
            guard size == nil, length == 13 else { throw MediaError(.malformed("PNG IHDR chunk"), at: pos) }
            let w = try bytes.be32(data.lowerBound, "IHDR")
            let h = try bytes.be32(data.lowerBound + 4, "IHDR")
            guard w > 0, h > 0, w <= 0x7FFF_FFFF, h <= 0x7FFF_FFFF else {
                throw MediaError(.malformed("PNG IHDR chunk: width or height is 0 or too large"), at: data.lowerBound)
            }
            size = (w, h)
            pieces.append(.range(chunk))
        case "eXIf":
            if exif == nil {
                let summary = try readExif(bytes, data)
                exif = summary
                found.formUnion(summary.found)
                exifPiece = pieces.count
                pieces.append(.range(chunk))
            } else {
                found.insert(.exif)
            }
        case "exIf", "zxIf":
            // EXIF as ImageMagick wrote it before eXIf was registered (plain, or compressed):
            // dropped; a plain one is read for what it held (a damaged one is just camera data).
            found.insert(.exif)
            if type == "exIf", let summary = try? readExif(bytes, data) { found.formUnion(summary.found) }
        case "tEXt", "iTXt", "zTXt":
            found.insert(.text)
            if bytes.matches(ascii("XML:com.adobe.xmp\0"), at: data.lowerBound) {
                found.insert(.xmp)
                if xmpHasLocation(bytes, data) { found.insert(.location) }
            }
        case "IEND":
            pieces.append(.range(chunk))
            if chunk.upperBound < n { found.insert(.other) }
            let (w, h) = size ?? (0, 0)
            let orientation = exif?.orientation ?? 1
            let info = ImageInfo(
                format: .png, size: displayed(width: w, height: h, orientation: orientation),
                orientation: orientation, metadata: found)
            if found.isEmpty { return Parsed(info: info, pieces: [.range(0..<n)]) }
            if let i = exifPiece {
                if let o = exif?.orientation {
                    pieces[i] = .bytes(pngChunk("eXIf", minimalExif(orientation: o, bigEndian: exif?.bigEndian ?? true)))
                } else {
                    pieces.remove(at: i)
                }
            }
            return Parsed(info: info, pieces: pieces)
        default:
            pieces.append(.range(chunk))
        }
        pos = chunk.upperBound
    }
}

/// A complete chunk: length, type, data, CRC-32 of type and data.
func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.appendBE32(data.count)
    let body = ascii(type) + data
    out += body
    out.appendBE32(Int(crc32(body)))
    return out
}

/// CRC-32 (ISO 3309, polynomial 0xEDB88320) as PNG uses it.
func crc32(_ bytes: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        c ^= UInt32(byte)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }
    return c ^ 0xFFFF_FFFF
}
