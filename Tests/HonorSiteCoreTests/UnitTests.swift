import Foundation
import Markdown
import Testing

@testable import HonorSiteCore

@Suite struct PrivacyTests {
    // Synthetic numbers only. 11010519491231002X has a valid MOD 11-2 check character.
    @Test(arguments: [
        ("身份证11010519491231002X。", ["11010519491231002X"]),
        ("小写11010519491231002x也算", ["11010519491231002x"]),
        ("旧证号110105491231002", ["110105491231002"]),
        ("手机13800138000", ["13800138000"]),
        ("手机 138-0013-8000 号", ["138-0013-8000"]),
        ("手机 138 0013 8000", ["138 0013 8000"]),
        ("两个：13912345678、15012345678", ["13912345678", "15012345678"]),
        // Regressions: forms that slipped through.
        ("国际+8613800138000", ["8613800138000"]),
        ("全角１３８００１３８０００", ["13800138000"]),
        ("全角空格138　0013　8000", ["138　0013　8000"]),
        ("点号138.0013.8000", ["138.0013.8000"]),
        ("加粗138**0013**8000", ["13800138000"]),
        ("转义138\\-0013\\-8000", ["138-0013-8000"]),
        // Issue 17 item 12: what the reader sees.
        ("实体&#49;3800138000", ["13800138000"]),
        ("十六进制&#x31;3800138000", ["13800138000"]),
        ("转义\"\\u0031\\u00338\\u00300138000\"", ["13800138000"]),
        ("零宽138\u{200B}0013\u{200B}8000", ["13800138000"]),
        ("连字符138\u{00AD}0013\u{2060}8000", ["13800138000"]),
        ("标签1380013<span>8000</span>", ["13800138000"]),
        ("实体空格138&nbsp;0013&nbsp;8000", ["138\u{00A0}0013\u{00A0}8000"]),
        ("ABC11010519491231002XYZ", ["11010519491231002X"]),
        ("分组110105 19491231 002X", ["110105 19491231 002X"]),
        ("分组110105-1949-1231-002X", ["110105-1949-1231-002X"]),
    ])
    func reportsHits(_ line: String, _ expected: [String]) {
        #expect(PrivacyScanner.scan(Substring(line)).map(\.text) == expected)
    }

    @Test(arguments: [
        "校验位错误11010519491231002Y",  // check character fails
        "校验位错误110105194912310021",  // 18 digits, wrong check digit
        "订单号123456789012",  // 12 digits
        "十二位138001380001",  // mobile-like but 12 digits
        "以12开头12800138000",  // 12x is not a mobile prefix
        "1380013800",  // 10 digits
        "累计配送订单超过1667单",
        "138-0013-80001",  // last group too long
        "旧证号110105491331002",  // month 13: not a date
        "混合138-0013 8000",  // mixed separators
        "8712800138000",  // 13 digits that are not 86 + a mobile
        "分组110105 19491231 0021",  // grouped, check digit fails
        "日期2025-06-01 2025-06-02",
        "&#49;380013800",  // 10 digits after decoding
    ])
    func ignoresNearMisses(_ line: String) {
        #expect(PrivacyScanner.scan(Substring(line)).isEmpty)
    }

    @Test func allowedValuesAndLocations() {
        let text = "---\nname: x\n---\n第一行\n联系13800138000或13912345678\n"
        let diags = PrivacyScanner.diagnostics(path: "a.md", text: text, allowed: ["13912345678"])
        #expect(
            diags.map(\.description) == [
                "a.md:5:3: error: possible mobile number '138****8000' must not be published; remove it or list the exact value under privacy_allow in site.yml"
            ])
    }

    @Test(arguments: ["全角１３８００１３８０００", "138.0013.8000", "138　0013　8000", "138**0013**8000", "+8613800138000"])
    func fileScanFindsEveryForm(_ line: String) {
        #expect(PrivacyScanner.diagnostics(path: "a.md", text: "---\n---\n" + line + "\n", allowed: []).count == 1)
    }

    @Test func locationsPointAtTheSource() {
        let text = "---\ntitle: \"\\u0031\\u00338\\u00300138000\"\n---\n正文 &#49;3800138000\n"
        let diags = PrivacyScanner.diagnostics(path: "a.md", text: text, allowed: [])
        #expect(diags.map { "\($0.location!.line):\($0.location!.column)" } == ["2:9", "4:4"])
    }

    @Test func checkDigitRule() {
        #expect(PrivacyScanner.isValidID18(Array("11010519491231002X")))
        #expect(!PrivacyScanner.isValidID18(Array("110105194912310020")))
    }
}

@Suite struct TextTests {
    @Test func summaryPrefersSentenceEnd() {
        let text = "第一句话说完了。第二句话还没有说完就被截断了因为太长"
        #expect(deriveSummary(text, limit: 12) == "第一句话说完了。")
    }

    @Test func summaryCutsWithEllipsisWhenNoSentenceEnd() {
        #expect(deriveSummary("一二三四五六七八九十，十一十二", limit: 10) == "一二三四五六七八九十…")
        #expect(deriveSummary("一二三四五六七八九，十一十二", limit: 10) == "一二三四五六七八九…")
    }

    @Test func shortTextIsKeptAndParagraphsJoinWithoutSpaceInChinese() {
        #expect(deriveSummary("第一段。\n第二段。", limit: 100) == "第一段。第二段。")
        #expect(deriveSummary("Hello.\nWorld.", limit: 100) == "Hello. World.")
    }

    @Test func summaryNeverSplitsACharacter() {
        // A family emoji is one Character of several scalars.
        let s = deriveSummary("一二三👨‍👩‍👧四五六七八九十", limit: 4)
        #expect(s == "一二三👨‍👩‍👧…")
    }

    // Regression (Hugo #14039): a mixed summary was cut inside a Latin word (`Shenzhen Futia…`).
    @Test(arguments: [
        // (text, limit, summary)
        ("骑手们在夜校学到了很多知识Shenzhen Futian District送餐更顺利了", 26, "骑手们在夜校学到了很多知识Shenzhen…"),
        ("骑手们在夜校学到了很多知识Shenzhen Futian District送餐更顺利了", 21, "骑手们在夜校学到了很多知识Shenzhen…"),
        ("骑手们在夜校学到了很多知识Shenzhen Futian District送餐更顺利了", 22, "骑手们在夜校学到了很多知识Shenzhen…"),
        ("骑手们在夜校学到了很多知识Shenzhen Futian District送餐更顺利了", 36, "骑手们在夜校学到了很多知识Shenzhen Futian…"),
        ("骑手们在夜校学到了很多知识Shenzhen Futian District送餐更顺利了", 38, "骑手们在夜校学到了很多知识Shenzhen Futian District送…"),
        ("2025年度共评选出最美骑手十名，表彰大会于2025年12月1日举行", 24, "2025年度共评选出最美骑手十名，表彰大会于…"),
        ("2025年度共评选出最美骑手十名，表彰大会于2025年12月1日举行", 26, "2025年度共评选出最美骑手十名，表彰大会于2025…"),
        ("累计服务超过10,000人次，获得广泛好评", 9, "累计服务超过…"),
        ("平均每单用时3.5分钟以内", 8, "平均每单用时…"),
        ("街道开设“AI夜校”课程，骑手免费参加", 6, "街道开设…"),
        ("使用ＡＩ２０２５助手", 4, "使用…"),
        ("Riders learned a lot at the night school in Futian", 20, "Riders learned a lot…"),
        ("Riders learned a lot at the night school in Futian", 19, "Riders learned a…"),
        ("他说：“我们一定做好。”随后离开了驿站去送餐", 14, "他说：“我们一定做好。”"),
        ("The station opened. Riders can rest there now", 30, "The station opened."),
        ("Supercalifragilisticexpialidocious", 10, "Supercalif…"),
    ])
    func summaryCutsAtABoundaryInBothScripts(_ text: String, _ limit: Int, _ summary: String) {
        let s = deriveSummary(text, limit: limit)
        #expect(s == summary)
        #expect(!s.dropLast().hasSuffix(" "))
    }

    @Test func readingTime() {
        #expect(readingMinutes(String(repeating: "字", count: 300)) == 1)
        #expect(readingMinutes(String(repeating: "字", count: 301)) == 2)
        #expect(readingMinutes(Array(repeating: "word", count: 400).joined(separator: " ")) == 2)
    }

    // Regression guard (Hugo #10031): one Han character must not switch a long
    // English page to the CJK rate. 3,000 words at 200 a minute are 15 minutes;
    // the Han character adds 1/300 of a minute (rounded up: 16). Counted as
    // characters at the CJK rate the page would take over 60 minutes.
    @Test func readingTimeOfEnglishPageWithOneHanCharacter() {
        let words = (0..<3000).map { ["riders", "deliver", "meals", "across", "Futian", "2025"][$0 % 6] }
        let english = renderMarkdown(words.joined(separator: " ") + "\n").plainText
        #expect(readingMinutes(english) == 15)
        let mixed = renderMarkdown(words.joined(separator: " ") + " 福\n").plainText
        #expect(readingMinutes(mixed) == 16)
        let shorter = renderMarkdown(words.dropLast().joined(separator: " ") + " 福\n").plainText
        #expect(readingMinutes(shorter) == 15)  // 2,999 words + 1 Han: 14.995 + 0.003 minutes
    }

    @Test func termSlugs() {
        #expect(termSlug("党建引领") == "党建引领")
        #expect(termSlug("AI夜校") == "ai夜校")
        #expect(termSlug("Red Star!") == "red-star")
        #expect(termSlug("！？") == "tag")
    }

    @Test func paddedNames() {
        #expect(paddedName("王伟") == "王\u{3000}伟")
        #expect(paddedName("欧阳志远") == "欧阳志远")
        #expect(paddedName("李春燕") == "李春燕")
        #expect(paddedName("Li") == "Li")
    }

    // Regression: control characters in titles made feed.xml invalid XML.
    @Test func escapingReplacesXMLControlCharacters() {
        #expect(escapeHTML("a\u{01}b\u{0C}<c>\n\t") == "a\u{FFFD}b\u{FFFD}&lt;c&gt;\n\t")
        // Regression: U+FFFE/U+FFFF in a title made feed.xml not well-formed.
        #expect(escapeHTML("a\u{FFFE}b\u{FFFF}，") == "a\u{FFFD}b\u{FFFD}，")
    }

    @Test func percentEncoding() {
        #expect(percentEncodePath("tags/党建/") == "tags/%E5%85%9A%E5%BB%BA/")
        #expect(percentEncodePath("riders/li-ming/") == "riders/li-ming/")
    }

    @Test func zhDatesAndISO() {
        let rules = DateRules(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let d = ContentDate(year: 2024, month: 6, day: 1)
        #expect(rules.display(d) == "2024年6月1日")
        #expect(rules.iso(d) == "2024-06-01")
        #expect(rules.isoDateTime(rules.instant(d)) == "2024-06-01T00:00:00+08:00")
        let t = ContentDate(year: 2025, month: 3, day: 15, hour: 14, minute: 30, second: nil, utcOffsetMinutes: 0)
        #expect(rules.iso(t) == "2025-03-15T14:30:00Z")
    }

    @Test func baseURLs() {
        #expect(normaliseBaseURL("https://example.org")! == ("https://example.org/", "/"))
        #expect(normaliseBaseURL("https://example.org/a/b")! == ("https://example.org/a/b/", "/a/b/"))
        #expect(normaliseBaseURL("example.org") == nil)
        #expect(normaliseBaseURL("ftp://example.org/") == nil)
        // Regression: a space, query or fragment was accepted and corrupted every page URL.
        #expect(normaliseBaseURL("https://ex.com/a b/") == nil)
        #expect(normaliseBaseURL("https://example.gov.cn/a/?q=1") == nil)
        #expect(normaliseBaseURL("https://example.gov.cn/a/#f") == nil)
        #expect(normaliseBaseURL("https://example.gov.cn/%E5%85%9A/")! == ("https://example.gov.cn/%E5%85%9A/", "/党/"))
    }
}
