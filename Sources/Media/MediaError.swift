/// Why an image file cannot be used, with the byte offset where the problem is.
///
/// `offset` is 0-based from the start of the file. Messages are lowercase
/// sentences without a final period and without the file name (the caller adds
/// the path).
public struct MediaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem. Each case has a fixed ``MediaError/message``.
    public enum Kind: Sendable, Hashable {
        /// The file has no bytes at all.
        case empty
        /// The bytes are a different, recognised format than the name says.
        case wrongFormat(actual: DetectedFormat, expected: ImageFormat)
        /// The bytes are no format this reader recognises.
        case notAnImage(expected: ImageFormat)
        /// The file ends in the middle of a structure (payload: what was being read).
        case truncated(String)
        /// A structure is invalid (payload: what is wrong).
        case malformed(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// 0-based byte offset of the problem.
    public var offset: Int

    /// Creates an error at a byte offset.
    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// A lowercase sentence describing the problem, without the file name.
    public var message: String {
        switch kind {
        case .empty:
            return "the file is empty (0 bytes); export the image again"
        case .wrongFormat(let actual, let expected):
            switch actual {
            case .heic, .avif:
                return "looks like \(actual.name), which most browsers cannot show; export it as \(expected.name)"
                    + " (iPhone: Settings › Camera › Formats › Most Compatible)"
            case .image(let format):
                return "this is a \(format.name) image named .\(expected.fileExtension); rename it to .\(format.fileExtension)"
            default:
                return "this is not a \(expected.name) image but looks like \(actual.name); export the photo as \(expected.name)"
            }
        case .notAnImage(let expected):
            return "this is not a \(expected.name) image (\(expected.signatureHint)); export the photo as \(expected.name)"
        case .truncated(let what):
            return "the file ends at byte \(offset) inside \(what); it was probably cut off while copying, copy or export it again"
        case .malformed(let what):
            return "damaged \(what) at byte \(offset); export the image again"
        }
    }

    /// `byte <offset>: <message>`.
    public var description: String { "byte \(offset): \(message)" }
}
