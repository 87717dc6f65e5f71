import TestSupport
import Testing

@testable import Media

/// The phone photo: GPS, maker note, serials, thumbnail, XMP with GPS, a comment, an ICC profile, orientation 6.
/// Checked with the independent readers in Support.swift (and, during development, against exiftool 12.57:
/// `exiftool -a -G1` on the cleaned file lists only JFIF, IFD0 Orientation and the ICC profile).
@Suite struct CleanJPEGTests {
    let original = fixture("phone-gps-orientation6.jpg")

    @Test func originalHasWhatTheTestRemoves() throws {
        let jpeg = try #require(IndependentJPEG(original))
        let exif = try #require(jpeg.exif)
        #expect(exif.ifd0[0x8825] != nil)  // GPS IFD pointer
        #expect(exif.gpsIFD[0x0002] != nil)  // GPSLatitude
        #expect(exif.exifIFD[0x927C] != nil)  // MakerNote
        #expect(exif.exifIFD[0xA431] != nil)  // BodySerialNumber
        #expect(exif.hasIFD1)  // thumbnail
        #expect(exif.ifd0[0x0112]?.value == 6)
        #expect(contains(original, "GPSLatitude") && contains(original, "taken at home") && contains(original, "SN-12345678"))
    }

    @Test func cleanedHasNoGPSAndKeepsOrientationAndPixels() throws {
        let cleaned = try cleanImage(original, as: .jpeg)
        let jpeg = try #require(IndependentJPEG(cleaned))
        let exif = try #require(jpeg.exif)
        #expect(exif.ifd0[0x8825] == nil)  // no GPS IFD
        #expect(exif.gpsIFD.isEmpty)
        #expect(exif.ifd0[0x8769] == nil)  // no Exif IFD (maker note, serials)
        #expect(!exif.hasIFD1)  // no thumbnail
        #expect(exif.ifd0[0x0112] == IFDEntry(type: 3, count: 1, value: 6))
        #expect(Set(exif.ifd0.keys) == [0x0112])
        // the entropy-coded data (SOS … EOI) is byte for byte the original's
        let before = try #require(IndependentJPEG(original))
        #expect(jpeg.scan == before.scan)
        #expect(!jpeg.scan.isEmpty)
        // the tables, frame header and ICC profile are kept, in order
        let kept: Set<UInt8> = [0xE0, 0xE2, 0xDB, 0xC4, 0xC0, 0xDD, 0xEE]
        #expect(
            jpeg.segments.filter { kept.contains($0.marker) }.map(\.payload)
                == before.segments.filter { kept.contains($0.marker) }.map(\.payload))
        #expect(jpeg.segments.contains { $0.marker == 0xE2 && $0.payload.starts(with: Array("ICC_PROFILE\0".utf8)) })
        // nothing else survives
        for secret in ["GPSLatitude", "taken at home", "SN-12345678", "LENS-42", "HonorCam", "secret-maker-data", "http://ns.adobe.com"] {
            #expect(!contains(cleaned, secret), "\(secret)")
        }
        #expect(jpeg.segments.filter { $0.marker == 0xE1 }.count == 1)
        #expect(!jpeg.segments.contains { $0.marker == 0xFE })
    }

    @Test func dataAfterTheEndIsDropped() throws {
        let clean = fixture("clean-progressive.jpg")
        let withTrailer = clean + Array("MPF secondary image with GPS".utf8)
        let info = try inspectImage(withTrailer, as: .jpeg)
        #expect(info.metadata == [.other])
        #expect(try cleanImage(withTrailer, as: .jpeg) == clean)
    }

    @Test func orientationOnlyFileIsCopiedUnchanged() throws {
        let bytes = fixture("orientation8-only.jpg")
        #expect(try cleanImage(bytes, as: .jpeg) == bytes)
    }
}

@Suite struct CleanOtherFormatsTests {
    @Test func pngLosesTextAndGPSAndKeepsImageData() throws {
        let original = fixture("gps-text.png")
        let cleaned = try cleanImage(original, as: .png)
        let before = pngChunks(original)
        let after = pngChunks(cleaned)
        #expect(before.contains { $0.type == "tEXt" } && before.contains { $0.type == "iTXt" })
        #expect(after.map(\.type).filter { ["tEXt", "iTXt", "zTXt"].contains($0) }.isEmpty)
        #expect(after.filter { $0.type == "IDAT" }.map(\.data) == before.filter { $0.type == "IDAT" }.map(\.data))
        #expect(after.filter { $0.type == "iCCP" }.map(\.data) == before.filter { $0.type == "iCCP" }.map(\.data))
        #expect(after.first?.type == "IHDR" && after.last?.type == "IEND")
        let exifChunk = try #require(after.first { $0.type == "eXIf" })
        let exif = try #require(IndependentExif(tiff: exifChunk.data))
        #expect(exif.ifd0[0x8825] == nil && exif.gpsIFD.isEmpty)
        #expect(exif.ifd0[0x0112]?.value == 6)
        #expect(exifChunk.crc == crc32(Array("eXIf".utf8) + exifChunk.data))
        #expect(crc32(Array("123456789".utf8)) == 0xCBF4_3926)  // the CRC-32 check value
        for secret in ["GPSLatitude", "taken at home", "SN-12345678"] { #expect(!contains(cleaned, secret), "\(secret)") }
    }

    // Before eXIf was registered (2017), ImageMagick wrote EXIF into PNG as `exIf`, and `zxIf` held it
    // compressed; exiftool reads both. They were kept as unknown chunks: GPS published, no note.
    @Test func pngLosesThePreStandardExifChunks() throws {
        let original = fixture("gps-text.png")
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            var c: [UInt8] = []
            c.appendBE32(data.count)
            c += Array(type.utf8) + data
            c.appendBE32(Int(crc32(Array(type.utf8) + data)))
            return c
        }
        for type in ["exIf", "zxIf"] {
            // the fixture without its text chunks, its EXIF in the old chunk instead of eXIf
            var png = Array(original[..<8])
            for c in pngChunks(original) where !["tEXt", "iTXt", "zTXt"].contains(c.type) {
                png += chunk(c.type == "eXIf" ? type : c.type, c.data)
            }
            let info = try inspectImage(png, as: .png)
            #expect(info.metadata.contains(.exif), "\(type)")
            #expect(info.hasLocation == (type == "exIf"), "\(type)")  // a compressed one is not read, only removed
            let cleaned = try cleanImage(png, as: .png)
            #expect(!pngChunks(cleaned).contains { $0.type == type })
            let leaked = contains(cleaned, "SN-12345678")  // (not printed: 1,000 bytes)
            #expect(!leaked, "\(type)")
        }
    }

    @Test func webpLosesXMPAndGPSAndFixesSizes() throws {
        let original = fixture("gps-xmp.webp")
        let cleaned = try cleanImage(original, as: .webp)
        let before = webpChunks(original)
        let after = webpChunks(cleaned)
        #expect(before.contains { $0.type == "XMP " })
        #expect(!after.contains { $0.type == "XMP " })
        let riffSize = Int(cleaned[4]) | Int(cleaned[5]) << 8 | Int(cleaned[6]) << 16 | Int(cleaned[7]) << 24
        #expect(riffSize == cleaned.count - 8)
        #expect(after.filter { $0.type == "VP8 " }.map(\.data) == before.filter { $0.type == "VP8 " }.map(\.data))
        #expect(after.filter { $0.type == "ICCP" }.map(\.data) == before.filter { $0.type == "ICCP" }.map(\.data))
        let flags = try #require(after.first { $0.type == "VP8X" }?.data.first)
        #expect(flags & 0x04 == 0)  // no XMP flag
        #expect(flags & 0x08 != 0)  // EXIF (orientation) kept
        #expect(flags & 0x20 != 0)  // ICC kept
        let exifData = try #require(after.first { $0.type == "EXIF" }?.data)
        let exif = try #require(IndependentExif(tiff: exifData))
        #expect(exif.ifd0[0x8825] == nil && exif.ifd0[0x0112]?.value == 6)
        for secret in ["GPSLatitude", "SN-12345678"] { #expect(!contains(cleaned, secret), "\(secret)") }
    }

    @Test func gifLosesComment() throws {
        let original = fixture("comment.gif")
        let cleaned = try cleanImage(original, as: .gif)
        #expect(contains(original, "taken at home") && !contains(cleaned, "taken at home"))
        #expect(cleaned.count == original.count - (2 + 1 + 13 + 1))  // 21 FE, one 13-byte sub-block, terminator
        #expect(cleaned.last == 0x3B)
    }
}
