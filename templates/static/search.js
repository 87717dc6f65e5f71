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
