// Flags: --no-warnings
'use strict';
// Our binary's URL parser and IDNA (src/url.c) against Node 20's (ada): random inputs built
// from pieces that exercise the parser's corners, against bases, each followed by a setter;
// domains through domainToASCII() and domainToUnicode(); hosts through the legacy
// url.parse(); and code points in a few contexts. Node runs the same generator in a child
// process and both sides' results must be the same.
// Run by hand: node test/internal/test-url-differential.js [seed] [count] [full]
// (`full` checks every code point instead of a sample).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');

const REFERENCE = '/usr/bin/node';

const urlPieces = [
  'http:', 'https:', 'file:', 'ws:', 'ftp:', 'sc:', 'blob:', 'HTTP:', 'a', 'x', '/', '//', '\\',
  '?', '#', '@', ':', '.', '..', '%2e', '%', '%41', '%zz', '[', ']', '::1', '1.2.3.4', '0x7f',
  '255', '256', 'C:', 'c|', '|', ' ', '\t', '\n', '\u0000', 'é', 'ß', 'ＡＢ', 'xn--', 'xn--nxa',
  'localhost', '80', '443', '65536', '-', '~', '"', '<', '`', '{', '^', '&', '=', '+', ';',
  '\ud800', '\u00ad', '\u3002', '%00', '%ff', 'user', 'pw', '[::1.2.3.4]', 'example.com',
  '%C3%A9', '\u200c', 'א', '١', "'", 'xn--abc-', '0', '.0', '[::]', '[1:0::]', '%2E%2E',
];
const bases = [undefined, 'http://a/b/c', 'file:///C:/x/y', 'sc://h/p?q#f', 'sc:opaque',
               'https://u:p@h:99/x/', 'file://host/share/', 'non-spec:/a/b', 'sc:/o', 'sc:',
               'blob:https://a/b', 'invalid'];
const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'search', 'hash', 'origin'];
const setters = ['protocol', 'username', 'password', 'host', 'hostname', 'pathname', 'search',
                 'hash', 'href', 'port'];
const domainPieces = ['a', '-', '1', 'é', 'ß', 'ς', '\u200c', '\u200d', 'א', 'ب', '١', '\u0300',
                      '\u094d', 'क', '.', 'xn--', 'A', '\u00ad', '中', '😀', '%', '_', 'xn--a-',
                      '\u3002', 'Ⅻ', '\ufffd', '\u0660', '0x', '[', ':'];

function outcome(fn) {
  try {
    return util.inspect(fn(), { depth: 4, breakLength: Infinity });
  } catch (err) {
    return `${err.name} ${err.code} ${err.message} ${JSON.stringify(err.input)} ${JSON.stringify(err.base)}`;
  }
}

function describe(u) {
  const out = {};
  for (const name of components) out[name] = u[name];
  out.params = [...u.searchParams];
  return out;
}

// Marks of Unicode 14 and 15 that ada takes for letters: ICU replaces one that starts a label
// with U+FFFD and refuses the label (as UTS #46 asks); Node takes it.
const newMarks = [[0x898, 0x89f], [0x8ca, 0x8d2], [0xc3c, 0xc3c], [0xcf3, 0xcf3], [0xece, 0xece],
                  [0x1715, 0x1715], [0x1734, 0x1734], [0x1ac1, 0x1ace], [0x1dfa, 0x1dfa],
                  [0x10efd, 0x10eff], [0x10f82, 0x10f85], [0x11070, 0x11070],
                  [0x11073, 0x11074], [0x110c2, 0x110c2], [0x11241, 0x11241],
                  [0x11f00, 0x11f01], [0x11f03, 0x11f03], [0x11f34, 0x11f3a],
                  [0x11f3e, 0x11f42], [0x13440, 0x13440], [0x13447, 0x13455],
                  [0x1cf00, 0x1cf2d], [0x1cf30, 0x1cf46], [0x1e08f, 0x1e08f],
                  [0x1e2ae, 0x1e2ae], [0x1e4ec, 0x1e4ef]];

// domainToASCII() of a code point in a few places.
function codePointResults(cp) {
  const url = require('url');
  if (cp >= 0xd800 && cp <= 0xdfff) return [];
  const c = String.fromCodePoint(cp);
  const domains = [`a${c}`, `ß${c}a`, `א${c}`, `ب${c}\u200cب`];
  if (!newMarks.some(([from, to]) => cp >= from && cp <= to)) domains.push(`${c}a`, c);
  return domains.map((domain) => url.domainToASCII(domain));
}

function run(seed, count, full) {
  const url = require('url');
  function random(n) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  }
  function build(pieces, max) {
    let out = '';
    for (let n = 1 + random(max); n > 0; n--) out += pieces[random(pieces.length)];
    return out;
  }
  const results = [];
  for (let i = 0; i < count; i++) {
    const input = build(urlPieces, 8);
    const base = bases[random(bases.length)];
    const setter = setters[random(setters.length)];
    const value = build(urlPieces, 6);
    let record = `${JSON.stringify(input)} against ${base}: `;
    record += outcome(() => describe(new URL(input, base)));
    record += ` canParse ${URL.canParse(input, base)}`;
    const parsed = URL.parse(input, base);
    if (parsed !== null) {
      record += ` .${setter} = ${JSON.stringify(value)}: `;
      record += outcome(() => { parsed[setter] = value; });
      // ada loses the query and fragment when a setter makes it insert '/.' (sc:/.//p): we
      // don't.
      if (!parsed.href.startsWith(`${parsed.protocol}/.`)) record += outcome(() => describe(parsed));
    }
    results.push(record);
  }
  for (let i = 0; i < count; i++) {
    const domain = build(domainPieces, 6);
    results.push(`${JSON.stringify(domain)}: ${url.domainToASCII(domain)} ` +
                 `${url.domainToUnicode(domain)} ${outcome(() => url.parse(`http://${domain}/`).host)}`);
  }
  // Code points after, before and between letters, and after an RTL one, a block at a time.
  const step = full ? 1 : 29;
  for (let block = 0; block < 0x110000; block += 0x1000) {
    let hash = 0x811c9dc5;
    for (let cp = block; cp < block + 0x1000; cp += step) {
      for (const ascii of codePointResults(cp)) {
        for (let k = 0; k < ascii.length; k++) hash = Math.imul(hash ^ ascii.charCodeAt(k), 16777619);
        hash = Math.imul(hash ^ 0x2c, 16777619);
      }
    }
    results.push(`block ${block.toString(16)}: ${(hash >>> 0).toString(16)}`);
  }
  return results;
}

const [, , mode, seedArg, countArg, fullArg] = process.argv;
if (mode === 'child') {
  process.stdout.write(JSON.stringify(run(Number(seedArg), Number(countArg), fullArg === 'full')));
  return;
}
if (mode === 'block') {
  const lines = [];
  for (let cp = Number(seedArg); cp < Number(seedArg) + 0x1000; cp++) {
    lines.push(`U+${cp.toString(16)} ${codePointResults(cp).join(' ')}`);
  }
  process.stdout.write(lines.join('\n'));
  return;
}
if (!fs.existsSync(REFERENCE)) common.skip(`no ${REFERENCE} to compare with`);

const seed = Number(process.argv[2]) || 1;
const count = Number(process.argv[3]) || 2000;
const full = process.argv[4] === 'full';
const { spawnSync } = require('child_process');
const child = spawnSync(REFERENCE, [__filename, 'child', seed, count, full ? 'full' : ''],
                        { encoding: 'utf8', maxBuffer: 1 << 28 });
assert.strictEqual(child.status, 0, child.stderr);
const expected = JSON.parse(child.stdout);
const actual = run(seed, count, full);
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < actual.length; i++) {
  if (actual[i] !== expected[i] && actual[i].startsWith('block ')) {
    // Find the code point.
    const block = String(parseInt(actual[i].slice(6), 16));
    const args = [__filename, 'block', block];
    const theirs = spawnSync(REFERENCE, args, { encoding: 'utf8' }).stdout.split('\n');
    const ours = spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout.split('\n');
    for (let k = 0; k < ours.length; k++) assert.strictEqual(ours[k], theirs[k]);
  }
  assert.strictEqual(actual[i], expected[i]);
}
