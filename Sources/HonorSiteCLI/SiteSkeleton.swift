/// The files `honorsite init` writes: a small site that builds at once with the built-in theme.
///
/// Paths are relative to the new project folder. The workflow is the one in docs/publishing.md
/// ("A site made with honorsite init"); a test keeps the two equal.
enum SiteSkeleton {
    static let files: [(path: String, text: String)] = [
        ("content/site.yml", siteYAML),
        ("content/brands/futian-shatou.md", brand),
        ("content/riders/tian-fu.md", rider),
        ("content/events/futian-party-day.md", event),
        ("content/pages/about.md", page),
        ("content/data/stats.yml", stats),
        (".gitignore", gitignore),
        (".github/workflows/publish.yml", workflow),
    ]

    static let siteYAML = """
        # 站点设置。每行“名称: 值”，冒号用英文半角，冒号后空一格；# 后面是说明，不影响内容。

        # 网站标题，显示在每页顶部和浏览器标签上
        title: 新就业群体党建风采
        # 网站正式发布后的地址（以 / 结尾）；发布时也可用 --base-url 指定
        base_url: https://example.gov.cn/
        # 发布单位，显示在页脚
        organization: 某某市场监督管理局（请改为本单位名称）
        # 语言，一般不用改
        language: zh-CN
        # 自动摘要的最大字数
        summary_length: 120
        # 时区，决定哪些活动算“即将举行”
        time_zone: Asia/Shanghai

        # 区域列表。文章里的 district: 必须是这里的某个 name。
        # name 是显示的名称，slug 是网址里用的拼音（小写字母和连字符）。可增删、可改顺序。
        districts:
          - name: 福田区
            slug: futian
          - name: 罗湖区
            slug: luohu
          - name: 盐田区
            slug: yantian
          - name: 南山区
            slug: nanshan
          - name: 宝安区
            slug: baoan
          - name: 龙岗区
            slug: longgang
          - name: 龙华区
            slug: longhua
          - name: 坪山区
            slug: pingshan
          - name: 光明区
            slug: guangming
          - name: 大鹏新区
            slug: dapeng
          - name: 深汕特别合作区
            slug: shenshan

        # 党建实训基地。活动的 base: 必须是这里的某个 name；district 须在上面的区域列表中。
        # address（地址）和 description（简介）可以不填。
        bases:
          - name: 福田“小个专”党建实训基地
            slug: futian-base
            district: 福田区
            address: 福田区沙头街道（示例地址）
            description: 面向个体工商户和新就业群体的党建实训阵地（示例）。

        # 荣誉称号，按光荣榜上的先后顺序排列。骑手档案 honors 里的 title 须与这里的 title 一字不差。
        # issuer 是颁发单位；description（说明）可以不填。
        honors:
          - title: 十大最美骑手
            issuer: 某某网约配送行业党委（示例）
            description: 每年评选爱岗敬业、热心公益的网约配送员（示例）。

        """

    static let brand = """
        ---
        title: 福田区沙头街道：“红色驿站”让骑手歇脚有处（示例）
        district: 福田区
        street: 沙头街道
        brand: 红色驿站
        station: 沙头市场监管所党建工作指导站
        date: 2025-05-18
        tags: [党建引领, 暖蜂驿站]
        summary: 这是一篇示例品牌案例，可直接修改，也可删除后用 honorsite new brand 新建。
        ---

        ## 品牌由来

        这里写品牌案例的正文。段落之间空一行；`## ` 开头的一行是小标题。

        ## 主要做法

        - 每一条做法以 `- ` 开头；
        - **加粗**用两个星号包住。

        文中提到骑手时，可以链接到他的档案：[田富](../riders/tian-fu.md)。

        """

    static let rider = """
        ---
        name: 田富
        district: 福田区
        platform: 外卖平台沙头站点
        party_member: true
        honors:
          - title: 十大最美骑手
            year: 2025
        tags: [党员骑手, 最美骑手]
        ---

        ## 个人简介

        这是一份示例骑手档案（人物为虚构）。正文里不要写身份证号和手机号，构建时会检查。

        他常去[红色驿站](../brands/futian-shatou.md)值守，也参加了[主题党日](../events/futian-party-day.md)。

        """

    static let event = """
        ---
        title: 新就业群体党员“七一”主题党日（示例）
        date: 2025-07-01
        base: 福田“小个专”党建实训基地
        category: 主题党日
        participants: 80
        tags: [主题党日, 党员骑手]
        ---

        ## 活动内容

        这是一篇示例活动报道。活动日期晚于今天时，会显示为“即将举行”。

        """

    static let page = """
        ---
        title: 关于本站
        weight: 1
        summary: 本站由 HonorSite 生成，展示“小个专”及新就业群体党建工作。
        ---

        ## 关于本站

        这是一个示例页面，可在 content/pages/about.md 中修改。

        """

    static let stats = """
        # 首页“关键数字”：每项有 label（名称）、value（数字）、unit（单位），note（说明）可以不填。
        # 不需要时删除本文件即可。
        - label: 党建实训基地
          value: "1"
          unit: 个
        - label: 最美骑手
          value: "1"
          unit: 名
          note: 示例数字，请改为实际数据

        """

    static let gitignore = """
        # HonorSite 生成的网站和构建时的临时文件夹
        /site/
        /.site.staging-*/
        /.site.old-*/

        """

    static let workflow = """
        # 每次推送到 main 分支：检查（--strict）、生成网站、发布到 GitHub Pages；拉取请求只检查和生成。
        # 使用前：仓库 Settings → Secrets and variables → Actions → Variables 新建 HONORSITE_URL，
        # 值为 honorsite-<版本>-linux-x86_64.tar.gz 的下载地址；Settings → Pages → Source 选 GitHub Actions。
        name: publish
        on:
          push:
            branches: [main]
          pull_request:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: true

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Install honorsite
                env:
                  HONORSITE_URL: ${{ vars.HONORSITE_URL }}
                run: |
                  test -n "$HONORSITE_URL" || { echo "::error::set the repository variable HONORSITE_URL"; exit 1; }
                  mkdir -p "$RUNNER_TEMP/honorsite"
                  curl -fsSL "$HONORSITE_URL" | tar -xz -C "$RUNNER_TEMP/honorsite" --strip-components=1
                  echo "$RUNNER_TEMP/honorsite" >> "$GITHUB_PATH"
              - name: Check and build
                env:
                  HONORSITE_BASE_URL: https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/
                run: |
                  export SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
                  honorsite --version
                  honorsite check --strict --diagnostics github
                  honorsite build --strict --quiet --diagnostics github
              - uses: actions/upload-pages-artifact@v3
                if: github.event_name == 'push'
                with:
                  path: site

          deploy:
            if: github.event_name == 'push'
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
}
