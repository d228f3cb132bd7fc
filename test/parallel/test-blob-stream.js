'use strict';
// Blob.prototype.stream(): a byte ReadableStream of the Blob's bytes, readable with a BYOB
// reader, which does not change the Blob.
const common = require('../common');
const assert = require('assert');

(async () => {
  const blob = new Blob(['hello']);
  const stream = blob.stream();
  assert.ok(stream instanceof ReadableStream);
  const reader = stream.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint8Array(2));
  assert.deepStrictEqual([...first.value], [0x68, 0x65]);
  const rest = await reader.read(new Uint8Array(10));
  assert.strictEqual(Buffer.from(rest.value).toString(), 'llo');
  assert.strictEqual((await reader.read(new Uint8Array(10))).done, true);
  assert.strictEqual(await blob.text(), 'hello');

  const chunks = [];
  for await (const chunk of new Blob(['a', 'b']).slice(1).stream()) chunks.push(...chunk);
  assert.deepStrictEqual(chunks, [0x62]);

  const empty = new Blob([]).stream().getReader({ mode: 'byob' });
  const end = await empty.read(new Uint8Array(3));
  assert.strictEqual(end.done, true);
  assert.strictEqual(end.value.byteLength, 0);

  assert.throws(() => Blob.prototype.stream.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
