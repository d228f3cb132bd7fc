// Flags: --expose-internals --no-warnings
'use strict';
// Differential fuzz of internal/modules/esm/file_url against Node's URL: resolving specifiers
// against file: URLs, file URLs to paths and back.
// Run: node --expose-internals test/internal/test-esm-file-url.js [seed] [count]
const assert = require('assert');
const url = require('url');
const ours = require('./cjs-loader-env').createLoader().require('internal/modules/esm/file_url');

const pieces = ['a', 'b.mjs', '.', '..', '/', '\\', '//', '?', '#', '%2e', '%2E', '%2f', '%41',
                ' ', '\t', '\n', 'é', '😀', '\ud800', '"', '<', '`', '{', '|', '^', '[', ']',
                "'", '~', 'file:', 'FILE:', 'localhost', 'node:', 'data:', 'x:', '%', '.%2e'];
const bases = ['file:///base/dir/f.mjs', 'file:///', 'file:///base/dir/', 'file:///a?q#h'];
let seed = +process.argv[2] || 1;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
function str() {
  let s = '';
  const n = rnd(7);
  for (let i = 0; i < n; i++) s += pieces[rnd(pieces.length)];
  return s;
}
function nodeResolve(input, base) {
  try {
    return new URL(input, base).href;
  } catch {
    return null;
  }
}
function attempt(fn) {
  try {
    return fn();
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}

let bad = 0;
function check(what, a, b) {
  if (a !== b && bad++ < 30) console.log(what, 'ours', a, 'node', b);
}

const N = +process.argv[3] || 20000;
for (let k = 0; k < N; k++) {
  const input = (rnd(3) === 0 ? ['./', '../', '/'][rnd(3)] : '') + str();
  const base = bases[rnd(bases.length)];
  const expected = nodeResolve(input, base);
  // Left out here: special schemes other than file: (kept as written), Windows drive
  // letters, hosts other than localhost, and non-file URLs with hierarchical paths.
  if (/^(https?|wss?|ftp):/i.test(input.trim()) || /[a-z][:|]/i.test(input) ||
      /^file:\/\/[^/]/.test(expected) || /^[a-z]+:\//i.test(expected)) {
    continue;
  }
  check(`resolve ${JSON.stringify(input)} ${base}`, ours.resolveURL(input, base), expected);
  if (expected !== null && expected.startsWith('file:')) {
    check(`fileURLToPath ${expected}`, attempt(() => ours.fileURLToPath(expected)),
          attempt(() => url.fileURLToPath(expected)));
  }
  const p = `/${str()}`;
  if (!p.includes('\0')) {
    check(`pathToFileURL ${JSON.stringify(p)}`, ours.pathToFileURL(p), url.pathToFileURL(p).href);
  }
}
check('non-file', attempt(() => ours.fileURLToPath('http://x/a')),
      attempt(() => url.fileURLToPath('http://x/a')));
check('host', attempt(() => ours.fileURLToPath('file://host/a')),
      attempt(() => url.fileURLToPath('file://host/a')));
check('relative path', ours.pathToFileURL('x/y/'), url.pathToFileURL('x/y/').href);
check('scheme', ours.schemeOf('Node:fs'), 'node');
check('no scheme', ours.schemeOf('./a:b'), undefined);
console.log('mismatches', bad);
assert.strictEqual(bad, 0);
