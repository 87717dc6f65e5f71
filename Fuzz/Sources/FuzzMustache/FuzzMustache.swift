import FuzzSupport
import Mustache

/// Mustache: parse the input as a template (the part before a `=====` line) and as a partial
/// `p` (the part after), then render against a fixed context with a 1 MB output budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMustache(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let parts = fuzzParts(fuzzText(data, size))
    guard let main = try? Template(parts[0], name: "main") else { return 0 }
    var library = TemplateLibrary()
    library.outputLimit = 1 << 20
    library.register(main, named: "main")
    if parts.count > 1, let partial = try? Template(parts[1], name: "p") { library.register(partial, named: "p") }
    let context: MustacheValue = .map([
        "a": .string("<&\"'>"), "n": .int(3), "d": .double(1.5), "t": .bool(true), "f": .bool(false), "z": .null,
        "l": .list([.int(1), .map(["x": .string("y"), "l": .list([.int(2), .int(3)])]), .string("三")]),
        "m": .map(["k": .string("v"), "p": .string("p"), "l": .list([.bool(true), .bool(false)])]),
        "name": .string("p"),
    ])
    _ = try? library.render(named: "main", context: context)
    _ = try? library.renderUTF8(named: "main", context: context, strictPartials: true)
    return 0
}

@_cdecl("FuzzMustache_main")
public func fuzzMustacheMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzMustache($0, $1) }
}
