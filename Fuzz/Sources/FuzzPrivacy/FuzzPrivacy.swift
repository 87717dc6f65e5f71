import FuzzSupport
import HonorSiteCore

/// The privacy scanner over one source file; every finding must point inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrivacy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for d in privacyDiagnostics(path: "a.md", text: text, allowed: ["13800138000"]) {
        guard let l = d.location, l.line >= 1, l.line <= lines.count,
            l.column >= 1, l.column <= lines[l.line - 1].unicodeScalars.count
        else {
            fatalError("finding outside the text: \(d)")
        }
    }
    return 0
}

@_cdecl("FuzzPrivacy_main")
public func fuzzPrivacyMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzPrivacy($0, $1) }
}
