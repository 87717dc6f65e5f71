import Foundation
import FrontMatter
import Messages
import Mustache

extension MustacheValue {
    /// A YAML value as a template value (the one conversion, for `data/*.yml` and
    /// `honorsite render --data x.yml`): mappings become maps (the first of repeated
    /// keys wins), dates become `YYYY-MM-DD` strings.
    public init(yaml node: YAMLNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        case .date(let d): self = .string(isoDay(d))
        case .list(let l): self = .list(l.map(MustacheValue.init(yaml:)))
        case .mapping(let e): self = .map(Dictionary(e.map { ($0.key, MustacheValue(yaml: $0.value)) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}

/// Reads `content/data/*.yml` into template values by file name (`stats.yml` → `data.stats`).
///
/// Data files are published too (e.g. the home page's figures), so they are scanned for private numbers.
func loadData(_ paths: [String], fs: FileSystem, plain: Set<String> = [], privacyAllow: Set<String>) -> (
    [String: MustacheValue], [Diagnostic]
) {
    var out: [String: MustacheValue] = [:]
    var diags: [Diagnostic] = []
    for path in paths {
        let name = lastPathComponent(path)
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") else {
            diags.append(.warning(SourceLocation(path: path), .dataFilesMustBeYML))
            continue
        }
        switch readSource(path, in: fs, plain: plain) {
        case .failure(let e): diags.append(e.diagnostic)
        case .success(let text):
            diags += PrivacyScanner.diagnostics(path: path, text: text, allowed: privacyAllow)
            do throws(FrontMatterError) {
                let root = try FrontMatter.parseYAML(text)
                let key = String(name.prefix(while: { $0 != "." }))
                if key == "stats" { diags += checkKeyFigures(root, path: path) }
                out[key] = MustacheValue(yaml: root)
            } catch { diags.append(diagnostic(error, path: path)) }
        }
    }
    return (out, diags)
}
