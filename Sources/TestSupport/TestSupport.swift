import Foundation

/// Helpers for tests: temporary folders, file trees and golden comparisons.
///
/// Modelled on swift-argument-parser's `ArgumentParserTestHelpers`: a golden
/// tree is compared file by file; with `UPDATE_GOLDENS=1` it is rewritten and
/// the comparison reports a failure so a recording run can never pass silently.
public enum TestSupport {
    /// The package root (the folder holding Package.swift), found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty folder under the system temp folder.
    public static func makeTempDir(_ label: String = "honorsite") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes text files below `root` (paths relative, `/`-separated), creating folders.
    public static func writeTree(_ files: [String: String], at root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Copies the contents of folder `from` into `to` (merging).
    public static func copyTree(_ from: URL, to: URL) throws {
        for (rel, data) in try readTree(from) {
            let url = to.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    /// Every regular file below `root`, by relative path.
    public static func readTree(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        guard let e = FileManager.default.enumerator(atPath: base) else { return out }
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = base + "/" + rel
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return out
    }

    /// Compares two trees; returns human-readable differences (empty when equal).
    ///
    /// Lists missing and extra files, and for each differing text file the first
    /// differing lines.
    public static func diffTrees(actual: [String: Data], expected: [String: Data]) -> [String] {
        var problems: [String] = []
        for path in Set(expected.keys).subtracting(actual.keys).sorted() { problems.append("missing: \(path)") }
        for path in Set(actual.keys).subtracting(expected.keys).sorted() { problems.append("extra: \(path)") }
        for path in Set(actual.keys).intersection(expected.keys).sorted() where actual[path] != expected[path] {
            problems.append(
                "differs: \(path)\n"
                    + lineDiff(
                        actual: String(decoding: actual[path]!, as: UTF8.self),
                        expected: String(decoding: expected[path]!, as: UTF8.self)))
        }
        return problems
    }

    /// The first few differing lines of two texts, `-` expected and `+` actual, with visible whitespace.
    public static func lineDiff(actual: String, expected: String, limit: Int = 8) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(a.count, e.count) where out.count < limit * 2 {
            let x = i < a.count ? String(a[i]) : nil
            let y = i < e.count ? String(e[i]) : nil
            if x != y {
                out.append("  line \(i + 1):")
                out.append("  - \(y.map(visible) ?? "(none)")")
                out.append("  + \(x.map(visible) ?? "(none)")")
            }
        }
        return out.joined(separator: "\n")
    }

    /// Makes spaces, tabs and CRs visible.
    public static func visible(_ s: String) -> String {
        s.replacingOccurrences(of: " ", with: "·").replacingOccurrences(of: "\t", with: "→").replacingOccurrences(of: "\r", with: "␍")
    }

    /// Compares `actual` with the golden tree at `golden`; with `UPDATE_GOLDENS=1`
    /// rewrites `golden` from `actual` and returns a problem saying so.
    public static func compareGolden(actual: URL, golden: URL) throws -> [String] {
        let tree = try readTree(actual)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (rel, data) in tree {
                let url = golden.appendingPathComponent(rel)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return ["UPDATE_GOLDENS=1: rewrote \(golden.path) (\(tree.count) files); run again without it"]
        }
        return diffTrees(actual: tree, expected: try readTree(golden))
    }

    /// Internal links of a generated site that lead nowhere.
    ///
    /// An independent walker for tests: parses `href="…"`/`src="…"` with a regular
    /// expression, keeps those starting with `basePath` or relative ones, percent-decodes
    /// them, maps `x/` to `x/index.html`, and checks the file exists and, for
    /// `#fragment`, that `id="fragment"` occurs in the target.
    public static func brokenLinks(site: URL, basePath: String) throws -> [String] {
        let tree = try readTree(site)
        let regex = try NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        var broken: [String] = []
        for (path, data) in tree.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let dir = (path as NSString).deletingLastPathComponent
            for m in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                var url = String(html[Range(m.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
                if url.contains("://") || url.hasPrefix("mailto:") || url.hasPrefix("//") || url.hasPrefix("data:") { continue }
                var fragment: String?
                if let h = url.firstIndex(of: "#") {
                    fragment = String(url[url.index(after: h)...])
                    url = String(url[..<h])
                }
                var rel: String
                if url.isEmpty {
                    rel = path
                } else if url.hasPrefix("/") {
                    guard url.hasPrefix(basePath) else {
                        broken.append("\(path): \(url) (outside base path)")
                        continue
                    }
                    rel = String(url.dropFirst(basePath.count))
                } else {
                    rel = dir.isEmpty ? url : dir + "/" + url
                }
                rel = (rel.removingPercentEncoding ?? rel)
                rel = URL(fileURLWithPath: "/" + rel).standardizedFileURL.path.dropFirst().description
                if rel.isEmpty || url.hasSuffix("/") { rel = rel.isEmpty ? "index.html" : rel + "/index.html" }
                guard let target = tree[rel] else {
                    broken.append("\(path): \(url)")
                    continue
                }
                if let f = fragment, !f.isEmpty {
                    let id = f.removingPercentEncoding ?? f
                    if !String(decoding: target, as: UTF8.self).contains("id=\"\(id)\"") {
                        broken.append("\(path): \(url)#\(f) (no such id)")
                    }
                }
            }
        }
        return broken
    }
}
