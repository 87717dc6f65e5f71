// Runs the tokenizer cases of Tests/SearchIndexTests/token-cases.json through
// templates/static/search.js (the same cases the Swift tests run through SearchText).
// Usage: node Scripts/check-search-tokens.js   (exit 1 and one line per failure)
'use strict';
const path = require('path');
const root = path.join(__dirname, '..');
const search = require(path.join(root, 'templates/static/search.js'));
const cases = require(path.join(root, 'Tests/SearchIndexTests/token-cases.json'));
let failures = 0;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
for (const c of cases) {
  const got = { fold: search.fold(c.input), index: search.indexTerms(c.input), query: search.queryTerms(c.input) };
  for (const key of ['fold', 'index', 'query']) {
    if (!same(got[key], c[key])) {
      failures++;
      console.log(`FAIL ${c.name} ${key}: got ${JSON.stringify(got[key])}, expected ${JSON.stringify(c[key])}`);
    }
  }
}
// Shards: the Swift tests hold the same values.
const shardCases = [['骑手', 8, 5], ['田', 64, 47], ['a', 1, 0], ['𠀀人', 16, 5]];
for (const [term, count, expected] of shardCases) {
  const got = search.shardOf(term, count);
  if (got !== expected) { failures++; console.log(`FAIL shard of ${term} among ${count}: got ${got}, expected ${expected}`); }
}
console.log(`${cases.length} token cases, ${failures} failures`);
process.exit(failures ? 1 : 0);
