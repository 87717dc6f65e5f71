/// SVG: UTF-8 text whose root element is `<svg>`; the size from its `width`
/// and `height` (unitless or `px`) or its `viewBox`. SVG files are not cleaned.
func parseSVG(_ bytes: Bytes) throws(MediaError) -> Parsed {
    let b = bytes.b
    if let bad = firstInvalidUTF8(b) { throw MediaError(.malformed("SVG text: not UTF-8"), at: bad) }
    var p = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    func skipSpace() { while p < b.count, [0x20, 0x09, 0x0A, 0x0D].contains(b[p]) { p += 1 } }
    func skip(past end: [UInt8], _ what: String) throws(MediaError) {
        while p < b.count, !bytes.matches(end, at: p) { p += 1 }
        guard p < b.count else { throw MediaError(.truncated(what), at: b.count) }
        p += end.count
    }
    // Prolog: XML declaration, comments, processing instructions, DOCTYPE (with an internal subset).
    while true {
        skipSpace()
        if bytes.matches(ascii("<?"), at: p) {
            try skip(past: ascii("?>"), "an SVG processing instruction")
        } else if bytes.matches(ascii("<!--"), at: p) {
            try skip(past: ascii("-->"), "an SVG comment")
        } else if bytes.matches(ascii("<!DOCTYPE"), at: p) {
            var depth = 0
            while p < b.count {
                if b[p] == 0x5B { depth += 1 } else if b[p] == 0x5D { depth -= 1 } else if b[p] == 0x3E && depth <= 0 { break }
                p += 1
            }
            guard p < b.count else { throw MediaError(.truncated("the SVG DOCTYPE"), at: b.count) }
            p += 1
        } else {
            break
        }
    }
    let tagStart = p
    guard p < b.count, b[p] == 0x3C else {
        if p >= b.count { throw MediaError(.truncated("the SVG text (no <svg> element)"), at: b.count) }
        throw MediaError(.notAnImage(expected: .svg), at: p)
    }
    p += 1
    var nameEnd = p
    while nameEnd < b.count, !isSpace(b[nameEnd]), b[nameEnd] != 0x3E, b[nameEnd] != 0x2F { nameEnd += 1 }
    let name = String(decoding: b[p..<nameEnd], as: UTF8.self)
    guard name == "svg" || name.hasSuffix(":svg") else {
        throw MediaError(.malformed("SVG text: the first element is <\(name)>, not <svg>"), at: tagStart)
    }
    p = nameEnd
    var attributes: [String: String] = [:]
    while true {
        skipSpace()
        guard p < b.count else { throw MediaError(.truncated("the <svg> start tag"), at: b.count) }
        if b[p] == 0x3E || b[p] == 0x2F { break }
        let nameStart = p
        while p < b.count, !isSpace(b[p]), b[p] != 0x3D, b[p] != 0x3E, b[p] != 0x2F { p += 1 }
        let key = String(decoding: b[nameStart..<p], as: UTF8.self)
        skipSpace()
        guard p < b.count, b[p] == 0x3D else { throw MediaError(.malformed("SVG <svg> attribute '\(key)' without a value"), at: nameStart) }
        p += 1
        skipSpace()
        guard p < b.count, b[p] == 0x22 || b[p] == 0x27 else {
            throw MediaError(.malformed("SVG <svg> attribute '\(key)': value not in quotes"), at: min(p, b.count))
        }
        let quote = b[p]
        p += 1
        let valueStart = p
        while p < b.count, b[p] != quote { p += 1 }
        guard p < b.count else { throw MediaError(.truncated("the <svg> start tag"), at: b.count) }
        attributes[key] = String(decoding: b[valueStart..<p], as: UTF8.self)
        p += 1
    }
    let width = attributes["width"].flatMap(svgLength)
    let height = attributes["height"].flatMap(svgLength)
    let box = attributes["viewBox"].flatMap(viewBoxSize)
    var size: ImageSize?
    switch (width, height, box) {
    case (let w?, let h?, _): size = ImageSize(width: w, height: h)
    case (let w?, nil, let b?): size = pixels(Double(w) * b.1 / b.0).map { ImageSize(width: w, height: $0) }
    case (nil, let h?, let b?): size = pixels(Double(h) * b.0 / b.1).map { ImageSize(width: $0, height: h) }
    case (_, _, let b?):
        if let w = pixels(b.0), let h = pixels(b.1) { size = ImageSize(width: w, height: h) }
    default: size = nil
    }
    return Parsed(info: ImageInfo(format: .svg, size: size, orientation: 1, metadata: []), pieces: [.range(0..<b.count)])
}

private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

/// `120`, `120.5`, `120px` → pixels (rounded, at least 1); other units and percentages → nil.
func svgLength(_ text: String) -> Int? {
    var t = Substring(text.trimmingSpaces)
    if t.hasSuffix("px") { t = t.dropLast(2) }
    return Double(t).flatMap(pixels)
}

/// A length in pixels, rounded and at least 1, when finite, positive and below a million (else nil).
func pixels(_ v: Double) -> Int? {
    guard v.isFinite, v > 0, v < 1_000_000 else { return nil }
    return max(1, Int(v.rounded()))
}

/// The width and height of `min-x min-y width height` (spaces and/or commas), both > 0.
func viewBoxSize(_ text: String) -> (Double, Double)? {
    let parts = text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }.compactMap { Double($0) }
    guard parts.count == 4, parts[2].isFinite, parts[3].isFinite, parts[2] > 0, parts[3] > 0,
        parts[2] < 1_000_000, parts[3] < 1_000_000
    else { return nil }
    return (parts[2], parts[3])
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Offset of the first byte that is not part of valid UTF-8, or nil.
func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let s): offset += s.count
        case .emptyInput: return nil
        case .error: return offset
        }
    }
}
