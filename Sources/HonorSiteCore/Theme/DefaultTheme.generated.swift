// GENERATED FILE - DO NOT EDIT. Regenerate with Scripts/gen-theme.py (make theme).
// The default theme: a copy of every file under templates/.

extension DefaultTheme {
    /// Every file of the default theme, site-relative (`templates/…`), sorted by path.
    public static let files: [EmbeddedFile] = [
        EmbeddedFile(
            path: "templates/404.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}页面未找到{{/title}}
                {{$body_class}}page-404{{/body_class}}
                {{$content}}
                <section class="not-found">
                  <p class="not-found__code">404</p>
                  <h1>页面未找到</h1>
                  <p>您要找的页面可能已经移动或删除，也可能是地址输入有误。</p>
                  <p><a class="button" href="{{site.base_path}}">返回首页</a></p>
                  <p>也可以从下面的栏目继续浏览：</p>
                  <ul class="subnav-list">
                    {{#nav}}
                    <li><a href="{{url}}">{{title}}</a></li>
                    {{/nav}}
                  </ul>
                </section>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/base.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{base.name}}{{/title}}
                {{$body_class}}page-base{{/body_class}}
                {{$content}}
                {{#base}}
                <header class="page-header">
                  <p class="doc__kicker">实训基地</p>
                  <h1>{{name}}</h1>
                  <dl class="facts">
                    <div><dt>所在区</dt><dd>{{district}}</dd></div>
                    {{#address}}
                    <div><dt>地址</dt><dd>{{.}}</dd></div>
                    {{/address}}
                    <div><dt>活动</dt><dd>共 {{count}} 场</dd></div>
                  </dl>
                  {{#description}}
                  <p class="page-header__lead">{{.}}</p>
                  {{/description}}
                </header>
                {{/base}}

                {{! upcoming and past are lists of event items; each card shows its own
                    即将举行 badge from the item's `upcoming` flag }}
                {{! upcoming events come first in the list, so they are on page 1 only }}
                {{#pagination.is_first}}
                <section aria-labelledby="upcoming-title">
                  <h2 id="upcoming-title">即将举行</h2>
                  <div class="cards">
                    {{#upcoming}}
                    {{> card}}
                    {{/upcoming}}
                  </div>
                  {{^upcoming}}
                  <p class="empty">暂无即将举行的活动。</p>
                  {{/upcoming}}
                </section>
                {{/pagination.is_first}}

                <section aria-labelledby="past-title">
                  <h2 id="past-title">往期活动</h2>
                  <div class="cards">
                    {{#past}}
                    {{> card}}
                    {{/past}}
                  </div>
                  {{^past}}
                  <p class="empty">暂无往期活动。</p>
                  {{/past}}
                  {{> pagination}}
                </section>
                <p class="more"><a href="{{site.base_path}}bases/">全部实训基地</a></p>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/bases.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{page.title}}{{/title}}
                {{$body_class}}page-bases{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{page.title}}</h1>
                  <p class="page-header__lead">“小个专”及新就业群体党建实训基地，及其举办的活动。</p>
                </header>
                <div class="cards">
                  {{#bases}}
                  {{> base-card}}
                  {{/bases}}
                </div>
                {{^bases}}
                <p class="empty">暂无实训基地。</p>
                {{/bases}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/brand.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{doc.title}}{{/title}}
                {{$body_class}}page-doc page-doc--brands{{/body_class}}
                {{$content}}
                {{#doc}}
                <article class="doc">
                  <header class="doc__header">
                    <p class="doc__kicker">{{section_title}}</p>
                    <h1>{{title}}</h1>
                    <dl class="facts">
                      <div><dt>所在区</dt><dd>{{#district}}<a href="{{url}}">{{name}}</a>{{/district}}</dd></div>
                      <div><dt>街道</dt><dd>{{street}}</dd></div>
                      <div><dt>品牌</dt><dd>{{brand}}</dd></div>
                      {{#station}}
                      <div><dt>指导站</dt><dd>{{.}}</dd></div>
                      {{/station}}
                      {{#date}}
                      <div><dt>发布日期</dt><dd><time datetime="{{iso}}">{{display}}</time></dd></div>
                      {{/date}}
                    </dl>
                    <p class="doc__reading">约 {{reading_minutes}} 分钟读完</p>
                  </header>
                  {{#cover}}
                  <img class="doc__image" src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}} decoding="async">
                  {{/cover}}
                  {{! toc and content live at the top level; the lookup falls through from doc }}
                  {{> toc}}
                  <div class="prose">
                    {{{content}}}
                  </div>
                  <footer class="doc__footer">
                    {{> tag-list}}
                  </footer>
                </article>
                {{/doc}}
                {{> pager}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/district.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{district.name}}{{/title}}
                {{$body_class}}page-district{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{district.name}}</h1>
                  <p class="page-header__lead">{{#count}}共 {{count}} 篇内容。{{/count}}{{^count}}本区暂无内容。{{/count}}</p>
                </header>

                {{! Each section is .optional: the stylesheet hides it when it holds no
                    .item, so only non-empty kinds show. Items here all carry their own
                    `district`, so the outer {name, slug} never stands in for it. }}
                <section class="optional" aria-labelledby="brands-title">
                  <h2 id="brands-title">品牌案例</h2>
                  <div class="cards">
                    {{#brands}}
                    {{> card}}
                    {{/brands}}
                  </div>
                </section>

                <section class="optional" aria-labelledby="riders-title">
                  <h2 id="riders-title">最美骑手</h2>
                  <div class="cards cards--compact">
                    {{#riders}}
                    {{> card}}
                    {{/riders}}
                  </div>
                </section>

                <section class="optional" aria-labelledby="events-title">
                  <h2 id="events-title">实训活动</h2>
                  <div class="cards">
                    {{#events}}
                    {{> card}}
                    {{/events}}
                  </div>
                </section>

                {{> pagination}}
                <section class="optional" aria-labelledby="bases-title">
                  <h2 id="bases-title">实训基地</h2>
                  <div class="cards">
                    {{#bases}}
                    {{> base-card}}
                    {{/bases}}
                  </div>
                </section>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/districts.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{page.title}}{{/title}}
                {{$body_class}}page-districts{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{page.title}}</h1>
                  <p class="page-header__lead">按区浏览品牌案例、最美骑手和实训活动。</p>
                </header>
                <ul class="district-grid">
                  {{#districts}}
                  <li class="district-tile{{^count}} district-tile--empty{{/count}}">
                    <a href="{{url}}">
                      <span class="district-tile__name">{{name}}</span>
                      {{#count}}
                      <span class="district-tile__counts">品牌 {{brand_count}} · 骑手 {{rider_count}} · 活动 {{event_count}}</span>
                      {{/count}}
                      {{^count}}
                      <span class="district-tile__counts">暂无内容</span>
                      {{/count}}
                    </a>
                  </li>
                  {{/districts}}
                </ul>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/event.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{doc.title}}{{/title}}
                {{$body_class}}page-doc page-doc--events{{/body_class}}
                {{$content}}
                {{#doc}}
                <article class="doc">
                  <header class="doc__header">
                    <p class="doc__kicker">{{section_title}}{{#upcoming}} <span class="badge badge--upcoming">即将举行</span>{{/upcoming}}</p>
                    <h1>{{title}}</h1>
                    <dl class="facts">
                      {{#date}}
                      <div><dt>时间</dt><dd><time datetime="{{iso}}">{{display}}</time>{{#end_date}} 至 <time datetime="{{iso}}">{{display}}</time>{{/end_date}}</dd></div>
                      {{/date}}
                      {{#base}}
                      <div><dt>实训基地</dt><dd><a href="{{url}}">{{name}}</a></dd></div>
                      {{/base}}
                      {{#district}}
                      <div><dt>所在区</dt><dd><a href="{{url}}">{{name}}</a></dd></div>
                      {{/district}}
                      {{#category}}
                      <div><dt>类别</dt><dd>{{.}}</dd></div>
                      {{/category}}
                      {{#participants}}
                      <div><dt>参与人数</dt><dd>{{.}} 人</dd></div>
                      {{/participants}}
                    </dl>
                  </header>
                  {{#cover}}
                  <img class="doc__image" src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}} decoding="async">
                  {{/cover}}
                  {{> toc}}
                  <div class="prose">
                    {{{content}}}
                  </div>
                  <footer class="doc__footer">
                    {{> tag-list}}
                  </footer>
                </article>
                {{/doc}}
                {{#base_info}}
                <aside class="aside" aria-labelledby="base-title">
                  <h2 id="base-title">承办基地</h2>
                  {{> base-card}}
                </aside>
                {{/base_info}}
                {{> pager}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/events-year.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{year}}年实训活动{{/title}}
                {{$body_class}}page-events-year{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{year}}年实训活动</h1>
                  <p class="page-header__lead">共 {{count}} 场，按月份排列，新近的在前。</p>
                </header>
                <nav class="subnav" aria-label="按年份">
                  <ul>
                    {{#years}}
                    <li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{year}}年</a></li>
                    {{/years}}
                  </ul>
                </nav>
                {{#months}}
                <section class="month" aria-labelledby="month-{{month}}">
                  <h2 id="month-{{month}}">{{label}}</h2>
                  <div class="cards">
                    {{#events}}
                    {{> card}}
                    {{/events}}
                  </div>
                </section>
                {{/months}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/home.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{site.title}}{{/title}}
                {{$body_class}}page-home{{/body_class}}
                {{$content}}
                <section class="hero">
                  <h1 class="hero__title">{{site.title}}</h1>
                  <p class="hero__lead">“一街道一品牌”案例、最美骑手风采与党建实训基地活动，一站浏览。</p>
                </section>

                {{! stats: data/stats.yml, a list of {label, value, unit, note?, change?, as_of?};
                    numbers come as report text (428万) with change 同比增长5.7%. An entry
                    without note finds no outer `note`, so nothing leaks in. }}
                <section class="home-section optional" aria-labelledby="stats-title">
                  <h2 id="stats-title">关键数字</h2>
                  <dl class="stats">
                    {{#stats}}
                    <div class="stat item">
                      <dt class="stat__label">{{label}}</dt>
                      <dd class="stat__value">{{value}}<small>{{unit}}</small></dd>
                      {{#change}}
                      <dd class="stat__change">{{.}}{{#as_of}}（截至{{.}}）{{/as_of}}</dd>
                      {{/change}}
                      {{#note}}
                      <dd class="stat__note">{{.}}</dd>
                      {{/note}}
                    </div>
                    {{/stats}}
                  </dl>
                </section>

                <section class="home-section optional" aria-labelledby="upcoming-title">
                  <h2 id="upcoming-title">即将举行</h2>
                  <div class="cards">
                    {{#upcoming_events}}
                    {{> card}}
                    {{/upcoming_events}}
                  </div>
                </section>

                <section class="home-section optional" aria-labelledby="brands-title">
                  <h2 id="brands-title">最新品牌案例</h2>
                  <div class="cards">
                    {{#latest_brands}}
                    {{> card}}
                    {{/latest_brands}}
                  </div>
                </section>

                <section class="home-section optional" aria-labelledby="riders-title">
                  <h2 id="riders-title">最美骑手</h2>
                  <div class="cards cards--compact">
                    {{#latest_riders}}
                    {{> card}}
                    {{/latest_riders}}
                  </div>
                </section>

                <section class="home-section optional" aria-labelledby="events-title">
                  <h2 id="events-title">近期实训活动</h2>
                  <div class="cards">
                    {{#latest_events}}
                    {{> card}}
                    {{/latest_events}}
                  </div>
                </section>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/honors-year.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{year}}年度光荣榜{{/title}}
                {{! .page-roll switches on the print rules for the honor roll in style.css }}
                {{$body_class}}page-roll{{/body_class}}
                {{$content}}
                <header class="page-header roll-intro">
                  <h1>{{year}}年度光荣榜</h1>
                  <p class="page-header__lead">名单按姓氏笔画排序（有名次的按名次）。本页已为 A4 纸排版，可直接打印，每项荣誉另起一页。</p>
                </header>
                {{#honors}}
                {{! One section per honor; the id is the anchor that riders' honor links use. }}
                <section class="roll" id="{{anchor}}">
                  <h2 class="roll__title">{{print_title}}</h2>
                  <p class="roll__order">{{order}}</p>
                  {{#description}}
                  <p class="roll__desc">{{.}}</p>
                  {{/description}}
                  <ol class="roll__names">
                    {{#entries}}
                    <li class="roll__entry">
                      {{! on screen only: style.css hides roll photos in print }}
                      {{#photo}}
                      <img class="roll__photo" src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}} loading="lazy" decoding="async">
                      {{/photo}}
                      {{! name_display pads two-character names with U+3000 so they align with
                          three-character ones; aria-label gives screen readers the plain name }}
                      <a class="roll__name" href="{{url}}" aria-label="{{name}}">{{name_display}}</a>
                      {{#rank}}
                      <span class="roll__rank">第{{.}}名</span>
                      {{/rank}}
                      {{#district}}
                      <span class="roll__meta">{{.}}</span>
                      {{/district}}
                      {{#platform}}
                      <span class="roll__meta">{{.}}</span>
                      {{/platform}}
                    </li>
                    {{/entries}}
                  </ol>
                  {{! issuer and date, right-aligned as on a printed certificate list: the
                      award date when the riders' files give one, else the page's year }}
                  <p class="roll__sign">
                    <span>{{issuer}}</span>
                    <span>{{#date}}{{.}}{{/date}}{{^date}}{{year}}年{{/date}}</span>
                  </p>
                </section>
                {{/honors}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/honors.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{page.title}}{{/title}}
                {{$body_class}}page-honors{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{page.title}}</h1>
                  <p class="page-header__lead">历年荣誉名单，按姓氏笔画排序；每个年度的光荣榜可直接打印（A4）。</p>
                </header>
                {{#years}}
                <section class="honors-year" aria-labelledby="year-{{year}}">
                  <h2 id="year-{{year}}"><a href="{{url}}">{{year}}年度光荣榜</a></h2>
                  <p class="honors-year__count">共 {{count}} 人次</p>
                  <ul class="honors-year__list">
                    {{#honors}}
                    <li><a href="{{url}}">{{title}}</a><small>{{count}} 人</small></li>
                    {{/honors}}
                  </ul>
                </section>
                {{/years}}
                {{^years}}
                <p class="empty">暂无荣誉名单。</p>
                {{/years}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/layout.mustache",
            text: ##"""
                {{!
                  layout: the skeleton every page template extends (the "<layout" parent tag).

                  Blocks a page may override:
                    title       the page's own title (the site title is appended, except on the home page)
                    head        extra elements at the end of <head>
                    body_class  a class on <body>, for page-specific styles (e.g. the printable honor roll)
                    breadcrumbs the breadcrumb trail (never shown on the home page)
                    content     the page body, inside <main>
                }}
                <!DOCTYPE html>
                <html lang="{{site.language}}">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>{{$title}}{{page.title}}{{/title}}{{^page.is_home}} | {{site.title}}{{/page.is_home}}</title>
                  <meta name="description" content="{{page.description}}">
                  <link rel="canonical" href="{{page.permalink}}">
                  <link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{site.feed_url}}">
                  <link rel="stylesheet" href="{{site.base_path}}style.css">
                  {{#pagination.prev_url}}
                  <link rel="prev" href="{{pagination.prev_url}}">
                  {{/pagination.prev_url}}
                  {{#pagination.next_url}}
                  <link rel="next" href="{{pagination.next_url}}">
                  {{/pagination.next_url}}
                  {{! page.kind is only set on document pages, which are articles }}
                  <meta property="og:type" content="{{#page.kind}}article{{/page.kind}}{{^page.kind}}website{{/page.kind}}">
                  <meta property="og:site_name" content="{{site.title}}">
                  <meta property="og:title" content="{{#page.is_home}}{{site.title}}{{/page.is_home}}{{^page.is_home}}{{page.title}}{{/page.is_home}}">
                  <meta property="og:description" content="{{page.description}}">
                  <meta property="og:url" content="{{page.permalink}}">
                  {{$head}}
                  {{/head}}
                </head>
                <body class="{{$body_class}}{{/body_class}}">
                  <a class="skip-link" href="#main">跳到正文</a>
                  <header class="site-header">
                    <div class="wrap site-header__inner">
                      <a class="site-title" href="{{site.base_path}}"{{#page.is_home}} aria-current="page"{{/page.is_home}}>{{site.title}}</a>
                      <nav class="site-nav" aria-label="主导航">
                        <ul>
                          {{#nav}}
                          <li><a href="{{url}}"{{#active}} aria-current="page"{{/active}}>{{title}}</a></li>
                          {{/nav}}
                        </ul>
                      </nav>
                      {{#site.search_url}}
                      <form class="site-search" action="{{site.search_url}}" method="get" role="search">
                        <input type="search" name="q" aria-label="搜索" placeholder="搜索">
                        <button type="submit">搜索</button>
                      </form>
                      {{/site.search_url}}
                    </div>
                  </header>
                  {{^page.is_home}}
                  {{$breadcrumbs}}
                  {{> breadcrumbs}}
                  {{/breadcrumbs}}
                  {{/page.is_home}}
                  <main id="main" class="wrap">
                    {{$content}}{{/content}}
                  </main>
                  <footer class="site-footer">
                    <div class="wrap">
                      <nav class="site-footer__links" aria-label="站点链接">
                        <ul>
                          {{#site.pages}}
                          <li><a href="{{url}}">{{title}}</a></li>
                          {{/site.pages}}
                          {{! /tags/ and /bases/ are index pages without a nav entry }}
                          <li><a href="{{site.base_path}}tags/">标签</a></li>
                          <li><a href="{{site.base_path}}bases/">实训基地</a></li>
                          <li><a href="{{site.feed_url}}">订阅更新（Atom）</a></li>
                        </ul>
                      </nav>
                      <nav class="site-footer__districts" aria-label="按区浏览">
                        <ul>
                          {{#site.districts}}
                          <li><a href="{{url}}">{{name}}</a></li>
                          {{/site.districts}}
                        </ul>
                      </nav>
                      <p class="site-footer__org">主办：{{site.organization}}</p>
                    </div>
                  </footer>
                </body>
                </html>

                """##),
        EmbeddedFile(
            path: "templates/page.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{doc.title}}{{/title}}
                {{$body_class}}page-doc page-doc--pages{{/body_class}}
                {{$content}}
                {{#doc}}
                <article class="doc">
                  <header class="doc__header">
                    <h1>{{title}}</h1>
                    {{#date}}
                    <p class="doc__reading"><time datetime="{{iso}}">{{display}}</time></p>
                    {{/date}}
                  </header>
                  {{> toc}}
                  <div class="prose">
                    {{{content}}}
                  </div>
                </article>
                {{/doc}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/partials/base-card.mustache",
            text: ##"""
                {{!
                  base-card: one training base ({name, url, district, address, description,
                  count, upcoming_count}) on top of the context stack.
                }}
                <article class="card card--base item">
                  <h3 class="card__title"><a href="{{url}}">{{name}}</a></h3>
                  <p class="card__meta">
                    <span>{{district}}</span>
                    {{#address}}
                    <span>{{.}}</span>
                    {{/address}}
                  </p>
                  {{#description}}
                  <p class="card__summary">{{.}}</p>
                  {{/description}}
                  <p class="card__count">
                    共 {{count}} 场活动{{#upcoming_count}}，<span class="badge badge--upcoming">{{.}} 场即将举行</span>{{/upcoming_count}}
                  </p>
                </article>

                """##),
        EmbeddedFile(
            path: "templates/partials/breadcrumbs.mustache",
            text: ##"""
                {{!
                  breadcrumbs: page.breadcrumbs runs from 首页 to the current page.
                  The last crumb is the current page; the theme styles it as plain text
                  (the contract gives no "current" flag, so it stays a link).
                }}
                <nav class="breadcrumbs wrap" aria-label="当前位置">
                  <ol>
                    {{#page.breadcrumbs}}
                    <li><a href="{{url}}">{{title}}</a></li>
                    {{/page.breadcrumbs}}
                  </ol>
                </nav>

                """##),
        EmbeddedFile(
            path: "templates/partials/card.mustache",
            text: ##"""
                {{!
                  card: one document (an item) in a list; render it inside a section over a list of items.

                  Mustache looks a name up in the item first, then in outer contexts. Every
                  name below is either present on every item of the kinds that use it, or
                  never present at the top level of a page that lists cards, so nothing leaks
                  in from outside. (The district page's top-level `district` has no `url`,
                  but every item listed there has its own `district`; the base page's
                  top-level `upcoming` is a list, but it lists only events, which all carry
                  their own `upcoming` flag.)
                }}
                <article class="card card--{{kind}} item">
                  {{! riders' photos; width/height (orientation applied) reserve the space before the file arrives }}
                  {{#photo}}
                  <img class="card__photo" src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}} loading="lazy" decoding="async">
                  {{/photo}}
                  {{#upcoming}}
                  <p class="badge badge--upcoming">即将举行</p>
                  {{/upcoming}}
                  <h3 class="card__title">
                    <a href="{{url}}">{{title}}</a>{{#party_member}} <span class="badge badge--party">党员</span>{{/party_member}}
                  </h3>
                  <p class="card__meta">
                    {{! end_date is looked up from inside date: date has no such key, so it comes from the item }}
                    {{#date}}
                    <span><time datetime="{{iso}}">{{display}}</time>{{#end_date}} 至 <time datetime="{{iso}}">{{display}}</time>{{/end_date}}</span>
                    {{/date}}
                    {{#district}}
                    <a href="{{url}}">{{name}}</a>
                    {{/district}}
                    {{#street}}
                    <span>{{.}}</span>
                    {{/street}}
                    {{#platform}}
                    <span>{{.}}</span>
                    {{/platform}}
                    {{#category}}
                    <span>{{.}}</span>
                    {{/category}}
                    {{#base}}
                    <a href="{{url}}">{{name}}</a>
                    {{/base}}
                  </p>
                  {{#brand}}
                  <p class="card__brand">品牌：{{.}}</p>
                  {{/brand}}
                  {{! riders: honors newest first; one line, so the list is :empty for other kinds }}
                  <ul class="card__honors">{{#honors}}<li>{{year}}年 {{title}}</li>{{/honors}}</ul>
                  <p class="card__summary">{{summary}}</p>
                  {{> tag-list}}
                </article>

                """##),
        EmbeddedFile(
            path: "templates/partials/pager.mustache",
            text: ##"""
                {{!
                  pager: neighbours in the section's order; prev and next are items or null.
                }}
                <nav class="pager" aria-label="相邻内容">
                  {{#prev}}
                  <a class="pager__prev" href="{{url}}" rel="prev"><span>上一篇</span>{{title}}</a>
                  {{/prev}}
                  {{#next}}
                  <a class="pager__next" href="{{url}}" rel="next"><span>下一篇</span>{{title}}</a>
                  {{/next}}
                </nav>

                """##),
        EmbeddedFile(
            path: "templates/partials/pagination.mustache",
            text: ##"""
                {{!
                  pagination: page links of a long list (sections, districts, tags, bases), shown
                  when the list has more than one page; `pagination` is described in docs/templates.md.
                }}
                {{#pagination.has_pages}}
                <nav class="pagination" aria-label="分页">
                  {{#pagination.prev_url}}
                  <a class="pagination__prev" href="{{pagination.prev_url}}" rel="prev">上一页</a>
                  {{/pagination.prev_url}}
                  <ol class="pagination__pages">
                    {{#pagination.pages}}
                    {{#is_gap}}<li class="pagination__gap">…</li>{{/is_gap}}
                    {{^is_gap}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{number}}</a></li>{{/is_gap}}
                    {{/pagination.pages}}
                  </ol>
                  {{#pagination.next_url}}
                  <a class="pagination__next" href="{{pagination.next_url}}" rel="next">下一页</a>
                  {{/pagination.next_url}}
                </nav>
                {{/pagination.has_pages}}

                """##),
        EmbeddedFile(
            path: "templates/partials/tag-list.mustache",
            text: ##"""
                {{!
                  tag-list: the tags of the item on top of the context stack.
                  Written on one line on purpose: with no tags the list renders as an
                  empty <ul class="tags"></ul>, which the stylesheet hides with :empty.
                }}
                <ul class="tags">{{#tags}}<li><a href="{{url}}" rel="tag">{{name}}</a></li>{{/tags}}</ul>

                """##),
        EmbeddedFile(
            path: "templates/partials/toc.mustache",
            text: ##"""
                {{!
                  toc: table of contents of a document page. The whole nav is hidden by the
                  stylesheet (.optional) when toc is empty: plain Mustache cannot test a list
                  for emptiness without also iterating it.
                }}
                <nav class="toc optional" aria-label="本文目录">
                  <h2 class="toc__title">目录</h2>
                  <ol>
                    {{#toc}}
                    <li class="toc__item toc__item--h{{level}} item"><a href="#{{id}}">{{text}}</a></li>
                    {{/toc}}
                  </ol>
                </nav>

                """##),
        EmbeddedFile(
            path: "templates/report.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{doc.title}}{{/title}}
                {{! .page-report: the 公文 print layout (GB/T 9704-2012) in style.css }}
                {{$body_class}}page-report{{/body_class}}
                {{$content}}
                {{#doc}}
                <article class="report">
                  <header class="report__head">
                    {{#doc_number}}
                    <p class="report__docnum">{{.}}</p>
                    {{/doc_number}}
                    <h1 class="report__title">{{title}}</h1>
                  </header>
                  <div class="report__body">
                    {{{content}}}
                  </div>
                  {{! 落款: issuer and date at the right }}
                  <p class="report__sign">
                    <span>{{issuer}}</span>
                    {{#date}}<span><time datetime="{{iso}}">{{display}}</time></span>{{/date}}
                  </p>
                </article>
                {{/doc}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/reports.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{section.title}}{{/title}}
                {{$body_class}}page-section page-section--reports{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{section.title}}</h1>
                  <p class="page-header__lead">年度工作报告，文中数字和图表由站内内容自动统计；每篇均可直接按公文格式打印。</p>
                </header>
                <ul class="report-list">
                  {{#items}}
                  <li class="report-list__item">
                    <a href="{{url}}">{{title}}</a>
                    <span class="report-list__meta">{{issuer}}{{#date}} · <time datetime="{{iso}}">{{display}}</time>{{/date}}</span>
                    <p class="report-list__summary">{{summary}}</p>
                  </li>
                  {{/items}}
                </ul>
                {{^items}}
                <p class="empty">暂无工作报告。</p>
                {{/items}}
                {{> pagination}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/rider.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{doc.name}}{{/title}}
                {{$body_class}}page-doc page-doc--riders{{/body_class}}
                {{$content}}
                {{#doc}}
                <article class="doc">
                  <header class="doc__header doc__header--rider">
                    {{! above the fold: loaded at once (no loading="lazy"); width/height reserve the space }}
                    {{#photo}}
                    <img class="doc__photo" src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}} decoding="async">
                    {{/photo}}
                    <div>
                      <p class="doc__kicker">{{section_title}}</p>
                      <h1>{{name}}{{#party_member}} <span class="badge badge--party">党员</span>{{/party_member}}</h1>
                      <dl class="facts">
                        <div><dt>所在区</dt><dd>{{#district}}<a href="{{url}}">{{name}}</a>{{/district}}</dd></div>
                        {{#platform}}
                        <div><dt>平台站点</dt><dd>{{.}}</dd></div>
                        {{/platform}}
                      </dl>
                    </div>
                  </header>
                  <section class="honors-box" aria-labelledby="honors-title">
                    <h2 id="honors-title">所获荣誉</h2>
                    <ul class="honor-list">
                      {{#honors}}
                      {{! each honor links to its section on that year's roll }}
                      <li><a href="{{url}}"><span class="honor-list__year">{{year}}年度</span>{{title}}</a>{{#rank}}<span class="honor-list__rank">第{{.}}名</span>{{/rank}}</li>
                      {{/honors}}
                    </ul>
                  </section>
                  {{> toc}}
                  <div class="prose">
                    {{{content}}}
                  </div>
                  <footer class="doc__footer">
                    {{> tag-list}}
                  </footer>
                </article>
                {{/doc}}
                {{> pager}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/search.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}搜索{{/title}}
                {{$body_class}}page-search{{/body_class}}
                {{$content}}
                {{! The search runs in the browser: search.js loads the index (search/*.js) beside
                    it and fills #search-status, #search-facets and #search-results (<a> links).
                    The query is in the URL (?q=…), so result lists can be shared. }}
                <header class="page-header">
                  <h1>搜索</h1>
                </header>
                <form id="search-form" class="search-form" action="{{page.url}}" method="get" role="search">
                  <label for="search-input">搜索全站内容</label>
                  <input id="search-input" name="q" type="search" autocomplete="off" placeholder="姓名、街道、品牌名称……">
                  <button type="submit">搜索</button>
                </form>
                <noscript>
                  <div class="search-noscript">
                    <p>站内搜索需要浏览器启用 JavaScript。也可以按以下目录查找：</p>
                    <ul>
                      <li><a href="{{site.districts_url}}">按区域浏览</a></li>
                      <li><a href="{{site.tags_url}}">按标签浏览</a></li>
                      <li><a href="{{site.honors_url}}">光荣榜（按年度和荣誉）</a></li>
                    </ul>
                  </div>
                </noscript>
                <p id="search-status" class="search-status" role="status"></p>
                <div id="search-facets" class="search-facets"></div>
                <div id="search-results" class="search-results"></div>
                <script src="{{site.base_path}}search.js"></script>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/section.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{section.title}}{{/title}}
                {{$body_class}}page-section page-section--{{section.kind}}{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{section.title}}</h1>
                  {{#is_brands}}
                  <p class="page-header__lead">“一街道一品牌”：各街道围绕“小个专”和新就业群体打造的党建品牌案例。</p>
                  {{/is_brands}}
                  {{#is_riders}}
                  <p class="page-header__lead">网约配送员中的先进榜样，荣誉可在光荣榜中按年度查看和打印。</p>
                  {{/is_riders}}
                  {{#is_events}}
                  <p class="page-header__lead">党建实训基地举办的培训、交流和志愿服务活动，包括即将举行的活动。</p>
                  {{/is_events}}
                </header>

                {{#is_events}}
                {{! events only: archives by year and the training bases }}
                <nav class="subnav" aria-label="活动归档">
                  <ul>
                    {{#years}}
                    <li><a href="{{url}}">{{year}}年<small>（{{count}}）</small></a></li>
                    {{/years}}
                    <li><a href="{{bases_url}}">实训基地</a></li>
                  </ul>
                </nav>
                {{/is_events}}

                <section aria-labelledby="list-title">
                  <h2 id="list-title" class="list-title">共 {{count}} {{#is_riders}}位{{/is_riders}}{{^is_riders}}篇{{/is_riders}}</h2>
                  <div class="cards{{#is_riders}} cards--compact{{/is_riders}}">
                    {{#items}}
                    {{> card}}
                    {{/items}}
                  </div>
                  {{^items}}
                  <p class="empty">暂无内容。</p>
                  {{/items}}
                  {{> pagination}}
                </section>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/static/search.js",
            text: ##"""
                /* HonorSite search. Plain JavaScript, no libraries, no requests to other hosts.

                   The index is a set of .js files beside this script (search/index.js, search/t<k>.js,
                   search/w.js, search/x<k>.js) that fill the global HonorSiteSearchIndex; they are
                   loaded with <script> elements, so the search also works from file:// and under
                   any base path. The tokenizer below follows the same rules as the site compiler
                   (Sources/SearchIndex/SearchText.swift):
                   - folding: full-width ASCII U+FF01–FF5E to ASCII, U+3000 to a space, A–Z to a–z;
                   - Han runs: each character, and each overlapping pair (a query of one Han
                     character looks up the character, a longer run its pairs);
                   - Latin runs [a-z]+ and digit runs [0-9]+ are words (a query word may match inside
                     an indexed word);
                   - every candidate is confirmed against the stored text, so the results are exactly
                     the documents whose text contains the folded query. */
                (function (root) {
                  'use strict';

                  function foldUnit(c) {
                    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; else if (c === 0x3000) c = 0x20;
                    if (c >= 0x41 && c <= 0x5A) c += 0x20;
                    return c;
                  }

                  var foldable = /[A-Z\uFF01-\uFF5E\u3000]/g;
                  function fold(text) {
                    return text.replace(foldable, function (c) { return String.fromCharCode(foldUnit(c.charCodeAt(0))); });
                  }

                  function isHan(cp) {
                    return cp === 0x3007 || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
                      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
                  }

                  // 0 other, 1 Han, 2 Latin, 3 digit
                  function classOf(cp) {
                    if (isHan(cp)) return 1;
                    if (cp >= 0x61 && cp <= 0x7A) return 2;
                    if (cp >= 0x30 && cp <= 0x39) return 3;
                    return 0;
                  }

                  // Runs of the folded text: {han: [characters]} or {word: 'text'}.
                  function runs(text) {
                    var result = [], current = [], currentClass = 0;
                    function flush() {
                      if (current.length === 0) return;
                      if (currentClass === 1) result.push({ han: current });
                      else if (currentClass !== 0) result.push({ word: current.join('') });
                      current = [];
                    }
                    for (var ch of fold(text)) {
                      var c = classOf(ch.codePointAt(0));
                      if (c !== currentClass) { flush(); currentClass = c; }
                      if (c !== 0) current.push(ch);
                    }
                    flush();
                    return result;
                  }

                  function indexTerms(text) {
                    var terms = [];
                    runs(text).forEach(function (run) {
                      if (run.word !== undefined) { terms.push(run.word); return; }
                      var h = run.han;
                      for (var i = 0; i < h.length; i++) {
                        terms.push(h[i]);
                        if (i + 1 < h.length) terms.push(h[i] + h[i + 1]);
                      }
                    });
                    return terms;
                  }

                  // Query terms as 'h:<Han term>' or 'w:<word>', repeats removed.
                  function queryTerms(text) {
                    var terms = [];
                    runs(text).forEach(function (run) {
                      if (run.word !== undefined) { terms.push('w:' + run.word); return; }
                      var h = run.han;
                      if (h.length === 1) terms.push('h:' + h[0]);
                      for (var i = 0; i + 1 < h.length; i++) terms.push('h:' + h[i] + h[i + 1]);
                    });
                    return terms.filter(function (t, i) { return terms.indexOf(t) === i; });
                  }

                  // FNV-1a over UTF-16 units, as SearchText.shard(of:count:).
                  function shardOf(term, count) {
                    var h = 0x811C9DC5;
                    for (var i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193) >>> 0;
                    return h % Math.max(1, count);
                  }

                  var api = { fold: fold, indexTerms: indexTerms, queryTerms: queryTerms, shardOf: shardOf };
                  if (typeof module === 'object' && module.exports) module.exports = api;
                  root.HonorSiteSearch = api;
                  if (typeof document === 'undefined') return;

                  // ---- the /search/ page ------------------------------------------------------------
                  var script = document.currentScript;
                  var base = script.src.replace(/[^\/]*$/, '');       // the site root (this script's folder)
                  var fileMode = location.protocol === 'file:';
                  var loaded = {};

                  function load(name) {
                    if (!loaded[name]) {
                      loaded[name] = new Promise(function (resolve, reject) {
                        var s = document.createElement('script');
                        s.src = base + 'search/' + name + '.js';
                        s.onload = resolve;
                        s.onerror = function () { reject(new Error(s.src)); };
                        document.head.appendChild(s);
                      });
                    }
                    return loaded[name];
                  }

                  function decode(postings) {
                    var ids = [], n = 0;
                    if (!postings) return ids;
                    postings.split(',').forEach(function (d) { n += parseInt(d, 36); ids.push(n); });
                    return ids;
                  }

                  function intersect(a, b) {
                    if (a === null) return b;
                    var out = [], i = 0, j = 0;
                    while (i < a.length && j < b.length) {
                      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
                    }
                    return out;
                  }

                  var foldedText = {};
                  function textOf(idx, id) {
                    return idx.x[Math.floor(id / idx.textShardSize)][id % idx.textShardSize];
                  }
                  function foldedTextOf(idx, id) {
                    if (foldedText[id] === undefined) foldedText[id] = fold(textOf(idx, id));
                    return foldedText[id];
                  }

                  // Every document whose folded text contains the folded query: [{id, at}], ranked.
                  function search(query) {
                    var q = fold(query).trim();
                    if (q === '') return Promise.resolve({ query: q, hits: [] });
                    var idx = root.HonorSiteSearchIndex;
                    var terms = queryTerms(q);
                    var han = terms.filter(function (t) { return t[0] === 'h'; }).map(function (t) { return t.slice(2); });
                    var words = terms.filter(function (t) { return t[0] === 'w'; }).map(function (t) { return t.slice(2); });
                    var needed = [];
                    han.forEach(function (t) {
                      var name = 't' + shardOf(t, idx.termShards);
                      if (needed.indexOf(name) < 0) needed.push(name);
                    });
                    if (words.length) needed.push('w');
                    return Promise.all(needed.map(load)).then(function () {
                      var candidates = null;
                      han.forEach(function (t) { candidates = intersect(candidates, decode(idx.t[shardOf(t, idx.termShards)][t])); });
                      words.forEach(function (w) {
                        var set = {};
                        Object.keys(idx.w).forEach(function (word) {
                          if (word.indexOf(w) >= 0) decode(idx.w[word]).forEach(function (id) { set[id] = true; });
                        });
                        candidates = intersect(candidates, Object.keys(set).map(Number).sort(function (a, b) { return a - b; }));
                      });
                      if (candidates === null) candidates = idx.docs.map(function (_, i) { return i; });
                      var shards = [];
                      candidates.forEach(function (id) {
                        var name = 'x' + Math.floor(id / idx.textShardSize);
                        if (shards.indexOf(name) < 0) shards.push(name);
                      });
                      return Promise.all(shards.map(load)).then(function () {
                        var hits = [];
                        candidates.forEach(function (id) {
                          var text = foldedTextOf(idx, id);
                          var at = text.indexOf(q);
                          if (at < 0) return;
                          var titleEnd = text.indexOf('\n');
                          hits.push({ id: id, at: at, inTitle: at < (titleEnd < 0 ? text.length : titleEnd) });
                        });
                        hits.sort(function (a, b) {
                          if (a.inTitle !== b.inTitle) return a.inTitle ? -1 : 1;
                          var ra = idx.docs[a.id][7], rb = idx.docs[b.id][7];
                          return ra !== rb ? rb - ra : a.id - b.id;
                        });
                        return { query: q, hits: hits };
                      });
                    });
                  }

                  function esc(s) {
                    return s.replace(/[&<>"']/g, function (c) {
                      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
                    });
                  }

                  function marked(text, at, length) {
                    return esc(text.slice(0, at)) + '<mark>' + esc(text.slice(at, at + length)) + '</mark>' + esc(text.slice(at + length));
                  }

                  // The snippet: the body around its first hit; else the field (street, tag, honor …) that holds
                  // the first hit after the title; else the start of the body. The body is the last field.
                  function snippet(idx, id, q) {
                    var text = textOf(idx, id), folded = foldedTextOf(idx, id);
                    var titleEnd = text.indexOf('\n'), bodyStart = text.lastIndexOf('\n') + 1;
                    var at = folded.indexOf(q, bodyStart), start, end;
                    if (at < 0 && titleEnd >= 0) {
                      at = folded.indexOf(q, titleEnd + 1);
                      if (at >= 0 && at < bodyStart) {
                        start = text.lastIndexOf('\n', at) + 1;
                        end = text.indexOf('\n', at + q.length);
                        return marked(text.slice(start, end), at - start, q.length);
                      }
                    }
                    if (at < 0 || bodyStart === 0) {
                      return esc(text.slice(bodyStart, bodyStart + 80)) + (text.length > bodyStart + 80 ? '…' : '');
                    }
                    start = Math.max(bodyStart, at - 24);
                    end = Math.min(text.length, at + q.length + 56);
                    return (start > bodyStart ? '…' : '') + marked(text.slice(start, end), at - start, q.length) + (end < text.length ? '…' : '');
                  }

                  var form = document.getElementById('search-form');
                  var input = document.getElementById('search-input');
                  var status = document.getElementById('search-status');
                  var facetsBox = document.getElementById('search-facets');
                  var resultsBox = document.getElementById('search-results');
                  var current = { query: '', hits: [] };
                  var filters = { kind: null, district: null, year: null };
                  var generation = 0, rendering = 0;

                  function facetCounts(hits) {
                    var idx = root.HonorSiteSearchIndex, out = { kind: {}, district: {}, year: {} };
                    hits.forEach(function (h) {
                      var d = idx.docs[h.id];
                      out.kind[d[2]] = (out.kind[d[2]] || 0) + 1;
                      if (d[3] !== null) out.district[d[3]] = (out.district[d[3]] || 0) + 1;
                      if (d[6] !== null) out.year[d[6]] = (out.year[d[6]] || 0) + 1;
                    });
                    return out;
                  }

                  function passes(d) {
                    return (filters.kind === null || d[2] === filters.kind) && (filters.district === null || d[3] === filters.district) &&
                      (filters.year === null || String(d[6]) === filters.year);
                  }

                  function renderFacets() {
                    var idx = root.HonorSiteSearchIndex, counts = facetCounts(current.hits), html = '';
                    var groups = [['kind', '类别'], ['district', '区域'], ['year', '年份']];
                    groups.forEach(function (g) {
                      var key = g[0], values = Object.keys(counts[key]);
                      if (values.length < 2 && filters[key] === null) return;
                      if (key === 'year') values.sort(function (a, b) { return b - a; }); else if (key === 'district') values.sort();
                      html += '<fieldset class="search-facet"><legend>' + g[1] + '</legend>';
                      html += '<button type="button" data-facet="' + key + '" data-value=""' + (filters[key] === null ? ' aria-pressed="true"' : '') +
                        '>全部</button>';
                      values.forEach(function (v) {
                        var label = key === 'kind' ? (idx.kinds[v] || v) : key === 'year' ? v + '年' : v;
                        html += '<button type="button" data-facet="' + key + '" data-value="' + esc(v) + '"' +
                          (filters[key] === v ? ' aria-pressed="true"' : '') + '>' + esc(label) + '<small>（' + counts[key][v] + '）</small></button>';
                      });
                      html += '</fieldset>';
                    });
                    facetsBox.innerHTML = html;
                  }

                  // The first results at once, the rest in slices after it (a list of a thousand documents
                  // would otherwise delay the first). aria-busy is false once every result is in the list.
                  var firstSlice = 30, slice = 200;
                  function renderResults() {
                    var idx = root.HonorSiteSearchIndex, q = current.query, mine = ++rendering, shown = [];
                    current.hits.forEach(function (h) { if (passes(idx.docs[h.id])) shown.push(h); });
                    function item(h) {
                      var d = idx.docs[h.id];
                      var url = base + d[0] + (fileMode && /\/$/.test(d[0]) ? 'index.html' : '');
                      var title = d[1], t = fold(title).indexOf(q);
                      var meta = [idx.kinds[d[2]] || d[2]];
                      if (d[3] !== null) meta.push(esc(d[3]));
                      if (d[5] !== null) meta.push('<time datetime="' + esc(d[4]) + '">' + esc(d[5]) + '</time>');
                      return '<a class="search-result" href="' + esc(url) + '">' +
                        '<span class="search-result__title">' + (t >= 0 ? marked(title, t, q.length) : esc(title)) + '</span>' +
                        '<span class="search-result__meta">' + meta.join(' · ') + '</span>' +
                        '<span class="search-result__snippet">' + snippet(idx, h.id, q) + '</span></a>';
                    }
                    function finish() {
                      resultsBox.setAttribute('aria-busy', 'false');
                      if (q === '') status.textContent = '输入姓名、街道、品牌名称或任意词语。';
                      else if (current.hits.length === 0) status.textContent = '没有找到包含“' + q + '”的内容。';
                      else status.textContent = '找到 ' + current.hits.length + ' 条包含“' + q + '”的内容' +
                        (shown.length < current.hits.length ? '，筛选后显示 ' + shown.length + ' 条' : '') + '。';
                    }
                    resultsBox.setAttribute('aria-busy', 'true');
                    resultsBox.innerHTML = shown.slice(0, firstSlice).map(item).join('');
                    (function more(from) {
                      if (mine !== rendering) return;
                      if (from >= shown.length) { finish(); return; }
                      resultsBox.insertAdjacentHTML('beforeend', shown.slice(from, from + slice).map(item).join(''));
                      setTimeout(function () { more(from + slice); }, 0);
                    })(firstSlice);
                  }

                  function run(query) {
                    var mine = ++generation;
                    return search(query).then(function (result) {
                      if (mine !== generation) return;
                      current = result;
                      filters = { kind: null, district: null, year: null };
                      renderFacets();
                      renderResults();
                    }, function (error) {
                      status.textContent = '搜索索引无法加载（' + error.message + '）。';
                    });
                  }

                  function queryFromURL() { return new URLSearchParams(location.search).get('q') || ''; }
                  function urlFor(q) { return q === '' ? location.pathname : '?q=' + encodeURIComponent(q); }

                  facetsBox.addEventListener('click', function (e) {
                    var b = e.target.closest('button[data-facet]');
                    if (!b) return;
                    filters[b.dataset.facet] = b.dataset.value === '' ? null : b.dataset.value;
                    renderFacets();
                    renderResults();
                  });
                  input.addEventListener('input', function () {
                    history.replaceState({ q: input.value }, '', urlFor(input.value));
                    run(input.value);
                  });
                  form.addEventListener('submit', function (e) {
                    e.preventDefault();
                    if (queryFromURL() !== input.value) history.pushState({ q: input.value }, '', urlFor(input.value));
                    run(input.value);
                  });
                  window.addEventListener('popstate', function () { input.value = queryFromURL(); run(input.value); });

                  document.documentElement.classList.add('has-search');
                  load('index').then(function () {
                    input.value = queryFromURL();
                    run(input.value);
                  }, function (error) { status.textContent = '搜索索引无法加载（' + error.message + '）。'; });
                })(typeof self !== 'undefined' ? self : this);

                """##),
        EmbeddedFile(
            path: "templates/static/style.css",
            text: ##"""
                /* HonorSite default theme.
                   One file, no web fonts, no requests to other hosts.
                   Sections: 1 tokens · 2 base · 3 chrome · 4 page parts · 5 cards · 6 documents
                             7 home · 8 lists · 9 honor roll · 10 print */

                /* 1. Tokens ------------------------------------------------------------ */
                :root {
                  --red: #b3241b;
                  --red-dark: #8c1a13;
                  --gold: #c99a2e;
                  --ink: #1f1f1f;
                  --muted: #5f5a55;
                  --line: #e6e0d8;
                  --bg: #f7f5f1;
                  --card: #fff;
                  --radius: 6px;
                  --sans: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
                          "Source Han Sans SC", system-ui, sans-serif;
                  /* The faces of official documents (GB/T 9704-2012) with the usual fallbacks. */
                  --xiaobiaosong: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "FZXBSJW--GB1-0", "STZhongsong", "华文中宋", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                  --fangsong: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                  --kaiti: "KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "华文楷体", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                  --heiti: "SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
                  --songti: "SimSun", "宋体", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                  --serif: "Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                }

                /* 2. Base -------------------------------------------------------------- */
                *, *::before, *::after { box-sizing: border-box; }
                html { -webkit-text-size-adjust: 100%; }
                body {
                  margin: 0;
                  min-height: 100vh; display: flex; flex-direction: column; /* footer at the bottom */
                  font-family: var(--sans);
                  font-size: 1rem;
                  line-height: 1.75;
                  color: var(--ink);
                  background: var(--bg);
                }
                h1, h2, h3 { line-height: 1.4; margin: 1.5em 0 .6em; }
                h1 { font-size: 1.75rem; }
                h2 { font-size: 1.3rem; }
                h3 { font-size: 1.08rem; }
                a { color: var(--red-dark); text-underline-offset: .2em; }
                a:hover { color: var(--red); }
                a:focus-visible { outline: 2px solid var(--gold); outline-offset: 2px; }
                img { max-width: 100%; height: auto; }
                ul, ol { padding-left: 1.5em; }
                small { font-size: .8em; }
                .wrap { width: 100%; max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
                .skip-link { position: absolute; left: -999px; }
                .skip-link:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .75rem; z-index: 10; }
                .empty { color: var(--muted); }
                .more { margin-top: 2rem; }

                /* Lists that may be empty. Mustache cannot test a list for emptiness
                   without iterating it, so a wrapper marked .optional is hidden when none
                   of its repeated children (marked .item) was rendered. */
                .optional:not(:has(.item)) { display: none; }

                /* 3. Chrome: header, nav, breadcrumbs, footer --------------------------- */
                .site-header { background: var(--red); color: #fff; border-bottom: 4px solid var(--gold); }
                .site-header__inner {
                  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
                  gap: .5rem 2rem; padding-top: .9rem; padding-bottom: .9rem;
                }
                .site-title { color: #fff; font-size: 1.2rem; font-weight: 700; text-decoration: none; letter-spacing: .02em; }
                .site-title:hover { color: #fff; }
                .site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
                .site-nav a { display: block; color: #fff; text-decoration: none; padding: .25rem .75rem; border-radius: var(--radius); }
                .site-nav a:hover { background: rgba(255, 255, 255, .15); color: #fff; }
                .site-nav a[aria-current] { background: #fff; color: var(--red-dark); font-weight: 600; }
                .site-search { display: flex; gap: .25rem; }
                .site-search input {
                  width: 9rem; font: inherit; font-size: .9rem; padding: .2rem .6rem;
                  border: 1px solid rgba(255, 255, 255, .6); border-radius: var(--radius); background: rgba(255, 255, 255, .95);
                }
                .site-search button {
                  font: inherit; font-size: .9rem; padding: .2rem .7rem; cursor: pointer;
                  border: 1px solid #fff; border-radius: var(--radius); background: transparent; color: #fff;
                }

                .breadcrumbs { font-size: .875rem; color: var(--muted); padding-top: .9rem; }
                .breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
                .breadcrumbs li + li::before { content: "›"; margin: 0 .5em; color: #aaa; }
                .breadcrumbs a { color: var(--muted); text-decoration: none; }
                .breadcrumbs a:hover { text-decoration: underline; }
                /* the last crumb is the current page */
                .breadcrumbs li:last-child a { color: var(--ink); pointer-events: none; }

                main { padding-bottom: 3rem; flex: 1 0 auto; width: 100%; }

                .site-footer { background: #2b2523; color: #d9d2ca; font-size: .875rem; padding: 2rem 0; }
                .site-footer a { color: #f1e6d8; text-decoration: none; }
                .site-footer a:hover { text-decoration: underline; color: #fff; }
                .site-footer ul { list-style: none; margin: 0 0 .75rem; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
                .site-footer__districts { opacity: .85; }
                .site-footer__org { margin: 1rem 0 0; border-top: 1px solid #4a403c; padding-top: 1rem; }

                /* 4. Page parts --------------------------------------------------------- */
                .page-header { margin: 1.5rem 0 1.5rem; }
                .page-header h1 { margin: .2rem 0 .4rem; }
                .page-header__lead { color: var(--muted); max-width: 42em; margin: .4rem 0; }
                .list-title { font-size: 1rem; color: var(--muted); font-weight: normal; margin: 1rem 0 .75rem; }
                .doc__kicker { margin: 0; color: var(--red); font-size: .875rem; font-weight: 600; letter-spacing: .05em; }

                .subnav ul, .subnav-list { list-style: none; padding: 0; margin: 0 0 1.5rem; display: flex; flex-wrap: wrap; gap: .5rem; }
                .subnav a, .subnav-list a {
                  display: block; padding: .2rem .9rem; border: 1px solid var(--line); border-radius: 999px;
                  background: var(--card); text-decoration: none;
                }
                .subnav a[aria-current] { background: var(--red); border-color: var(--red); color: #fff; }

                .badge {
                  display: inline-block; font-size: .75rem; line-height: 1.6; font-weight: 600;
                  padding: 0 .5em; border-radius: 3px; vertical-align: .15em; white-space: nowrap;
                }
                .badge--party { background: var(--red); color: #fff; }
                .badge--upcoming { background: #fff4d6; color: #7a5200; border: 1px solid #ecc86a; }

                .facts { display: flex; flex-wrap: wrap; gap: .25rem 1.75rem; margin: .75rem 0; }
                .facts div { display: flex; gap: .5em; }
                .facts dt { color: var(--muted); }
                .facts dt::after { content: "："; }
                .facts dd { margin: 0; }
                .facts div { white-space: nowrap; }
                .facts dd { white-space: normal; }

                .button {
                  display: inline-block; background: var(--red); color: #fff; padding: .4rem 1.25rem;
                  border-radius: var(--radius); text-decoration: none;
                }
                .button:hover { background: var(--red-dark); color: #fff; }

                /* 5. Cards -------------------------------------------------------------- */
                .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
                .cards--compact { grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
                .card {
                  background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
                  padding: 1rem 1.1rem; display: flex; flex-direction: column;
                }
                .card--riders { border-top: 3px solid var(--red); }
                /* width/height attributes give the box its ratio before the photo loads; tall photos are cropped */
                .card__photo {
                  display: block; width: 100%; height: auto; max-height: 14rem; object-fit: cover; object-position: 50% 12%;
                  border-radius: calc(var(--radius) - 2px); margin: 0 0 .6rem; background: var(--line);
                }
                .card__title { margin: 0 0 .3rem; font-size: 1.05rem; }
                .card__title a { color: var(--ink); text-decoration: none; }
                .card__title a:hover { color: var(--red); text-decoration: underline; }
                .card__meta { margin: 0; font-size: .8125rem; color: var(--muted); }
                .card__meta > * + *::before { content: "·"; margin: 0 .4em; color: #b5aca3; }
                /* a metadata line wraps between its items, never inside one (培/训, 站/点) */
                .card__meta > * { white-space: nowrap; }
                .card__meta a { color: var(--muted); text-decoration: none; }
                .card__meta a:hover { text-decoration: underline; }
                .card__brand { margin: .3rem 0 0; font-size: .875rem; color: var(--red-dark); font-weight: 600; }
                .card__honors { list-style: none; margin: .4rem 0 0; padding: 0; font-size: .8125rem; color: #7a5200; }
                .card__honors:empty { display: none; }
                /* long derived summaries: at most four lines in a card. The summary keeps its
                   own height (no flex growth: a clamped box that grows shows a fifth line
                   below the ellipsis); the tags below take the free space instead. */
                .card__summary {
                  margin: .5rem 0; font-size: .9375rem; flex: none; max-height: calc(4 * 1.75em);
                  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; line-clamp: 4; overflow: hidden; align-self: stretch;
                }
                .card > .tags { margin-top: auto; }
                .card__count { margin: .4rem 0 0; font-size: .875rem; color: var(--muted); }
                .card .badge--upcoming { align-self: flex-start; margin: 0 0 .4rem; }

                .tags { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
                .tags:empty { display: none; } /* see partials/tag-list.mustache */
                .tags a {
                  display: block; font-size: .75rem; padding: 0 .55em; border-radius: 3px;
                  background: #f3ece4; color: var(--muted); text-decoration: none;
                }
                .tags a::before { content: "#"; opacity: .6; }
                .tags a:hover { background: #ead9c8; color: var(--ink); }

                /* 6. Documents ---------------------------------------------------------- */
                .doc { max-width: 46rem; }
                .doc__header { margin: 1.5rem 0 1rem; padding-bottom: 1rem; border-bottom: 1px solid var(--line); }
                .doc__header h1 { margin: .3rem 0; }
                .doc__header--rider { display: flex; gap: 1.5rem; align-items: flex-start; }
                .doc__photo { width: 8rem; height: auto; border-radius: var(--radius); }
                .doc__image { max-width: 100%; height: auto; }
                .doc__reading { margin: 0; font-size: .8125rem; color: var(--muted); }
                .doc__image { display: block; margin: 1rem 0; border-radius: var(--radius); }
                .doc__footer { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--line); }

                .honors-box { background: #fffaf0; border: 1px solid #efdcae; border-radius: var(--radius); padding: .75rem 1.1rem; margin: 1rem 0; }
                .honors-box h2 { margin: 0 0 .3rem; font-size: 1rem; color: #7a5200; }
                .honor-list { margin: 0; padding-left: 1.2em; }
                .honor-list__year { color: var(--muted); margin-right: .4em; }
                .honor-list__rank { margin-left: .5em; font-size: .875rem; color: var(--red); }

                .toc { background: var(--card); border-left: 3px solid var(--gold); padding: .5rem 1rem; margin: 1rem 0; font-size: .9375rem; }
                .toc__title { font-size: .875rem; margin: 0; color: var(--muted); }
                .toc ol { list-style: none; margin: .25rem 0; padding: 0; }
                .toc__item--h3 { padding-left: 1.25em; font-size: .875rem; }
                .toc a { text-decoration: none; }

                .prose { font-size: 1.0625rem; }
                /* Emphasis in Chinese: 着重号 (dots under the characters, GB/T 15834), not the
                   slanted fake italics a CJK font gets from font-style: italic. Bold stays
                   for **strong**, so the two remain distinct. */
                em { font-style: normal; text-emphasis: filled dot; -webkit-text-emphasis: filled dot;
                     text-emphasis-position: under right; -webkit-text-emphasis-position: under right; }
                .prose h2 { padding-left: .6rem; border-left: 4px solid var(--red); }
                .prose p, .prose li { text-align: justify; }
                .prose blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 3px solid var(--line); color: var(--muted); }
                .prose table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9375rem; }
                .prose th, .prose td { border: 1px solid var(--line); padding: .35rem .6rem; }
                .prose th { background: #f3ece4; }
                .prose code { font-size: .9em; background: #f0ebe4; padding: .1em .3em; border-radius: 3px; }
                .prose pre { overflow-x: auto; background: #f0ebe4; padding: .75rem 1rem; border-radius: var(--radius); }
                .prose pre code { background: none; padding: 0; }

                .pager { display: flex; justify-content: space-between; gap: 1rem; margin: 2.5rem 0 0; max-width: 46rem; }
                .pager a {
                  flex: 1 1 0; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
                  padding: .6rem 1rem; text-decoration: none; color: var(--ink); font-size: .9375rem;
                }
                .pager a:hover { border-color: var(--red); }
                .pager span { display: block; font-size: .75rem; color: var(--muted); }
                .pager__next { text-align: right; margin-left: auto; }
                .aside { max-width: 46rem; margin-top: 2rem; }
                .aside h2 { font-size: 1rem; color: var(--muted); }

                /* 7. Home --------------------------------------------------------------- */
                .hero { padding: 2rem 0 .5rem; }
                .hero__title { margin: 0; font-size: 2rem; color: var(--red-dark); }
                .hero__lead { color: var(--muted); margin: .4rem 0 0; }
                .home-section h2 { border-bottom: 2px solid var(--red); padding-bottom: .3rem; margin-top: 2.25rem; }

                .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .75rem; margin: 0; }
                .stat {
                  background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
                  padding: .8rem 1rem; display: flex; flex-direction: column;
                }
                .stat__value { order: -1; margin: 0; font-size: 1.85rem; font-weight: 700; color: var(--red); line-height: 1.3; }
                .stat__value small { font-size: .875rem; font-weight: normal; color: var(--muted); margin-left: .2em; }
                .stat__label { font-weight: 600; }
                .stat__change { margin: .1rem 0 0; font-size: .8125rem; color: var(--red-dark); }
                .stat__note { margin: .2rem 0 0; font-size: .8125rem; color: var(--muted); line-height: 1.6; }

                /* Long lists: page links */
                .pagination { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: 2rem 0 0; }
                .pagination ol { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
                .pagination a {
                  display: block; min-width: 2.25rem; text-align: center; padding: .2rem .6rem; text-decoration: none;
                  background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
                }
                .pagination a:hover { border-color: var(--red); }
                .pagination a[aria-current] { background: var(--red); border-color: var(--red); color: #fff; font-weight: 600; }
                .pagination__gap { padding: .2rem .3rem; color: var(--muted); }

                /* Search page */
                .search-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; max-width: 46rem; }
                .search-form label { flex-basis: 100%; font-size: .9rem; color: var(--muted); }
                .search-form input { flex: 1; min-width: 12rem; font: inherit; padding: .45rem .8rem; border: 1px solid #bbb; border-radius: var(--radius); }
                .search-form button, .search-facet button {
                  font: inherit; padding: .45rem 1.1rem; cursor: pointer; border-radius: var(--radius);
                  border: 1px solid var(--red); background: var(--red); color: #fff;
                }
                .search-noscript { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem 1.25rem; margin: 1rem 0; }
                .search-status { color: var(--muted); }
                .search-facets { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0 1rem; }
                .search-facet { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }
                .search-facet legend { float: left; margin-right: .5rem; font-size: .875rem; color: var(--muted); }
                .search-facet button { padding: .1rem .6rem; font-size: .875rem; background: var(--card); color: var(--ink); border-color: var(--line); }
                .search-facet button[aria-pressed="true"] { background: var(--red); border-color: var(--red); color: #fff; }
                .search-results { display: grid; gap: .75rem; max-width: 46rem; }
                .search-result {
                  display: block; padding: .75rem 1rem; text-decoration: none; color: var(--ink);
                  background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
                }
                .search-result:hover { border-color: var(--red); color: var(--ink); }
                .search-result__title { display: block; font-weight: 600; color: var(--red-dark); }
                .search-result__meta { display: block; font-size: .8rem; color: var(--muted); }
                .search-result__snippet { display: block; font-size: .9rem; margin-top: .25rem; }
                .search-result mark { background: #fbe7a1; color: inherit; padding: 0 .1em; }

                /* 8. Index pages: districts, tags, honors -------------------------------- */
                .district-grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem; }
                .district-tile a {
                  display: block; height: 100%; background: var(--card); border: 1px solid var(--line);
                  border-radius: var(--radius); padding: .9rem 1rem; text-decoration: none; color: var(--ink);
                }
                .district-tile a:hover { border-color: var(--red); }
                .district-tile__name { display: block; font-size: 1.1rem; font-weight: 700; }
                .district-tile__counts { font-size: .8125rem; color: var(--muted); }
                .district-tile--empty a { background: transparent; }

                .tag-cloud { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
                .tag-cloud a {
                  display: block; background: var(--card); border: 1px solid var(--line); border-radius: 999px;
                  padding: .15rem .9rem; text-decoration: none;
                }
                .tag-cloud small { margin-left: .4em; color: var(--muted); }

                .honors-year { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem 1.25rem 1rem; margin-bottom: 1rem; }
                .honors-year h2 { margin: .5rem 0 0; }
                .honors-year__count { margin: 0; color: var(--muted); font-size: .875rem; }
                .honors-year__list small { margin-left: .6em; color: var(--muted); }
                .month h2 { color: var(--red-dark); }

                .not-found { text-align: center; padding: 3rem 0; }
                .not-found__code { font-size: 4rem; font-weight: 700; color: var(--red); margin: 0; line-height: 1; }
                .not-found .subnav-list { justify-content: center; }

                /* 9. Honor roll (光荣榜), screen ----------------------------------------- */
                .roll {
                  background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--red);
                  border-radius: var(--radius); padding: 1.5rem 2rem; margin: 0 0 2rem;
                }
                .roll__title { font-family: var(--serif); text-align: center; font-size: 1.6rem; color: var(--red-dark); margin: .5rem 0 .25rem; }
                .roll__order { text-align: center; color: var(--muted); font-size: .875rem; margin: 0 0 1rem; }
                /* pretty: the last line never holds a lone character (…的身 / 影。) */
                .roll__desc { text-indent: 2em; max-width: 42em; margin: 0 auto 1.5rem; text-wrap: pretty; }
                .roll__names {
                  list-style: none; padding: 0; margin: 0;
                  display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 1.25rem .75rem;
                }
                .roll__entry { display: flex; flex-direction: column; align-items: center; text-align: center; break-inside: avoid; }
                /* on screen names line up across each row, whatever is under them (a station name on one line
                   or three), and whether or not the rider has a photo: in a roll with photos, an entry without
                   one keeps the photo's space */
                .roll__entry { justify-content: flex-start; }
                @media screen { .roll__names:has(.roll__photo) .roll__entry:not(:has(.roll__photo)) { padding-top: 4.9rem; } }
                .roll__photo { width: 4.5rem; height: 4.5rem; object-fit: cover; object-position: 50% 30%; border-radius: 50%; margin-bottom: .4rem; background: var(--line); }
                .roll__name { font-family: var(--serif); font-size: 1.4rem; font-weight: 700; color: var(--ink); text-decoration: none; white-space: nowrap; }
                .roll__name:hover { color: var(--red); }
                .roll__rank { font-size: .75rem; color: var(--red); }
                /* balanced lines: a long station name never leaves one character alone (…东门站 / 点) */
                .roll__meta { font-size: .75rem; line-height: 1.5; color: var(--muted); text-wrap: balance; }
                /* 落款: issuer and year at the right, the year centred under the issuer */
                .roll__sign { width: fit-content; margin: 2rem 0 0 auto; text-align: center; font-family: var(--serif); }
                .roll__sign span { display: block; }

                /* 9b. Statistics and charts (figures drawn at build time as inline SVG) ---- */
                .stats-note { color: var(--muted); margin: .6rem 0 0; font-size: .9375rem; }
                .charts h2 { border-bottom: 2px solid var(--red); padding-bottom: .3rem; margin-top: 2.25rem; }
                .chart { margin: 1.5rem 0 2rem; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; }
                .chart__svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
                .chart figcaption { text-align: center; font-weight: 600; margin: .5rem 0; }
                .chart__data summary { cursor: pointer; color: var(--red-dark); font-size: .9375rem; }
                .data-table { border-collapse: collapse; margin: .5rem auto; font-size: .9375rem; min-width: 18rem; }
                .data-table caption { font-weight: 600; padding: .3rem 0; }
                .data-table th, .data-table td { border: 1px solid var(--line); padding: .3rem .7rem; }
                .data-table thead th { background: #f3ece4; }
                .data-table tbody th { text-align: left; font-weight: normal; }
                .data-table td { text-align: right; font-variant-numeric: tabular-nums; }
                .data-table tfoot th, .data-table tfoot td { font-weight: 700; }
                .chart__csv { text-align: center; margin: .3rem 0 0; font-size: .875rem; }

                /* 9c. Work reports (工作报告) in the 公文 style, screen ------------------- */
                .report-list { list-style: none; padding: 0; }
                .report-list__item { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .9rem 1.1rem; margin-bottom: .75rem; }
                .report-list__item > a { font-size: 1.1rem; font-weight: 700; }
                .report-list__meta { display: block; font-size: .875rem; color: var(--muted); }
                .report-list__summary { margin: .4rem 0 0; }
                .report {
                  max-width: 46rem; margin: 1.5rem 0; background: var(--card); border: 1px solid var(--line);
                  padding: 2.5rem 3rem; font-family: var(--fangsong); font-size: 1.125rem; line-height: 1.9;
                }
                .report__docnum { text-align: center; margin: 0 0 1rem; }
                .report__title { font-family: var(--xiaobiaosong); font-size: 1.75rem; line-height: 1.5; text-align: center; margin: 0 0 1.5rem; color: var(--ink); }
                .report__body p { text-indent: 2em; margin: 0; text-align: justify; }
                .report__body h2 { font-family: var(--heiti); font-size: 1em; font-weight: normal; text-indent: 2em; margin: 0; }
                .report__body h3 { font-family: var(--kaiti); font-size: 1em; font-weight: normal; text-indent: 2em; margin: 0; }
                .report__body h4 { font-family: var(--fangsong); font-size: 1em; font-weight: 700; text-indent: 2em; margin: 0; }
                .report__body ul, .report__body ol { margin: 0; padding-left: 4em; }
                .report__body table { margin: .5rem auto; }
                .report .chart { font-family: var(--sans); line-height: 1.5; }
                .report .data-table { font-family: var(--sans); }
                .report__sign { width: fit-content; margin: 2em 4em 0 auto; text-align: center; }
                .report__sign span { display: block; }

                /* Small screens --------------------------------------------------------- */
                @media (max-width: 40rem) {
                  h1, .hero__title { font-size: 1.5rem; }
                  .site-nav a { padding: .2rem .5rem; }
                  /* the menu in balanced rows (4 + 3 for seven items), never one item alone on a line */
                  .site-nav { width: 100%; }
                  .site-nav ul { display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; text-align: center; }
                  .site-nav ul:has(> li:nth-child(5)) { grid-auto-flow: row; grid-template-columns: repeat(3, 1fr); }
                  .site-nav ul:has(> li:nth-child(7)) { grid-template-columns: repeat(4, 1fr); }
                  .site-nav ul:has(> li:nth-child(9)) { grid-template-columns: repeat(5, 1fr); }
                  .doc__header--rider { flex-direction: column; }
                  .stats { grid-template-columns: 1fr 1fr; }
                  .stat__value { font-size: 1.5rem; }
                  .stat__label { font-size: .9rem; }
                  .roll { padding: 1rem; }
                  .roll__names { grid-template-columns: repeat(3, 1fr); }
                  .roll__name { font-size: 1.2rem; }
                  /* Charts keep a readable label size and scroll sideways instead of shrinking. */
                  .chart { overflow-x: auto; padding: .75rem; }
                  .chart__svg { min-width: 34rem; }
                  .report { padding: 1.25rem 1rem; }
                }

                /* 10. Print -------------------------------------------------------------
                   A4 with the type area of GB/T 9704 (official documents): margins of
                   37 mm top, 35 mm bottom, 28 mm left and right, i.e. 156 × 225 mm. */
                @page { size: A4 portrait; margin: 37mm 28mm 35mm 28mm; }

                @media print {
                  .site-header, .site-footer, .breadcrumbs, .skip-link, .pager, .toc, .pagination,
                  .subnav, .more, .aside, .roll-intro { display: none !important; }
                  body { display: block; min-height: 0; background: #fff; color: #000; font-family: var(--serif); font-size: 12pt; line-height: 1.6; }
                  main, .wrap { max-width: none; padding: 0; margin: 0; min-height: 0; }
                  /* links print as plain text */
                  a, a:visited { color: #000 !important; text-decoration: none !important; }
                  /* photos stay on screen; a theme that wants them printed removes this rule */
                  .card__photo, .roll__photo { display: none !important; }
                  .card, .stat, .honors-year, .honors-box, .district-tile a { border-color: #999; background: #fff; color: #000; break-inside: avoid; }
                  .badge { border: 1px solid #000; background: #fff !important; color: #000 !important; }
                  .prose h2 { border-left-color: #000; }

                  /* Charts: never split across pages; the data table prints even when collapsed on screen. */
                  .chart { border: 0; padding: 0; break-inside: avoid; }
                  .chart__data > summary, .chart__csv { display: none; }
                  .chart__data::details-content { content-visibility: visible; display: contents; }
                  .data-table { break-inside: avoid; font-family: var(--sans); font-size: 10pt; }
                  .data-table th, .data-table td { border-color: #000; }
                  .data-table thead th { background: #fff; }

                  /* The honor roll: one honor per page, names in a fixed four-column grid. */
                  .page-roll .roll { border: 0; border-radius: 0; padding: 0; margin: 0; }
                  .page-roll .roll + .roll { break-before: page; }
                  .page-roll .roll__title { color: #000; font-size: 22pt; font-weight: 700; margin: 0 0 6pt; }
                  .page-roll .roll__desc { font-size: 14pt; line-height: 1.75; margin: 0 0 18pt; max-width: none; }
                  /* four names a row; a short roll (or the last row) is centred */
                  .page-roll .roll__names { display: flex; flex-wrap: wrap; justify-content: center; gap: 18pt 0; }
                  .page-roll .roll__entry { flex: 0 0 25%; padding: 0 3pt; break-inside: avoid; }
                  .page-roll .roll__order { color: #000; font-size: 12pt; margin: 0 0 12pt; }
                  .page-roll .roll__name { font-size: 16pt; color: #000; }
                  .page-roll .roll__meta, .page-roll .roll__rank { font-family: var(--sans); font-size: 8pt; color: #000; }
                  .page-roll .roll__sign { font-size: 14pt; margin-top: 28pt; break-inside: avoid; break-before: avoid; }

                  /* Reports and statistics print on the 公文 page: type area 156 × 225 mm (GB/T 9704-2012 5.2.2). */
                  body.page-report, body.page-stats { page: gongwen; }
                  .page-stats h1 { font-family: var(--xiaobiaosong); font-size: 22pt; text-align: center; }
                  .page-stats .page-header__lead { font-family: var(--fangsong); font-size: 12pt; }
                  .page-stats h2 { font-family: var(--heiti); font-size: 16pt; font-weight: normal; border: 0; break-after: avoid; }
                  .report { border: 0; padding: 0; margin: 0; max-width: none; font-size: 16pt; line-height: 28.95pt; color: #000; }
                  .report__docnum { font-size: 16pt; }
                  .report__title { font-size: 22pt; line-height: 1.5; margin: 0 0 28.95pt; color: #000; }
                  .report__body h2, .report__body h3, .report__body h4 { break-after: avoid; }
                  .report__sign { break-inside: avoid; }
                  .report .chart { margin: 8pt 0; font-size: 10.5pt; line-height: 1.4; }
                  .report .chart figcaption { font-family: var(--heiti); font-weight: normal; font-size: 12pt; }
                }

                /* Page numbers `— 1 —` in 4号 宋体 below the type area: odd pages at the right, even at the left,
                   one character in from the edge (GB/T 9704-2012 7.5). */
                @page gongwen {
                  size: A4 portrait;
                  margin: 37mm 26mm 35mm 28mm;
                  @bottom-right { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", "STSong", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; margin-right: 14pt; }
                }
                @page gongwen:left {
                  @bottom-right { content: none; }
                  @bottom-left { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", "STSong", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; margin-left: 14pt; }
                }

                """##),
        EmbeddedFile(
            path: "templates/stats.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{#year}}{{.}}年{{/year}}数据统计{{/title}}
                {{! .page-stats: chart and table styles for screen and print in style.css }}
                {{$body_class}}page-stats{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{#year}}{{.}}年{{/year}}数据统计</h1>
                  <p class="page-header__lead">本页数字由站内已发布的品牌案例、骑手档案和实训活动自动统计，随每次构建更新；每张图下附数据表和 CSV 下载。</p>
                </header>
                <nav class="subnav" aria-label="按年份">
                  <ul>
                    {{#years}}
                    <li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{year}}年</a></li>
                    {{/years}}
                  </ul>
                </nav>
                {{^has_data}}
                <p class="empty">暂无数据。</p>
                {{/has_data}}
                {{#has_data}}
                <section aria-labelledby="figures-title">
                  <h2 id="figures-title">主要数字</h2>
                  <dl class="stats">
                    {{#figures}}
                    <div class="stat">
                      <dt class="stat__label">{{label}}</dt>
                      <dd class="stat__value">{{value}}<small>{{unit}}</small></dd>
                    </div>
                    {{/figures}}
                  </dl>
                  {{#party_share}}
                  <p class="stats-note">骑手中党员占比 {{.}}。</p>
                  {{/party_share}}
                  {{#changes.0}}
                  <p class="stats-note">与{{previous_year}}年相比：{{#changes}}{{label}}{{text}}；{{/changes}}</p>
                  {{/changes.0}}
                  {{#summary_csv_url}}
                  <p class="stats-note"><a href="{{.}}" download>下载主要数字（CSV）</a></p>
                  {{/summary_csv_url}}
                </section>
                <section class="charts" aria-labelledby="charts-title">
                  <h2 id="charts-title">统计图表</h2>
                  {{#charts}}
                  {{{html}}}
                  {{/charts}}
                </section>
                {{/has_data}}
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/tag.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}标签：{{tag.name}}{{/title}}
                {{$body_class}}page-tag{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <p class="doc__kicker">标签</p>
                  <h1>{{tag.name}}</h1>
                </header>
                <section aria-labelledby="list-title">
                  <h2 id="list-title" class="list-title">共 {{tag.count}} {{#tag.only_riders}}位{{/tag.only_riders}}{{^tag.only_riders}}篇{{/tag.only_riders}}</h2>
                  <div class="cards">
                    {{#items}}
                    {{> card}}
                    {{/items}}
                  </div>
                  {{> pagination}}
                </section>
                <p class="more"><a href="{{site.base_path}}tags/">全部标签</a></p>
                {{/content}}
                {{/layout}}

                """##),
        EmbeddedFile(
            path: "templates/tags.mustache",
            text: ##"""
                {{<layout}}
                {{$title}}{{page.title}}{{/title}}
                {{$body_class}}page-tags{{/body_class}}
                {{$content}}
                <header class="page-header">
                  <h1>{{page.title}}</h1>
                  <p class="page-header__lead">按主题浏览全部内容，常用标签在前。</p>
                </header>
                <ul class="tag-cloud">
                  {{#tags}}
                  <li><a href="{{url}}" rel="tag">{{name}}<small>{{count}}</small></a></li>
                  {{/tags}}
                </ul>
                {{^tags}}
                <p class="empty">暂无标签。</p>
                {{/tags}}
                {{/content}}
                {{/layout}}

                """##),
    ]
}
