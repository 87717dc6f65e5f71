import Foundation
import HonorSiteCore
import Messages
import Testing

@testable import HonorSiteServer

@Suite("Preview server in Chinese", .serialized)
struct ChineseServerTests {
    @Test("the 500 page, its diagnostics and the overlay script are Chinese")
    func failedPageInChinese() throws {
        let broken = riderFile().replacingOccurrences(of: "district: 福田区", with: "district：福田区")
        let project = try TempProject(files: ["content/riders/li-ming.md": broken])
        defer { project.remove() }
        try withServer(project, language: .chinese) { _, port, reports in
            #expect(reports.all.first?.succeeded == false)
            let (page, _) = try fetch(port, "/")
            #expect(page.status == 500)
            #expect(page.text.contains("<html lang=\"zh-CN\">"))
            #expect(page.text.contains("<title>HonorSite：生成失败</title>"))
            #expect(page.text.contains("<h1>网站没能生成</h1><p>请改正下面的问题并保存，页面会自动刷新。</p>"))
            #expect(
                page.text.contains("content/riders/li-ming.md:3:9: error: 冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）"),
                "\(page.text)")
            // The script's overlay heading and close button, as JSON string literals.
            #expect(page.text.contains(LiveReload.jsonString("生成失败——正在显示上一次成功的版本（改好文件并保存后会自动刷新）")))
            #expect(page.text.contains("hideLabel = " + LiveReload.jsonString("关闭")))
            // The error event carries the Chinese message.
            let events = try openEvents(port)
            #expect(events.read(until: "event: error\n", timeout: 3) != nil)
            let data = events.read(until: "\n\n", timeout: 3) ?? ""
            #expect(data.contains(#""message":"冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）""#), "\(data)")
        }
    }

    @Test("the 503 page shown while the first build runs is Chinese")
    func buildingPageInChinese() {
        let r = PreviewServer.noSitePage(failure: nil, language: .chinese)
        let text = String(decoding: r.body, as: UTF8.self)
        #expect(r.status == 503)
        #expect(text.contains("<title>正在生成……</title>"))
        #expect(text.contains("<h1>正在生成……</h1>"))
        let english = String(decoding: PreviewServer.noSitePage(failure: nil, language: .english).body, as: UTF8.self)
        #expect(english.contains("<h1>Building…</h1>"))
    }

    @Test("warnings reach the page: a panel with file:line in Chinese")
    func warningsPanel() throws {
        let slip = riderFile().replacingOccurrences(of: "name: 李明", with: "name: ”李明“")
        let project = try TempProject(files: ["content/riders/li-ming.md": slip])
        defer { project.remove() }
        try withServer(project, language: .chinese) { _, port, reports in
            #expect(reports.all.first?.succeeded == true)
            let (page, _) = try fetch(port, "/riders/li-ming/")
            #expect(page.status == 200)
            #expect(page.text.contains("honorsite-warnings"))
            let events = try openEvents(port)
            #expect(events.read(until: "event: warnings\n", timeout: 3) != nil)
            let data = events.read(until: "\n\n", timeout: 3) ?? ""
            #expect(data.contains(#""title":"1 条警告""#), "\(data)")
            #expect(data.contains(#""file":"content/riders/li-ming.md","line":2,"column":7"#), "\(data)")
            #expect(data.contains("两头的中文引号会原样显示在网页和光荣榜上"), "\(data)")
        }
    }

    @Test("plain-text answers are Chinese")
    func textAnswers() throws {
        let project = try TempProject()
        defer { project.remove() }
        try withServer(project, language: .chinese) { _, port, _ in
            #expect(try fetch(port, "/__honorsite/x").response.text == "找不到这个页面\n")
            let (wrong, _) = try fetch(port, "/", host: "evil.example")
            #expect(wrong.status == 403)
            #expect(wrong.text.hasPrefix("不认识的主机名“evil.example”"), "\(wrong.text)")
            let (slash, _) = try fetch(port, "/a%2Fb")
            #expect(slash.status == 400)
            #expect(slash.text == "路径里不能有编码过的斜杠\n")
            let (post, _) = try fetch(port, "/", method: "POST")
            #expect(post.status == 405)
            #expect(post.text == "不支持 POST 请求；预览服务器只响应 GET 和 HEAD\n")
        }
    }

    @Test("the language comes from the environment by default")
    func languageFromEnvironment() {
        let root = URL(fileURLWithPath: "/tmp")
        #expect(PreviewServer.Configuration(root: root, environment: ["LANG": "zh_CN.UTF-8"]).language == .chinese)
        #expect(PreviewServer.Configuration(root: root, environment: ["LANG": "C"]).language == .english)
        #expect(PreviewServer.Configuration(root: root, environment: ["LANG": "C"], language: .chinese).language == .chinese)
    }
}
