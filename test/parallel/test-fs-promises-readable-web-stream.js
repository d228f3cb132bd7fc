'use strict';
// FileHandle.readableWebStream: ArrayBuffer chunks by default, BYOB reads with type 'bytes';
// one stream per handle; a closed handle has none.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('web.txt');
fs.writeFileSync(file, 'a'.repeat(100000));

(async () => {
  const fh = await fs.promises.open(file);
  const stream = fh.readableWebStream();
  assert.strictEqual(stream.constructor.name, 'ReadableStream');
  assert.throws(() => fh.readableWebStream(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The FileHandle is locked',
  });
  let total = 0;
  for await (const chunk of stream) {
    assert.ok(chunk instanceof ArrayBuffer);
    total += chunk.byteLength;
  }
  assert.strictEqual(total, 100000);
  assert.ok(fh.fd > 0);
  await fh.close();
  assert.throws(() => fh.readableWebStream(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The FileHandle is closed',
  });

  const fh2 = await fs.promises.open(file);
  const reader = fh2.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  assert.strictEqual(Buffer.from(value).toString(), 'aaaaaaaaaa');
  await fh2.close();
  assert.strictEqual((await reader.read(new Uint8Array(10))).done, true);

  const fh3 = await fs.promises.open(file);
  assert.throws(() => fh3.readableWebStream({ type: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  await fh3.close();
})().then(common.mustCall());
