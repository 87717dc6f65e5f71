import Foundation
import Testing

@testable import Media

/// Bounded random mutation of every fixture (and a few hand-made seeds) through
/// both entry points. Nothing may trap; whatever is accepted must clean into a
/// file that is accepted again with the same size and no metadata.
///
/// `MEDIA_FUZZ_COUNT` sets the number of inputs (default 3,000; `make fuzz-media`
/// runs 1,000,000); `MEDIA_FUZZ_SEED` the seed (default 15).
@Suite struct FuzzTests {
    static let seeds: [(ImageFormat, [UInt8])] = {
        var s: [(ImageFormat, [UInt8])] = fixtureCases.map { ($0.format, fixture($0.file)) }
        s.append((.svg, Array(#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]><svg width="10" viewBox="0 0 4 2"/>"#.utf8)))
        s.append((.svg, Array(#"<svg width="7" viewBox="0 0 3 9"/>"#.utf8)))
        s.append((.svg, Array(#"<svg height="7px" viewBox="0,0,3,9"></svg>"#.utf8)))
        return s
    }()

    @Test func mutatedInputsNeverTrap() throws {
        let env = ProcessInfo.processInfo.environment
        let count = env["MEDIA_FUZZ_COUNT"].flatMap(Int.init) ?? 3000
        var g = SplitMix64(state: env["MEDIA_FUZZ_SEED"].flatMap(UInt64.init) ?? 15)
        var accepted = 0
        var rejected = 0
        for i in 0..<count {
            let (declared, seed) = Self.seeds[i % Self.seeds.count]
            let input = mutate(seed, &g)
            // sometimes read the bytes as another format than their own
            let format = Int.random(in: 0..<10, using: &g) == 0 ? ImageFormat.allCases.randomElement(using: &g)! : declared
            do {
                let info = try inspectImage(input, as: format)
                let cleaned = try cleanImage(input, as: format)
                let again = try inspectImage(cleaned, as: format)
                #expect(
                    again.size == info.size && again.orientation == info.orientation && again.metadata == [],
                    "input \(i) (seed \(declared))")
                accepted += 1
            } catch {
                #expect(error.offset >= 0 && error.offset <= input.count, "input \(i): offset \(error.offset) of \(input.count)")
                rejected += 1
            }
        }
        #expect(accepted + rejected == count)
        if count > 10_000 { print("media fuzz: \(count) inputs, \(accepted) accepted, \(rejected) rejected, no crash") }
    }

    /// One to four random edits: flip bits, set bytes to boundary values, cut, insert, duplicate or delete a span.
    func mutate(_ seed: [UInt8], _ g: inout SplitMix64) -> [UInt8] {
        var b = seed
        for _ in 0..<Int.random(in: 1...4, using: &g) {
            guard !b.isEmpty else {
                b = [0xFF]
                continue
            }
            let i = Int.random(in: 0..<b.count, using: &g)
            switch Int.random(in: 0..<8, using: &g) {
            case 7:
                // text formats: an extreme number where a digit is
                guard let d = b[i...].firstIndex(where: { (0x30...0x39).contains($0) }) else { continue }
                let numbers = ["1e-300", "1e308", "nan", "-0", "99999999999999999999", "0.0000001", "inf"]
                b.replaceSubrange(d..<d + 1, with: Array(numbers.randomElement(using: &g)!.utf8))
            case 0: b[i] ^= UInt8(1) << UInt8.random(in: 0...7, using: &g)
            case 1: b[i] = [0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE].randomElement(using: &g)!
            case 2: b = Array(b.prefix(i))
            case 3: b.insert(contentsOf: (0..<Int.random(in: 1...8, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) }, at: i)
            case 4:
                let n = min(b.count - i, Int.random(in: 1...64, using: &g))
                b.insert(contentsOf: b[i..<i + n], at: Int.random(in: 0...b.count, using: &g))
            case 5: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...32, using: &g)))
            default:
                // a big-endian or little-endian length/offset field set to an extreme
                let v: [UInt8] = [[0xFF, 0xFF], [0x00, 0x00], [0x7F, 0xFF, 0xFF, 0xFF], [0x00, 0x01]].randomElement(using: &g)!
                for (k, x) in v.enumerated() where i + k < b.count { b[i + k] = x }
            }
        }
        return b
    }
}
