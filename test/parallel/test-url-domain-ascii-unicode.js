'use strict';
// url.domainToASCII() and url.domainToUnicode(): the host parser of a special URL with UTS
// #46 as Node 20 applies it (Unicode 15.0 mapping, its bidi and joiner checks), '' on failure.
require('../common');
const assert = require('assert');
const url = require('url');

const cases = [
  // [input, ASCII, Unicode]
  ['español.com', 'xn--espaol-zwa.com', 'español.com'],
  ['xn--espaol-zwa.COM', 'xn--espaol-zwa.com', 'español.com'],
  ['faß.de', 'xn--fa-hia.de', 'faß.de'],
  ['ＡＢＣ.com', 'abc.com', 'abc.com'],
  ['a\u3002b', 'a.b', 'a.b'],
  ['Ⅻ.com', 'xii.com', 'xii.com'],
  ['a\u00ad.com', 'a.com', 'a.com'],
  ['xn--ls8h.la', 'xn--ls8h.la', '💩.la'],
  ['xn--abc-.com', 'xn--abc-.com', 'abc.com'],
  ['EXAMPLE.com.', 'example.com.', 'example.com.'],
  ['a/b', 'a', 'a'],
  ['a?b', 'a', 'a'],
  ['%41.com', 'a.com', 'a.com'],
  ['0x7f.1', '127.0.0.1', '127.0.0.1'],
  ['[::1]', '[::1]', '[::1]'],
  ['0x', '0.0.0.0', '0.0.0.0'],
  ['a:b', '', ''],
  ['a b', '', ''],
  ['xn--a.com', '', ''],
  ['xn--', '', ''],
  ['a.1', '', ''],
  ['1.2.3.4.5', '', ''],
  ['', '', ''],
  ['\u2488.com', '', ''],
  ['\ufffd.com', '', ''],
  // Marks may not start a label.
  ['\u0300a.com', '', ''],
  ['a\u0300.com', 'xn--0ca.com', 'à.com'],
  // Joiners: a ZWNJ after a virama or between joining letters; a ZWJ after a virama.
  ['a\u200cb.com', '', ''],
  ['क\u094d\u200cष.com', 'xn--11b2ezcs70k.com', 'क\u094d\u200cष.com'],
  ['ب\u200cب.com', 'xn--ngba799q.com', 'ب\u200cب.com'],
  ['بa\u200cب', 'xn--a-0mcb526x', 'بa\u200cب'],
  ['a\u200d', '', ''],
  ['a\u094d\u200db', 'xn--ab-fsf014u', 'a\u094d\u200db'],
  // Bidi, label by label, as Node checks it.
  ['aא.com', 'xn--a-0hc.com', 'aא.com'],
  ['אa.com', '', ''],
  ['א1.com', 'xn--1-zhc.com', 'א1.com'],
  ['1א.com', 'xn--1-0hc.com', '1א.com'],
  ['א.1com', 'xn--4db.1com', 'א.1com'],
  ['١.com', 'xn--9hb.com', '١.com'],
  ['א١1', '', ''],
  ['aאa', '', ''],
  ['a\u05d9\u05b4', 'xn--a-fgc4i', 'a\u05d9\u05b4'],
  // Characters Unicode 15.0 does not have yet.
  ['a\u{2ebf0}', '', ''],
  ['a\u0890', '', ''],
];
for (const [input, ascii, unicode] of cases) {
  assert.strictEqual(url.domainToASCII(input), ascii, `domainToASCII(${JSON.stringify(input)})`);
  assert.strictEqual(url.domainToUnicode(input), unicode, `domainToUnicode(${JSON.stringify(input)})`);
}
assert.strictEqual(url.domainToASCII(5), '0.0.0.5');
assert.throws(() => url.domainToASCII(), {
  code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified',
});
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
