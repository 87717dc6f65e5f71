import Foundation

/// Shared entry point of the fuzz targets: each target defines `LLVMFuzzerTestOneInput` and a
/// `<Target>_main` that calls ``runFuzzer(_:_:_:)`` (SwiftPM points `main` there in debug
/// builds; in release builds libFuzzer's own `main` runs).

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process arguments and `callback` as the test function.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var count = argc
    var vector = argv
    return llvmFuzzerRunDriver(&count, &vector, callback)
}

/// The input as bytes.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The input as text (invalid UTF-8 repaired with U+FFFD, as file loading never does:
/// callers that test byte handling use ``fuzzBytes(_:_:)``).
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    String(decoding: fuzzBytes(data, size), as: UTF8.self)
}

/// Splits `text` at lines that are exactly `=====` (how seed files hold several files).
public func fuzzParts(_ text: String) -> [String] {
    text.components(separatedBy: "\n=====\n")
}
