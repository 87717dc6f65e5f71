import FrontMatter
import FuzzSupport
import Mustache

/// Data loaders: `render --data` JSON and YAML data files; a value that parses is rendered
/// through a template that walks it, so deep values are exercised too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzData(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else {
        _ = try? FrontMatter.parseYAML(utf8: bytes)
        return 0
    }
    var values: [MustacheValue] = []
    if let v = try? MustacheValue(json: text) { values.append(v) }
    if let node = try? FrontMatter.parseYAML(text) { values.append(mustacheValue(node)) }
    var library = TemplateLibrary()
    library.outputLimit = 1 << 20
    if let walk = try? Template("{{#.}}{{.}}{{#a}}{{b.c}}{{/a}}{{/.}}{{^.}}-{{/.}}", name: "walk") {
        for v in values { _ = try? library.render(walk, context: v) }
    }
    return 0
}

func mustacheValue(_ node: YAMLNode) -> MustacheValue {
    switch node.value {
    case .null: .null
    case .bool(let b): .bool(b)
    case .int(let i): .int(i)
    case .string(let s): .string(s)
    case .date(let d): .string("\(d.year)-\(d.month)-\(d.day)")
    case .list(let l): .list(l.map(mustacheValue))
    case .mapping(let e): .map(Dictionary(e.map { ($0.key, mustacheValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
    }
}

@_cdecl("FuzzData_main")
public func fuzzDataMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzData($0, $1) }
}
