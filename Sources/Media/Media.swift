/// Reading and cleaning images by their container structure (no pixels are decoded).
///
/// ```swift
/// let info = try inspectImage(bytes, as: .jpeg)     // size, orientation, metadata found
/// let safe = try cleanImage(bytes, as: .jpeg)       // same pixels, no location or device data
/// ```
///
/// Both functions check that the bytes are the format asked for and throw a
/// ``MediaError`` with a byte offset for anything else: another format, a
/// truncated file, a damaged structure. Neither ever traps on any input.

/// What `bytes` hold, read as `format`.
/// - Throws: ``MediaError`` when the bytes are not a complete, well-formed image of that format.
public func inspectImage(_ bytes: [UInt8], as format: ImageFormat) throws(MediaError) -> ImageInfo {
    try withBuffer(bytes) { b throws(MediaError) in try inspectImage(bytes: b, as: format) }
}

/// ``inspectImage(_:as:)`` over borrowed bytes (a file's `Data`, a mapping), without copying them.
public func inspectImage(bytes: UnsafeRawBufferPointer, as format: ImageFormat) throws(MediaError) -> ImageInfo {
    try parse(bytes, as: format).info
}

/// `bytes` without location, device data, thumbnails, comments and text
/// (see ``MetadataKinds``); the image data, the orientation and the colour
/// profile are kept byte for byte. Returns `bytes` unchanged when there is
/// nothing to remove (``ImageInfo/metadata`` is empty).
/// - Throws: ``MediaError``, as ``inspectImage(_:as:)``.
public func cleanImage(_ bytes: [UInt8], as format: ImageFormat) throws(MediaError) -> [UInt8] {
    let parsed = try withBuffer(bytes) { b throws(MediaError) in try parse(b, as: format) }
    return parsed.info.metadata.isEmpty ? bytes : bytes.withUnsafeBytes { parsed.assemble($0) }
}

/// ``cleanImage(_:as:)`` over borrowed bytes, without copying them first.
public func cleanImage(bytes: UnsafeRawBufferPointer, as format: ImageFormat) throws(MediaError) -> [UInt8] {
    let parsed = try parse(bytes, as: format)
    return parsed.info.metadata.isEmpty ? Array(bytes) : parsed.assemble(bytes)
}

/// How to write `bytes` cleaned, as pieces of the original and new bytes, so a
/// writer can copy the large ranges without holding them (`copy_file_range`);
/// nil when there is nothing to remove (publish the file as it is).
/// - Throws: ``MediaError``, as ``inspectImage(_:as:)``.
public func cleaningPlan(bytes: UnsafeRawBufferPointer, as format: ImageFormat) throws(MediaError) -> [Piece]? {
    let parsed = try parse(bytes, as: format)
    return parsed.info.metadata.isEmpty ? nil : parsed.pieces
}

/// ``inspectImage(bytes:as:)`` and ``cleaningPlan(bytes:as:)`` from one reading of the bytes, so
/// a file checked when loaded can be written cleaned later without being read and scanned again.
///
/// The plan is compact: adjacent ranges are joined, and ranges shorter than `inlineBelow`
/// bytes (headers, tables) are held as bytes, so a writer makes one write of the new
/// headers and one copy of the image data.
/// - Throws: ``MediaError``, as ``inspectImage(_:as:)``.
public func inspectImageAndPlan(bytes: UnsafeRawBufferPointer, as format: ImageFormat, inlineBelow: Int = 0) throws(MediaError)
    -> (info: ImageInfo, plan: [Piece]?)
{
    let parsed = try parse(bytes, as: format)
    return (parsed.info, parsed.info.metadata.isEmpty ? nil : compacted(parsed.pieces, bytes, inlineBelow: inlineBelow))
}

/// `pieces` with adjacent ranges joined, ranges shorter than `inlineBelow` turned into
/// their bytes, and adjacent bytes joined; the same file results.
func compacted(_ pieces: [Piece], _ bytes: UnsafeRawBufferPointer, inlineBelow: Int) -> [Piece] {
    var joined: [Range<Int>?] = []  // nil: new bytes, taken from `pieces` in order
    var fresh: [[UInt8]] = []
    for p in pieces {
        switch p {
        case .range(let r):
            if case let l?? = joined.last, l.upperBound == r.lowerBound {
                joined[joined.count - 1] = l.lowerBound..<r.upperBound
            } else {
                joined.append(r)
            }
        case .bytes(let b):
            joined.append(nil)
            fresh.append(b)
        }
    }
    var out: [Piece] = []
    var next = 0
    for r in joined {
        let piece: Piece
        if let r {
            piece = r.count < inlineBelow ? .bytes(Array(bytes[r])) : .range(r)
        } else {
            piece = .bytes(fresh[next])
            next += 1
        }
        if case .bytes(let b) = piece, case .bytes(let a)? = out.last { out[out.count - 1] = .bytes(a + b) } else { out.append(piece) }
    }
    return out
}

/// Calls `body` with the array's bytes (an empty array gives an empty buffer).
func withBuffer<R>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(MediaError) -> R) throws(MediaError) -> R {
    let result: Result<R, MediaError> = bytes.withUnsafeBytes { b in
        do throws(MediaError) { return .success(try body(b)) } catch { return .failure(error) }
    }
    return try result.get()
}

func parse(_ bytes: UnsafeRawBufferPointer, as format: ImageFormat) throws(MediaError) -> Parsed {
    guard !bytes.isEmpty else { throw MediaError(.empty, at: 0) }
    let detected = DetectedFormat(sniffing: bytes)
    if detected != .image(format) {
        if format == .svg && detected == .unknown {
            // an SVG with a long prolog: the SVG reader says what is wrong
        } else if detected == .unknown {
            throw MediaError(.notAnImage(expected: format), at: 0)
        } else {
            throw MediaError(.wrongFormat(actual: detected, expected: format), at: 0)
        }
    }
    let b = Bytes(bytes)
    switch format {
    case .jpeg: return try parseJPEG(b)
    case .png: return try parsePNG(b)
    case .gif: return try parseGIF(b)
    case .webp: return try parseWebP(b)
    case .svg: return try parseSVG(b)
    }
}
