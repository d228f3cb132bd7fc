'use strict';
// FileHandle.createReadStream/createWriteStream: the stream uses the handle and closes it;
// closing the handle closes the stream.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('h.txt');
fs.writeFileSync(file, 'hello handle');

(async () => {
  const fh = await fs.promises.open(file, 'r');
  const r = fh.createReadStream({ start: 6, end: 9 });
  assert.ok(r instanceof fs.ReadStream);
  assert.strictEqual(r.fd, fh.fd);
  let s = '';
  for await (const chunk of r) s += chunk;
  assert.strictEqual(s, 'hand');
  // the stream closed the handle
  assert.strictEqual(fh.fd, -1);

  const out = tmpdir.resolve('out.txt');
  const wh = await fs.promises.open(out, 'w');
  const w = wh.createWriteStream();
  await new Promise((resolve) => w.end('written', resolve));
  await new Promise((resolve) => w.on('close', resolve));
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'written');
  assert.strictEqual(wh.fd, -1);

  // closing the handle closes its stream
  const ch = await fs.promises.open(file, 'r');
  const cr = ch.createReadStream();
  cr.on('close', common.mustCall(() => assert.strictEqual(cr.destroyed, true)));
  await ch.close();

  const h = await fs.promises.open(file, 'r');
  assert.throws(() => fs.createReadStream(null, { fd: h, fs: {} }), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The FileHandle with fs method is not implemented',
  });
  await h.close();
})().then(common.mustCall());
