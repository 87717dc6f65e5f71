import Foundation
import HonorSiteCore
import Media
import TestSupport
import Testing

/// Photos in a built site: checked at load, cleaned on the way out, sized on the page.
@Suite struct MediaSiteTests {
    static let mediaFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("MediaTests/Fixtures")
    /// 64×48 stored, EXIF orientation 6 (shown 48×64), GPS, maker note, serials, thumbnail, XMP, comment, ICC.
    static let phone = (try? [UInt8](Data(contentsOf: mediaFixtures.appendingPathComponent("phone-gps-orientation6.jpg")))) ?? []
    static let png = (try? [UInt8](Data(contentsOf: mediaFixtures.appendingPathComponent("gps-text.png")))) ?? []

    static let locationNote =
        "content/media/riders/tian-fu.jpg: note: had location data (GPS); "
        + "it is removed from the published copy (the file under content/ is unchanged)"
    static let rider = "---\nname: 田富\ndistrict: 福田区\nphoto: riders/tian-fu.jpg\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n田富的故事。\n"

    static let repositoryTheme = mediaFixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    /// The basic fixture site with the repository's theme (whose `<img>` tags are tested), plus `files`
    /// (text) and `binary` files.
    func project(_ files: [String: String] = [:], binary: [String: [UInt8]] = [:], settings: String = "") throws -> URL {
        let dir = try Fixtures.project(site: "basic")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("templates"))
        try TestSupport.copyTree(Self.repositoryTheme, to: dir.appendingPathComponent("templates"))
        try TestSupport.writeTree(files, at: dir)
        for (path, bytes) in binary {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        if !settings.isEmpty {
            let yml = dir.appendingPathComponent("content/site.yml")
            try (String(contentsOf: yml, encoding: .utf8) + settings).write(to: yml, atomically: true, encoding: .utf8)
        }
        return dir
    }

    func build(_ root: URL, strict: Bool = false) throws -> (CompiledSite, URL) {
        let site = try SiteCompiler.compile(Fixtures.options(root, strict: strict))
        let out = root.appendingPathComponent("site")
        try SiteWriter.write(site, to: out, root: root)
        return (site, out)
    }

    @Test func phonePhotoIsPublishedWithoutLocationAndSizedOnThePage() throws {
        #expect(Self.phone.count > 1000)
        let root = try project(["content/riders/tian-fu.md": Self.rider], binary: ["content/media/riders/tian-fu.jpg": Self.phone])
        let (site, out) = try build(root)
        #expect(site.notes.map(\.description) == [Self.locationNote])
        #expect(site.notes.first?.notes(.english) == ["also removed: maker note, serial number, thumbnail, camera data, XMP, text"])
        // the source is untouched
        #expect([UInt8](try Data(contentsOf: root.appendingPathComponent("content/media/riders/tian-fu.jpg"))) == Self.phone)
        // the published copy: no GPS IFD, orientation 6 kept, entropy-coded data identical (independent reader)
        let published = [UInt8](try Data(contentsOf: out.appendingPathComponent("media/riders/tian-fu.jpg")))
        let jpeg = try #require(IndependentJPEG(published))
        let exif = try #require(jpeg.exif)
        #expect(exif.ifd0[0x8825] == nil && exif.gpsIFD.isEmpty)
        #expect(exif.ifd0[0x0112]?.value == 6)
        #expect(jpeg.scan == IndependentJPEG(Self.phone)?.scan)
        // the page and the list card carry the displayed (rotated) size
        let page = try String(contentsOf: out.appendingPathComponent("riders/tian-fu/index.html"), encoding: .utf8)
        let src = #"src="/sub/media/riders/tian-fu.jpg" alt="田富的照片" width="48" height="64""#
        #expect(page.contains(#"<img class="doc__photo" "# + src + #" decoding="async">"#))
        let list = try String(contentsOf: out.appendingPathComponent("riders/index.html"), encoding: .utf8)
        #expect(list.contains(#"<img class="card__photo" "# + src + #" loading="lazy" decoding="async">"#))
        let roll = try String(contentsOf: out.appendingPathComponent("honors/2025/index.html"), encoding: .utf8)
        #expect(roll.contains(#"<img class="roll__photo" "# + src + #" loading="lazy" decoding="async">"#))
    }

    @Test func strictKeepsTheLocationNoteANoteAndAsksForAlt() throws {
        let files = ["content/riders/tian-fu.md": Self.rider]
        let root = try project(files, binary: ["content/media/riders/tian-fu.jpg": Self.phone])
        #expect(Fixtures.diagnostics(root, strict: false) == [])
        #expect(
            Fixtures.diagnostics(root, strict: true) == [
                Self.locationNote + "\n  note: also removed: maker note, serial number, thumbnail, camera data, XMP, text",
                "content/riders/tian-fu.md:4:8: error: rider photo has no 'photo_alt'; screen readers will say '田富的照片'. "
                    + "Describe the photo in 'photo_alt'",
            ])
        let withAlt = Self.rider.replacingOccurrences(
            of: "photo: riders/tian-fu.jpg\n",
            with: "photo: riders/tian-fu.jpg\nphoto_alt: 田富在站点门口\n")
        let root2 = try project(["content/riders/tian-fu.md": withAlt], binary: ["content/media/riders/tian-fu.jpg": Self.phone])
        let (site, out) = try build(root2, strict: true)
        #expect(site.notes.count == 1 && site.warnings.isEmpty)
        let page = try String(contentsOf: out.appendingPathComponent("riders/tian-fu/index.html"), encoding: .utf8)
        #expect(page.contains(#"alt="田富在站点门口" width="48" height="64""#))
    }

    @Test func keepMetadataExemptsExactFiles() throws {
        let root = try project(
            ["content/riders/tian-fu.md": Self.rider],
            binary: ["content/media/riders/tian-fu.jpg": Self.phone, "content/media/other.jpg": Self.phone],
            settings: "media_keep_metadata: [riders/tian-fu.jpg]\n")
        let (site, out) = try build(root)
        #expect(site.notes.map { $0.location?.path } == ["content/media/other.jpg"])
        #expect([UInt8](try Data(contentsOf: out.appendingPathComponent("media/riders/tian-fu.jpg"))) == Self.phone)
        #expect([UInt8](try Data(contentsOf: out.appendingPathComponent("media/other.jpg"))) != Self.phone)
    }

    @Test func budgetsWarnWithAHint() throws {
        let root = try project(binary: ["content/media/big.png": Self.png], settings: "media_max_kb: 1\nmedia_max_pixels: 25\n")
        let site = try SiteCompiler.compile(Fixtures.options(root))
        #expect(
            site.warnings.map(\.description) == [
                "content/media/big.png: warning: is 1 KB, over the budget of 1 KB (media_max_kb in site.yml)",
                "content/media/big.png: warning: is 20×30 pixels, over the budget of 25 pixels on the long side (media_max_pixels in site.yml)",
            ])
        let hint = "shrink it, e.g. `mogrify -resize '25x25>' content/media/big.png` (ImageMagick), then `pngquant "
        #expect(site.warnings.first?.notes(.english).first?.hasPrefix(hint) == true)
        #expect(Fixtures.diagnostics(root, strict: true).filter { $0.contains("error: is ") }.count == 2)
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var bytes: [UInt8]
        var expected: String
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = {
        var g = SystemRandomNumberGenerator()
        var random = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &g) }
        random[0] = 0x00  // never a signature by chance
        return [
            BadFile(
                name: "random bytes named .jpg", path: "content/media/big.jpg", bytes: random,
                expected: "content/media/big.jpg: error: this is not a JPEG image (it does not start with the JPEG marker FF D8 FF); "
                    + "export the photo as JPEG"),
            BadFile(
                name: "a PNG named .jpg", path: "content/media/photo.jpg", bytes: png,
                expected: "content/media/photo.jpg: error: this is a PNG image named .jpg; rename it to .png"),
            BadFile(
                name: "a truncated JPEG", path: "content/media/cut.jpg", bytes: Array(phone.prefix(phone.count - 20)),
                expected: "content/media/cut.jpg: error: the file ends at byte \(phone.count - 20) "
                    + "inside the image data (no end-of-image marker FF D9); "
                    + "it was probably cut off while copying, copy or export it again"),
            BadFile(
                name: "a zero-byte file", path: "content/media/empty.jpg", bytes: [],
                expected: "content/media/empty.jpg: error: the file is empty (0 bytes); export the image again"),
            BadFile(
                name: "HEIC named .jpg", path: "content/media/iphone.jpg",
                bytes: [0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0] + Array("mif1heic".utf8),
                expected: "content/media/iphone.jpg: error: looks like HEIC, which most browsers cannot show; export it as JPEG "
                    + "(iPhone: Settings › Camera › Formats › Most Compatible)"),
        ]
    }()

    @Test(arguments: badFiles)
    func badImageIsALocatedError(_ c: BadFile) throws {
        let root = try project(binary: [c.path: c.bytes])
        #expect(Fixtures.diagnostics(root) == [c.expected])
    }

    // The images no document shows are checked on another thread while the site is rendered.
    // A build that a document's error stops before that still reports them, in the same run.
    @Test func imageNoDocumentShowsIsReportedWhenADocumentStopsTheBuild() throws {
        let cut = Array(Self.phone.prefix(Self.phone.count - 20))
        let root = try project(["content/riders/no-district.md": "---\nname: 无区\n---\n正文。\n"], binary: ["content/media/cut.jpg": cut])
        let lines = Fixtures.diagnostics(root)
        #expect(lines.contains { $0.hasPrefix("content/media/cut.jpg: error: the file ends at byte \(cut.count) inside the image data") })
        #expect(lines.contains { $0.hasPrefix("content/riders/no-district.md:") && $0.contains("missing required field 'district'") })
    }

    // The exports stop at the index stage, before render: they too wait for the images.
    @Test func honorRollExportReportsAnImageNoDocumentShows() throws {
        let root = try project(binary: ["content/media/cut.jpg": Array(Self.phone.prefix(Self.phone.count - 20))])
        do {
            _ = try SiteCompiler.honorRolls(Fixtures.options(root))
            Issue.record("a damaged image must stop the export")
        } catch {
            #expect(error.diagnostics.map(\.description).contains { $0.hasPrefix("content/media/cut.jpg: error: the file ends at byte") })
        }
    }

    // A shown photo is inspected before the pages are rendered (its size is on the page) while
    // the others are inspected meanwhile: both are cleaned in the output.
    @Test func shownAndUnshownPhotosAreBothCleaned() throws {
        let root = try project(
            ["content/riders/tian-fu.md": Self.rider],
            binary: ["content/media/riders/tian-fu.jpg": Self.phone, "content/media/spare/phone.jpg": Self.phone])
        let (_, out) = try build(root)
        for path in ["media/riders/tian-fu.jpg", "media/spare/phone.jpg"] {
            let published = try [UInt8](Data(contentsOf: out.appendingPathComponent(path)))
            #expect(try inspectImage(published, as: .jpeg).metadata.isEmpty, "\(path)")
            #expect(published.count < Self.phone.count)
        }
    }

    @Test func photoDamagedAfterLoadingIsNeverPublishedUncleaned() throws {
        let root = try project(["content/riders/tian-fu.md": Self.rider], binary: ["content/media/riders/tian-fu.jpg": Self.phone])
        let site = try SiteCompiler.compile(Fixtures.options(root))
        try Data(Self.phone.prefix(100)).write(to: root.appendingPathComponent("content/media/riders/tian-fu.jpg"))
        let out = root.appendingPathComponent("site")
        #expect {
            try SiteWriter.write(site, to: out, root: root)
        } throws: { error in
            "\(error)".contains("content/media/riders/tian-fu.jpg: the file ends at byte 100")
                && "\(error)".contains("changed during the build")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// The phone photo with 100 KB more image data (before its end-of-image marker, which ends the file).
    static let bigPhone = Array(phone.dropLast(2)) + [UInt8](repeating: 0x55, count: 100_000) + [0xFF, 0xD9]

    @Test func photoIsWrittenByThePlanMadeAtLoadWithTheCleanedBytes() throws {
        let photos = ["content/media/a.jpg": Self.phone, "content/media/b.png": Self.png, "content/media/c.jpg": Self.bigPhone]
        let root = try project(binary: photos)
        let (site, out) = try build(root)
        let cases = [("a.jpg", Self.phone, ImageFormat.jpeg, 0), ("b.png", Self.png, .png, 0), ("c.jpg", Self.bigPhone, .jpeg, 1)]
        for (path, bytes, format, ranges) in cases {
            // the load's plan travels to the writer (no second read and scan of the photo): the headers
            // as bytes, the image data of a large photo as a range of the source
            let file = try #require(site.files.first { $0.path == "media/" + path })
            guard case .cleanedImage(_, format, let plan?) = file.contents else {
                Issue.record("media/\(path) is not written by a plan: \(file.contents)")
                continue
            }
            let copied = plan.pieces.compactMap { p -> Range<Int>? in if case .range(let r) = p { return r } else { return nil } }
            #expect(copied.count == ranges)
            #expect(copied.allSatisfy { $0.count > 100_000 && $0.upperBound == bytes.count })
            // the bytes are those Media's cleanImage gives from the whole file
            let published = [UInt8](try Data(contentsOf: out.appendingPathComponent("media/" + path)))
            #expect(published == (try cleanImage(bytes, as: format)))
            #expect(published.count < bytes.count)
        }
    }

    @Test func photoReplacedAfterLoadingByAFileOfTheSameSizeIsReadAgain() throws {
        let root = try project(["content/riders/tian-fu.md": Self.rider], binary: ["content/media/riders/tian-fu.jpg": Self.phone])
        let site = try SiteCompiler.compile(Fixtures.options(root))
        // same size, another file (new inode): the plan made for the old one must not be applied to it
        let other = [UInt8](repeating: 0x41, count: Self.phone.count)
        try Data(other).write(to: root.appendingPathComponent("content/media/riders/tian-fu.jpg"), options: .atomic)
        let out = root.appendingPathComponent("site")
        #expect {
            try SiteWriter.write(site, to: out, root: root)
        } throws: { error in
            "\(error)".contains("content/media/riders/tian-fu.jpg: ") && "\(error)".contains("changed during the build")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func photoWithNothingToRemoveIsPublishedAsItIsByAPlanOfTheWholeFile() throws {
        let clean = try cleanImage(Self.phone, as: .jpeg)
        let root = try project(binary: ["content/media/clean.jpg": clean])
        let (site, out) = try build(root)
        let file = try #require(site.files.first { $0.path == "media/clean.jpg" })
        guard case .cleanedImage("content/media/clean.jpg", .jpeg, let plan?) = file.contents else {
            Issue.record("\(file.contents)")
            return
        }
        #expect(plan.pieces == [.range(0..<clean.count)])
        #expect([UInt8](try Data(contentsOf: out.appendingPathComponent("media/clean.jpg"))) == clean)
    }

    @Test func photoWithNothingToRemoveReplacedAfterLoadingByAPhonePhotoIsPublishedCleaned() throws {
        // Seen clean at load, replaced by a phone photo (GPS) before the writer reaches it: it was copied as it now was.
        let clean = try cleanImage(Self.phone, as: .jpeg)
        let root = try project(binary: ["content/media/clean.jpg": clean])
        let site = try SiteCompiler.compile(Fixtures.options(root))
        try Data(Self.phone).write(to: root.appendingPathComponent("content/media/clean.jpg"))
        let out = root.appendingPathComponent("site")
        try SiteWriter.write(site, to: out, root: root)
        let published = [UInt8](try Data(contentsOf: out.appendingPathComponent("media/clean.jpg")))
        let publishedClean = published == clean  // (not printed: 1,000 bytes)
        #expect(publishedClean)
        let exif = try #require(IndependentJPEG(published)?.exif)
        #expect(exif.ifd0[0x8825] == nil && exif.gpsIFD.isEmpty && exif.ifd0[0x0112]?.value == 6)
    }

    @Test func photoSwappedAfterLoadingForALinkToOutsideIsNotPublished() throws {
        // The plan no longer fits (another file), so the writer reads the photo again: through the
        // link it would have published a private photo from elsewhere (cleaned) into the site.
        let root = try project(binary: ["content/media/a.jpg": Self.phone])
        let site = try SiteCompiler.compile(Fixtures.options(root))
        let elsewhere = TestSupport.makeTempDir("hs-private").appendingPathComponent("private.jpg")
        try Data(Self.bigPhone).write(to: elsewhere)
        let photo = root.appendingPathComponent("content/media/a.jpg")
        try FileManager.default.removeItem(at: photo)
        try FileManager.default.createSymbolicLink(at: photo, withDestinationURL: elsewhere)
        let out = root.appendingPathComponent("site")
        let refused = "content/media/a.jpg: symbolic link leads outside the project (to \(elsewhere.resolvingSymlinksInPath().path))"
        #expect {
            try SiteWriter.write(site, to: out, root: root)
        } throws: { error in
            "\(error)".contains(refused)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func photoListedToKeepItsMetadataIsCopiedAsItIs() throws {
        let root = try project(binary: ["content/media/keep.jpg": Self.phone], settings: "media_keep_metadata: [keep.jpg]\n")
        let (site, out) = try build(root)
        let file = try #require(site.files.first { $0.path == "media/keep.jpg" })
        guard case .copy("content/media/keep.jpg") = file.contents else {
            Issue.record("\(file.contents)")
            return
        }
        #expect([UInt8](try Data(contentsOf: out.appendingPathComponent("media/keep.jpg"))) == Self.phone)
    }

    @Test func otherMediaIsCopiedAsItIs() throws {
        let pdf = Array("%PDF-1.4\n% not an image\n".utf8)
        let root = try project(binary: ["content/media/guide.pdf": pdf])
        let (site, out) = try build(root)
        #expect(site.notes.isEmpty && site.warnings.isEmpty)
        #expect([UInt8](try Data(contentsOf: out.appendingPathComponent("media/guide.pdf"))) == pdf)
    }

    @Test func unknownKeepEntryIsAWarning() throws {
        let root = try project(settings: "media_keep_metadata: [missing.jpg]\n")
        #expect(
            Fixtures.diagnostics(root) == [
                "content/site.yml: warning: media_keep_metadata lists 'missing.jpg', which is not an image under content/media"
            ])
    }
}

/// The images no document shows are inspected on another thread while the site renders.
@Suite(.serialized) struct PendingMediaTests {
    // The inspection waited for a free thread of Dispatch's shared pool while the build waited for
    // the inspection: with the pool's threads all busy (parallel tests, a host app), compile never
    // returned (a full `swift test` once stalled ten minutes in the preview tests).
    @Test func compileFinishesWhileEveryThreadOfTheSharedPoolIsBusy() throws {
        let root = try Fixtures.project(site: "basic")
        let media = root.appendingPathComponent("content/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try Data(MediaSiteTests.phone).write(to: media.appendingPathComponent("unshown.jpg"))
        let release = DispatchSemaphore(value: 0)
        let busy = 256
        for _ in 0..<busy { DispatchQueue.global().async { release.wait() } }
        defer { for _ in 0..<busy { release.signal() } }
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var notes: [String] = []
        let builder = Thread {
            notes = (try? SiteCompiler.compile(Fixtures.options(root)))?.notes.map(\.description) ?? ["failed"]
            finished.signal()
        }
        builder.start()
        #expect(finished.wait(timeout: .now() + 20) == .success)
        #expect(notes.contains { $0.hasPrefix("content/media/unshown.jpg: note: had location data") })
    }
}
