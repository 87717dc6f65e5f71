import Foundation
import Mustache
import Testing

/// One test case of the official Mustache spec (JSON form).
struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let desc: String
    let template: String
    let data: MustacheValue
    let partials: [String: String]
    let expected: String

    var id: String { "\(file) › \(name)" }
    var testDescription: String { id }
}

/// Where the spec is, or why it is not there.
enum SpecLocation: Equatable {
    case found(URL)
    /// `MUSTACHE_SPEC_SKIP` is set: the spec tests are skipped, and say so.
    case optedOut
    /// Nothing usable: the folders looked in, in order.
    case missing([String])
}

/// Loads and runs the official Mustache spec (JSON form). It is read in place, never copied.
///
/// Lookup order: `MUSTACHE_SPEC_DIR` (when set, only there); else `../shared/mustache-spec`
/// beside the package; else the pinned copy `.mustache-spec/` that `make spec` fetches.
/// When none holds the spec files the tests fail, naming the folders they looked in;
/// `MUSTACHE_SPEC_SKIP=1` skips them explicitly.
enum SpecSuite {
    /// Spec modules run, in report order. `~lambdas` is out of scope.
    static let files = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
        "~inheritance", "~dynamic-names",
    ]

    /// Cases deliberately not run ("file › name" → reason). Must stay empty for the
    /// required modules.
    static let skipped: [String: String] = [:]

    /// Tests/MustacheTests/SpecTests.swift → package root (resolving a symlinked checkout).
    static let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Finds the spec: the first candidate folder that holds every file of ``files``.
    static func locate(environment: [String: String], packageRoot: URL) -> SpecLocation {
        if let skip = environment["MUSTACHE_SPEC_SKIP"], !skip.isEmpty, skip != "0" { return .optedOut }
        let candidates: [URL]
        if let env = environment["MUSTACHE_SPEC_DIR"], !env.isEmpty {
            candidates = [URL(fileURLWithPath: env)]
        } else {
            candidates = [
                packageRoot.appendingPathComponent("../shared/mustache-spec").standardizedFileURL,
                packageRoot.appendingPathComponent(".mustache-spec"),
            ]
        }
        for dir in candidates
        where files.allSatisfy({ FileManager.default.fileExists(atPath: dir.appendingPathComponent($0 + ".json").path) }) {
            return .found(dir)
        }
        return .missing(candidates.map(\.path))
    }

    static let location = locate(environment: ProcessInfo.processInfo.environment, packageRoot: packageRoot)

    /// Why the spec cannot run, for the failing test.
    static func missingMessage(_ looked: [String]) -> String {
        "Mustache spec not found; looked in: \(looked.joined(separator: ", ")) (each must hold \(files.map { $0 + ".json" }.joined(separator: ", "))). "
            + "Run 'make spec' to fetch the pinned copy, set MUSTACHE_SPEC_DIR, or set MUSTACHE_SPEC_SKIP=1 to skip these tests."
    }

    private struct SpecFile: Decodable {
        struct Case: Decodable {
            let name: String
            let desc: String
            let data: MustacheValue
            let template: String
            let partials: [String: String]?
            let expected: String
        }

        let tests: [Case]
    }

    /// All cases of all `files` (none when the spec is not found), and the files that did not load.
    static let loaded: (cases: [SpecCase], problems: [String]) = {
        guard case .found(let directory) = location else { return ([], []) }
        var result: [SpecCase] = []
        var problems: [String] = []
        for file in files {
            let url = directory.appendingPathComponent(file + ".json")
            let spec: SpecFile
            do { spec = try JSONDecoder().decode(SpecFile.self, from: try Data(contentsOf: url)) } catch {
                problems.append("\(url.path): \(error)")
                continue
            }
            for test in spec.tests {
                result.append(
                    SpecCase(
                        file: file, name: test.name, desc: test.desc, template: test.template,
                        data: test.data, partials: test.partials ?? [:], expected: test.expected
                    ))
            }
        }
        return (result, problems)
    }()

    static var cases: [SpecCase] { loaded.cases }

    enum Outcome: Equatable {
        case passed
        case failed(String)
        case skipped(String)
    }

    static func run(_ test: SpecCase) -> Outcome {
        if let reason = skipped[test.id] { return .skipped(reason) }
        do {
            var library = TemplateLibrary()
            for (name, source) in test.partials {
                library.register(try Template(source, name: name), named: name)
            }
            let template = try Template(test.template, name: test.id)
            let actual = try library.render(template, context: test.data)
            if actual == test.expected { return .passed }
            return .failed(report(test, actual: actual))
        } catch {
            return .failed(report(test, actual: "error: \(error)"))
        }
    }

    /// Makes whitespace visible: `·` space, `→` tab, `␍` CR, `↵` LF (followed by a real newline).
    static func visible(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case " ": out += "·"
            case "\t": out += "→"
            case "\r": out += "␍"
            case "\n": out += "↵\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func report(_ test: SpecCase, actual: String) -> String {
        var lines = ["Spec case \(test.id) failed — \(test.desc)"]
        lines.append("template:\n\(visible(test.template))")
        lines.append("data: \(test.data)")
        for (name, source) in test.partials.sorted(by: { $0.key < $1.key }) {
            lines.append("partial '\(name)':\n\(visible(source))")
        }
        lines.append("expected:\n\(visible(test.expected))")
        lines.append("actual:\n\(visible(actual))")
        return lines.joined(separator: "\n")
    }
}

@Suite("Mustache spec", .enabled(if: SpecSuite.location != .optedOut, "MUSTACHE_SPEC_SKIP is set: the Mustache spec is skipped"))
struct SpecTests {
    @Test("spec case", arguments: SpecSuite.cases)
    func specCase(_ test: SpecCase) {
        switch SpecSuite.run(test) {
        case .passed:
            break
        case .skipped(let reason):
            print("skipped \(test.id): \(reason)")
        case .failed(let report):
            Issue.record(Comment(rawValue: report))
        }
    }

    @Test("whole spec summary")
    func summary() {
        switch SpecSuite.location {
        case .optedOut: return
        case .missing(let looked):
            Issue.record(Comment(rawValue: SpecSuite.missingMessage(looked)))
            return
        case .found(let directory):
            print("Mustache spec: \(directory.path)")
        }
        for problem in SpecSuite.loaded.problems { Issue.record(Comment(rawValue: "Mustache spec file unreadable: \(problem)")) }
        var passed = 0
        var failed = 0
        var skipped = 0
        var perFile: [String: Int] = [:]
        for test in SpecSuite.cases {
            perFile[test.file, default: 0] += 1
            switch SpecSuite.run(test) {
            case .passed: passed += 1
            case .failed: failed += 1
            case .skipped: skipped += 1
            }
        }
        let breakdown = SpecSuite.files.map { "\($0) \(perFile[$0] ?? 0)" }.joined(separator: ", ")
        print("Mustache spec: \(passed) passed, \(failed) failed, \(skipped) skipped (\(breakdown))")
        #expect(failed == 0)
        #expect(passed + skipped == SpecSuite.cases.count)
        #expect(SpecSuite.files.allSatisfy { (perFile[$0] ?? 0) > 0 })
    }
}

/// Where the spec tests look, checked on folders made for the purpose.
@Suite struct SpecLocationTests {
    func specFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for file in SpecSuite.files { try Data("{\"tests\": []}".utf8).write(to: dir.appendingPathComponent(file + ".json")) }
        return dir
    }

    @Test func aMissingSpecDirIsNamedNotSkipped() {
        let location = SpecSuite.locate(environment: ["MUSTACHE_SPEC_DIR": "/nonexistent"], packageRoot: URL(fileURLWithPath: "/p"))
        #expect(location == .missing(["/nonexistent"]))
        #expect(
            SpecSuite.missingMessage(["/nonexistent"]).hasPrefix(
                "Mustache spec not found; looked in: /nonexistent (each must hold comments.json"))
    }

    @Test func sharedThenPinnedCopy() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pkg-\(UUID().uuidString)/honorsite")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let shared = root.appendingPathComponent("../shared/mustache-spec").standardizedFileURL.path
        let pinned = root.appendingPathComponent(".mustache-spec").path
        #expect(SpecSuite.locate(environment: [:], packageRoot: root) == .missing([shared, pinned]))
        try FileManager.default.moveItem(at: try specFolder(), to: URL(fileURLWithPath: pinned))
        #expect(SpecSuite.locate(environment: [:], packageRoot: root) == .found(URL(fileURLWithPath: pinned)))
        try FileManager.default.createDirectory(atPath: (shared as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: try specFolder(), to: URL(fileURLWithPath: shared))
        #expect(SpecSuite.locate(environment: [:], packageRoot: root) == .found(URL(fileURLWithPath: shared)))
        // A folder missing one file does not count.
        try FileManager.default.removeItem(atPath: shared + "/sections.json")
        #expect(SpecSuite.locate(environment: [:], packageRoot: root) == .found(URL(fileURLWithPath: pinned)))
    }

    @Test func optOut() {
        #expect(
            SpecSuite.locate(
                environment: ["MUSTACHE_SPEC_SKIP": "1", "MUSTACHE_SPEC_DIR": "/nonexistent"], packageRoot: URL(fileURLWithPath: "/p"))
                == .optedOut)
    }
}
