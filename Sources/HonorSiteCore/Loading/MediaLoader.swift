import Foundation
import Media
import Messages

/// One image under `content/media/`, inspected when the site is loaded.
public struct MediaImage: Sendable, Equatable {
    /// Path below `content/media/`, e.g. `riders/tian-fu.jpg`.
    public var path: String
    /// What the file holds (format, displayed size, orientation, metadata found).
    public var info: ImageInfo
    /// File size in bytes.
    public var byteCount: Int
    /// True when the published copy is cleaned (metadata found, file not in `media_keep_metadata`).
    public var cleaned: Bool
    /// True when the file is listed in `media_keep_metadata`: published as it is, never cleaned.
    public var kept: Bool
    /// How the published copy is written, computed at load: the cleaned pieces, or the whole
    /// file when there was nothing to remove (nil when kept, or when the file system gives no
    /// stamps: the writer then reads and cleans the file again). A photo that changes after
    /// loading is thus read and cleaned again, never copied as it now is.
    public var plan: CleaningPlan?
    /// True when its published copy was written into the staging folder as it was inspected.
    public var staged = false
}

/// The pieces of a cleaned image (``Media/cleaningPlan(bytes:as:)``), valid while the
/// file still has the stamp it had when they were computed.
public struct CleaningPlan: Sendable, Equatable {
    public var pieces: [Piece]
    public var stamp: FileStamp
    /// Kept ranges shorter than this (headers, tables) are held in the plan as bytes; the
    /// image data stays a range, copied by the kernel when written.
    static let inlineBelow = 16 * 1024
}

/// The media file a `photo:`/`cover:` path that does not exist probably means: the same path
/// with `/` for Windows' `\`, or in other letter case (`Liu-Yang.JPG`), or the only file of
/// that name in another folder (`liu-yang.jpg` for `riders/liu-yang.jpg`); nil when none is clear.
func mediaSuggestion(for path: String, in media: [String]) -> String? {
    let slashes = path.replacingOccurrences(of: "\\", with: "/")
    if slashes != path, media.contains(slashes) { return slashes }
    let folded = slashes.lowercased()
    if let same = media.first(where: { $0.lowercased() == folded }) { return same }
    let name = lastPathComponent(folded)
    let sameName = media.filter { lastPathComponent($0.lowercased()) == name }
    return sameName.count == 1 ? sameName[0] : nil
}

/// `media/x.jpg`, `/media/x.jpg`, `../media/x.jpg`, `content/media/x.jpg` → `x.jpg`.
func mediaRelativePath(_ path: String) -> String {
    for prefix in ["content/media/", "/media/", "media/", "../media/"] where path.hasPrefix(prefix) {
        return String(path.dropFirst(prefix.count))
    }
    return path
}

/// The messages of media checks as catalogue keys (the words are in module `Messages`).
enum MediaMessages {
    static func unreadable(_ e: MediaError) -> Message { .media(.unreadable(e)) }
    static let location = Message.media(.locationRemoved)
    static func alsoRemoved(_ kinds: MetadataKinds) -> Message { .media(.alsoRemoved("\(kinds)")) }
    static func tooLarge(bytes: Int, budgetKB: Int) -> Message { .media(.tooLarge(size: formatKB(bytes), budgetKB: budgetKB)) }
    static func tooManyPixels(_ size: ImageSize, budget: Int) -> Message { .media(.tooManyPixels(size: "\(size)", budget: budget)) }
    static func shrinkHint(_ path: String, _ format: ImageFormat, maxPixels: Int) -> Message {
        .media(.shrinkHint(path: path, format: format, maxPixels: maxPixels))
    }
    static func unknownKeep(_ path: String) -> Message { .media(.unknownKeep(path)) }
    static func missingAlt(_ key: String, default text: String) -> Message { .media(.missingAlt(key: key, default: text)) }

    static func formatKB(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(bytes / 1024) KB"
    }
}

/// Reads and checks every image among `paths` (below `content/media/`) on all cores.
///
/// - Returns: the images by path, and diagnostics: an error for a file that is
///   not the format its name says, truncated or damaged (with the byte offset);
///   a note for each photo with location data; a warning for each file over the
///   size or pixel budget (with a hint how to shrink it).
func loadMedia(
    _ paths: [String], fs: FileSystem, config: SiteConfig, parallel: Bool = true, staging: URL? = nil
) -> ([String: MediaImage], [Diagnostic]) {
    let images = paths.compactMap { p in ImageFormat(fileName: p).map { (p, $0) } }
    let inspect = { @Sendable (path: String, format: ImageFormat) -> (MediaImage?, [Diagnostic]) in
        let source = SourceLocation(path: "content/media/" + path)
        guard let (data, stamp) = try? fs.readStamped("content/media/" + path) else { return (nil, [.error(source, .cannotReadFile)]) }
        let info: ImageInfo
        let pieces: [Piece]?
        // The bytes are borrowed, not copied; the cleaning plan comes from the same reading.
        let result = data.withUnsafeBytes { b in
            Result { () throws(MediaError) in try inspectImageAndPlan(bytes: b, as: format, inlineBelow: CleaningPlan.inlineBelow) }
        }
        do throws(MediaError) { (info, pieces) = try result.get() } catch {
            return (nil, [Diagnostic(.error, source, MediaMessages.unreadable(error))])
        }
        let keep = config.mediaKeepMetadata.contains(path)
        var diags: [Diagnostic] = []
        if info.hasLocation && !keep {
            let others = info.metadata.subtracting(.location)
            diags.append(.note(source, MediaMessages.location, notes: others.isEmpty ? [] : [MediaMessages.alsoRemoved(others)]))
        }
        let hint = MediaMessages.shrinkHint(path, format, maxPixels: config.mediaMaxPixels)
        if data.count > config.mediaMaxKB * 1024 {
            let message = MediaMessages.tooLarge(bytes: data.count, budgetKB: config.mediaMaxKB)
            diags.append(Diagnostic(.warning, source, message, notes: [hint]))
        }
        if let size = info.size, max(size.width, size.height) > config.mediaMaxPixels {
            diags.append(Diagnostic(.warning, source, MediaMessages.tooManyPixels(size, budget: config.mediaMaxPixels), notes: [hint]))
        }
        let cleaned = !info.metadata.isEmpty && !keep
        var plan: CleaningPlan?
        if !keep, let stamp { plan = CleaningPlan(pieces: pieces ?? [.range(0..<data.count)], stamp: stamp) }
        var image = MediaImage(path: path, info: info, byteCount: data.count, cleaned: cleaned, kept: keep, plan: plan)
        if let staging {
            // Its published copy, from the bytes just checked (cleaned by the same plan), while they are in memory.
            image.staged = SiteWriter.writeStaged(data, pieces: cleaned ? pieces : nil, to: staging.path + "/" + SitePath.media(path))
        }
        return (image, diags)
    }
    let results = parallel ? parallelMap(images, inspect) : images.map(inspect)
    var catalog: [String: MediaImage] = [:]
    var diags: [Diagnostic] = []
    for (image, d) in results {
        diags += d
        if let image { catalog[image.path] = image }
    }
    return (catalog, diags)
}

/// Photo and video formats that carry location data which nothing here checks or removes.
let uncheckedFormats: Set<String> = ["heic", "heif", "avif", "tif", "tiff", "dng", "mov", "mp4", "m4v", "3gp"]

/// A warning for each media file of an ``uncheckedFormats`` format: it is published as it is.
func uncheckedFormatWarnings(_ paths: [String]) -> [Diagnostic] {
    paths.compactMap { path in
        let name = lastPathComponent(path)
        guard let dot = name.lastIndex(of: "."), case let ext = name[name.index(after: dot)...].lowercased(),
            uncheckedFormats.contains(ext)
        else { return nil }
        return Diagnostic(.warning, SourceLocation(path: SitePath.mediaFolder + path), .media(.uncheckedFormat(ext)))
    }
}

/// A warning for each `media_keep_metadata` entry that names no image among `paths` (all the media).
func keepMetadataWarnings(_ paths: [String], config: SiteConfig) -> [Diagnostic] {
    let known = Set(paths)
    return config.mediaKeepMetadata.sorted().filter { !known.contains($0) || ImageFormat(fileName: $0) == nil }.map {
        Diagnostic(.warning, SourceLocation(path: SitePath.config), MediaMessages.unknownKeep($0))
    }
}

/// The output files of the media: every image written cleaned (by its plan while unchanged, so a
/// photo replaced after loading by one with GPS data is cleaned too), except those listed in
/// `media_keep_metadata`; other files copied verbatim.
func mediaFiles(_ media: [String], images: [String: MediaImage]) -> [OutputFile] {
    media.map { m in
        let source = SitePath.mediaFolder + m
        let contents: OutputFile.Contents =
            images[m].flatMap { $0.kept ? nil : .cleanedImage(source, $0.info.format, $0.plan) } ?? .copy(source)
        var file = OutputFile(path: SitePath.media(m), contents: contents, source: source)
        file.prewritten = images[m]?.staged ?? false
        return file
    }
}

/// The `alt` text of a document's image: `photo_alt`/`cover_alt`, else a default.
func imageAlt(_ d: Document) -> String {
    if let alt = d.imageAlt { return alt }
    return d.kind == .rider ? "\(d.title)的照片" : "\(d.title)封面图"
}
