// Flags: --expose-internals --no-warnings
// Timeout: 240
'use strict';
// Differential check of lib/internal/url.js, lib/url.js, lib/querystring.js and
// lib/punycode.js against Node 20: random inputs built from pieces that exercise the parsers'
// corners must give the same results and errors. Here our lib/ runs on Node's own bindings
// (its 'url' binding has the interface of ours, src/url.c); test-url-differential.js checks
// our binary, parser included, against Node.
// Run: node --expose-internals test/internal/test-url-harness.js [seed]
require('../common');
const assert = require('assert');
const util = require('util');
const h = require('./harness');

const options = { bindings: { options: { getOptionValue: () => false } } };
const ours = {
  url: h.load('url', options),
  querystring: h.load('querystring'),
  punycode: h.load('punycode', options),
};
const nodeURL = require('url');
const nodeQuerystring = require('querystring');
const nodePunycode = require('punycode');

let seed = Number(process.argv[2]) || 1;
function random(n) {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed % n;
}
function build(pieces, max) {
  let out = '';
  for (let n = 1 + random(max); n > 0; n--) out += pieces[random(pieces.length)];
  return out;
}
function outcome(fn) {
  try {
    return util.inspect(fn(), { depth: 4 }).replace(/^Url /, '');
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

// -- WHATWG URL: parsing against bases, then a setter --
const urlPieces = [
  'http:', 'https:', 'file:', 'ws:', 'ftp:', 'sc:', 'blob:', 'HTTP:', 'a', 'x', '/', '//', '\\',
  '?', '#', '@', ':', '.', '..', '%2e', '%', '%41', '%zz', '[', ']', '::1', '1.2.3.4', '0x7f',
  '255', '256', 'C:', 'c|', '|', ' ', '\t', '\n', '\u0000', 'é', 'ß', 'ＡＢ', 'xn--', 'xn--nxa',
  'localhost', '80', '443', '65536', '-', '~', '"', '<', '`', '{', '^', '&', '=', '+', ';',
  '\ud800', '\u00ad', '\u3002', '%00', '%ff', 'user', 'pw', '[::1.2.3.4]', 'example.com',
];
const bases = [undefined, 'http://a/b/c', 'file:///C:/x/y', 'sc://h/p?q#f', 'sc:opaque',
               'https://u:p@h:99/x/', 'file://host/share/', 'non-spec:/a/b', 'sc:/o', 'sc:'];
const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'search', 'hash', 'origin'];
const setters = ['protocol', 'username', 'password', 'hostname', 'pathname', 'search', 'hash',
                 'href', 'port'];
for (let i = 0; i < 20000; i++) {
  const input = build(urlPieces, 8);
  const base = bases[random(bases.length)];
  const expected = URL.parse(input, base);
  const actual = ours.url.URL.parse(input, base);
  const where = `${JSON.stringify(input)} against ${base}`;
  assert.strictEqual(actual === null, expected === null, where);
  if (expected === null) continue;
  for (const name of components) assert.strictEqual(actual[name], expected[name], `${where}: ${name}`);
  const setter = setters[random(setters.length)];
  const value = build(urlPieces, 6);
  assert.strictEqual(outcome(() => { actual[setter] = value; }),
                     outcome(() => { expected[setter] = value; }), `${where} .${setter}`);
  // ada loses the query and fragment when a setter makes it insert '/.' (sc:/.//p): we don't.
  if (expected.href.startsWith(`${expected.protocol}/.`)) continue;
  for (const name of components) {
    assert.strictEqual(actual[name], expected[name], `${where} .${setter} = ${JSON.stringify(value)}: ${name}`);
  }
  assert.deepStrictEqual([...actual.searchParams], [...expected.searchParams], where);
}

// -- domainToASCII() and domainToUnicode() --
for (let i = 0; i < 20000; i++) {
  const domain = build(['a', '-', '1', 'é', 'ß', 'ς', '\u200c', '\u200d', 'א', 'ب', '١', '\u0300',
                        '\u094d', 'क', '.', 'xn--', 'A', '\u00ad', '中', '😀'], 6);
  assert.strictEqual(ours.url.domainToASCII(domain), nodeURL.domainToASCII(domain), domain);
  assert.strictEqual(ours.url.domainToUnicode(domain), nodeURL.domainToUnicode(domain), domain);
  const ace = `xn--${nodePunycode.encode(domain)}`;
  assert.strictEqual(ours.url.domainToUnicode(ace), nodeURL.domainToUnicode(ace), ace);
}

// -- legacy url --
const legacyPieces = [
  'http:', 'https:', 'file:', 'mailto:', 'javascript:', 'HTTP:', 'xmpp:', 'a', 'b', '/', '//',
  '\\', '?', '#', '@', ':', '.', '..', '%', '%41', '%zz', '[', ']', '::1', ':8080', ' ', '\t',
  '\n', '\u00a0', 'é', 'xn--', 'localhost', '"', "'", '<', '`', '{', '^', '|', ';', '&', '=',
  '+', '\u0000', '\u001c', 'user:pw@', 'x.com', '-1', 'ＡＢ', '\u3002', '~',
];
for (let i = 0; i < 20000; i++) {
  const a = build(legacyPieces, 8);
  const b = build(legacyPieces, 8);
  const parseQueryString = random(2) === 1;
  const slashesDenoteHost = random(2) === 1;
  assert.strictEqual(outcome(() => ours.url.parse(a, parseQueryString, slashesDenoteHost)),
                     outcome(() => nodeURL.parse(a, parseQueryString, slashesDenoteHost)),
                     `parse ${JSON.stringify(a)}`);
  assert.strictEqual(outcome(() => ours.url.resolve(a, b)), outcome(() => nodeURL.resolve(a, b)),
                     `resolve ${JSON.stringify([a, b])}`);
  assert.strictEqual(outcome(() => ours.url.resolveObject(a, b)),
                     outcome(() => nodeURL.resolveObject(a, b)), `resolveObject ${JSON.stringify([a, b])}`);
  const object = {
    protocol: [null, 'http', 'mailto:', 'file'][random(4)],
    slashes: [undefined, true][random(2)],
    auth: [null, b][random(2)],
    host: [undefined, a][random(2)],
    hostname: [undefined, b, '::1'][random(3)],
    port: [undefined, '8080'][random(2)],
    pathname: [undefined, a][random(2)],
    search: [undefined, b][random(2)],
    query: [undefined, { a, b: [1, 2] }, 'x'][random(3)],
    hash: [undefined, b][random(2)],
  };
  assert.strictEqual(outcome(() => ours.url.format(object)), outcome(() => nodeURL.format(object)),
                     `format ${util.inspect(object)}`);
}

// -- querystring --
const qsPieces = ['a', 'b', '=', '&', '==', '&&', '+', '%', '%4', '%41', '%zz', '%ff', '%C3%A9', 'é',
                  '\ud800', ';', ':', ' ', '__proto__', 'x', '%%', 'ab'];
const separators = [undefined, '&', ';', '&&', 'ab', '', null];
for (let i = 0; i < 20000; i++) {
  const str = build(qsPieces, 10);
  const sep = separators[random(separators.length)];
  const eq = [undefined, '=', ':', '==', 'ab'][random(5)];
  const opts = [undefined, { maxKeys: 2 }, { maxKeys: 0 },
                { decodeURIComponent: (s) => s.toUpperCase() }][random(4)];
  assert.strictEqual(outcome(() => ours.querystring.parse(str, sep, eq, opts)),
                     outcome(() => nodeQuerystring.parse(str, sep, eq, opts)), JSON.stringify(str));
  assert.strictEqual(outcome(() => ours.querystring.escape(str)),
                     outcome(() => nodeQuerystring.escape(str)), JSON.stringify(str));
  assert.strictEqual(ours.querystring.unescape(str), nodeQuerystring.unescape(str));
  const object = { [str]: [str, 1, NaN][random(3)], k: [true, 10n, 1e22, null, {}][random(5)] };
  assert.strictEqual(outcome(() => ours.querystring.stringify(object, sep, eq)),
                     outcome(() => nodeQuerystring.stringify(object, sep, eq)));
}

// -- punycode --
const pcPieces = ['a', 'z', '0', '9', '-', '!', 'A', 'é', 'ß', '\ud800', '😀', '\u3002', '.', '@',
                  'xn--', '\x7f', '中'];
for (let i = 0; i < 20000; i++) {
  const str = build(pcPieces, 10);
  for (const fn of ['decode', 'encode', 'toASCII', 'toUnicode']) {
    assert.strictEqual(outcome(() => ours.punycode[fn](str)), outcome(() => nodePunycode[fn](str)),
                       `${fn}(${JSON.stringify(str)})`);
  }
}
