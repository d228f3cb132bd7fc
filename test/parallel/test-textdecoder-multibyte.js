'use strict';
// TextDecoder for the multi-byte legacy encodings (decoded by ICU): labels, U+FFFD for what
// does not decode, fatal, and characters split across streaming calls.
const common = require('../common');
const assert = require('assert');

if (!common.hasIntl) common.skip('missing Intl');

const decode = (label, bytes, options) =>
  new TextDecoder(label, options).decode(new Uint8Array(bytes));

assert.strictEqual(decode('shift_jis', [0x82, 0xa0, 0x41, 0x82, 0xa2]), 'あAい');
assert.strictEqual(decode('euc-jp', [0xa4, 0xa2, 0x8e, 0xb1]), 'あｱ');
assert.strictEqual(decode('iso-2022-jp', [0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x41]),
                   '亜A');
assert.strictEqual(decode('gbk', [0xc4, 0xe3, 0xba, 0xc3]), '你好');
assert.strictEqual(decode('gb18030', [0xc4, 0xe3, 0x81, 0x30, 0x81, 0x30]), '你\u0080');
assert.strictEqual(decode('big5', [0xa4, 0x40, 0xa4, 0x41]), '一乙');
assert.strictEqual(decode('euc-kr', [0xb0, 0xa1]), '가');

// Labels resolve to the standard's names.
assert.strictEqual(new TextDecoder('sjis').encoding, 'shift_jis');
assert.strictEqual(new TextDecoder('x-gbk').encoding, 'gbk');
assert.strictEqual(new TextDecoder('ks_c_5601-1987').encoding, 'euc-kr');
assert.strictEqual(new TextDecoder('cn-big5').encoding, 'big5');

// Bytes that do not decode become U+FFFD, or throw when fatal.
assert.strictEqual(decode('shift_jis', [0x82, 0xa0, 0x82]), 'あ\ufffd');
assert.strictEqual(decode('euc-jp', [0xa4, 0x41]), '\ufffdA');
for (const [label, bytes] of [['shift_jis', [0x82, 0xa0, 0xa0]], ['shift_jis', [0x82]],
                              ['euc-kr', [0xff, 0x41]]]) {
  assert.throws(() => decode(label, bytes, { fatal: true }), {
    name: 'TypeError',
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    message: `The encoded data was not valid for encoding ${label}`,
  });
}

// A fatal decoder is usable again after an error.
const fatal = new TextDecoder('shift_jis', { fatal: true });
assert.throws(() => fatal.decode(new Uint8Array([0x82, 0xa0, 0xa0])),
              { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(fatal.decode(new Uint8Array([0x82, 0xa0])), 'あ');
assert.strictEqual(fatal.fatal, true);

// Streaming: one byte at a time gives the same text; an unfinished character at the end is
// U+FFFD when the stream is flushed.
for (const [label, bytes, text] of [
  ['shift_jis', [0x82, 0xa0, 0x82, 0xa2, 0x41], 'あいA'],
  ['gb18030', [0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3], '\u0080你'],
  ['big5', [0xa4, 0x40, 0xa4, 0x41], '一乙'],
  ['euc-jp', [0xa4, 0xa2, 0x8f, 0xb0, 0xa1], 'あ丂'],
]) {
  const decoder = new TextDecoder(label);
  let out = '';
  for (const byte of bytes) out += decoder.decode(new Uint8Array([byte]), { stream: true });
  out += decoder.decode();
  assert.strictEqual(out, text);
  assert.strictEqual(decoder.decode(new Uint8Array([bytes[0]]), { stream: true }), '');
  assert.strictEqual(decoder.decode(), '\ufffd');
}
