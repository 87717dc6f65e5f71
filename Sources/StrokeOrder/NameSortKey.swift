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
            rhs.bytes.withUnsafeBufferPointer { r in
                let n = Swift.min(l.count, r.count)
                if n > 0 {
                    let c = memcmp(l.baseAddress!, r.baseAddress!, n)
                    if c != 0 { return c < 0 }
                }
                return l.count < r.count
            }
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

    static func build(_ name: String) -> [UInt8] {
        let table = StrokeTable.shared
        // Scalars that take part, with the index of the whitespace-separated
        // segment each belongs to.
        var scalars: [Unicode.Scalar] = []
        var segments: [Int] = []
        var segment = 0
        var pendingBreak = false
        for scalar in name.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingBreak = !scalars.isEmpty
                continue
            }
            if StrokeOrder.isIgnorable(scalar) { continue }
            if pendingBreak { segment += 1; pendingBreak = false }
            scalars.append(StrokeOrder.canonicalHan(scalar))
            segments.append(segment)
        }

        var key: [UInt8] = []
        key.reserveCapacity(16 * scalars.count + 3 * name.unicodeScalars.count + 8)

        if scalars.isEmpty {
            key.append(3)
        } else if !StrokeOrder.isHan(scalars[0]) {
            key.append(2)
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            for scalar in trimmed.unicodeScalars {
                key.append(other)
                appendCodePoint(scalar.value, to: &key)
            }
            key.append(endMark)
        } else {
            key.append(0)
            let surnameLength = surnameLength(scalars, segments)
            for scalar in scalars[..<surnameLength] {
                appendUnit(scalar, table: table, to: &key)
            }
            key.append(endMark)
            let givenCount = scalars.count - surnameLength
            if givenCount < 2 {
                key.append(contentsOf: repeatElement(gap, count: 2 - givenCount))
            }
            for scalar in scalars[surnameLength...] {
                appendUnit(scalar, table: table, to: &key)
            }
            key.append(endMark)
        }

        for scalar in name.unicodeScalars {
            appendCodePoint(scalar.value, to: &key)
        }
        return key
    }

    /// 1 or 2: an explicit split by whitespace after one or two Han
    /// characters, else a compound surname at the start of a name of three or
    /// more characters, else 1.
    static func surnameLength(_ scalars: [Unicode.Scalar], _ segments: [Int]) -> Int {
        if segments.last! > 0 {
            let first = segments.firstIndex(where: { $0 > 0 })!
            if first <= 2, scalars[..<first].allSatisfy(StrokeOrder.isHan) {
                return first
            }
        }
        if scalars.count >= 3,
           StrokeOrder.compoundSurnamePairs.contains(UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)) {
            return 2
        }
        return 1
    }

    @inline(__always)
    static func appendUnit(_ scalar: Unicode.Scalar, table: StrokeTable, to key: inout [UInt8]) {
        if StrokeOrder.isHan(scalar) {
            if let range = table.range(of: scalar.value) {
                key.append(knownHan)
                key.append(UInt8(truncatingIfNeeded: range.count))
                key.append(contentsOf: table.strokes[range])
            } else {
                key.append(unknownHan)
            }
        } else {
            key.append(other)
        }
        appendCodePoint(scalar.value, to: &key)
    }

    @inline(__always)
    static func appendCodePoint(_ value: UInt32, to key: inout [UInt8]) {
        key.append(UInt8(truncatingIfNeeded: value >> 16))
        key.append(UInt8(truncatingIfNeeded: value >> 8))
        key.append(UInt8(truncatingIfNeeded: value))
    }
}
