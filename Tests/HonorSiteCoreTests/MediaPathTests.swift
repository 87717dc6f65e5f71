import Foundation
import HonorSiteCore
import TestSupport
import Testing

/// How `photo:` and `cover:` paths are written, and what a wrong one suggests (a fresh editor
/// wrote `content/media/riders/…`, a Windows `riders\…` and `Liu-Yang.JPG`, and got no hint).
@Suite struct MediaPathTests {
    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\" height=\"40\"/>\n"

    struct Case: CustomTestStringConvertible, Sendable {
        var written: String
        /// nil: accepted; else the message after `content/riders/liu-yang.md:4:8: error: `.
        var expected: String?
        var testDescription: String { written }
    }

    static let cases: [Case] = [
        Case(written: "riders/liu-yang.svg", expected: nil),
        Case(written: "content/media/riders/liu-yang.svg", expected: nil),
        Case(written: "/media/riders/liu-yang.svg", expected: nil),
        Case(
            written: "riders\\\\liu-yang.svg",
            expected: "'photo' file 'content/media/riders\\liu-yang.svg' does not exist; did you mean 'riders/liu-yang.svg'?"),
        Case(
            written: "riders/Liu-Yang.SVG",
            expected: "'photo' file 'content/media/riders/Liu-Yang.SVG' does not exist; did you mean 'riders/liu-yang.svg'?"),
        Case(
            written: "liu-yang.svg",
            expected: "'photo' file 'content/media/liu-yang.svg' does not exist; did you mean 'riders/liu-yang.svg'?"),
        // two files of that name: no guess
        Case(written: "dup.svg", expected: "'photo' file 'content/media/dup.svg' does not exist"),
        Case(written: "riders/nobody.svg", expected: "'photo' file 'content/media/riders/nobody.svg' does not exist"),
    ]

    // A HEIC photo (an iPhone's default) or a video is published as it is, with its GPS data:
    // said, since only JPEG, PNG, GIF, WebP and SVG are cleaned (found by a hostile pass).
    @Test func formatsWhoseLocationIsNotCheckedAreWarnedAbout() throws {
        let root = try Fixtures.project(
            site: "basic",
            extra: ["content/media/a/IMG_0001.HEIC": "x", "content/media/a/clip.mov": "x", "content/media/a/plan.pdf": "x"])
        let lines = Fixtures.diagnostics(root)
        let warning = "is published as it is: its location and device data are not checked or removed"
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("content/media/a/IMG_0001.HEIC: warning: a .heic file \(warning)") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("content/media/a/clip.mov: warning: a .mov file \(warning)") == true, "\(lines)")
    }

    @Test(arguments: cases)
    func photoPath(_ c: Case) throws {
        let rider = "---\nname: 刘洋\ndistrict: 福田区\nphoto: \"\(c.written)\"\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n正文。\n"
        let root = try Fixtures.project(
            site: "basic",
            extra: [
                "content/riders/liu-yang.md": rider, "content/media/riders/liu-yang.svg": Self.svg,
                "content/media/a/dup.svg": Self.svg, "content/media/b/dup.svg": Self.svg,
            ])
        let lines = Fixtures.diagnostics(root)
        if let expected = c.expected {
            #expect(lines == ["content/riders/liu-yang.md:4:8: error: \(expected)"])
        } else {
            #expect(lines == [])
        }
    }
}
