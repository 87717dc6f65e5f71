import Foundation
import TestSupport

@testable import Media

/// The bytes of a file in Tests/MediaTests/Fixtures.
func fixture(_ name: String) -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
    return (try? [UInt8](Data(contentsOf: url))) ?? []
}

/// The error `body` throws, or nil.
func mediaError(_ body: () throws(MediaError) -> Void) -> MediaError? {
    do {
        try body()
        return nil
    } catch { return error }
}

/// PNG chunks: (type, data, crc as stored).
func pngChunks(_ b: [UInt8]) -> [(type: String, data: [UInt8], crc: UInt32)] {
    var out: [(String, [UInt8], UInt32)] = []
    var p = 8
    while p + 12 <= b.count {
        let n = Int(b[p]) << 24 | Int(b[p + 1]) << 16 | Int(b[p + 2]) << 8 | Int(b[p + 3])
        guard p + 12 + n <= b.count else { break }
        let crc = UInt32(b[p + 8 + n]) << 24 | UInt32(b[p + 9 + n]) << 16 | UInt32(b[p + 10 + n]) << 8 | UInt32(b[p + 11 + n])
        out.append((String(decoding: b[p + 4..<p + 8], as: UTF8.self), Array(b[p + 8..<p + 8 + n]), crc))
        p += 12 + n
    }
    return out
}

/// RIFF chunks of a WebP file: (fourcc, data).
func webpChunks(_ b: [UInt8]) -> [(type: String, data: [UInt8])] {
    var out: [(String, [UInt8])] = []
    var p = 12
    while p + 8 <= b.count {
        let n = Int(b[p + 4]) | Int(b[p + 5]) << 8 | Int(b[p + 6]) << 16 | Int(b[p + 7]) << 24
        guard p + 8 + n <= b.count else { break }
        out.append((String(decoding: b[p..<p + 4], as: UTF8.self), Array(b[p + 8..<p + 8 + n])))
        p += 8 + n + (n & 1)
    }
    return out
}

/// A deterministic pseudo-random generator (SplitMix64), so fuzz runs repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard haystack.count >= n.count else { return false }
    for i in 0...(haystack.count - n.count) where haystack[i] == n[0] && Array(haystack[i..<i + n.count]) == n { return true }
    return false
}
