import Testing

@testable import Mustache

/// A template expected to fail parsing with an exact kind and location.
struct ParseErrorCase: Sendable, CustomTestStringConvertible {
    let label: String
    let source: String
    let kind: MustacheError.Kind
    let line: Int
    let column: Int
    var testDescription: String { label }
}

/// A render expected to fail with an exact kind, template name and location.
struct RenderErrorCase: Sendable, CustomTestStringConvertible {
    let label: String
    let partials: [String: String]
    let source: String
    let kind: MustacheError.Kind
    let templateName: String
    let line: Int
    let column: Int
    var testDescription: String { label }
}

@Suite("Errors")
struct ErrorTests {
    static let parseCases: [ParseErrorCase] = [
        ParseErrorCase(
            label: "unclosed section", source: "a\n{{#items}}\n  x\n",
            kind: .unclosedSection("items"), line: 2, column: 1),
        ParseErrorCase(
            label: "unclosed inverted section", source: "{{^a}}{{#b}}{{/b}}",
            kind: .unclosedSection("a"), line: 1, column: 1),
        ParseErrorCase(
            label: "unclosed innermost section reported", source: "{{#a}}\n  {{#b}}\n",
            kind: .unclosedSection("b"), line: 2, column: 3),
        ParseErrorCase(
            label: "unclosed parent", source: "x {{<layout}}{{$a}}{{/a}}",
            kind: .unclosedSection("layout"), line: 1, column: 3),
        ParseErrorCase(
            label: "unclosed block", source: "{{$content}}\n",
            kind: .unclosedSection("content"), line: 1, column: 1),
        ParseErrorCase(
            label: "mismatched close", source: "{{#a}}\n  {{/b}}",
            kind: .mismatchedSectionEnd(expected: "a", found: "b"), line: 2, column: 3),
        ParseErrorCase(
            label: "mismatched nested close", source: "{{#a}}{{#b}}{{/a}}{{/b}}",
            kind: .mismatchedSectionEnd(expected: "b", found: "a"), line: 1, column: 13),
        ParseErrorCase(
            label: "unexpected close", source: "x {{/a}}",
            kind: .unexpectedSectionEnd("a"), line: 1, column: 3),
        ParseErrorCase(
            label: "unclosed variable tag", source: "hello {{name",
            kind: .unclosedTag, line: 1, column: 7),
        ParseErrorCase(
            label: "unclosed triple mustache", source: "\n\n  {{{html}}",
            kind: .unclosedTag, line: 3, column: 3),
        ParseErrorCase(
            label: "unclosed comment", source: "{{! note }",
            kind: .unclosedTag, line: 1, column: 1),
        ParseErrorCase(
            label: "opening delimiter at end", source: "abc{{",
            kind: .unclosedTag, line: 1, column: 4),
        ParseErrorCase(
            label: "unclosed tag after delimiter change", source: "{{=<% %>=}}\n<% name }}",
            kind: .unclosedTag, line: 2, column: 1),
        ParseErrorCase(
            label: "one delimiter only", source: "{{=<% =}}",
            kind: .invalidDelimiters, line: 1, column: 1),
        ParseErrorCase(
            label: "three delimiters", source: "ok\n{{=a b c=}}",
            kind: .invalidDelimiters, line: 2, column: 1),
        ParseErrorCase(
            label: "equals sign in delimiter", source: "{{=<= =>=}}",
            kind: .invalidDelimiters, line: 1, column: 1),
        ParseErrorCase(
            label: "empty variable", source: "a {{ }} b",
            kind: .emptyTag, line: 1, column: 3),
        ParseErrorCase(
            label: "empty section", source: "{{#}}{{/}}",
            kind: .emptyTag, line: 1, column: 1),
        ParseErrorCase(
            label: "empty dynamic partial", source: "{{> * }}",
            kind: .emptyTag, line: 1, column: 1),
        ParseErrorCase(
            label: "whitespace in name", source: "{{first name}}",
            kind: .invalidTagName("first name"), line: 1, column: 1),
        ParseErrorCase(
            label: "whitespace in partial name", source: "{{> a b}}",
            kind: .invalidTagName("a b"), line: 1, column: 1),
        ParseErrorCase(
            label: "CJK text before the error (columns in Unicode scalars)",
            source: "荣誉榜\n<h1>{{title}}</h1>\n姓名：{{#名单}}{{姓名}}、",
            kind: .unclosedSection("名单"), line: 3, column: 4),
        ParseErrorCase(
            label: "CJK and emoji before a mismatched close",
            source: "{{#获奖者}}\n🏅 第一名：{{名字}}{{/获奖人}}",
            kind: .mismatchedSectionEnd(expected: "获奖者", found: "获奖人"), line: 2, column: 13),
        ParseErrorCase(
            label: "sections nested deeper than the limit",
            source: "\n" + String(repeating: "{{#a}}", count: 1001),
            kind: .nestingLimit(1000), line: 2, column: 6001),
        ParseErrorCase(
            label: "CRLF line endings", source: "a\r\nb\r\n  {{/x}}",
            kind: .unexpectedSectionEnd("x"), line: 3, column: 3),
    ]

    @Test("parse error", arguments: parseCases)
    func parseError(_ test: ParseErrorCase) {
        do {
            _ = try Template(test.source, name: "t.mustache")
            Issue.record("expected \(test.kind), but parsing succeeded")
        } catch {
            #expect(error.kind == test.kind)
            #expect(error.templateName == "t.mustache")
            #expect(error.line == test.line)
            #expect(error.column == test.column)
        }
    }

    static let renderCases: [RenderErrorCase] = [
        RenderErrorCase(
            label: "strict missing partial in the rendered template",
            partials: [:], source: "<body>\n  {{>nav}}\n</body>",
            kind: .missingPartial("nav"), templateName: "page.html", line: 2, column: 3),
        RenderErrorCase(
            label: "strict missing partial inside a partial",
            partials: ["layout": "<head>\n{{#items}}{{/items}}  {{> footer }}"],
            source: "{{>layout}}",
            kind: .missingPartial("footer"), templateName: "layout", line: 2, column: 23),
        RenderErrorCase(
            label: "strict missing parent",
            partials: [:], source: "x\n{{<base}}{{$a}}1{{/a}}{{/base}}",
            kind: .missingPartial("base"), templateName: "page.html", line: 2, column: 1),
        RenderErrorCase(
            label: "strict missing dynamic partial names the resolved name",
            partials: [:], source: "{{>*kind}}",
            kind: .missingPartial("card"), templateName: "page.html", line: 1, column: 1),
        RenderErrorCase(
            label: "partial including itself",
            partials: ["loop": "a\n {{>loop}}"], source: "{{>loop}}",
            kind: .recursionLimit(200), templateName: "loop", line: 2, column: 2),
        RenderErrorCase(
            label: "mutually recursive partials",
            partials: ["a": "{{>b}}", "b": "[{{>a}}]"], source: "{{>a}}",
            kind: .recursionLimit(200), templateName: "b", line: 1, column: 2),
        RenderErrorCase(
            label: "sections and partials nested deeper than the limit",
            partials: [
                "p": String(repeating: "{{#kind}}", count: 5) + "{{>p}}"
                    + String(repeating: "{{/kind}}", count: 5)
            ],
            source: "{{>p}}",
            kind: .nestingLimit(1000), templateName: "p", line: 1, column: 28),
        RenderErrorCase(
            label: "parent including itself",
            partials: ["p": "{{<p}}{{/p}}"], source: "{{<p}}{{/p}}",
            kind: .recursionLimit(200), templateName: "p", line: 1, column: 1),
        RenderErrorCase(
            label: "block override containing itself",
            partials: ["p": "<{{$b}}{{/b}}>"],
            source: "{{<p}}{{$b}}({{$b}}x{{/b}}){{/b}}{{/p}}",
            kind: .recursionLimit(200), templateName: "page.html", line: 1, column: 14),
    ]

    @Test("render error", arguments: renderCases)
    func renderError(_ test: RenderErrorCase) throws {
        var library = TemplateLibrary()
        for (name, source) in test.partials {
            library.register(try Template(source), named: name)
        }
        let template = try Template(test.source, name: "page.html")
        let context: MustacheValue = ["kind": "card", "items": [1, 2]]
        do {
            let output = try library.render(template, context: context, strictPartials: true)
            Issue.record("expected \(test.kind), got output \(output.debugDescription)")
        } catch {
            #expect(error.kind == test.kind)
            #expect(error.templateName == test.templateName)
            #expect(error.line == test.line)
            #expect(error.column == test.column)
        }
    }

    @Test("recursion limit is also enforced in non-strict mode")
    func recursionNonStrict() throws {
        let library = TemplateLibrary(templates: ["loop": try Template("{{>loop}}", name: "partials/loop.mustache")])
        #expect(
            throws: MustacheError(
                kind: .recursionLimit(200), templateName: "partials/loop.mustache",
                line: 1, column: 1)
        ) {
            try library.render(named: "loop", context: [:])
        }
    }

    @Test("recursion limit in a detached task does not overflow the stack")
    func recursionInTask() async throws {
        let library = TemplateLibrary(templates: [
            "node": try Template("{{#items}}<li>{{name}}{{>node}}</li>{{/items}}{{>node}}")
        ])
        let result = await Task.detached { () -> MustacheError? in
            do throws(MustacheError) {
                _ = try library.render(named: "node", context: ["items": [["name": "x"]]])
                return nil
            } catch {
                return error
            }
        }.value
        #expect(result?.kind == .recursionLimit(200))
    }

    @Test("a missing partial renders as empty text when not strict")
    func missingPartialNonStrict() throws {
        let library = TemplateLibrary()
        let template = try Template("[{{>nowhere}}]\n  {{>nowhere}}\n[{{<gone}}{{$a}}x{{/a}}{{/gone}}]")
        #expect(try library.render(template, context: [:]) == "[]\n[]")
        #expect(try library.render(template, context: [:], strictPartials: false) == "[]\n[]")
    }

    @Test("an unresolved dynamic name renders nothing, even when strict")
    func unresolvedDynamicName() throws {
        let template = try Template("[{{>*missing}}]")
        #expect(try TemplateLibrary().render(template, context: [:], strictPartials: true) == "[]")
    }

    @Test("missing template in render(named:)")
    func missingTemplate() {
        #expect(throws: MustacheError(kind: .missingTemplate("home"), templateName: "home", line: 0, column: 0)) {
            try TemplateLibrary().render(named: "home", context: [:])
        }
    }
}

/// Regression: partials that each include the next one twice grew exponentially and
/// rendering ran for hours; a budget of expansions stops it with a located error.
@Suite struct ExpansionBudgetTests {
    @Test func exponentialPartialsStopWithExpansionLimit() throws {
        var library = TemplateLibrary()
        for n in 0..<30 {
            library.register(try Template("{{>q\(n + 1)}}{{>q\(n + 1)}}", name: "q\(n).mustache"), named: "q\(n)")
        }
        library.register(try Template("", name: "q30.mustache"), named: "q30")
        #expect(throws: MustacheError.self) { try library.render(named: "q0", context: .null) }
        do {
            _ = try library.render(named: "q0", context: .null)
        } catch {
            #expect(error.kind == .expansionLimit(Template.maxExpansions))
            #expect(error.line == 1)
            #expect(error.templateName.hasPrefix("q"))
        }
    }

    /// Regression: the same list nested in itself with nothing inside wrote no output, so the
    /// output budget never tripped; 11 items nested 50 deep ran without end (a report body).
    @Test func nestedEmptySectionsStopWithIterationLimit() throws {
        let depth = 50
        let source = String(repeating: "{{#l}}", count: depth) + String(repeating: "{{/l}}", count: depth)
        let template = try Template(source, name: "nested")
        let context = MustacheValue.map(["l": .list(Array(repeating: .bool(true), count: 11))])
        var library = TemplateLibrary()
        library.iterationLimit = 200_000  // the default, 20 million, takes seconds in a debug build
        #expect(Template.maxIterations == 20_000_000)
        do {
            _ = try library.render(template, context: context)
            Issue.record("rendered 11^50 items")
        } catch {
            #expect(error.kind == .iterationLimit(200_000))
            #expect(error.line == 1)
            #expect(error.column > 6)  // an inner section, not the first tag
        }
        // Five levels (161,051 items, 177,155 in all sections) stay within the budget and render.
        let five = try Template(String(repeating: "{{#l}}", count: 5) + "x" + String(repeating: "{{/l}}", count: 5), name: "five")
        #expect(try library.render(five, context: context).utf8.count == 161_051)
    }

    @Test func exponentialOutputStopsWithOutputLimit() throws {
        var library = TemplateLibrary()
        let chunk = String(repeating: "x", count: 1 << 16)
        for n in 0..<20 {
            library.register(try Template("{{>p\(n + 1)}}{{>p\(n + 1)}}", name: "p\(n)"), named: "p\(n)")
        }
        library.register(try Template(chunk, name: "p20"), named: "p20")
        do {
            _ = try library.render(named: "p0", context: .null)
            Issue.record("expected an output limit error")
        } catch {
            #expect(error.kind == .outputLimit(Template.maxOutputBytes))
        }
    }
}

/// Issue 17 items 2, 4, 5: the output budget holds inside loops; parsing stays linear.
@Suite struct HardeningTests {
    @Test func nestedLoopsStopAtTheOutputLimit() throws {
        var library = TemplateLibrary()
        library.outputLimit = 1 << 20
        let items = MustacheValue.list(Array(repeating: .int(1), count: 300))
        let template = try Template("{{#l}}{{#l}}{{#l}}{{#l}}0123456789{{/l}}{{/l}}{{/l}}{{/l}}", name: "t")
        do {
            let out = try library.render(template, context: .map(["l": items]))
            Issue.record("expected an output limit error, got \(out.utf8.count) bytes")
        } catch {
            #expect(error.kind == .outputLimit(1 << 20))
            #expect(error.line == 1 && error.column == 19)  // the innermost section that crossed the limit
        }
        // Under the limit the same loops render in full.
        let small = MustacheValue.list(Array(repeating: .int(1), count: 10))
        #expect(try library.render(template, context: .map(["l": small])).utf8.count == 100_000)
    }

    func parseWork(_ source: String) throws -> Int {
        var parser = Template.Parser(source: source, templateName: "t")
        _ = try parser.parse()
        return parser.work
    }

    @Test func manyTagsOnOneLineParseInLinearTime() throws {
        let small = try parseWork(String(repeating: "{{#l}}x{{/l}}", count: 5_000))
        let large = try parseWork(String(repeating: "{{#l}}x{{/l}}", count: 10_000))
        let ratio = Double(large) / Double(small)
        #expect(ratio > 1.8 && ratio < 2.3, "work ratio \(ratio)")
    }

    @Test func longDelimitersSearchInLinearTime() throws {
        func source(_ n: Int) -> String {
            let open = String(repeating: "<", count: n)
            return "{{=\(open)x >>=}}" + String(repeating: "<", count: 20 * n) + "\n"
        }
        let small = try parseWork(source(2_000))
        let large = try parseWork(source(4_000))
        let ratio = Double(large) / Double(small)
        #expect(ratio > 1.8 && ratio < 2.3, "work ratio \(ratio)")
    }
}
