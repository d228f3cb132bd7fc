'use strict';
// TextDecoder: decoding UTF-8 from every kind of buffer source, the BOM, replacement of
// invalid sequences, constructor options, labels, and argument and brand checks.
require('../common');
const assert = require('assert');

const decoder = new TextDecoder();
assert.strictEqual(decoder.encoding, 'utf-8');
assert.strictEqual(decoder.fatal, false);
assert.strictEqual(decoder.ignoreBOM, false);

const hello = [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f];
const sources = [
  Uint8Array.from(hello),
  Uint8Array.from(hello).buffer,
  Buffer.from(hello),
  new DataView(Uint8Array.from(hello).buffer),
  new Uint8Array([0, ...hello, 0]).subarray(1, 7),
];
{
  const shared = new SharedArrayBuffer(hello.length);
  new Uint8Array(shared).set(hello);
  sources.push(shared, new Uint8Array(shared));
}
for (const source of sources) assert.strictEqual(decoder.decode(source), 'héllo');
assert.strictEqual(decoder.decode(new Uint16Array([0x6968])), 'hi');
assert.strictEqual(decoder.decode(), '');
assert.strictEqual(decoder.decode(undefined), '');
assert.strictEqual(decoder.decode(new Uint8Array(0)), '');

// The BOM goes unless ignoreBOM; only at the start.
const bom = [0xef, 0xbb, 0xbf];
assert.strictEqual(decoder.decode(Uint8Array.from([...bom, 0x41])), 'A');
assert.strictEqual(decoder.decode(Uint8Array.from([...bom, ...bom, 0x41])), '\ufeffA');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true })
  .decode(Uint8Array.from([...bom, 0x41])), '\ufeffA');

// Invalid input becomes U+FFFD, one per maximal invalid subpart.
for (const [input, expected] of [
  [[0xff], '\ufffd'],
  [[0xc0, 0x80], '\ufffd\ufffd'],
  [[0xe2, 0x82], '\ufffd'],
  [[0xe2, 0x82, 0x41], '\ufffdA'],
  [[0xf0, 0x9f, 0x98], '\ufffd'],
  [[0xed, 0xa0, 0x80], '\ufffd\ufffd\ufffd'],
  [[0xf4, 0x90, 0x80, 0x80], '\ufffd\ufffd\ufffd\ufffd'],
  [[0x80, 0x41], '\ufffdA'],
  [[0xf0, 0x9f, 0x98, 0x80], '😀'],
]) {
  assert.strictEqual(decoder.decode(Uint8Array.from(input)), expected, `${input}`);
}

// Options.
{
  const d = new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'yes' });
  assert.strictEqual(d.fatal, true);
  assert.strictEqual(d.ignoreBOM, true);
  assert.strictEqual(new TextDecoder('utf8', null).fatal, false);
  assert.strictEqual(new TextDecoder('utf8', () => {}).fatal, false);
  assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');
  const read = [];
  // eslint-disable-next-line no-new
  new TextDecoder('utf8', {
    get fatal() { read.push('fatal'); return false; },
    get ignoreBOM() { read.push('ignoreBOM'); return false; },
  });
  assert.deepStrictEqual(read, ['fatal', 'ignoreBOM', 'ignoreBOM', 'fatal']);
}
for (const options of [5, 'str', true, Symbol('s')]) {
  assert.throws(() => new TextDecoder('utf-8', options), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "options" argument must be of type object\. Received /,
  });
}

// Labels: trimmed, any case.
for (const label of [' UTF-8 ', 'utf8', 'unicode-1-1-utf-8', '\tUtf8\n', 'unicode20utf8']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-8');
}
assert.strictEqual(new TextDecoder({ toString() { return 'latin1'; } }).encoding, 'windows-1252');
for (const [label, name] of [['foo', 'foo'], ['', ''], ['\vutf8', '\vutf8'], [null, 'null'],
                             ['x-user-defined', 'x-user-defined'],
                             ['iso-2022-kr', 'replacement'], ['replacement', 'replacement']]) {
  assert.throws(() => new TextDecoder(label), {
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    name: 'RangeError',
    message: `The "${name}" encoding is not supported`,
  });
}
assert.throws(() => new TextDecoder(Symbol('s')), TypeError);
assert.throws(() => TextDecoder(), TypeError);

// Input checks: the utf-8 fast path reports its argument as "list".
for (const input of ['abc', 5, null, {}, []]) {
  assert.throws(() => decoder.decode(input), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
      'ArrayBufferView.',
  });
}
// The options of decode() are not checked until streaming is involved.
assert.strictEqual(decoder.decode(Uint8Array.of(0x41), 5), 'A');
assert.strictEqual(decoder.decode(Uint8Array.of(0x41), null), 'A');

const invalidThis = {
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: 'Value of "this" must be of type TextDecoder',
};
const proto = TextDecoder.prototype;
assert.throws(() => proto.decode.call({}, new Uint8Array(1)), invalidThis);
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(proto, name).get.call({}), invalidThis);
  assert.strictEqual(Object.getOwnPropertyDescriptor(proto, name).enumerable, true);
}
assert.deepStrictEqual(Object.getOwnPropertyNames(proto),
                       ['constructor', 'decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'decode').enumerable, true);
assert.strictEqual(Object.prototype.toString.call(decoder), '[object TextDecoder]');
assert.strictEqual(TextDecoder.length, 0);
assert.strictEqual(proto.decode.length, 0);
assert.deepStrictEqual(Object.keys(decoder), []);
