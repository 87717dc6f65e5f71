import Media
import Testing

@testable import Messages

/// The size-budget hint names the tools for the image's own format (it suggested jpegoptim for PNG files).
@Test(arguments: [
    (ImageFormat.jpeg, ["mogrify", "jpegoptim", "cjpeg"]), (.png, ["mogrify", "pngquant", "oxipng", "optipng"]),
    (.webp, ["mogrify", "cwebp"]), (.gif, ["gifsicle"]), (.svg, ["svgo"]),
])
func shrinkHintNamesTheToolsOfTheFormat(_ format: ImageFormat, _ tools: [String]) {
    let all = ["mogrify", "jpegoptim", "cjpeg", "pngquant", "oxipng", "optipng", "cwebp", "gifsicle", "svgo"]
    for language in Language.allCases {
        let hint = Message.media(.shrinkHint(path: "riders/a b.\(format.rawValue)", format: format, maxPixels: 2400)).text(language)
        #expect(all.filter { hint.contains($0 + " ") } == tools, "\(language): \(hint)")
        #expect(hint.contains("'content/media/riders/a b.\(format.rawValue)'"), "\(language): \(hint)")  // one shell word
        #expect(hint.contains("2000"), "\(language): \(hint)")  // the size to aim for
    }
}
