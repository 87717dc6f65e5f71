/// GIF (87a/89a): the logical screen size, every block to the trailer.
///
/// Cleaning drops comment extensions, XMP application extensions and data
/// after the trailer; image data and other extensions are kept byte for byte.
func parseGIF(_ bytes: Bytes) throws(MediaError) -> Parsed {
    let n = bytes.count
    let w = try bytes.le16(6, "the GIF screen descriptor")
    let h = try bytes.le16(8, "the GIF screen descriptor")
    let packed = try bytes.u8(10, "the GIF screen descriptor")
    try bytes.need(0, 13, "the GIF screen descriptor")
    guard w > 0, h > 0 else { throw MediaError(.malformed("GIF screen descriptor: width or height is 0"), at: 6) }
    var pos = 13 + (packed & 0x80 != 0 ? 3 << ((packed & 7) + 1) : 0)
    var pieces: [Piece] = []
    var found: MetadataKinds = []
    var keptFrom = 0  // start of the run of kept bytes
    /// Skips data sub-blocks starting at `p`; returns the offset after the terminator.
    func subBlocks(_ start: Int) throws(MediaError) -> Int {
        var p = start
        while true {
            let size = try bytes.u8(p, "GIF data blocks")
            p += 1
            if size == 0 { return p }
            try bytes.need(p, size, "GIF data blocks")
            p += size
        }
    }
    while true {
        let block = try bytes.u8(pos, "the GIF data (no trailer 3B)")
        switch block {
        case 0x3B:
            pieces.append(.range(keptFrom..<pos + 1))
            if pos + 1 < n { found.insert(.other) }
            let info = ImageInfo(format: .gif, size: ImageSize(width: w, height: h), orientation: 1, metadata: found)
            return Parsed(info: info, pieces: found.isEmpty ? [.range(0..<n)] : pieces)
        case 0x2C:
            let flags = try bytes.u8(pos + 9, "a GIF image descriptor")
            var p = pos + 10 + (flags & 0x80 != 0 ? 3 << ((flags & 7) + 1) : 0)
            _ = try bytes.u8(p, "GIF image data")  // LZW minimum code size
            p = try subBlocks(p + 1)
            pos = p
        case 0x21:
            let label = try bytes.u8(pos + 1, "a GIF extension")
            let end = try subBlocks(pos + 2)
            let isXMP = label == 0xFF && bytes.matches([11] + ascii("XMP DataXMP"), at: pos + 2)
            if label == 0xFE || isXMP {
                found.insert(isXMP ? .xmp : .text)
                if isXMP && xmpHasLocation(bytes, pos..<end) { found.insert(.location) }
                pieces.append(.range(keptFrom..<pos))
                keptFrom = end
            }
            pos = end
        default:
            throw MediaError(.malformed("GIF structure: unknown block type \(hex(block))"), at: pos)
        }
    }
}
