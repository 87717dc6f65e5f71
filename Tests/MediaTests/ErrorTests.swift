import Testing

@testable import Media

struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var format: ImageFormat
    var kind: MediaError.Kind
    var offset: Int
    var testDescription: String { name }
}

let phone = fixture("phone-gps-orientation6.jpg")
let png = fixture("gps-text.png")
var randomBytes: [UInt8] {
    var g = SplitMix64(state: 15)
    return (0..<4096).map { _ in UInt8.random(in: 0...255, using: &g) }
}
let heicHeader: [UInt8] = [0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0] + Array("mif1heic".utf8)

let errorCases: [ErrorCase] = [
    ErrorCase(name: "zero bytes", bytes: [], format: .jpeg, kind: .empty, offset: 0),
    ErrorCase(name: "random bytes named .jpg", bytes: randomBytes, format: .jpeg, kind: .notAnImage(expected: .jpeg), offset: 0),
    ErrorCase(name: "a PNG named .jpg", bytes: png, format: .jpeg, kind: .wrongFormat(actual: .image(.png), expected: .jpeg), offset: 0),
    ErrorCase(name: "a JPEG named .png", bytes: phone, format: .png, kind: .wrongFormat(actual: .image(.jpeg), expected: .png), offset: 0),
    ErrorCase(name: "HEIC named .jpg", bytes: heicHeader, format: .jpeg, kind: .wrongFormat(actual: .heic, expected: .jpeg), offset: 0),
    ErrorCase(
        name: "PDF named .png", bytes: Array("%PDF-1.7\n".utf8), format: .png,
        kind: .wrongFormat(actual: .pdf, expected: .png), offset: 0),
    ErrorCase(
        name: "HTML named .svg", bytes: Array("<!DOCTYPE html><html></html>".utf8), format: .svg,
        kind: .wrongFormat(actual: .html, expected: .svg), offset: 0),
    ErrorCase(
        name: "JPEG cut inside the image data", bytes: Array(phone.prefix(phone.count - 100)), format: .jpeg,
        kind: .truncated("the image data (no end-of-image marker FF D9)"), offset: phone.count - 100),
    ErrorCase(
        name: "JPEG cut inside the first segment", bytes: Array(phone.prefix(10)), format: .jpeg,
        kind: .truncated("the JPEG header segment FF E1"), offset: 10),
    ErrorCase(name: "JPEG cut after the marker", bytes: [0xFF, 0xD8, 0xFF], format: .jpeg, kind: .truncated("a JPEG marker"), offset: 3),
    ErrorCase(
        name: "JPEG without image data", bytes: [0xFF, 0xD8, 0xFF, 0xD9], format: .jpeg,
        kind: .malformed("JPEG structure: the image ends before any image data"), offset: 2),
    ErrorCase(
        name: "JPEG scan before frame header", bytes: [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9], format: .jpeg,
        kind: .malformed("JPEG structure: image data before the frame header"), offset: 2),
    ErrorCase(
        name: "JPEG garbage between segments", bytes: [0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x02, 0x41], format: .jpeg,
        kind: .malformed("JPEG structure: expected a marker (FF) but found 41"), offset: 6),
    ErrorCase(
        name: "JPEG segment length 1", bytes: [0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x01], format: .jpeg,
        kind: .malformed("JPEG segment length 1"), offset: 4),
    ErrorCase(
        name: "JPEG zero width", bytes: [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 8, 0, 10, 0, 0, 1, 1, 0x11, 0], format: .jpeg,
        kind: .malformed("JPEG frame header: width or height is 0"), offset: 2),
    ErrorCase(
        name: "EXIF IFD0 outside the block",
        bytes: [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x10] + Array("Exif\0\0".utf8) + [0x4D, 0x4D, 0, 0x2A, 0, 0, 0x10, 0], format: .jpeg,
        kind: .malformed("EXIF data: IFD0 offset 4096 lies outside the block"), offset: 12),
    ErrorCase(name: "PNG cut in a chunk", bytes: Array(png.prefix(50)), format: .png, kind: .truncated("the PNG iCCP chunk"), offset: 50),
    ErrorCase(name: "PNG signature only", bytes: Array(png.prefix(8)), format: .png, kind: .truncated("a PNG chunk header"), offset: 8),
    ErrorCase(
        name: "PNG first chunk not IHDR", bytes: Array(png.prefix(8)) + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82],
        format: .png, kind: .malformed("PNG structure: the first chunk is IEND, not IHDR"), offset: 8),
    ErrorCase(
        name: "GIF without trailer", bytes: Array(fixture("comment.gif").dropLast()), format: .gif,
        kind: .truncated("the GIF data (no trailer 3B)"), offset: fixture("comment.gif").count - 1),
    ErrorCase(
        name: "WebP cut short", bytes: Array(fixture("plain-lossy.webp").prefix(100)), format: .webp,
        kind: .truncated("the WebP data (the RIFF header says \(fixture("plain-lossy.webp").count) bytes)"), offset: 100),
    ErrorCase(
        name: "SVG start tag not closed", bytes: Array(#"<svg width="10""#.utf8), format: .svg,
        kind: .truncated("the <svg> start tag"), offset: 15),
    ErrorCase(
        name: "SVG not UTF-8", bytes: Array("<svg>".utf8) + [0xC3, 0x28], format: .svg,
        kind: .malformed("SVG text: not UTF-8"), offset: 5),
    ErrorCase(
        name: "SVG whose root is not svg", bytes: Array("<?xml version=\"1.0\"?><html/>".utf8), format: .svg,
        kind: .malformed("SVG text: the first element is <html>, not <svg>"), offset: 21),
]

@Suite struct ErrorTests {
    @Test(arguments: errorCases)
    func locatedError(_ c: ErrorCase) {
        let inspect = mediaError { () throws(MediaError) in _ = try inspectImage(c.bytes, as: c.format) }
        #expect(inspect?.kind == c.kind)
        #expect(inspect?.offset == c.offset)
        let clean = mediaError { () throws(MediaError) in _ = try cleanImage(c.bytes, as: c.format) }
        #expect(clean == inspect)
    }

    @Test func messagesSayWhatToDo() {
        #expect(
            MediaError(.wrongFormat(actual: .image(.png), expected: .jpeg), at: 0).message
                == "this is a PNG image named .jpg; rename it to .png")
        #expect(MediaError(.wrongFormat(actual: .heic, expected: .jpeg), at: 0).message.hasPrefix("looks like HEIC"))
        #expect(MediaError(.wrongFormat(actual: .heic, expected: .jpeg), at: 0).message.contains("export it as JPEG"))
        #expect(
            MediaError(.truncated("the image data"), at: 120).description
                == "byte 120: the file ends at byte 120 inside the image data; "
                + "it was probably cut off while copying, copy or export it again")
        #expect(MediaError(.empty, at: 0).message == "the file is empty (0 bytes); export the image again")
    }
}
