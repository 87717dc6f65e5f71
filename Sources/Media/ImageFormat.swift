/// The image formats this module reads and cleans.
public enum ImageFormat: String, Sendable, Equatable, CaseIterable {
    case jpeg, png, gif, webp, svg

    /// The format a file name's extension promises (case-insensitive), or nil
    /// for names that are not images (`.pdf`, `.txt`, …).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "jpg", "jpeg", "jpe": self = .jpeg
        case "png": self = .png
        case "gif": self = .gif
        case "webp": self = .webp
        case "svg": self = .svg
        default: return nil
        }
    }

    /// How people call the format: `JPEG`, `PNG`, `GIF`, `WebP`, `SVG`.
    public var name: String {
        switch self {
        case .jpeg: return "JPEG"
        case .png: return "PNG"
        case .gif: return "GIF"
        case .webp: return "WebP"
        case .svg: return "SVG"
        }
    }

    /// The usual extension, without a dot.
    public var fileExtension: String {
        switch self {
        case .jpeg: return "jpg"
        case .png, .gif, .webp, .svg: return rawValue
        }
    }

    /// What the start of such a file looks like, for messages.
    var signatureHint: String {
        switch self {
        case .jpeg: return "it does not start with the JPEG marker FF D8 FF"
        case .png: return "it does not start with the PNG signature"
        case .gif: return "it does not start with GIF87a or GIF89a"
        case .webp: return "it does not start with RIFF….WEBP"
        case .svg: return "it is not UTF-8 text with an <svg> element"
        }
    }
}

/// What the first bytes of a file say it is.
public enum DetectedFormat: Sendable, Hashable {
    /// One of the formats this module reads.
    case image(ImageFormat)
    case heic, avif, tiff, bmp, pdf, zip, video, html
    /// Nothing recognised.
    case unknown

    /// How people call it, for messages.
    public var name: String {
        switch self {
        case .image(let f): return f.name
        case .heic: return "HEIC"
        case .avif: return "AVIF"
        case .tiff: return "TIFF (or a camera raw file)"
        case .bmp: return "BMP"
        case .pdf: return "PDF"
        case .zip: return "a ZIP archive (or an Office document)"
        case .video: return "a video (MP4/MOV)"
        case .html: return "an HTML page"
        case .unknown: return "unknown data"
        }
    }

    /// Recognises a file by its first bytes.
    public init(sniffing bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { DetectedFormat(sniffing: $0) }
    }

    /// Recognises a file by its first bytes.
    public init(sniffing bytes: UnsafeRawBufferPointer) {
        func starts(_ s: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + s.count && Array(bytes[offset..<offset + s.count]) == s
        }
        func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }
        if starts([0xFF, 0xD8, 0xFF]) {
            self = .image(.jpeg)
        } else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .image(.png)
        } else if starts(ascii("GIF87a")) || starts(ascii("GIF89a")) {
            self = .image(.gif)
        } else if starts(ascii("RIFF")) && starts(ascii("WEBP"), at: 8) {
            self = .image(.webp)
        } else if starts(ascii("ftyp"), at: 4), bytes.count >= 12 {
            let brand = String(decoding: bytes[8..<12], as: UTF8.self)
            switch brand {
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1": self = .heic
            case "avif", "avis": self = .avif
            default: self = .video
            }
        } else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else if starts(ascii("BM")) && bytes.count >= 26 {
            self = .bmp
        } else if starts(ascii("%PDF")) {
            self = .pdf
        } else if starts([0x50, 0x4B, 0x03, 0x04]) {
            self = .zip
        } else {
            let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
            let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
            if trimmed.hasPrefix("<"), head.contains("<svg") {
                self = .image(.svg)
            } else if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") {
                self = .html
            } else {
                self = .unknown
            }
        }
    }
}
