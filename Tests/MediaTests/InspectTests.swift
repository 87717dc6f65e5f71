import Testing

@testable import Media

struct FixtureCase: Sendable, CustomTestStringConvertible {
    var file: String
    var format: ImageFormat
    var size: ImageSize
    var orientation: Int
    var metadata: MetadataKinds
    var testDescription: String { file }
}

let fixtureCases: [FixtureCase] = [
    // 64×48 stored, orientation 6 → shown 48×64
    FixtureCase(
        file: "phone-gps-orientation6.jpg", format: .jpeg, size: ImageSize(width: 48, height: 64), orientation: 6,
        metadata: [.location, .makerNote, .serialNumber, .thumbnail, .exif, .xmp, .text]),
    FixtureCase(file: "clean-progressive.jpg", format: .jpeg, size: ImageSize(width: 40, height: 30), orientation: 1, metadata: []),
    FixtureCase(file: "orientation8-only.jpg", format: .jpeg, size: ImageSize(width: 30, height: 40), orientation: 8, metadata: []),
    FixtureCase(
        file: "gps-text.png", format: .png, size: ImageSize(width: 20, height: 30), orientation: 6,
        metadata: [.location, .makerNote, .serialNumber, .exif, .xmp, .text]),
    FixtureCase(
        file: "gps-xmp.webp", format: .webp, size: ImageSize(width: 20, height: 30), orientation: 6,
        metadata: [.location, .makerNote, .serialNumber, .exif, .xmp]),
    FixtureCase(file: "plain-lossless.webp", format: .webp, size: ImageSize(width: 33, height: 21), orientation: 1, metadata: []),
    FixtureCase(file: "plain-lossy.webp", format: .webp, size: ImageSize(width: 35, height: 25), orientation: 1, metadata: []),
    FixtureCase(file: "comment.gif", format: .gif, size: ImageSize(width: 24, height: 18), orientation: 1, metadata: [.text]),
]

@Suite struct InspectTests {
    @Test(arguments: fixtureCases)
    func readsFixture(_ c: FixtureCase) throws {
        let bytes = fixture(c.file)
        #expect(!bytes.isEmpty)
        let info = try inspectImage(bytes, as: c.format)
        #expect(info.format == c.format)
        #expect(info.size == c.size)
        #expect(info.orientation == c.orientation)
        #expect(info.metadata == c.metadata)
    }

    @Test(arguments: fixtureCases)
    func cleanedFixtureHasNoMetadataAndKeepsSize(_ c: FixtureCase) throws {
        let bytes = fixture(c.file)
        let cleaned = try cleanImage(bytes, as: c.format)
        let info = try inspectImage(cleaned, as: c.format)
        #expect(info.metadata == [])
        #expect(info.size == c.size)
        #expect(info.orientation == c.orientation)
        #expect(try cleanImage(cleaned, as: c.format) == cleaned)  // idempotent
        if c.metadata.isEmpty { #expect(cleaned == bytes) } else { #expect(cleaned.count < bytes.count) }
    }

    @Test func formatsFromFileNames() {
        let cases: [(String, ImageFormat?)] = [
            ("a.jpg", .jpeg), ("a.JPEG", .jpeg), ("media/x.Png", .png), ("b.gif", .gif), ("c.webp", .webp), ("d.svg", .svg),
            ("e.pdf", nil), ("noext", nil), ("dir.jpg/file", nil), (".jpg", .jpeg),
        ]
        for (name, expected) in cases { #expect(ImageFormat(fileName: name) == expected, "\(name)") }
    }

    struct SVGCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var size: ImageSize?
        var testDescription: String { name }
    }

    static let svgCases: [SVGCase] = [
        SVGCase(
            name: "width and height", text: #"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"/>"#,
            size: ImageSize(width: 120, height: 80)),
        SVGCase(name: "px units", text: #"<svg width="12.4px" height='7px'></svg>"#, size: ImageSize(width: 12, height: 7)),
        SVGCase(name: "viewBox only", text: #"<svg viewBox="0 0 640 480"></svg>"#, size: ImageSize(width: 640, height: 480)),
        SVGCase(name: "viewBox with commas", text: "<svg viewBox='0,0,24,12'></svg>", size: ImageSize(width: 24, height: 12)),
        SVGCase(
            name: "width and viewBox", text: #"<svg width="200" viewBox="0 0 100 50"></svg>"#,
            size: ImageSize(width: 200, height: 100)),
        SVGCase(
            name: "percent ignored", text: #"<svg width="100%" height="100%" viewBox="0 0 30 10"></svg>"#,
            size: ImageSize(width: 30, height: 10)),
        SVGCase(
            name: "prolog, comment, doctype with subset",
            text: "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- made by hand -->\n"
                + "<!DOCTYPE svg [ <!ENTITY a \"b\"> ]>\n<svg viewBox=\"0 0 5 6\"/>",
            size: ImageSize(width: 5, height: 6)),
        SVGCase(
            name: "prefixed root", text: #"<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="3" height="4"/>"#,
            size: ImageSize(width: 3, height: 4)),
        SVGCase(name: "no size at all", text: "<svg></svg>", size: nil),
        SVGCase(name: "tiny viewBox width would overflow", text: #"<svg width="10" viewBox="0 0 1e-300 5"></svg>"#, size: nil),
        SVGCase(name: "huge viewBox", text: #"<svg viewBox="0 0 1e308 1e308"></svg>"#, size: nil),
        SVGCase(name: "NaN and negative", text: #"<svg width="nan" height="-4" viewBox="0 0 -1 2"></svg>"#, size: nil),
        SVGCase(name: "em units only", text: #"<svg width="2em" height="1em"></svg>"#, size: nil),
    ]

    @Test(arguments: svgCases)
    func svgSize(_ c: SVGCase) throws {
        let info = try inspectImage(Array(c.text.utf8), as: .svg)
        #expect(info.size == c.size)
        #expect(try cleanImage(Array(c.text.utf8), as: .svg) == Array(c.text.utf8))
    }

    @Test func demoLogoSize() throws {
        let logo =
            #"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img">"#
            + "<title>标志</title></svg>"
        #expect(try inspectImage(Array(logo.utf8), as: .svg).size == ImageSize(width: 64, height: 64))
    }
}
