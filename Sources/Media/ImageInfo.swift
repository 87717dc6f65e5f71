/// Displayed size of an image in CSS pixels (after the EXIF orientation).
public struct ImageSize: Sendable, Equatable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    /// `4032×3024`.
    public var description: String { "\(width)×\(height)" }
}

/// Kinds of metadata found in a file; all of them are removed by ``cleanImage(_:as:)``.
public struct MetadataKinds: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// GPS coordinates (an EXIF GPS IFD with a position, or GPS fields in XMP).
    public static let location = MetadataKinds(rawValue: 1 << 0)
    /// Camera maker notes (EXIF tag 0x927C).
    public static let makerNote = MetadataKinds(rawValue: 1 << 1)
    /// Body or lens serial numbers, owner name, unique image id.
    public static let serialNumber = MetadataKinds(rawValue: 1 << 2)
    /// Embedded preview images (EXIF IFD1, JFXX, multi-picture images after the end).
    public static let thumbnail = MetadataKinds(rawValue: 1 << 3)
    /// Other EXIF fields: camera make and model, software, dates, exposure.
    public static let exif = MetadataKinds(rawValue: 1 << 4)
    /// XMP packets.
    public static let xmp = MetadataKinds(rawValue: 1 << 5)
    /// Comments and text chunks (JPEG COM, Photoshop/IPTC, PNG tEXt/iTXt/zTXt, GIF comments).
    public static let text = MetadataKinds(rawValue: 1 << 6)
    /// Other application segments and data after the image's end.
    public static let other = MetadataKinds(rawValue: 1 << 7)

    /// `location, maker note` (stable order).
    public var description: String {
        let names: [(MetadataKinds, String)] = [
            (.location, "location"), (.makerNote, "maker note"), (.serialNumber, "serial number"),
            (.thumbnail, "thumbnail"), (.exif, "camera data"), (.xmp, "XMP"), (.text, "text"), (.other, "other data"),
        ]
        return names.filter { contains($0.0) }.map(\.1).joined(separator: ", ")
    }
}

/// What a file holds, read from its container structure (no pixels are decoded).
public struct ImageInfo: Sendable, Equatable {
    /// The format (always the one that was asked for).
    public var format: ImageFormat
    /// Displayed size, orientation applied; nil for an SVG without width, height or viewBox.
    public var size: ImageSize?
    /// EXIF orientation 1…8 (1 when absent); 5…8 swap width and height.
    public var orientation: Int
    /// Metadata that ``cleanImage(_:as:)`` removes; empty when the file is already clean.
    public var metadata: MetadataKinds

    /// True when the file carries GPS coordinates.
    public var hasLocation: Bool { metadata.contains(.location) }
}
