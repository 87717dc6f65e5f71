import Foundation

/// The sort key of a personal name under the 姓氏笔画 rule (see
/// ``StrokeOrder``); made by ``StrokeOrder/sortKey(forName:)``.
///
/// Keys compare as byte strings, so sorting by them is fast. The order is
/// total: two keys are equal only when the names have the same Unicode
/// scalars; names that the rule ranks equal (e.g. "王伟" and "王　伟") are
/// ordered by their raw code points.
public struct NameSortKey: Sendable, Comparable, Hashable {
    /// The encoded key (layout in `KeyBuilder`).
    let bytes: [UInt8]

    /// Whether `lhs` sorts before `rhs`: byte-wise lexicographic comparison,
    /// a proper prefix first.
    public static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        lhs.bytes.withUnsafeBufferPointer { l in
            rhs.bytes.withUnsafeBufferPointer { r in KeyBuilder.precedes(l, r) }
        }
    }
}

/// Builds ``NameSortKey`` bytes.
///
/// Layout (compared byte-wise):
///
///     name class   0 Han name | 2 non-Han name | 3 empty
///     Han name:    surname units, 0, given units (padded to 2 with gaps), 0
///     non-Han:     one "other" unit per scalar of the trimmed name, 0
///     tie-break:   every scalar of the original name, 3 bytes big-endian
///
/// Units:
///
///     gap          1
///     known Han    2, stroke count, strokes (1...5) ..., code point (3 bytes)
///     unknown Han  3, code point (3 bytes)
///     other        4, code point (3 bytes)
///
/// Two known characters with equal counts have units of equal length, so
/// units stay aligned and the byte order is the rule's order.
enum KeyBuilder {
    static let endMark: UInt8 = 0
    static let gap: UInt8 = 1
    static let knownHan: UInt8 = 2
    static let unknownHan: UInt8 = 3
    static let other: UInt8 = 4

    /// Upper bound of the bytes one scalar adds: its unit (the longest
    /// sequence in the table has 48 strokes) and its tie-break code point.
    static let maxBytesPerScalar = 2 + 64 + 3 + 3

    /// Byte-wise lexicographic order, a proper prefix first.
    @inline(__always)
    static func precedes(_ l: UnsafeBufferPointer<UInt8>, _ r: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Swift.min(l.count, r.count)
        if n > 0 {
            let c = memcmp(l.baseAddress!, r.baseAddress!, n)
            if c != 0 { return c < 0 }
        }
        return l.count < r.count
    }

    /// The key of `name`, as an array.
    static func build(_ name: String) -> [UInt8] {
        withKey(name) { Array($0) }
    }

    /// Calls `body` with the key of `name`, built in temporary storage.
    static func withKey<R>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let scalarCount = name.unicodeScalars.count
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Swift.max(scalarCount, 1)) { kept in
            // The scalars that take part in the comparison, and where the
            // first whitespace-separated segment ends.
            var keptCount = 0
            var firstBreak: Int? = nil
            var pendingBreak = false
            for scalar in name.unicodeScalars {
                if isWhitespace(scalar) {
                    pendingBreak = keptCount > 0
                    continue
                }
                if StrokeOrder.isIgnorable(scalar) { continue }
                if pendingBreak {
                    if firstBreak == nil { firstBreak = keptCount }
                    pendingBreak = false
                }
                kept[keptCount] = StrokeOrder.canonicalHan(scalar).value
                keptCount += 1
            }
            let capacity = 16 + scalarCount * maxBytesPerScalar
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                var writer = Writer(buffer: buffer)
                write(
                    name, kept: UnsafeBufferPointer(rebasing: kept[..<keptCount]),
                    firstBreak: firstBreak, into: &writer)
                return body(UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
            }
        }
    }

    struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        @inline(__always)
        mutating func appendCodePoint(_ value: UInt32) {
            append(UInt8(truncatingIfNeeded: value >> 16))
            append(UInt8(truncatingIfNeeded: value >> 8))
            append(UInt8(truncatingIfNeeded: value))
        }
    }

    static func write(
        _ name: String, kept: UnsafeBufferPointer<UInt32>, firstBreak: Int?,
        into w: inout Writer
    ) {
        if kept.isEmpty {
            w.append(3)
        } else if !isHan(kept[0]) {
            w.append(2)
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            for scalar in trimmed.unicodeScalars {
                w.append(other)
                w.appendCodePoint(scalar.value)
            }
            w.append(endMark)
        } else {
            w.append(0)
            let table = StrokeTable.shared
            table.strokes.withUnsafeBufferPointer { strokes in
                let surname = surnameLength(kept, firstBreak: firstBreak)
                for value in kept[..<surname] {
                    appendUnit(value, table: table, strokes: strokes, to: &w)
                }
                w.append(endMark)
                let givenCount = kept.count - surname
                if givenCount < 2 {
                    for _ in givenCount..<2 { w.append(gap) }
                }
                for value in kept[surname...] {
                    appendUnit(value, table: table, strokes: strokes, to: &w)
                }
                w.append(endMark)
            }
        }
        for scalar in name.unicodeScalars {
            w.appendCodePoint(scalar.value)
        }
    }

    /// A shortcut for comparing two names: when both start with different
    /// characters of the table, their first units decide, exactly as the
    /// full keys would (the first unit is the first byte after the name
    /// class). `nil` when the full keys are needed.
    static func compareFirstCharacters(_ a: String, _ b: String) -> Bool? {
        guard let x = firstKept(a), let y = firstKept(b), x != y else { return nil }
        let table = StrokeTable.shared
        guard let rx = table.range(of: x), let ry = table.range(of: y) else { return nil }
        if rx.count != ry.count { return rx.count < ry.count }
        return table.strokes.withUnsafeBufferPointer { strokes in
            for (i, j) in zip(rx, ry) where strokes[i] != strokes[j] {
                return strokes[i] < strokes[j]
            }
            return x < y
        }
    }

    /// The first scalar of `name` that takes part in the comparison.
    @inline(__always)
    static func firstKept(_ name: String) -> UInt32? {
        for scalar in name.unicodeScalars where !StrokeOrder.isIgnorable(scalar) {
            return StrokeOrder.canonicalHan(scalar).value
        }
        return nil
    }

    /// 1 or 2: an explicit split by whitespace after one or two Han
    /// characters, else a compound surname at the start of a name of three or
    /// more characters, else 1.
    static func surnameLength(_ kept: UnsafeBufferPointer<UInt32>, firstBreak: Int?) -> Int {
        if let split = firstBreak, split <= 2, kept[..<split].allSatisfy(isHan) {
            return split
        }
        if kept.count >= 3,
            StrokeOrder.compoundSurnamePairs.contains(UInt64(kept[0]) << 32 | UInt64(kept[1]))
        {
            return 2
        }
        return 1
    }

    @inline(__always)
    static func appendUnit(
        _ value: UInt32, table: StrokeTable, strokes: UnsafeBufferPointer<UInt8>,
        to w: inout Writer
    ) {
        if let range = table.range(of: value) {
            w.append(knownHan)
            w.append(UInt8(truncatingIfNeeded: range.count))
            for i in range { w.append(strokes[i]) }
        } else if isHan(value) {
            w.append(unknownHan)
        } else {
            w.append(other)
        }
        w.appendCodePoint(value)
    }

    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        if (0x4E00...0x9FFF).contains(value) { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return StrokeOrder.isHan(scalar)
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if (0x3400..<0xA000).contains(v) { return false }
        return scalar.properties.isWhitespace
    }
}
