'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy, and TextEncoderStream and
// TextDecoderStream (including a surrogate pair split between chunks).
const common = require('../common');
const assert = require('assert');

{
  const count = new CountQueuingStrategy({ highWaterMark: 3 });
  assert.strictEqual(count.highWaterMark, 3);
  assert.strictEqual(count.size(), 1);
  assert.strictEqual(count.size.name, 'size');
  assert.strictEqual(count.size, new CountQueuingStrategy({ highWaterMark: 1 }).size);
  const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
  assert.strictEqual(bytes.size(new Uint8Array(4)), 4);
  assert.strictEqual(bytes.size({}), undefined);
  assert.ok(Number.isNaN(new CountQueuingStrategy({ highWaterMark: 'a' }).highWaterMark));
  assert.throws(() => new CountQueuingStrategy(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "init" argument must be of type object. Received undefined',
  });
  assert.throws(() => new ByteLengthQueuingStrategy({}), {
    code: 'ERR_MISSING_OPTION',
    message: 'init.highWaterMark is required',
  });
  const getter = Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype,
                                                 'highWaterMark').get;
  assert.throws(() => getter.call({}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type CountQueuingStrategy',
  });
}

(async () => {
  const encoder = new TextEncoderStream();
  const decoder = new TextDecoderStream();
  assert.strictEqual(encoder.encoding, 'utf-8');
  assert.strictEqual(decoder.encoding, 'utf-8');
  assert.strictEqual(decoder.fatal, false);
  assert.strictEqual(decoder.ignoreBOM, false);
  const bytes = [];
  const texts = [];
  const [a, b] = ReadableStream.from(['h\u00e9', '\ud83d', '\ude00!', 1]).pipeThrough(encoder).tee();
  const collectBytes = a.pipeTo(new WritableStream({ write(c) { bytes.push(...c); } }));
  const collectText = b.pipeThrough(decoder)
    .pipeTo(new WritableStream({ write(c) { texts.push(c); } }));
  await Promise.all([collectBytes, collectText]);
  assert.deepStrictEqual(Buffer.from(bytes).toString(), 'h\u00e9\ud83d\ude00!1');
  assert.strictEqual(texts.join(''), 'h\u00e9\ud83d\ude00!1');

  // A lone high surrogate at the end becomes U+FFFD.
  const lone = [];
  await ReadableStream.from(['a\ud83d']).pipeThrough(new TextEncoderStream())
    .pipeTo(new WritableStream({ write(c) { lone.push(...c); } }));
  assert.deepStrictEqual(lone, [0x61, 0xef, 0xbf, 0xbd]);

  // Bytes of one character split between chunks are decoded together.
  const decoded = [];
  await ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])])
    .pipeThrough(new TextDecoderStream())
    .pipeTo(new WritableStream({ write(c) { decoded.push(c); } }));
  assert.deepStrictEqual(decoded, ['\u20ac']);

  // fatal: invalid data errors the stream.
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  const writer = fatal.writable.getWriter();
  await Promise.all([
    assert.rejects(writer.write(new Uint8Array([0xff])),
                   { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' }),
    assert.rejects(fatal.readable.getReader().read(),
                   { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' }),
  ]);
  assert.throws(() => new TextDecoderStream('nope'), {
    name: 'RangeError',
    code: 'ERR_ENCODING_NOT_SUPPORTED',
  });
})().then(common.mustCall());
