import Foundation
import FrontMatter
import Messages
import Mustache

func diagnostic(_ e: FrontMatterError, path: String) -> Diagnostic {
    let advice = e.kind == .looksLikeGB18030 ? Message.Editor.allCases.map(Message.saveAsUTF8) : []
    return Diagnostic(.error, SourceLocation(path: path, line: e.line, column: e.column), .frontMatter(e.kind), notes: advice)
}

func diagnostic(_ w: FrontMatterWarning, path: String) -> Diagnostic {
    Diagnostic(.warning, SourceLocation(path: path, line: w.line, column: w.column), .frontMatterWarning(w.kind))
}

/// What ``normaliseBaseURL(_:)`` accepts, for messages.

/// True for a BCP 47 language tag's shape: letters (2–8), then `-` subtags of 1–8 letters or digits.
func isLanguageTag(_ s: String) -> Bool {
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...8).contains(first.count), first.utf8.allSatisfy(isLetter) else { return false }
    return parts.dropFirst().allSatisfy { p in
        (1...8).contains(p.count) && p.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }
}

/// True for `[a-z0-9-]+` without leading, trailing or doubled hyphens.
public func isValidSlug(_ s: String) -> Bool {
    guard !s.isEmpty, !s.hasPrefix("-"), !s.hasSuffix("-"), !s.contains("--") else { return false }
    return s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
}

// MARK: - site.yml

/// Reads and checks `content/site.yml`; nil when it is missing or cannot be parsed.
/// `relativeURLs` (from `--relative-urls`) turns relative links on whatever site.yml says.
func loadConfig(fs: FileSystem, baseURLOverride: String?, relativeURLs: Bool = false) -> (SiteConfig?, [Diagnostic]) {
    let path = SitePath.config
    let text: String
    switch readSource(path, in: fs) {
    case .success(let s): text = s
    case .failure(let e) where e.kind == .notRegularFile || e.kind == .unreadable:
        return (nil, [.error(SourceLocation(path: path), .siteSettingsNotFound)])
    case .failure(let e): return (nil, [e.diagnostic])
    }
    let file: FrontMatter.YAMLFile
    do throws(FrontMatterError) { file = try FrontMatter.parseYAMLFile(text) } catch { return (nil, [diagnostic(error, path: path)]) }
    var r = FieldReader(path: path, node: file.root)
    r.diagnostics = file.warnings.map { diagnostic($0, path: path) }
    let title = r.string("title", required: true) ?? ""
    var baseURL = ("/", "/")
    if let n = r.present("base_url", required: baseURLOverride == nil) {
        if case .string(let s) = n.value, let b = normaliseBaseURL(s) {
            baseURL = b
        } else {
            r.diagnostics.append(.error(r.location(n), .badBaseURL))
        }
    }
    if let o = baseURLOverride {
        if let b = normaliseBaseURL(o) { baseURL = b } else { r.diagnostics.append(.error(nil, .badBaseURLOverride(o))) }
    }
    var language = r.string("language") ?? "zh-CN"
    // A BCP 47 tag (zh-CN, en, zh-Hant-TW): it becomes lang and xml:lang attributes.
    if !isLanguageTag(language), let n = r.node("language") {
        r.diagnostics.append(.error(r.location(n), .badLanguageTag(language)))
        language = "zh-CN"
    }
    let organization = r.string("organization") ?? ""
    let summaryLength = r.int("summary_length", minimum: 10) ?? 120
    let unsafe = r.bool("unsafe_html") ?? false
    let paginate = r.int("paginate", minimum: 1) ?? 24
    let relative = (r.bool("relative_urls") ?? false) || relativeURLs
    let allow = Set(r.stringList("privacy_allow"))
    let keepMetadata = Set(r.stringList("media_keep_metadata").map(mediaRelativePath))
    let maxKB = r.int("media_max_kb", minimum: 1) ?? 1024
    let maxPixels = r.int("media_max_pixels", minimum: 1) ?? 6000
    var zone = TimeZone(identifier: "Asia/Shanghai")!
    if let z = r.string("time_zone") {
        if let tz = TimeZone(identifier: z) {
            zone = tz
        } else if let n = r.node("time_zone") {
            r.diagnostics.append(.error(r.location(n), .unknownTimeZone(z)))
        }
    }

    func items(_ key: String, required: Bool) -> [YAMLNode] {
        guard let n = r.present(key, required: required) else { return [] }
        guard case .list(let l) = n.value else {
            r.typeError(n, key, .mappingList)
            return []
        }
        return l
    }
    var districts: [SiteConfig.District] = []
    for item in items("districts", required: true) {
        var f = FieldReader(path: path, node: item)
        let name = f.string("name", required: true)
        let slug = f.string("slug", required: true)
        if let s = slug, !isValidSlug(s), let n = f.node("slug") {
            f.diagnostics.append(.error(f.location(n), .badDistrictSlug(s)))
        } else if let s = slug, let problem = fileNameProblem(s, .districtSlug), let n = f.node("slug") {
            f.diagnostics.append(.error(f.location(n), problem))
        } else if let name, let slug {
            if let dup = districts.first(where: { $0.name == name || $0.slug == slug }) {
                f.diagnostics.append(
                    .error(
                        f.location(item), .districtDeclaredTwice(name: name, slug: slug),
                        notes: [.firstDeclared(name: dup.name, slug: dup.slug)]))
            } else {
                districts.append(.init(name: name, slug: slug))
            }
        }
        f.finish()
        r.diagnostics += f.diagnostics
    }
    var bases: [SiteConfig.Base] = []
    for item in items("bases", required: false) {
        var f = FieldReader(path: path, node: item)
        let name = f.string("name", required: true)
        let slug = f.string("slug", required: true)
        let district = f.string("district", required: true)
        let address = f.string("address")
        let description = f.string("description")
        if let d = district, !districts.contains(where: { $0.name == d }), let n = f.node("district") {
            f.diagnostics.append(.error(f.location(n), .baseInUnknownDistrict(d)))
        }
        if let s = slug, !isValidSlug(s), let n = f.node("slug") {
            f.diagnostics.append(.error(f.location(n), .badBaseSlug(s)))
        } else if let s = slug, let problem = fileNameProblem(s, .baseSlug), let n = f.node("slug") {
            f.diagnostics.append(.error(f.location(n), problem))
        } else if let name, let slug, let district {
            if bases.contains(where: { $0.name == name || $0.slug == slug }) {
                f.diagnostics.append(.error(f.location(item), .baseDeclaredTwice(name: name, slug: slug)))
            } else {
                bases.append(.init(name: name, slug: slug, district: district, address: address, description: description))
            }
        }
        f.finish()
        r.diagnostics += f.diagnostics
    }
    var honors: [SiteConfig.Honor] = []
    for item in items("honors", required: false) {
        var f = FieldReader(path: path, node: item)
        let t = f.string("title", required: true)
        let issuer = f.string("issuer", required: true)
        let d = f.string("description")
        let aliases = f.stringList("aliases")
        let size = f.int("size", minimum: 1)
        if let t, let issuer {
            let declared = honors.flatMap { [$0.title] + $0.aliases }
            if let twice = ([t] + aliases).first(where: { name in declared.contains(name) }) {
                f.diagnostics.append(.error(f.location(item), .honorDeclaredTwice(twice)))
            } else {
                honors.append(.init(title: t, issuer: issuer, description: d, aliases: aliases, size: size))
            }
        }
        f.finish()
        r.diagnostics += f.diagnostics
    }
    r.finish()
    r.diagnostics += PrivacyScanner.diagnostics(path: path, text: text, allowed: allow)
    let config = SiteConfig(
        title: title, baseURL: baseURL.0, basePath: baseURL.1, language: language,
        organization: organization, districts: districts, bases: bases, honors: honors,
        summaryLength: summaryLength, unsafeHTML: unsafe, privacyAllow: allow, timeZone: zone,
        mediaKeepMetadata: keepMetadata, mediaMaxKB: maxKB, mediaMaxPixels: maxPixels, paginate: paginate, relativeURLs: relative)
    return (config, r.diagnostics)
}
