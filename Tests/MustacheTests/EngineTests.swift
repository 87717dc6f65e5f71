import Foundation
import Mustache
import Testing

@Suite("Engine")
struct EngineTests {
    private func render(_ source: String, _ context: MustacheValue, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        for (name, partial) in partials {
            library.register(try Template(partial, name: name), named: name)
        }
        return try library.render(try Template(source), context: context, strictPartials: true)
    }

    // MARK: Escaping

    @Test("A custom escape replaces HTML escaping for {{x}} only, in partials too")
    func customEscape() throws {
        var library = TemplateLibrary()
        library.register(try Template("[{{x}}]"), named: "p")
        let out = try library.render(
            try Template("{{x}}|{{{x}}}|{{&x}}|{{>p}}|{{n}}"), context: ["x": "a&<b>", "n": 5],
            strictPartials: true, escape: { $0.replacingOccurrences(of: "<", with: "\\<") })
        #expect(out == "a&\\<b>|a&<b>|a&<b>|[a&\\<b>]|5")
    }

    @Test("{{x}} escapes & < > \" ' and nothing else")
    func escaping() throws {
        let context: MustacheValue = ["x": "a & b < c > d \" e ' f — 荣誉 🏅"]
        #expect(try render("{{x}}", context) == "a &amp; b &lt; c &gt; d &quot; e &#39; f — 荣誉 🏅")
        #expect(try render("{{{x}}}", context) == "a & b < c > d \" e ' f — 荣誉 🏅")
        #expect(try render("{{&x}}", context) == "a & b < c > d \" e ' f — 荣誉 🏅")
        #expect(try render("{{x}}", ["x": "&<>\"'"]) == "&amp;&lt;&gt;&quot;&#39;")
        #expect(try render("{{x}}", ["x": "plain text"]) == "plain text")
        #expect(try render("{{=<% %>=}}<%{x}%>|<%x%>|{{x}}", ["x": "<b>"]) == "<b>|&lt;b&gt;|{{x}}")
    }

    // MARK: Values

    @Test("numbers, booleans and containers interpolate")
    func interpolation() throws {
        let context: MustacheValue = [
            "i": 85, "neg": -12, "d": 1.21, "whole": 3.0, "big": 1e20, "t": true, "f": false,
            "n": nil, "l": [1, 2], "m": ["k": "v"],
        ]
        let output = try render("{{i}} {{neg}} {{d}} {{whole}} {{big}} {{t}} {{f}} [{{n}}] [{{l}}] [{{m}}] [{{m.k}}]", context)
        #expect(output == "85 -12 1.21 3 1e+20 true false [] [] [] [v]")
    }

    @Test("truthiness: null, false, 0, empty string and empty list are falsey")
    func truthiness() throws {
        let falsey: [MustacheValue] = [nil, false, 0, 0.0, "", []]
        let truthy: [MustacheValue] = [true, 1, 0.5, "0", " ", [0], [:], ["a": nil]]
        for value in falsey {
            #expect(try render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", ["v": value]) == "no", "\(value)")
        }
        for value in truthy {
            #expect(try render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", ["v": value]) == "yes", "\(value)")
        }
    }

    @Test("JSON decoding keeps booleans, integers and doubles apart")
    func jsonDecoding() throws {
        let json = #"{"t": true, "f": false, "i": 3, "d": 1.5, "s": "x", "n": null, "l": [1, "a", [false]], "m": {"k": 2.25}}"#
        let value = try JSONDecoder().decode(MustacheValue.self, from: Data(json.utf8))
        #expect(
            value
                == .map([
                    "t": .bool(true), "f": .bool(false), "i": .int(3), "d": .double(1.5), "s": .string("x"),
                    "n": .null, "l": .list([.int(1), .string("a"), .list([.bool(false)])]),
                    "m": .map(["k": .double(2.25)]),
                ]))
        #expect(value["t"] == .bool(true))
        #expect(value["d"] == .double(1.5))
        let top = try JSONDecoder().decode([MustacheValue].self, from: Data("[true, 1, 1.5]".utf8))
        #expect(top == [.bool(true), .int(1), .double(1.5)])
        #expect(try render("{{#l}}({{.}}){{/l}} {{m.k}}", value) == "(1)(a)() 2.25")
    }

    @Test("literal conformances")
    func literals() {
        let value: MustacheValue = ["a": [1, 2.5, "s", true, nil]]
        #expect(value == .map(["a": .list([.int(1), .double(2.5), .string("s"), .bool(true), .null])]))
    }

    // MARK: Partials and inheritance

    @Test("a layout via {{<layout}} with blocks")
    func layout() throws {
        let layout = """
            <!doctype html>
            <title>{{$title}}荣誉榜{{/title}}</title>
            <body>
              {{>nav}}
              <main>
                {{$content}}
                <p>No content.</p>
                {{/content}}
              </main>
            </body>

            """
        let page = """
            {{<layout}}
            {{$title}}{{page.title}} · 荣誉榜{{/title}}
            {{$content}}
            <h1>{{page.title}}</h1>
            <ul>
              {{#page.people}}
              <li>{{name}}</li>
              {{/page.people}}
            </ul>
            {{/content}}
            {{/layout}}

            """
        var library = TemplateLibrary()
        library.register(try Template(layout, name: "templates/layout.mustache"), named: "layout")
        library.register(try Template("<nav>{{site}}</nav>\n", name: "templates/nav.mustache"), named: "nav")
        library.register(try Template(page, name: "templates/page.mustache"), named: "page")
        let context: MustacheValue = [
            "site": "S&P",
            "page": ["title": "2024 <届>", "people": [["name": "张三"], ["name": "李四"]]],
        ]
        let expected = """
            <!doctype html>
            <title>2024 &lt;届&gt; · 荣誉榜</title>
            <body>
              <nav>S&amp;P</nav>
              <main>
                <h1>2024 &lt;届&gt;</h1>
                <ul>
                  <li>张三</li>
                  <li>李四</li>
                </ul>
              </main>
            </body>

            """
        #expect(try library.render(named: "page", context: context, strictPartials: true) == expected)

        // Without overrides the layout renders its defaults.
        let defaults = try library.render(named: "layout", context: context, strictPartials: true)
        #expect(defaults.contains("<title>荣誉榜</title>"))
        #expect(defaults.contains("    <p>No content.</p>\n  </main>"))
    }

    @Test("standalone partials indent every non-empty line; interpolated text is not re-indented")
    func partialIndentation() throws {
        let output = try render("<ul>\n  {{>item}}\n</ul>\n", ["a": "x\ny"], partials: ["item": "<li>\n\n  {{a}}\n</li>\n"])
        #expect(output == "<ul>\n  <li>\n\n    x\ny\n  </li>\n</ul>\n")
    }

    @Test("dynamic partial names")
    func dynamicNames() throws {
        let context: MustacheValue = ["items": [["kind": "text", "v": "hi"], ["kind": "image", "v": "a.png"], ["kind": "none"]]]
        let output = try render(
            "{{#items}}{{>*kind}}{{/items}}", context,
            partials: ["text": "<p>{{v}}</p>", "image": "<img src=\"{{v}}\">", "none": ""]
        )
        #expect(output == "<p>hi</p><img src=\"a.png\">")
        let parents = try render(
            "{{<*layout}}{{$a}}A{{/a}}{{/*layout}}|{{< * layout }}{{/ * layout }}", ["layout": "base"],
            partials: ["base": "[{{$a}}default{{/a}}]"]
        )
        #expect(parents == "[A]|[default]")
    }

    @Test("context stack walk-up and dotted names")
    func contextLookup() throws {
        let context: MustacheValue = ["site": ["name": "HS"], "rows": [["n": 1], ["n": 2, "site": ["name": "inner"]]]]
        #expect(try render("{{#rows}}{{n}}:{{site.name}};{{/rows}}", context) == "1:HS;2:inner;")
        #expect(try render("{{#rows}}{{#.}}{{n}}{{/.}}{{/rows}}", context) == "12")
        #expect(try render("{{missing.deep}}|{{site.missing}}|{{site.name.x}}", context) == "||")
    }

    // MARK: Library and concurrency

    @Test("library registration and lookup")
    func library() throws {
        var library = TemplateLibrary(templates: ["a": try Template("A{{>b}}", name: "a.mustache")])
        #expect(library.template(named: "a")?.name == "a.mustache")
        #expect(library.template(named: "b") == nil)
        library.register(try Template("B"), named: "b")
        #expect(try library.render(named: "a", context: nil) == "AB")
        #expect(library.templates.keys.sorted() == ["a", "b"])
    }

    @Test("the same template renders concurrently from several tasks")
    func concurrency() async throws {
        let library = TemplateLibrary(templates: [
            "row": try Template("<tr><td>{{name}}</td><td>{{score}}</td></tr>\n"),
            "table": try Template("<table>\n{{#rows}}\n{{>row}}\n{{/rows}}\n</table>\n"),
        ])
        let expected = try library.render(named: "table", context: Self.rows(offset: 0))
        #expect(expected.hasPrefix("<table>\n<tr><td>name 0</td>"))
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var last = ""
                    for _ in 0..<25 {
                        last = try library.render(named: "table", context: Self.rows(offset: task % 2))
                    }
                    return (task, last)
                }
            }
            var collected: [(Int, String)] = []
            for try await output in group { collected.append(output) }
            return collected
        }
        #expect(outputs.count == 8)
        let odd = try library.render(named: "table", context: Self.rows(offset: 1))
        for (task, output) in outputs {
            #expect(output == (task % 2 == 0 ? expected : odd))
        }
    }

    private static func rows(offset: Int) -> MustacheValue {
        .map([
            "rows": .list(
                (0..<200).map { i in
                    .map(["name": .string("name \(i + offset)"), "score": .double(Double(i) / 4)])
                })
        ])
    }

    @Test("large lists render in linear time")
    func largeList() throws {
        let rows = MustacheValue.list((0..<20_000).map { .map(["n": .int($0), "s": .string("a<b")]) })
        let template = try Template("{{#rows}}<li>{{n}} {{s}}</li>\n{{/rows}}")
        let output = try TemplateLibrary().render(template, context: ["rows": rows])
        #expect(output.utf8.count == (0..<20_000).reduce(0) { $0 + "<li>\($1) a&lt;b</li>\n".utf8.count })
    }
}
