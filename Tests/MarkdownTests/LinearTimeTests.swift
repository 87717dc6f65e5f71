import Testing

@testable import Markdown

/// Issue 17 item 6: link columns and duplicate heading ids cost linear work.
@Suite struct MarkdownLinearTimeTests {
    func columnSteps(links: Int) -> Int {
        var text = "前言\n" + String(repeating: "[链](#a) ", count: links)
        var counter = ColumnCounter()
        var last = 0
        text.withUTF8 { b in
            for k in 0..<links { last = counter.scalarColumn(line: 2, byteColumn: 1 + k * "[链](#a) ".utf8.count, in: b) }
        }
        #expect(last == 1 + (links - 1) * "[链](#a) ".unicodeScalars.count)
        return counter.steps
    }

    @Test func linkColumnsOnOneLineAreLinear() {
        let ratio = Double(columnSteps(links: 8_000)) / Double(columnSteps(links: 4_000))
        #expect(ratio > 1.8 && ratio < 2.3, "work ratio \(ratio)")
    }

    @Test func columnsOfRenderedLinksOnOneLine() {
        let r = renderMarkdown("x\n名字 [a](/a) 和 [b](/b) [c](/c)")
        #expect(r.links.map(\.column) == [4, 14, 22])
        #expect(r.links.map(\.line) == [2, 2, 2])
    }

    func idTries(headings: Int) -> (Int, [String]) {
        var used = UsedIDs()
        var ids: [String] = []
        for _ in 0..<headings { ids.append(uniqueID("标题", used: &used)) }
        return (used.tries, ids)
    }

    @Test func repeatedHeadingIdsAreLinear() {
        let (small, ids) = idTries(headings: 2_000)
        let (large, _) = idTries(headings: 4_000)
        #expect(ids.prefix(3) == ["标题", "标题-1", "标题-2"])
        #expect(ids.last == "标题-1999")
        let ratio = Double(large) / Double(small)
        #expect(ratio > 1.8 && ratio < 2.3, "work ratio \(ratio)")
        let r = renderMarkdown("## a\n\n## a-1\n\n## a\n\n## a\n")
        #expect(r.headings.map(\.id) == ["a", "a-1", "a-2", "a-3"])
    }
}
