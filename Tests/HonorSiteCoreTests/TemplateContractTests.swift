import Foundation
import Mustache
import TestSupport
import Testing

@testable import HonorSiteCore

/// The value names of docs/templates.md against what the builders emit for the demo
/// site and the basic fixture: nothing undocumented, nothing documented that is never there.
///
/// A documented `name {a, b}` or `name [{a, b}]` is checked one level down; a bare
/// `name` (an item, a list of items) is not. Null values count as absent.
@Suite struct TemplateContractTests {
    /// Keys of a value, recursively; lists by the union of their elements.
    indirect enum Shape: Equatable {
        case leaf
        case fields([String: Shape])

        func union(_ other: Shape) -> Shape {
            switch (self, other) {
            case (.fields(let a), .fields(let b)): .fields(a.merging(b) { $0.union($1) })
            case (.fields, .leaf): self
            default: other
            }
        }

        static func of(_ v: MustacheValue) -> Shape? {
            switch v {
            case .null: nil
            case .map(let m): .fields(m.compactMapValues(of))
            case .list(let l): l.compactMap(of).reduce(Shape.leaf) { $0.union($1) }
            default: .leaf
            }
        }
    }

    // MARK: The documentation

    /// Parses `name`, `name {a, b [{c}]}`, `name [{…}]` or `{a, b}` (name "").
    static func parseToken(_ token: String) -> (String, Shape) {
        var chars = Array(token)[...]
        func skipSpaces() { while chars.first == " " { chars.removeFirst() } }
        func name() -> String {
            var n = ""
            while let c = chars.first, c.isLetter || c.isNumber || c == "_" {
                n.append(c)
                chars.removeFirst()
            }
            return n
        }
        func shape() -> Shape {
            skipSpaces()
            var closeList = false
            if chars.first == "[" {
                chars.removeFirst()
                closeList = true
            }
            guard chars.first == "{" else { return .leaf }
            chars.removeFirst()
            var fields: [String: Shape] = [:]
            while let c = chars.first, c != "}" {
                if c == "," || c == " " {
                    chars.removeFirst()
                    continue
                }
                let n = name()
                if n.isEmpty {
                    chars.removeFirst()
                    continue
                }
                fields[n] = shape()
            }
            if !chars.isEmpty { chars.removeFirst() }
            if closeList, chars.first == "]" { chars.removeFirst() }
            return .fields(fields)
        }
        let n = name()
        return (n, shape())
    }

    static func tokens(_ cell: Substring) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The rows of the table under `heading`, split into cells.
    static func table(_ heading: String) throws -> [[Substring]] {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0 == heading })
        var rows: [[Substring]] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("|"), !line.hasPrefix("|---"), !line.hasPrefix("| key"), !line.hasPrefix("| template") else { continue }
            rows.append(line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces)[...] })
        }
        return rows
    }

    /// Documented fields, from tokens such as `section {kind, title}`; tokens that are
    /// not names (`{{{content}}}`, `data.stats`) are skipped.
    static func documented(_ tokens: [String]) -> [String: Shape] {
        var fields: [String: Shape] = [:]
        for t in tokens where !t.hasPrefix("{") && !t.contains(".") {
            let (name, shape) = parseToken(t)
            fields[name] = (fields[name] ?? .leaf).union(shape)
        }
        return fields
    }

    // MARK: What the builders emit

    static func values(_ fs: MemoryFileSystem) throws -> PageValues {
        var log = DiagnosticLog(strict: false)
        let options = Fixtures.options(URL(fileURLWithPath: "/nonexistent"))
        let loaded = try load(discover(fs), fs: fs, options: options, diagnostics: &log)
        let indexed = index(loaded, now: options.now, diagnostics: &log)
        try log.checkpoint()
        let (rendered, _) = renderAllMarkdown(indexed.site, sources: indexed.sources)
        return PageValues(site: indexed.site, rendered: rendered)
    }

    static func demo() throws -> MemoryFileSystem {
        var fs = MemoryFileSystem([:])
        for folder in ["content", "templates"] {
            for (path, data) in try TestSupport.readTree(TestSupport.packageRoot.appendingPathComponent(folder)) {
                fs.contents[folder + "/" + path] = data
            }
        }
        return fs
    }

    /// The basic fixture, plus what neither site has: a rider's photo, an event's cover, a page's date and tags.
    static func fixtureWithEveryField() throws -> MemoryFileSystem {
        try memoryProject(extra: [
            "content/riders/zhou-yi.md":
                "---\nname: 周一\ndistrict: 福田区\nphoto: dot.svg\nhonors:\n  - title: 十大最美骑手\n    year: 2025\n---\n正文\n",
            "content/events/autumn.md": "---\ntitle: 秋季交流会\ndate: 2025-09-01\nbase: 福田实训基地\ncover: dot.svg\n---\n正文\n",
            "content/pages/news.md": "---\ntitle: 动态\ndate: 2025-01-02\ntags: [党建引领]\n---\n正文\n",
        ])
    }

    static let sites: [PageValues] = {
        [try? values(demo()), try? values(fixtureWithEveryField())].compactMap { $0 }
    }()

    static func problems(_ documented: [String: Shape], _ emitted: [String: Shape], at path: String) -> [String] {
        var out: [String] = []
        for k in Set(documented.keys).subtracting(emitted.keys).sorted() { out.append("\(path)\(k): documented, never emitted") }
        for k in Set(emitted.keys).subtracting(documented.keys).sorted() { out.append("\(path)\(k): emitted, not documented") }
        for k in Set(documented.keys).intersection(emitted.keys).sorted() {
            if case .fields(let d) = documented[k]!, !d.isEmpty {
                guard case .fields(let e) = emitted[k]! else {
                    out.append("\(path)\(k): documented with fields, emitted without")
                    continue
                }
                out += problems(d, e, at: "\(path)\(k).")
            }
        }
        return out
    }

    @Test func bothSitesBuild() { #expect(Self.sites.count == 2) }

    @Test func pageTemplateValues() throws {
        for row in try Self.table("## Values per page template") {
            let templates = row[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var emitted = Shape.leaf
            for values in Self.sites {
                for page in values.site.pages where templates.contains(values.site.template(page)) {
                    var context = values.context(for: page, html: "<p>x</p>")
                    context["page"] = nil
                    emitted = emitted.union(Shape.of(.map(context)) ?? .leaf)
                }
            }
            guard case .fields(let e) = emitted else {
                Issue.record("\(row[0]): no page built")
                continue
            }
            #expect(Self.problems(Self.documented(Self.tokens(row[1])), e, at: "\(row[0]): ") == [])
        }
    }

    @Test func itemValues() throws {
        let rows = try Self.table("## An item (one document)")
        for kind in DocumentKind.allCases {
            var documented: [String: Shape] = [:]
            for row in rows {
                let kinds = row[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                guard kinds == ["all"] || kinds.contains(kind.rawValue) else { continue }
                let shapes = Self.tokens(row[2]).filter { $0.hasPrefix("{") || $0.hasPrefix("[{") }.map { Self.parseToken($0).1 }
                for name in Self.tokens(row[0]) {
                    documented[name] = Self.tokens(row[0]).count == 1 ? (shapes.first ?? .leaf) : .leaf
                }
            }
            var emitted = Shape.leaf
            for values in Self.sites {
                for i in values.site.byKind[kind] ?? [] { emitted = emitted.union(Shape.of(values.items[i]) ?? .leaf) }
            }
            guard case .fields(let e) = emitted else {
                Issue.record("no \(kind) items")
                continue
            }
            #expect(Self.problems(documented, e, at: "\(kind.rawValue) item: ") == [])
        }
    }

    @Test func valuesEveryPageReceives() throws {
        var documented: [String: [String: Shape]] = ["site": [:], "page": [:], "nav": [:]]
        for row in try Self.table("## Values every page receives") {
            let names = Self.tokens(row[0])
            let shape = Self.tokens(row[1]).first { $0.hasPrefix("{") }.map { Self.parseToken($0).1 } ?? .leaf
            for n in names {
                let parts = n.split(separator: ".").map(String.init)
                guard let top = parts.first, documented[top] != nil else { continue }
                if parts.count == 2 {
                    documented[top]![parts[1]] = names.count == 1 ? shape : .leaf
                } else if case .fields(let f) = shape {
                    documented[top] = f
                }
            }
        }
        var site = Shape.leaf
        var page = Shape.leaf
        var nav = Shape.leaf
        for values in Self.sites {
            site = site.union(Shape.of(values.siteValue) ?? .leaf)
            nav = values.navs.reduce(nav) { $0.union(Shape.of($1) ?? .leaf) }
            for p in values.site.pages { page = page.union(Shape.of(values.context(for: p, html: "")["page"]!) ?? .leaf) }
        }
        for (name, emitted) in [("site", site), ("page", page), ("nav", nav)] {
            guard case .fields(let e) = emitted else {
                Issue.record("\(name) has no fields")
                continue
            }
            #expect(Self.problems(documented[name]!, e, at: "\(name).") == [])
        }
    }
}
