import FrontMatter
import FuzzSupport

/// Front matter: the document splitter, the YAML-subset parser from text and from raw bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    _ = try? FrontMatter.parseYAML(utf8: bytes)
    _ = try? FrontMatter.parseDocument(utf8: bytes)
    if let text = String(validating: bytes, as: UTF8.self) {
        _ = try? FrontMatter.parseDocument(text)
        _ = try? FrontMatter.parseYAML(text, firstLine: 7)
    }
    return 0
}

@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzFrontMatter($0, $1) }
}
