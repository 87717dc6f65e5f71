/// The decoded stroke table: one stroke sequence per character.
///
/// Built once, on first use, from the string literals in
/// `StrokeTable.generated.swift` (see `Scripts/gen-stroke-table.py` for the
/// encoding). Immutable afterwards, so it is `Sendable` and safe to share.
struct StrokeTable: Sendable {
    /// A run of consecutive code points `start ..< start + count` whose
    /// entries are numbered from `firstEntry`.
    struct Run: Sendable {
        var start: UInt32
        var count: UInt32
        var firstEntry: UInt32
    }

    /// Runs sorted by `start`.
    let runs: [Run]
    /// All strokes of all entries, one `StrokeKind.rawValue` (1...5) per byte.
    let strokes: [UInt8]
    /// Entry `i` is `strokes[offsets[i] ..< offsets[i + 1]]`.
    let offsets: [UInt32]

    /// The shared table, decoded lazily and exactly once (Swift runs the
    /// initializer of a `static let` under a once-only lock).
    static let shared = StrokeTable(runs: StrokeTableData.runs, sequences: StrokeTableData.sequences)

    /// Number of characters in the table.
    var count: Int { offsets.count - 1 }

    init(runs runsText: String, sequences: String) {
        var runs: [Run] = []
        var entry: UInt32 = 0
        for part in runsText.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            let fields = part.split(separator: "+")
            guard fields.count == 2,
                let start = UInt32(fields[0], radix: 16),
                let count = UInt32(fields[1], radix: 16)
            else { preconditionFailure("StrokeTableData.runs is malformed near \(part)") }
            runs.append(Run(start: start, count: count, firstEntry: entry))
            entry += count
        }
        runs.sort { $0.start < $1.start }

        var strokes: [UInt8] = []
        strokes.reserveCapacity(sequences.utf8.count * 2)
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(Int(entry) + 1)
        for byte in sequences.utf8 {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte - UInt8(ascii: "a") + 10
            default: continue  // newlines
            }
            if value == 0 {  // end of an even-length entry
                offsets.append(UInt32(strokes.count))
                continue
            }
            strokes.append(value / 6)
            if value % 6 == 0 {  // end of an odd-length entry
                offsets.append(UInt32(strokes.count))
            } else {
                strokes.append(value % 6)
            }
        }
        precondition(
            offsets.count == Int(entry) + 1 && Int(entry) == StrokeTableData.entryCount,
            "StrokeTableData is inconsistent: \(offsets.count - 1) sequences for \(entry) code points")
        self.runs = runs
        self.strokes = strokes
        self.offsets = offsets
    }

    /// The entry number of `scalar`, or `nil` when the table has no sequence for it.
    @inline(__always)
    func entry(of scalar: UInt32) -> Int? {
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) >> 1
            if runs[mid].start <= scalar { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let run = runs[low - 1]
        let offset = scalar &- run.start
        guard offset < run.count else { return nil }
        return Int(run.firstEntry + offset)
    }

    /// The range in `strokes` of `scalar`'s sequence, or `nil` if unknown.
    @inline(__always)
    func range(of scalar: UInt32) -> Range<Int>? {
        guard let e = entry(of: scalar) else { return nil }
        return Int(offsets[e])..<Int(offsets[e + 1])
    }
}
