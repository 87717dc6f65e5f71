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

/// Loads and runs the spec files found in `MUSTACHE_SPEC_DIR`, or by default in
/// `../shared/mustache-spec` relative to the package root. The spec is read in place, never copied.
enum SpecSuite {
    /// Spec modules run, in report order. `~lambdas` is out of scope.
    static let files = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
        "~inheritance", "~dynamic-names",
    ]

    /// Cases deliberately not run ("file › name" → reason). Must stay empty for the
    /// required modules.
    static let skipped: [String: String] = [:]

    static let directory: URL = {
        if let env = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        // Tests/MustacheTests/SpecTests.swift → package root (resolving a symlinked checkout).
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent("../shared/mustache-spec").standardizedFileURL
    }()

    static var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
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

    /// All cases of all `files`, or none when the spec folder is absent.
    static let cases: [SpecCase] = {
        guard isAvailable else { return [] }
        var result: [SpecCase] = []
        for file in files {
            let url = directory.appendingPathComponent(file + ".json")
            guard let data = try? Data(contentsOf: url),
                  let spec = try? JSONDecoder().decode(SpecFile.self, from: data)
            else {
                print("Mustache spec file unreadable: \(url.path)")
                continue
            }
            for test in spec.tests {
                result.append(SpecCase(
                    file: file, name: test.name, desc: test.desc, template: test.template,
                    data: test.data, partials: test.partials ?? [:], expected: test.expected
                ))
            }
        }
        return result
    }()

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

@Suite("Mustache spec")
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
        guard SpecSuite.isAvailable else {
            print("Mustache spec folder not found at \(SpecSuite.directory.path), skipping")
            return
        }
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
        #expect(!SpecSuite.cases.isEmpty)
    }
}
