import Charts
import FrontMatter
import Media
import Mustache

/// The Simplified Chinese catalogue: every ``Message`` once, written for
/// publicity editors who are not programmers — plain words, the exact
/// character to type, full-width Chinese punctuation around quoted text.
enum Chinese {
    static func text(_ m: Message) -> String {
        switch m {
        case .frontMatter(let kind): frontMatter(kind)
        case .frontMatterWarning(let kind): frontMatterWarning(kind)
        case .saveAsUTF8(let editor): saveAsUTF8(editor)
        case .mustache(let kind): mustache(kind)
        case .site(let s): site(s)
        case .progress(let p): progress(p)
        case .write(let w): write(w)
        case .report(let r): report(r)
        case .media(let m): media(m)
        case .help(let command): help(command)
        case .usage(let u): usage(u)
        case .cli(let c): cli(c)
        case .scaffold(let s): scaffold(s)
        case .server(let s): server(s)
        }
    }

    /// `value` in quotation marks: “…”, or 「…」 when it holds “ ” itself (a title such as
    /// `2025年“十大最美骑手”` would otherwise read `““…””`).
    static func q(_ value: String) -> String {
        value.contains(where: { $0 == "“" || $0 == "”" }) ? "「\(value)」" : "“\(value)”"
    }

    // MARK: - Front matter

    static func frontMatter(_ kind: FrontMatterError.Kind) -> String {
        switch kind {
        case .invalidUTF8:
            return "文件不是有效的 UTF-8 编码"
        case .missingOpeningDelimiter:
            return "文件第一行必须只写三个减号“---”，表示开头信息（front matter）从这里开始"
        case .unclosedFrontMatter:
            return "这里开始的开头信息没有结束：请在最后一个字段下面加一行“---”"
        case .nestingTooDeep(let limit):
            return "层次太深：最多只能嵌套 \(limit) 层"
        case .invalidCharacter(let scalar):
            return "这里有看不见的控制字符 \(English.uPlus(scalar))，请删掉它"
        case .tabIndentation:
            return "缩进里有制表符（Tab 键），请改用空格缩进"
        case .badIndentation:
            return "缩进没对齐：这一行开头的空格数和上下同一层的条目不一致"
        case .invalidKey(let key):
            return "字段名“\(key)”写法不对：字段名只能用小写英文字母、数字和下划线，如 district、party_member"
        case .duplicateKey(let key, let firstLine):
            return "字段“\(key)”重复了（第 \(firstLine) 行已经写过）"
        case .expectedKey:
            return "这一行应该写成“字段名: 值”（半角冒号，冒号后加一个空格）"
        case .expectedListItem:
            return "这里应该是列表项，以半角减号加空格“- ”开头"
        case .unexpectedListItem:
            return "列表项“- ”不能写在这里：请另起一行，写在字段名的下面"
        case .unterminatedQuote(.double):
            return "双引号 \" 没有结束：这一行里缺少后一半 \""
        case .unterminatedQuote(.single):
            return "单引号 ' 没有结束：这一行里缺少后一半 '"
        case .badEscape(let esc):
            return "双引号里的“\(esc)”不是有效的转义写法（反斜杠 \\ 后面只能跟 n、t、\"、\\ 等）"
        case .textAfterClosingQuote:
            return "引号结束后还有文字；请把整个值都放进引号里，或者去掉引号"
        case .plainValueContainsColon:
            return "值里有“: ”（冒号加空格），会被当成新的字段；请用英文双引号把整个值括起来，如 \"主题: 安全\""
        case .unexpectedCharacter(let c):
            return "值不能以“\(c)”开头；如果这是文字，请用英文双引号把整个值括起来"
        case .unterminatedFlowList:
            return "方括号列表没有结束：“[”要在同一行里用“]”结束"
        case .emptyFlowListItem:
            return "列表里有空项：两个逗号之间什么也没写"
        case .textAfterFlowList:
            return "“]”后面还有多余的文字"
        case .invalidDate(let text):
            return "日期“\(text)”不存在或写法不对；请写成真实的日期，如 2025-10-01（如果这是文字，请加上引号）"
        case .integerOutOfRange(let text):
            return "数字“\(text)”太大了"
        case .frontMatterNotMapping:
            return "开头信息必须由“字段名: 值”组成，不能直接是列表"
        case .unsupported(let feature):
            switch feature {
            case .anchor: return "不支持锚点写法（&名称）"
            case .alias: return "不支持引用写法（*名称）"
            case .tag: return "不支持类型标记（!标记）"
            case .blockScalar:
                return "不支持多行文本块（| 和 >）；请写在一行里并用双引号括起来，换行处写 \\n"
            case .flowMapping:
                return "不支持花括号写法（{...}）；请改成缩进的“字段名: 值”"
            case .nestedFlowCollection: return "方括号列表里不能再套列表"
            case .multipleDocuments:
                return "一个文件里只能有一段开头信息，中间不能再出现“---”或“...”"
            case .directive: return "不支持以“%”开头的指令"
            case .complexKey: return "不支持以“? ”开头的字段名"
            case .multiLinePlainScalar:
                return "一个值不能分成几行写；请写在同一行里，必要时用双引号括起来"
            }
        case .looksLikeGB18030:
            return "文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文 Windows 下的编辑器常用的编码）；"
                + "请把它另存为 UTF-8 编码（本工具没有改动这个文件）"
        case .fullWidthColon:
            return "冒号是全角“：”，请改为半角“: ”（冒号后加一个空格）"
        case .missingSpaceAfterColon:
            return "冒号后面少了空格；请写成“字段名: 值”，冒号后加一个空格"
        case .fullWidthSpace:
            return "这里是全角空格“　”，请改为半角空格（切换到英文输入法再按空格键）"
        case .fullWidthBracket(let c):
            return "方括号“\(c)”是全角的；列表要用半角方括号和半角逗号，如 [最美骑手, 志愿服务]"
        case .listDash(let c):
            return "列表项以“\(c)”开头，请改为半角减号加一个空格“- ”"
        case .mismatchedQuote(let c):
            return "引号不成对：开头是英文引号 \"，结尾却是中文引号 \(c)；两头请都用英文引号 \""
        case .fullWidthDigits(let text, let ascii):
            return "“\(text)”里的数字是全角的，请改为半角：\(ascii)"
        case .nonISODate(let text, let iso):
            return "日期“\(text)”请写成 \(iso)（年-月-日，月和日都写两位）"
        case .numberWithUnit(let text, let number):
            return "这里只能写数字，不能写“\(text)”；请去掉单位，写成 \(number)"
        case .chineseBoolean(let text, let value):
            return "这里要填 true 或 false，不能写“\(text)”；请写成 \(value)（true 表示是，false 表示否）"
        }
    }

    static func frontMatterWarning(_ kind: FrontMatterWarning.Kind) -> String {
        switch kind {
        case .chineseListSeparator(let c):
            return "列表里用了中文“\(c)”分隔，整段会被当成一项；各项之间请用半角逗号加空格“, ”分隔"
        case .quotesAroundValue(let value):
            return "值 \(value) 两头的中文引号会原样显示在网页和光荣榜上；请删掉这对引号"
        case .strayQuote(let c):
            return "引号 \(c) 只有一半；请删掉它，或者补上另一半"
        }
    }

    static func saveAsUTF8(_ editor: Message.Editor) -> String {
        switch editor {
        case .notepad:
            return "记事本：点“文件”→“另存为”，在下方“编码”里选“UTF-8”，再点“保存”"
        case .wps:
            return "WPS：点“文件”→“另存为”，保存类型选纯文本，编码选“UTF-8”，文件名仍以 .md 结尾"
        case .vscode:
            return "VS Code：点右下角状态栏里的编码 →“通过编码重新打开”选 GB 18030，"
                + "再点一次编码 →“通过编码保存”选 UTF-8"
        }
    }

    // MARK: - The site compiler

    static func site(_ s: Message.Site) -> String {
        switch s {
        case .subfolderNotRead(let folder): return "子文件夹里的内容不会被读取；请移到 content/\(folder)/ 下"
        case .onlyMarkdownHere: return "这里只读取以 .md 结尾的文件，这个文件被忽略了"
        case .dataFilesMustBeYML: return "数据文件必须以 .yml 结尾，这个文件被忽略了"
        case .linkLeavesProject(let target): return "这是指向项目以外（\(target)）的符号链接，没有读取"
        case .notRegularFile: return "这不是普通文件（而是指向文件夹的链接、管道或设备），请删除"
        case .cannotReadFile: return "无法读取这个文件"
        case .unreadableEntry(let reason): return "无法读取（\(reason)），里面的内容都不会发布；请修改权限或删除它"
        case .nameTooLong(let what, let name, let bytes, let maximum):
            let source: String
            switch what {
            case .slug: source = "slug"
            case .districtSlug: source = "区域的 slug"
            case .baseSlug: source = "实训基地的 slug"
            case .tag(let t): source = "标签“\(t)…”"
            }
            return "\(source)生成的文件夹名“\(name)…”有 \(bytes) 字节，文件系统最多只能 \(maximum) 字节；请改短"
        case .badLanguageTag(let tag): return "“language”要写语言代码，如 zh-CN 或 en，不能是“\(tag)”"
        case .siteSettingsNotFound: return "找不到网站设置 content/site.yml（--root 指定的是网站项目文件夹吗？）"
        case .missingField(let key): return "缺少必填字段“\(key)”"
        case .placeholder(let key, let value): return "“\(key)”还是占位文字“\(value)”，请改成实际内容"
        case .wrongType(let key, let expected, let found): return "“\(key)”应该是\(valueType(expected))，这里却是\(foundValue(found))"
        case .emptyField(let key): return "“\(key)”不能为空"
        case .tooSmall(let key, let minimum, let found): return "“\(key)”不能小于 \(minimum)，这里是 \(found)"
        case .tooLarge(let key, let maximum, let found): return "“\(key)”不能大于 \(maximum)，这里是 \(found)"
        case .yearOutOfRange(let key, let from, let to): return "“\(key)”的年份必须在 \(from)–\(to) 之间"
        case .unknownKey(let key, let suggestion):
            return "不认识的字段“\(key)”" + (suggestion.map { "；是不是想写“\($0)”？" } ?? "")
        case .invalidSlug(let slug): return "slug“\(slug)”只能用小写英文字母、数字和单个减号（[a-z0-9-]）"
        case .fileNameNotSlug(let name):
            return "文件名“\(name)”不能用作网址：请只用小写英文字母、数字和减号（如 liu-yang.md），或者写上 slug:"
        case .controlCharacter(let scalar): return "这里有看不见的控制字符 \(English.uPlus(scalar))，请删掉它"
        case .unknownDistrict(let name): return "区域\(q(name))不在 site.yml 的 districts 里"
        case .declaredDistricts(let names): return "已有的区域：\(names.joined(separator: "、"))"
        case .mediaPathOutside(let key): return "“\(key)”必须是 content/media 下的路径，不能含“..”"
        case .mediaMissing(let key, let path, let suggestion):
            return "“\(key)”指定的文件 \(path) 不存在" + (suggestion.map { "；是不是 \($0)？" } ?? "")
        case .undeclaredHonor(let title, let suggestion, let declared):
            if let near = suggestion { return "荣誉\(q(title))不在 site.yml 的 honors 里；是不是想写\(q(near))？" }
            return "荣誉\(q(title))不在 site.yml 的 honors 里" + (declared.isEmpty ? "" : "（已有：\(declared.joined(separator: "、"))）")
                + "；请在那里声明它，或者把这种写法加到某项荣誉的 aliases 里"
        case .honorDateNotInYear(let date, let year): return "荣誉日期 \(date) 不在它的年度 \(year) 年里"
        case .honorOverSize(let count, let honor, let year, let size):
            return "\(year) 年有 \(count) 位骑手获得\(q(honor))，超过了 site.yml 里规定的名额 \(size)"
        case .honorUnderSize(let count, let honor, let year, let size):
            return "\(year) 年只有 \(count) 位骑手获得\(q(honor))，少于 site.yml 里规定的名额 \(size)"
        case .riders(let files): return "骑手：" + files.joined(separator: "、")
        case .sameNameTwice(let name, let year, let honor, let first, let second):
            return "\(q(name))在 \(year) 年\(q(honor))榜上出现了两次：\(first) 和 \(second)"
        case .endBeforeStart(let end, let start): return "结束日期 end_date \(end) 早于开始日期 date \(start)"
        case .unknownBase(let name): return "实训基地\(q(name))不在 site.yml 的 bases 里"
        case .declaredBases(let names): return "已有的实训基地：\(names.joined(separator: "、"))"
        case .badBaseURL:
            return "“base_url”必须是完整的 http(s) 网址（不能含空格、引号、<>、用户名、问号参数或 #，端口在 1–65535 之间），如 https://example.org/"
        case .badBaseURLOverride(let url):
            return "网址“\(url)”（来自 --base-url 或 HONORSITE_BASE_URL）必须是完整的 http(s) 网址（不能含空格、引号、<>、用户名、问号参数或 #，端口在 1–65535 之间）"
        case .unknownTimeZone(let zone): return "不认识的时区“\(zone)”（应写成 Asia/Shanghai 这样的名称）"
        case .badDistrictSlug(let slug): return "区域的 slug“\(slug)”只能用小写英文字母、数字和减号"
        case .districtDeclaredTwice(let name, let slug): return "区域“\(name)”（\(slug)）重复声明了"
        case .firstDeclared(let name, let slug): return "第一次声明：\(name)（\(slug)）"
        case .baseInUnknownDistrict(let name): return "区域“\(name)”没有声明；请先写进 districts"
        case .badBaseSlug(let slug): return "实训基地的 slug“\(slug)”只能用小写英文字母、数字和减号"
        case .baseDeclaredTwice(let name, let slug): return "实训基地“\(name)”（\(slug)）重复声明了"
        case .honorDeclaredTwice(let title): return "荣誉“\(title)”重复声明了"
        case .urlCollision(let page, let other): return "页面网址 /\(page) 与 \(other) 的网址相同"
        case .bothProduce(let path): return "两者都会生成 /\(path)"
        case .rankTaken(let rank, let honor, let year, let rider, let path):
            return "\(year) 年“\(honor)”的第 \(rank) 名已经给了 \(rider)（\(path)）"
        case .personalNumber(let kind, let masked):
            return "疑似\(kind == .mobile ? "手机号" : "身份证号")“\(masked)”，不能公开；"
                + "请删除，或者把确切的号码写进 site.yml 的 privacy_allow"
        case .unknownStrokes(let name, let characters):
            return "姓名“\(name)”里的字（\(characters.joined(separator: "、"))）没有笔画数据，会排在所有已知字的后面"
        case .generatedTwice(let page, let first, let second):
            return "页面 /\(page) 会生成两次（\(first) 和 \(second)）；请换一个 slug"
        case .tagCollision(let tag, let other, let file, let path):
            return "标签\(q(tag))和标签\(q(other))（在 \(file) 里）都会变成 /\(path)；请改掉其中一个"
        case .templateNameTwice(let name): return "模板名“\(name)”用了两次"
        case .alsoAt(let path): return "另一个：\(path)"
        case .templateMissing(let name): return "主题里缺少模板“\(name)”"
        case .contentLinkNotBuilt(let link): return "链接“\(link)”指向的内容文件不存在，或者不会生成"
        case .brokenLink(let link, let problem): return "链接“\(link)”\(linkProblem(problem))"
        case .brokenLinkOnPage(let link, let page, let problem): return "/\(page) 上的链接“\(link)”\(linkProblem(problem))"
        case .outputTwice(let path): return "输出文件“\(path)”被生成了两次"
        case .searchIndexLinksToMissing(let url): return "搜索索引链接到 \(url)，但该页面没有生成"
        case .alsoBy(let source): return "另一个来源：\(source ?? "程序生成的文件")"
        }
    }

    static func valueType(_ t: Message.Site.ValueType) -> String {
        switch t {
        case .string: "文字"
        case .integer: "整数"
        case .boolean: " true 或 false"
        case .date: "日期（如 2025-10-01）"
        case .stringList: "文字列表"
        case .nonEmptyStringList: "不含空项的文字列表"
        case .honorList: "荣誉列表（每项写 title 和 year）"
        case .mappingList: "由“字段名: 值”组成的列表"
        }
    }

    static func foundValue(_ v: Message.Site.FoundValue) -> String {
        switch v {
        case .null: "空值"
        case .bool(let b): " \(b)"
        case .integer(let i): "整数 \(i)"
        case .string(let s): "文字\(q(s))"
        case .date: "日期"
        case .list: "列表"
        case .mapping: "一组“字段名: 值”"
        }
    }

    static func linkProblem(_ p: Message.Site.LinkProblem) -> String {
        switch p {
        case .noSuchID(let id, let page): "指向 #\(id)，但 \(page) 上没有这个 id"
        case .outsideBasePath(let base): "不在网站的基础路径 \(base) 下"
        case .leavesSite: "跑到了网站以外"
        case .noGeneratedFile: "指向的文件没有生成"
        case .rootRelativeFromFolder: "以 / 开头；从文件夹打开网站时会指向磁盘的根目录"
        case .folderFromFolder: "指向文件夹；从文件夹打开网站时须指向文件本身（…/index.html）"
        }
    }

    static func progress(_ p: Message.Progress) -> String {
        switch p {
        case .discover(let files): "[1/6] 查找：\(files) 个内容文件"
        case .load(let documents, let templates): "[2/6] 读取：\(documents) 篇文档，\(templates) 个模板"
        case .validate: "[3/6] 检查：通过"
        case .index(let pages): "[4/6] 编排：\(pages) 个页面"
        case .render(let files): "[5/6] 渲染：\(files) 个文件"
        }
    }

    static func write(_ w: Message.Write) -> String {
        switch w {
        case .outputContainsProject(let output): "不能把网站写到 \(output)：那里包含整个项目"
        case .outputContains(let output, let folder): "不能把网站写到 \(output)：那里包含 \(folder)"
        case .outputInside(let output, let folder): "不能把网站写到 \(output)：它在 \(folder) 里面"
        case .outputNotFolder(let output): "输出位置 \(output) 已经存在，而且不是文件夹"
        case .outputNotOurs(let output, let marker):
            "输出文件夹 \(output) 不是空的，也不是 honorsite 写的（没有 \(marker)）；请清空它，或用 --output 换一个文件夹"
        case .cannotWrite(let path, let reason): "无法把网站写入 \(path)：\(reason)"
        case .cannotReplace(let path, let reason): "无法替换 \(path)：\(reason)"
        case .cannotMoveIn(let path, let reason): "无法把新网站移到 \(path)：\(reason)"
        case .fileFailed(let detail): "写入失败：\(detail)"
        }
    }

    // MARK: - Photos

    static func media(_ m: Message.Media) -> String {
        switch m {
        case .unreadable(let error): mediaError(error)
        case .locationRemoved: "照片带有位置信息（GPS）；发布的副本里已经去掉（content/ 里的原文件没有改动）"
        case .alsoRemoved(let kinds): "一并去掉的还有：\(metadataNames(kinds))"
        case .tooLarge(let size, let budgetKB): "文件有 \(size)，超过了 \(budgetKB) KB 的上限（site.yml 里的 media_max_kb）"
        case .tooManyPixels(let size, let budget): "图片有 \(size) 像素，长边超过了 \(budget) 像素的上限（site.yml 里的 media_max_pixels）"
        case .shrinkHint(let path, let format, let maxPixels):
            shrinkHint(shellQuoted("content/media/" + path), format, min(maxPixels, 2000))
        case .unknownKeep(let path): "media_keep_metadata 里写了“\(path)”，但 content/media 下没有这张图片"
        case .uncheckedFormat(let ext):
            ".\(ext) 文件会原样发布，其中的位置信息和设备信息不会检查，也不会去掉（只有 JPEG、PNG、GIF、WebP 和 SVG 会）；"
                + "照片请导出为 JPEG，视频请确认不带拍摄地点后再发布"
        case .missingAlt(let key, let text):
            "骑手照片没有写“\(key)”；读屏软件会读成“\(text)”。请在“\(key)”里描述照片内容"
        }
    }

    /// The Media module's names of metadata kinds (`serial number, camera data`) in Chinese.
    static func metadataNames(_ english: String) -> String {
        let names = [
            "location": "位置信息", "maker note": "厂商备注", "serial number": "序列号", "thumbnail": "缩略图",
            "camera data": "相机信息", "XMP": "XMP 信息", "text": "文字信息", "other data": "其他数据",
        ]
        return english.components(separatedBy: ", ").map { names[$0] ?? $0 }.joined(separator: "、")
    }

    static func mediaError(_ e: MediaError) -> String {
        switch e.kind {
        case .empty:
            return "文件是空的（0 字节）；请重新导出这张图片"
        case .wrongFormat(let actual, let expected):
            switch actual {
            case .heic, .avif:
                return "这是 \(actual.name) 格式，大多数浏览器显示不了；请转成 \(expected.name)：已有的照片可以用微信发给自己"
                    + "（不选“原图”）再保存，或在电脑的“照片”应用里打开后另存为 \(expected.name)；"
                    + "以后拍照可以在 iPhone 的“设置 › 相机 › 格式”里选“兼容性最佳”"
            case .image(let format):
                return "这其实是一张 \(format.name) 图片，扩展名却是 .\(expected.fileExtension)；请把扩展名改为 .\(format.fileExtension)"
            default:
                return "这不是 \(expected.name) 图片，看起来是 \(actual.name)；请把照片导出为 \(expected.name)"
            }
        case .notAnImage(let expected):
            return "这不是 \(expected.name) 图片；请把照片导出为 \(expected.name)"
        case .truncated(let what):
            return "文件在第 \(e.offset) 字节处、读 \(what) 时就结束了；大概是复制时没有复制完整，请重新复制或导出"
        case .malformed(let what):
            return "第 \(e.offset) 字节处的 \(what) 已损坏；请重新导出这张图片"
        }
    }

    // MARK: - Reports

    /// How to shrink an image of `format` at `file` (shell-quoted) to `side` pixels on its long side.
    static func shrinkHint(_ file: String, _ format: ImageFormat, _ side: Int) -> String {
        let resize = "`mogrify -resize '\(side)x\(side)>' \(format == .jpeg || format == .webp ? "-quality 85 " : "")\(file)`"
        switch format {
        case .jpeg:
            return "请把它缩小：用 Windows 的“画图”打开，“重新调整大小”把长边改成 \(side) 像素，另存为 JPEG；"
                + "或者用微信发给自己（不选“原图”）再保存。会用命令行的，可以先 \(resize)（ImageMagick），"
                + "再 `jpegoptim --size=500k \(file)` 或用 mozjpeg（`cjpeg -quality 80`）"
        case .png:
            return "请把它缩小：如果是照片，用“画图”打开，把长边改成 \(side) 像素，另存为 JPEG，会小得多（记得改 photo 里的文件名）。"
                + "会用命令行的，可以先 \(resize)（ImageMagick），再 `pngquant --ext .png --force --quality 65-80 \(file)`、"
                + "`oxipng -o 4 \(file)` 或 `optipng \(file)`"
        case .webp:
            return "请把它缩小，例如 \(resize)（ImageMagick），或者把原照片缩到长边 \(side) 像素左右后重新转换："
                + "`cwebp -q 80 original.jpg -o \(file)`"
        case .gif:
            return "请把它缩小，例如 `gifsicle -b -O3 --lossy=80 --resize-fit \(side)x\(side) \(file)`；"
                + "大的动图可以改用照片（JPEG）或短视频"
        case .svg:
            return "请把它缩小，例如 `svgo \(file)`，并去掉其中嵌入的照片（改为单独的 JPEG 文件）；宽和高不要超过 \(side)"
        }
    }

    static func report(_ r: Message.Report) -> String {
        switch r {
        case .unknownChartKey(let key, let valid): "不认识的图表设置“\(key)”；可用的设置：\(valid.joined(separator: "、"))"
        case .unknownData(let name, let valid): "不认识的图表数据“\(name)”；可用的数据：\(valid.joined(separator: "、"))"
        case .unknownType(let name, let valid): "不认识的图表类型“\(name)”；可用的类型：\(valid.joined(separator: "、"))"
        case .missingData: "图表块要用“data:”写明用哪张表，如“data: brands.by_district”"
        case .badLine(let line): "图表块里的这一行“\(line)”不是“设置: 值”的写法"
        case .badYear(let text): "图表年度“\(text)”要写成年份（如 2025），或者写 all"
        case .duplicateKey(let key): "图表设置“\(key)”写了两次"
        case .unclosedChart: "图表块没有结束；请在最后加一行 ```"
        case .noData(let year): "\(year) 年没有统计数据，图表会显示“暂无数据”"
        case .unknownName(let name, let valid):
            "报告里不认识的名称“\(name)”；这里可用的名称：\(valid.isEmpty ? "无" : valid.joined(separator: "、"))"
        case .delimiterChange: "报告里不支持修改标签定界符（{{= =}}）"
        case .partialInReport: "报告里不能使用子模板和模板继承（{{> 名称}}、{{< 名称}}、{{$ 名称}}）"
        case .groupAsFigure(let name, let names): "“\(name)”是一组数字，单独写出来什么也不显示；请写其中一项：\(names.joined(separator: "、"))"
        case .listAsFigure(let name): "“\(name)”是一个列表，单独写出来什么也不显示；请用 {{#\(name)}}…{{/\(name)}} 逐项写出，或用图表块画出"
        case .chartInfoString(let info): "图表设置要写在“```chart”下面的行里，每行一项“设置: 值”，不能写在同一行：“\(info)”"
        case .figureTooLarge(let field, let value, let limit): "关键数字“\(field)”的值 \(value) 太大；正负都不能超过 \(limit)（1000万亿）"
        case .duplicateFigureKey(let key, let line): "关键数字“key: \(key)”写了两次（第一次在第 \(line) 行）；{{figures.\(key)…}} 只能对应一项"
        case .unclosedTag: "标签没有结束：有“{{”却没有“}}”"
        case .chart(let data, let type, let problem): "图表“\(data)”不能画成 \(type)：\(chartProblem(problem))"
        }
    }

    static func chartProblem(_ p: ChartProblem) -> String {
        switch p {
        case .noSeries: "图表没有数据系列"
        case .valueCount(let series, let values, let categories): "数据系列“\(series)”有 \(values) 个值，却有 \(categories) 个类别"
        case .negativeValues: "数值不能是负数"
        case .oneSeriesOnly(let type): "\(type) 图只能显示一个数据系列；多个系列请用 stacked"
        case .tooManyParts(let maximum, let found): "环形图最多显示 \(maximum) 块；\(found) 块请用 bar"
        case .tooManySeries(let maximum): "堆叠图最多显示 \(maximum) 个数据系列"
        }
    }

    // MARK: - Templates

    static func mustache(_ kind: MustacheError.Kind) -> String {
        switch kind {
        case .unclosedSection(let name):
            return "这里开始的区块“\(name)”没有结束：缺少 {{/\(name)}}"
        case .mismatchedSectionEnd(let expected, let found):
            return "结束标签“\(found)”和正在打开的区块“\(expected)”对不上"
        case .unexpectedSectionEnd(let name):
            return "结束标签“\(name)”前面没有对应的开始标签"
        case .unclosedTag:
            return "这里开始的标签没有结束：缺少结束的定界符（如 }}）"
        case .invalidDelimiters:
            return "修改定界符的标签里必须正好写两个定界符，中间不能有空格或“=”"
        case .emptyTag:
            return "标签里没有写名称"
        case .invalidTagName(let name):
            return "标签名“\(name)”里不能有空格"
        case .missingPartial(let name):
            return "找不到子模板“\(name)”"
        case .recursionLimit(let limit):
            return "子模板、父模板和区块嵌套展开超过 \(limit) 层（是不是子模板引用了自己？）"
        case .nestingLimit(let limit):
            return "区块、子模板和父模板嵌套超过 \(limit) 层"
        case .expansionLimit(let limit):
            return "一次渲染展开子模板、父模板和区块超过 \(limit) 次（子模板之间是否在反复互相引用？）"
        case .iterationLimit(let limit):
            return "一次渲染中区块逐项展开列表超过 \(limit) 次（是不是同一个列表的区块套在了自己里面？）"
        case .outputLimit(let limit):
            return "一次渲染的输出超过 \(limit / (1 << 20)) MiB（是不是嵌套区块在长列表上反复展开，或者子模板之间互相引用？）"
        case .missingTemplate(let name):
            return "找不到模板“\(name)”"
        }
    }

    // MARK: - Command line

    static func help(_ h: Message.Help) -> String {
        switch h {
        case .main(let list):
            return """
                用法：honorsite <命令> [选项]

                把带开头信息的 Markdown 内容生成静态网站，并导出光荣榜、统计数据和工作报告。

                命令：
                \(list)

                每个命令的选项请看 'honorsite <命令> --help'。
                每个命令都可以加 --lang zh-CN|en（默认看 HONORSITE_LANG，其次看系统语言）。

                """
        case .usageHeading: return "用法："
        case .optionsHeading: return "选项："
        case .summary(let c):
            switch c {
            case .build: return "把 content/ 和 templates/ 生成到输出文件夹（默认 site/）"
            case .check: return "做全部检查（含链接和隐私检查），不写任何文件"
            case .render: return "用一个 JSON 或 YAML 数据文件渲染一个 Mustache 模板"
            case .export: return "导出光荣榜、统计数据或工作报告"
            case .exportHonorRoll: return "导出光荣榜，格式为 CSV、Markdown 或 HTML"
            case .exportStats: return "导出按内容统计出的数据"
            case .exportReport: return "导出工作报告，格式为 HTML、Markdown 或 CSV"
            case .serve: return "生成网站并在本机预览，文件一改就重新生成并刷新页面"
            case .initSite: return "在文件夹里新建一个网站项目"
            case .new: return "新增品牌案例、骑手、活动、页面或报告，列出所有要填的字段"
            case .theme: return "导出内置主题以便修改（theme export DIR）"
            }
        case .description(let c):
            switch c {
            case .build: return "生成网站。只有整个生成过程都成功，输出文件夹才会更新。"
            case .check:
                return """
                    做全部检查（含链接、隐私和照片检查），不写任何文件。
                    有错误时退出码为 1（加 --strict 时，有警告也是 1）。提示（note，如照片带有位置信息，
                    发布的副本里从不带它）不会导致失败。
                    """
            case .render:
                return """
                    用一个数据文件（.json，或符合开头信息 YAML 写法的 .yml/.yaml）渲染一个 Mustache 模板，
                    把结果原样写到标准输出。按 Mustache 规范，找不到的子模板渲染为空。
                    """
            case .export:
                return """
                    不生成网站，直接导出：
                      honor-roll   某一年度的光荣榜，格式为 CSV、Markdown 或 HTML
                      stats        按内容统计出的数据，格式为 JSON、CSV 或 Markdown
                      report       工作报告（/reports/SLUG/），格式为 HTML、Markdown 或 CSV
                    各自的选项请看 'honorsite export honor-roll --help'（或 stats、report）。
                    """
            case .exportStats:
                return """
                    导出按内容统计出的数据（见 docs/statistics.md）：品牌案例、骑手、荣誉和活动，
                    可以是全部年度，也可以用 --year 只看一年。
                      json   一个 JSON 文件，结构固定、有文档说明（键按字母排序）
                      csv    每张表一个文件，写进 -o 指定的文件夹（UTF-8 带 BOM、CRLF 换行，表头带单位，
                             如 区域,品牌案例数（个））；summary.csv 是主要数字
                      md     主要数字和每张表，都是 Markdown 表格
                    不加 -o 时，json 和 md 输出到标准输出。年度不存在时退出码为 1，并列出有数据的年度。
                    """
            case .exportReport:
                return """
                    导出工作报告 /reports/SLUG/（SLUG 为其 slug 字段，没有时为文件名），并填入统计数据。
                      html   一个独立的公文版式打印页面（A4，GB/T 9704-2012 版心）：
                             样式写在页面里，图表是内嵌 SVG，表格展开，不引用外部文件
                      md     Markdown，每张图换成图题和一张表
                      csv    每张图或表一个文件，写进 -o 指定的文件夹（fig-1.csv……；UTF-8 带 BOM、
                             CRLF 换行，表头带单位）
                    不加 -o 时，html 和 md 输出到标准输出。SLUG 不存在时退出码为 1，并列出已有的报告。
                    """
            case .exportHonorRoll:
                return """
                    按打印顺序导出某一年度的光荣榜（有名次按名次，否则按姓氏笔画）。
                      csv    UTF-8（带 BOM）、CRLF 换行、RFC 4180；列为 序号,姓名,名次,区域,平台,荣誉,年度（可直接用 Excel 打开）
                      md     每项荣誉写明排序方式，再加一张带名次的 Markdown 表格，方便贴进文档
                      html   一个独立的 A4 打印页面，版式和网页上的年度光荣榜打印出来一样，样式写在页面里，
                             不引用外部文件
                    每项荣誉落款用获奖日期，没有就用导出当天（设了 SOURCE_DATE_EPOCH 时用它）。
                    不加 -o 时输出到标准输出。年度或荣誉不存在时退出码为 1，并列出已有的年度或荣誉。
                    """
            case .serve:
                return """
                    在内存里生成网站，并在 http://HOST:PORT/ 上预览。content/ 或 templates/ 有改动就重新生成；
                    打开的页面会自动刷新，出错时在上一次成功的版本上显示错误，警告列在一个小面板里。
                    不往磁盘写任何文件。
                    """
            case .initSite:
                return """
                    在 DIR 里新建网站项目（DIR 不存在时会新建；不是空文件夹时拒绝）：content/site.yml
                    （单位、区域、实训基地和荣誉，带中文说明），品牌案例、骑手、活动和页面各一篇示例，.gitignore，
                    以及 GitHub Actions 工作流（.github/workflows/publish.yml），用 --strict 检查后发布到 GitHub Pages。
                    网站用内置主题，建好就能生成；'honorsite theme export .' 可以把主题导出来修改。
                    """
            case .new:
                return """
                    写出 content/<类别>s/SLUG.md，包含这一类的全部字段：必填字段按选项填好，或标为“待填写”
                    （改好之前 check 会报错）；选填字段以注释列出并附说明；draft: true；有日期的类别填上今天。
                    不会覆盖已有文件。SLUG 是文件名，也是网页地址：小写拼音或英文、数字和连字符
                    （zhang-san，不是 张三）。
                    """
            case .theme:
                return """
                    把内置主题写到 DIR/templates（其中任何一个文件已存在时拒绝）。
                    项目自己的 templates/ 按文件替换内置主题：只留下要改的文件
                    （例如 templates/partials/card.mustache），其余删掉即可。
                    """
            }
        case .footer(let c):
            switch c {
            case .build: return "退出码：0 生成成功，1 内容或模板有错误，64 命令用法错误。"
            case .check: return "退出码：0 没有错误，1 内容或模板有错误，64 命令用法错误。"
            case .render, .export, .exportHonorRoll, .exportStats, .exportReport, .initSite, .new, .theme:
                return "退出码：0 完成，1 有错误，64 命令用法错误。"
            case .serve: return "按 Ctrl-C 停止。\n\n退出码：0 已停止，1 无法监听（如端口被占用），64 命令用法错误。"
            }
        case .option(let o):
            switch o {
            case .root: return "网站项目（包含 content/ 和 templates/）。默认：当前文件夹。"
            case .output: return "输出文件夹，相对于当前文件夹。默认：项目下的 site/。"
            case .baseURL: return "代替 site.yml 里的 base_url（也可用环境变量 HONORSITE_BASE_URL）。"
            case .drafts: return "包括写了 draft: true 的草稿。"
            case .strict: return "把警告也当作错误。"
            case .diagnostics: return "human（默认）或 github（GitHub Actions 注释）。"
            case .quiet: return "只显示问题和最后一行总结。"
            case .lang: return "提示信息的语言。默认看 HONORSITE_LANG，其次看系统语言（LANG）。"
            case .help: return "显示本帮助。"
            case .data: return "数据文件：.json、.yml 或 .yaml。"
            case .partials: return "子模板 {{> 名称}} 从 DIR/名称.mustache 读取。默认：模板所在的文件夹。"
            case .year: return "光荣榜的年度，如 2025。"
            case .honor: return "只导出这一项荣誉。默认：当年的全部荣誉。"
            case .format: return "导出格式（见上文）。"
            case .exportOutput: return "写到文件 FILE，而不是标准输出。"
            case .port: return "TCP 端口。默认：8000。"
            case .host:
                return "监听的地址。默认：127.0.0.1（只有本机能访问）；\n0.0.0.0 让同一网络里的其他电脑也能访问。"
            case .poll: return "每 0.5 秒扫描一次文件，代替 inotify（适合网络盘）。"
            case .statsYear: return "只统计这一年，如 2025。"
            case .statsOutput: return "一个文件（json、md），或一个文件夹（csv；没有会自动创建）。"
            case .reportOutput: return "一个文件（html、md），或一个文件夹（csv；没有会自动创建）。"
            case .reportStrict: return "把警告（图表的年度没有数据）也当作错误。"
            case .title: return "标题（品牌案例、活动、页面、报告）。"
            case .name: return "姓名（骑手）。"
            case .district: return "所在区，与 site.yml 中一致（品牌案例、骑手、活动）。"
            case .date: return "日期（品牌案例、活动、页面、报告）。默认：网站时区（time_zone）的今天\n（设置了 SOURCE_DATE_EPOCH 时按它）。"
            case .relativeURLs:
                return "链接写成相对于每一页的路径（…/index.html）：网站可以直接从文件夹\n"
                    + "或压缩包打开（file://）。也可在 site.yml 写 relative_urls: true。\n"
                    + "规范链接、网站地图和订阅源仍是完整地址。"
            }
        }
    }

    static func usage(_ u: Message.Usage) -> String {
        switch u {
        case .unknownCommand(let c): return "没有“\(c)”这个命令"
        case .scaffold(let s): return scaffold(s)
        case .seeHelp(let command): return "用法请看 'honorsite \(command) --help'。"
        case .unknownOption(let o): return "没有“\(o)”这个选项"
        case .optionTakesNoValue(let o): return "选项 --\(o) 后面不带值"
        case .optionNeedsValue(let o): return "选项 --\(o) 后面要跟一个值"
        case .unexpectedArgument(let a): return "多余的参数“\(a)”"
        case .outputNotAllowedInCheck: return "check 不写任何文件，不能用 --output"
        case .badDiagnosticsFormat: return "--diagnostics 只能是 human 或 github"
        case .badLanguage(let l): return "--lang 只能是 zh-CN 或 en，不能是“\(l)”"
        case .missingTemplate: return "缺少模板文件"
        case .expectedOneTemplate: return "只能给一个模板文件"
        case .missingData: return "缺少 --data 数据文件"
        case .missingExportKind: return "请写明要导出什么（honor-roll、stats 或 report）"
        case .cannotExport(let what): return "不能导出“\(what)”；请选 honor-roll、stats 或 report"
        case .missingSlug: return "缺少 SLUG（报告的 slug 字段，没有时为文件名，不带 .md）"
        case .csvNeedsFolder: return "csv 每张表写一个文件；请用 -o 指定一个文件夹"
        case .missingYear: return "缺少 --year 年度"
        case .yearNotNumber: return "--year 要写数字，如 2025"
        case .missingFormat(let choices): return "缺少 --format（\(choices)）"
        case .badFormat(let choices): return "--format 只能是 \(choices.dropLast().joined(separator: "、")) 或 \(choices.last ?? "")"
        case .badPort(let p): return "--port 要写 0 到 65535 之间的数字，不能是“\(p)”"
        case .missingHost: return "--host 要写一个地址，如 127.0.0.1"
        }
    }

    static func cli(_ c: Message.CLI) -> String {
        switch c {
        case .projectMissing(let path):
            return "项目文件夹 \(path) 不存在"
        case .notASiteProject(let path):
            return "\(path) 不是网站项目：找不到 content/site.yml（请用 --root 指定项目文件夹）"
        case .badSourceDateEpoch(let value):
            return "SOURCE_DATE_EPOCH 必须是从 1970 年起算的整秒数，不能是“\(value)”"
        case .writeProgress(let files, let path):
            return "[6/6] 写入：\(files) 个文件写到 \(path)"
        case .built(let pages, let documents, let seconds, let warnings):
            return "已生成 \(pages) 个页面（来自 \(documents) 篇文档），用时 \(seconds) 秒（\(warnings) 条警告）"
        case .checked(let pages, let documents, let seconds, let warnings):
            return "已检查 \(pages) 个页面（来自 \(documents) 篇文档），用时 \(seconds) 秒：0 个错误，\(warnings) 条警告"
        case .buildFailed(let errors, let warnings):
            return "生成失败：\(errors) 个错误，\(warnings) 条警告；输出文件夹没有改动"
        case .checkFailed(let errors, let warnings):
            return "检查没有通过：\(errors) 个错误，\(warnings) 条警告"
        case .invalidJSON(let reason):
            return "JSON 格式有误：\(reason)"
        case .exportIntoSources(let folder, let path):
            return "不能把导出文件写进 \(folder)/（\(path)）；请选项目源文件以外的位置"
        case .exportToFolder(let path, let example):
            return "\(path) 是一个文件夹；-o 后面要写文件名，如 \(example)"
        case .exportFailed:
            return "导出失败：内容里有错误"
        case .noHonorRoll(let year, let years):
            let list = years.isEmpty ? "无" : years.map(String.init).joined(separator: "、")
            return "\(year) 年没有光荣榜；有荣誉的年度：\(list)"
        case .noSuchHonor(let honor, let year, let honors):
            return "\(year) 年没有\(q(honor))这项荣誉；当年的荣誉有：\(honors.joined(separator: "、"))"
        case .cannotWrite(let path, let reason):
            return "无法写入 \(path)：\(fileProblem(reason))"
        case .wroteNames(let count, let path):
            return "已把 \(count) 个名字写入 \(path)"
        case .noStatistics(let year, let years):
            return "\(year) 年没有统计数据；有数据的年度：\(years.isEmpty ? "无" : years.map(String.init).joined(separator: "、"))"
        case .noReport(let slug, let reports):
            return "没有“\(slug)”这份报告；已有的报告：\(reports.isEmpty ? "无" : reports.joined(separator: "、"))"
        case .outputIsFile(let path): return "\(path) 是一个文件；csv 需要一个文件夹（-o 文件夹）"
        case .cannotCreateFolder(let path, let reason): return "无法创建 \(path)：\(fileProblem(reason))"
        case .wroteReport(let title, let path): return "已把《\(title)》写入 \(path)"
        case .wroteTables(let count, let path): return "已把 \(count) 张表写入 \(path)"
        case .wroteStatistics(let path): return "已把统计数据写入 \(path)"
        case .serving(let url, let allInterfaces, let polling):
            return "预览地址 \(url)（按 Ctrl-C 停止）" + (allInterfaces ? "——正在所有网络接口上监听" : "")
                + (polling ? "；以轮询方式检查文件改动" : "")
        case .stopping:
            return "正在停止"
        case .portInUse(let port, let next):
            return "端口 \(port) 已被占用；" + (next.map { "试试 --port \($0)" } ?? "请换一个 --port")
        case .noPermission(let address):
            return "没有权限在 \(address) 上监听（1024 以下的端口需要管理员权限）"
        case .badHost(let host, let reason):
            return reason.isEmpty ? "\(host) 不是本机的地址" : "无法使用地址“\(host)”：\(reason)"
        case .cannotListen(let address, let reason):
            return "无法在 \(address) 上监听：\(reason)"
        case .previewBuilt(let initial, let pages, let documents, let seconds, let changed, let warnings):
            return "\(initial ? "已生成" : "已重新生成") \(pages) 个页面（来自 \(documents) 篇文档），用时 \(seconds) 秒"
                + because(changed) + "（\(warnings) 条警告）"
        case .previewFailed(let initial, let changed, let errors, let seconds):
            return "生成失败\(because(changed))：\(errors) 个错误，用时 \(seconds) 秒；"
                + (initial ? "改好之前，页面上会显示这些错误" : "仍在显示上一次成功生成的网站")
        }
    }

    static func because(_ changed: [String]) -> String {
        guard let first = changed.first else { return "" }
        return changed.count > 1 ? "（\(first) 等 \(changed.count) 个文件有改动）" : "（\(first) 有改动）"
    }

    // MARK: - Preview server

    static func server(_ s: Message.Server) -> String {
        switch s {
        case .overlayTitle: return "生成失败——正在显示上一次成功的版本（改好文件并保存后会自动刷新）"
        case .warningsTitle(let n): return "\(n) 条警告"
        case .hide: return "关闭"
        case .building: return "正在生成……"
        case .failedPageTitle: return "HonorSite：生成失败"
        case .failedHeading: return "网站没能生成"
        case .failedHint: return "请改正下面的问题并保存，页面会自动刷新。"
        case .stopping: return "预览服务器正在停止"
        case .tooManyConnections: return "连接太多，请稍后再试"
        case .notFound: return "找不到这个页面"
        case .wrongHost(let host, let url): return "不认识的主机名“\(host)”；请改为打开 \(url)"
        case .targetMustBePath: return "请求的地址必须是一个路径"
        case .otherServer: return "这个请求指向的是另一台服务器"
        case .cannotRead(let key): return "无法读取 \(key)"
        case .movedTo(let location): return "已移到 \(location)"
        case .methodNotAllowed(let method): return "不支持 \(method) 请求；预览服务器只响应 GET 和 HEAD"
        case .badRequest(let problem): return badRequest(problem)
        }
    }

    static func badRequest(_ p: Message.Server.BadRequest) -> String {
        switch p {
        case .headTooLarge: "请求头太大"
        case .emptyRequest: "请求是空的"
        case .malformedRequestLine: "请求行格式不对"
        case .malformedMethod: "请求方法格式不对"
        case .malformedTarget: "请求地址格式不对"
        case .targetNotUTF8: "请求地址不是 UTF-8 编码"
        case .versionNotSupported: "不支持这个 HTTP 版本"
        case .malformedVersion: "HTTP 版本格式不对"
        case .tooManyFields: "请求头字段太多"
        case .obsoleteLineFolding: "不接受已废弃的请求头折行写法"
        case .malformedField: "请求头字段格式不对"
        case .malformedFieldName: "请求头字段名格式不对"
        case .controlCharacterInField: "请求头字段里有控制字符"
        case .duplicateHost: "Host 字段不止一个"
        case .missingHost: "HTTP/1.1 请求缺少 Host 字段"
        case .malformedContentLength: "Content-Length 格式不对"
        case .pathWithoutSlash: "路径必须以 / 开头"
        case .malformedPercentEncoding: "路径里的百分号编码格式不对"
        case .encodedSlash: "路径里不能有编码过的斜杠"
        case .controlCharacterInPath: "路径里不能有控制字符"
        case .backslashInPath: "路径里不能有反斜杠"
        case .pathNotUTF8: "路径不是 UTF-8 编码"
        case .dotSegment: "路径里不能有“.”或“..”"
        case .emptySegment: "路径里不能有空的一段（“//”）"
        case .requestTimeout: "请求超时"
        case .bodyNotAccepted: "不接受带请求体的请求"
        }
    }

    // MARK: - init, new, theme

    static func fileProblem(_ p: Message.FileProblem) -> String {
        switch p {
        case .fileInTheWay(let file): "\(file) 是一个文件，而这里需要的是文件夹；请换一个文件夹"
        case .exists: "已经存在"
        case .permissionDenied: "没有在这个文件夹里写入的权限（请换一个文件夹，或请管理员开放权限）"
        case .readOnly: "这个文件夹所在的磁盘是只读的；请换一个文件夹"
        case .diskFull: "磁盘已满；请腾出空间后再试"
        case .nameTooLong: "名称超过了文件系统允许的长度（255 字节）"
        case .other(let reason): "系统提示：\(reason)"
        }
    }

    static func scaffold(_ s: Message.Scaffold) -> String {
        switch s {
        case .missingInitDir: return "缺少 DIR，即新网站所在的文件夹"
        case .expectedOneDir: return "只能指定一个 DIR"
        case .missingSlug: return "缺少 SLUG，即文件名：用小写拼音或英文单词，以连字符连接，如 zhang-san"
        case .missingThemeDir: return "缺少 DIR：主题写到哪里（会在其中新建 templates/ 文件夹）"
        case .missingThemeAction: return "缺少操作；请用 'theme export DIR'"
        case .initNotEmpty(let dir): return "文件夹 \(dir) 不是空的；请指定一个新的或空的文件夹（init 不会改动已有文件）"
        case .initNotAFolder(let dir): return "\(dir) 已存在，但不是文件夹"
        case .cannotWrite(let path, let reason): return "无法写入 \(path)：\(fileProblem(reason))"
        case .initDone(let dir, let shown, let files):
            return """
                已在 \(dir) 新建网站（共 \(files) 个文件）

                下一步：
                  cd \(shellQuoted(shown))
                  honorsite serve            在 http://127.0.0.1:8000/ 预览，改动后自动更新
                  honorsite new rider SLUG   新增一位骑手（也可以是 brand、event、page、report）
                请先修改 content/site.yml 中的 title、organization、base_url、districts、bases、honors。

                """
        case .unknownKind(let kind, let kinds): return "没有“\(kind)”这一类；请用 \(list(kinds))"
        case .missingKind(let kinds): return "缺少类别（\(list(kinds))）和 SLUG"
        case .slugNotASCII(let slug, let kind):
            return "“\(slug)”不能用作文件名：文件名就是网页地址，只能用小写拼音或英文字母、数字和连字符。"
                + "请写成拼音，如 'honorsite new \(kind) zhang-san\(kind == "rider" ? " --name \(shellQuoted(slug))" : "")'；"
                + "中文名写在文件开头的字段里，以后也可以用 slug: 另设地址"
        case .slugInvalid(let slug, let suggestion):
            return "“\(slug)”不是有效的文件名：只能用小写英文字母、数字和单个连字符（[a-z0-9-]）"
                + (suggestion.map { "；是不是想写“\($0)”？" } ?? "")
        case .slugTooLong(let start, let bytes, let maximum):
            return "文件名“\(start)…”有 \(bytes) 个字符，太长了：它会成为文件名 SLUG.md，"
                + "文件名最多 \(maximum + 3) 个字符，所以 SLUG 最多 \(maximum) 个；请换一个短一些的"
        case .optionNotForKind(let option, let kind, let use):
            return "\(option) 不适用于 \(kind)" + (use.map { "；请用 \($0)" } ?? "")
        case .controlCharacterInOption(let option, let scalar):
            return "\(option) 的值里有控制字符 \(English.uPlus(scalar))（如换行、制表符），文件开头的字段里不能有；请写在一行里，去掉它"
        case .invalidDate(let value): return "--date 须写成 YYYY-MM-DD（如 2025-10-01），“\(value)”不行"
        case .documentExists(let path): return "\(path) 已存在；new 不会覆盖文件（请换一个 SLUG，或直接编辑这个文件）"
        case .newDone(let path, let marker):
            return "已创建 \(path)（draft: true）\n"
                + "请把所有以“\(marker)”开头的值改成实际内容，再把 draft 改为 false；'honorsite check' 会列出还没填好的地方\n"
        case .unknownThemeAction(let action): return "没有“\(action)”这个操作；请用 'theme export DIR'"
        case .themeFileExists(let path): return "\(path) 已存在；export 不会覆盖文件（请删掉它或换一个文件夹）"
        case .themeExported(let count, let dir):
            return "已把内置主题的 \(count) 个文件写到 \(dir)/templates；留在那里的文件会替换内置主题中的同名文件\n"
        case .themeExportedAside(let count, let dir):
            return "已把内置主题的 \(count) 个文件写到 \(dir)/templates；\(dir) 不是网站项目，所以这些文件不会替换任何内容："
                + "网站只读取与 content 文件夹并列的 templates 文件夹（honorsite theme export 项目文件夹）\n"
        case .themeIntoContent(let dir, let project):
            return "\(dir) 在 \(project) 的 content 文件夹里，那里的主题文件不会被读取；"
                + "请导出到项目文件夹（honorsite theme export \(shellQuoted(project))），这样 templates 会与 content 并列"
        }
    }

    /// `brand、rider、event、page 或 report`.
    private static func list(_ kinds: [String]) -> String {
        kinds.dropLast().joined(separator: "、") + " 或 " + (kinds.last ?? "")
    }
}
