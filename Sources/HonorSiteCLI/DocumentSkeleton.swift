import Foundation
import FrontMatter
import HonorSiteCore

/// The front matter `honorsite new` writes: every field of the kind (docs/content.md), required ones
/// filled in or marked with ``placeholderMarker`` (an error until edited), optional ones commented out
/// with a Chinese explanation, and `draft: true`.
struct DocumentSkeleton {
    var kind: DocumentKind
    var slug: String
    /// `--title` (brands, events, pages) or `--name` (riders).
    var title: String?
    var district: String?
    /// `YYYY-MM-DD`: `--date`, else today in the site's time zone.
    var date: String
    /// The year of ``date`` (a rider's honor year).
    var year: Int

    /// The file, `content/<kind>/<slug>.md`, relative to the project.
    var path: String { "content/\(kind.rawValue)/\(slug).md" }

    /// The whole file: front matter and a body to replace.
    var text: String {
        let districtLine = """
            # 所在区（必填），须与 content/site.yml 中 districts 的某个 name 一字不差，如：福田区
            district: \(district.map(yamlText) ?? "\(placeholderMarker)：所在区")
            """
        let common = """
            # 标签（选填），用英文逗号分隔，如：[党建引领, 暖蜂驿站]
            # tags: []
            # 摘要（选填），不填时取正文开头约 120 字
            # summary:
            # 网址（选填），默认取文件名 \(slug)
            # slug: \(slug)
            # 草稿：true 时不发布；预览草稿要加 --drafts（honorsite serve --drafts）；写好后改为 false 或删除此行
            draft: true
            """
        // The cover of brands and events, and its alt text.
        func coverLines(_ folder: String) -> String {
            """
            # 封面图（选填），放在 content/media/ 下，如：\(folder)/\(slug).jpg
            # cover: \(folder)/\(slug).jpg
            # 封面图说明（选填），给读屏软件用、图片显示不出来时显示，不填时为“标题封面图”
            # cover_alt:
            """
        }
        let fields: String
        switch kind {
        case .brand:
            fields = """
                # 标题（必填），案例的大标题
                title: \(title.map(yamlText) ?? "\(placeholderMarker)：标题")
                \(districtLine)
                # 街道（必填），如：沙头街道
                street: \(placeholderMarker)：街道
                # 品牌名称（必填），如：红色驿站
                brand: \(placeholderMarker)：品牌名称
                # 指导站（选填），如：沙头市场监管所党建工作指导站
                # station:
                # 日期（选填），品牌推出或发布的日期
                date: \(date)
                \(coverLines("brands"))
                \(common)
                """
        case .rider:
            fields = """
                # 姓名（必填），按公开发布的写法
                name: \(title.map(yamlText) ?? "\(placeholderMarker)：姓名")
                \(districtLine)
                # 配送平台或站点（选填），如：外卖平台沙头站点
                # platform:
                # 是否党员（选填），true 或 false
                # party_member: true
                # 荣誉（必填，至少一项）：title 须与 site.yml 中 honors 的某个 title 一字不差；year 为年度
                honors:
                  - title: \(placeholderMarker)：荣誉名称
                    year: \(year)
                    # 名次（选填），整数；同一荣誉同一年度不能重复
                    # rank: 1
                    # 颁发单位（选填），默认取 site.yml 中该荣誉的 issuer
                    # issuer:
                # 照片（选填），放在 content/media/ 下，如：riders/\(slug).jpg
                # photo: riders/\(slug).jpg
                # 照片说明（选填），给读屏软件用、照片显示不出来时显示，不填时为“姓名的照片”
                # photo_alt:
                \(common)
                """
        case .event:
            fields = """
                # 标题（必填）
                title: \(title.map(yamlText) ?? "\(placeholderMarker)：标题")
                # 开始日期（必填），晚于今天的活动显示为“即将举行”
                date: \(date)
                # 结束日期（选填），不早于开始日期
                # end_date: \(date)
                # 实训基地（必填），须与 content/site.yml 中 bases 的某个 name 一字不差
                base: \(placeholderMarker)：实训基地名称
                # 所在区（选填），不填时取实训基地所在的区
                \(district.map { "district: \(yamlText($0))" } ?? "# district:")
                # 类别（选填），如：培训、交流、志愿服务、主题党日
                # category:
                # 参加人数（选填），整数
                # participants:
                \(coverLines("events"))
                \(common)
                """
        case .page:
            fields = """
                # 标题（必填）
                title: \(title.map(yamlText) ?? "\(placeholderMarker)：标题")
                # 菜单中的顺序（选填），整数，小的在前
                # weight: 1
                # 日期（选填）
                date: \(date)
                \(common)
                """
        case .report:
            fields = """
                # 标题（必填），如：某某区2025年“小个专”及新就业群体党建工作报告
                title: \(title.map(yamlText) ?? "\(placeholderMarker)：标题")
                # 报告所述年度（必填），正文里的 {{stats…}} 和图表按这一年统计
                year: \(year)
                # 发文机关（必填），印在落款处
                issuer: \(placeholderMarker)：发文机关
                # 成文日期（必填），印在发文机关下方
                date: \(date)
                # 文号（选填），如：深市监党〔2026〕1号
                # doc_number:
                \(common)
                """
        }
        return "---\n" + fields + "\n---\n\n" + body
    }

    private var body: String {
        switch kind {
        case .brand: "## 品牌由来\n\n在这里写正文。段落之间空一行；以“## ”开头的一行是小标题。\n"
        case .rider: "## 个人简介\n\n在这里写正文。不要写身份证号和手机号，构建时会检查。\n"
        case .event: "## 活动内容\n\n在这里写正文。\n"
        case .page: "在这里写正文。\n"
        case .report: "## 一、主要做法及成效\n\n在这里写正文。数字可以写成 {{stats.brands.total}} 这样的名称，见 docs/zh/report.md。\n"
        }
    }
}

/// `s` as a YAML scalar of the front-matter subset that the loader reads back as exactly `s`, with no
/// warning: plain when the front-matter parser itself reads it so (`张三`, `AI 夜校`), else double-quoted
/// with `\` and `"` escaped (`"张\"三"`, `"a: b"`, `"#1"`, `"- a"`, `"true"`, `"张三："`, `"“张三”"`).
///
/// The value must hold no control character (``controlCharacter(in:)``); no scalar of the subset can.
func yamlText(_ s: String) -> String {
    if readsBackPlain(s) { return s }
    var quoted = "\""
    for c in s.unicodeScalars {
        switch c {
        case "\\": quoted += "\\\\"
        case "\"": quoted += "\\\""
        default: quoted.unicodeScalars.append(c)
        }
    }
    return quoted + "\""
}

/// Whether `key: s` parses, without warnings, to the text `s`.
private func readsBackPlain(_ s: String) -> Bool {
    guard !s.isEmpty, !s.contains(where: \.isNewline), let file = try? FrontMatter.parseYAMLFile("key: " + s + "\n"),
        file.warnings.isEmpty, case .mapping(let entries) = file.root.value, entries.count == 1,
        case .string(let value) = entries[0].value.value
    else { return false }
    return value == s
}

/// The first control character in `s` (C0, DEL, C1, or a Unicode line or paragraph separator), which no front-matter
/// value can hold, or nil.
func controlCharacter(in s: String) -> Unicode.Scalar? {
    s.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }
}
