import Testing

@testable import FrontMatter

/// Issue 17 item 3: positions in a one-line flow list are counted once, not from the line start per item.
@Suite struct LinearTimeTests {
    func columnWork(items: Int) throws -> (Int, Int) {
        let line = "tags: [" + (0..<items).map { "标签\($0)" }.joined(separator: ", ") + "]\n"
        let cursor = ColumnCursor()
        let root = try FrontMatter.parseYAML(line, firstLine: 1, columnCursor: cursor)
        guard case .mapping(let entries) = root.value, case .list(let list) = entries[0].value.value else {
            Issue.record("not a mapping with a list")
            return (0, 0)
        }
        #expect(list.count == items)
        #expect(list.last?.column == line.unicodeScalars.count - 1 - "标签\(items - 1)]".unicodeScalars.count + 1)
        return (cursor.bytesScanned, line.utf8.count)
    }

    @Test func flowListColumnsAreLinear() throws {
        let (small, smallBytes) = try columnWork(items: 2_000)
        let (large, largeBytes) = try columnWork(items: 4_000)
        // Each byte of the line is visited about once: doubling the list doubles the work.
        #expect(small <= 2 * smallBytes)
        #expect(large <= 2 * largeBytes)
        let ratio = Double(large) / Double(small)
        #expect(ratio > 1.8 && ratio < 2.3, "work ratio \(ratio)")
    }
}
