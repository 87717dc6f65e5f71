import Foundation
import Testing

@testable import SearchIndex

/// One row of token-cases.json (shared with Scripts/check-search-tokens.js, which runs it through search.js).
struct TokenCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var fold: String
    var index: [String]
    var query: [String]
    var testDescription: String { name }
}

let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

let tokenCases: [TokenCase] = {
    guard let data = try? Data(contentsOf: testsFolder.appendingPathComponent("token-cases.json")),
        let cases = try? JSONDecoder().decode([TokenCase].self, from: data)
    else { return [] }
    return cases
}()

@Test func tokenCasesAreLoaded() {
    #expect(tokenCases.count >= 20)
}

@Test(arguments: tokenCases)
func tokenizer(_ c: TokenCase) {
    #expect(SearchText.fold(c.input) == c.fold)
    #expect(SearchText.indexTerms(c.input) == c.index)
    let query = SearchText.queryTerms(c.input).map { term -> String in
        switch term {
        case .han(let t): "h:" + t
        case .word(let w): "w:" + w
        }
    }
    #expect(query == c.query)
}

/// The same values as in Scripts/check-search-tokens.js.
@Test(arguments: [("骑手", 8, 5), ("田", 64, 47), ("a", 1, 0), ("𠀀人", 16, 5)])
func shardOfTerm(_ term: String, _ count: Int, _ expected: Int) {
    #expect(SearchText.shard(of: term, count: count) == expected)
}

@Test func foldingKeepsUTF16Offsets() {
    let text = "ＡＢＣ　骑手１２３Ｚ"
    #expect(SearchText.fold(text).utf16.count == text.utf16.count)
}

/// Runs the token cases through templates/static/search.js when node is installed
/// (a development tool; `make js-test` runs the same check and fails without node).
@Test func javascriptTokenizerAgrees() throws {
    let candidates = ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"]
    guard let node = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        print("SKIPPED javascriptTokenizerAgrees: node is not installed; run `make js-test` on a machine with node")
        return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: node)
    process.arguments = [repositoryRoot.appendingPathComponent("Scripts/check-search-tokens.js").path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(output)")
    #expect(output.contains("\(tokenCases.count) token cases, 0 failures"), "\(output)")
}

/// The builder's fast path gives each case's set of index terms.
@Test(arguments: tokenCases)
func distinctTermsAreTheIndexTerms(_ c: TokenCase) {
    let (han, words) = SearchText.distinctTerms(c.input)
    #expect(Set(han.map(\.term) + words) == Set(c.index))
    #expect(han == han.sorted() && Set(han).count == han.count)
}

/// The builder's scan gives each case's index terms in the reference order, repeats included.
@Test(arguments: tokenCases)
func forEachTermGivesTheIndexTerms(_ c: TokenCase) {
    var terms: [String] = []
    SearchText.forEachTerm(in: c.input, han: { terms.append($0.term) }, word: { terms.append($0) })
    #expect(terms == c.index)
}
