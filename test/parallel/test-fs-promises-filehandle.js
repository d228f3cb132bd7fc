'use strict';
// fs.promises.open and FileHandle: its methods, the { bytesRead/bytesWritten, buffer } results,
// close (idempotent, 'close' event, fd -1), and operations on a closed handle.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('fh');
fs.writeFileSync(file, 'hello world');

(async () => {
  const fh = await fs.promises.open(file, 'r+');
  assert.strictEqual(typeof fh.on, 'function');
  assert.strictEqual(typeof fh.fd, 'number');

  let r = await fh.read(Buffer.alloc(5), 0, 5, 0);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer.toString(), 'hello');
  r = await fh.read({ buffer: Buffer.alloc(5), position: 6 });
  assert.strictEqual(r.buffer.toString(), 'world');
  r = await fh.read(Buffer.alloc(3), { position: 2 });
  assert.strictEqual(r.buffer.toString(), 'llo');
  r = await fh.read();
  assert.strictEqual(r.buffer.length, 16384);
  assert.strictEqual(r.bytesRead, 11);

  let w = await fh.write('HE', 0);
  assert.deepStrictEqual({ ...w }, { bytesWritten: 2, buffer: 'HE' });
  w = await fh.write(Buffer.from('!'), 0, 1, 11);
  assert.strictEqual(w.bytesWritten, 1);
  w = await fh.writev([Buffer.from('W')], 6);
  assert.strictEqual(w.bytesWritten, 1);
  const into = [Buffer.alloc(6), Buffer.alloc(6)];
  r = await fh.readv(into, 0);
  assert.strictEqual(r.bytesRead, 12);
  assert.strictEqual(Buffer.concat(into).toString(), 'HEllo World!');

  assert.strictEqual((await fh.stat()).size, 12);
  assert.strictEqual(typeof (await fh.stat({ bigint: true })).size, 'bigint');
  await fh.truncate(5);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  await fh.chown(process.getuid(), process.getgid());
  await fh.utimes(1, 2);
  assert.strictEqual(fs.statSync(file).mtimeMs, 2000);
  // writeFile and appendFile write at the handle's position (11, after the read above).
  await fh.writeFile('new');
  await fh.appendFile('+');
  assert.strictEqual(await fs.promises.readFile(file, 'utf8'), 'HEllo\0\0\0\0\0\0new+');

  const closed = common.mustCall();
  fh.on('close', closed);
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await fh.close();
  await assert.rejects(fh.read(), {
    code: 'EBADF', syscall: 'read', message: 'file closed',
  });
  await assert.rejects(fh.stat(), { code: 'EBADF', syscall: 'fstat' });

  await assert.rejects(fs.promises.open(tmpdir.resolve('missing')), {
    code: 'ENOENT', syscall: 'open', path: tmpdir.resolve('missing'),
  });
  await assert.rejects(fs.promises.open(file, 'r', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });

  // close() while an operation runs: the fd closes when it ends.
  const busy = await fs.promises.open(file);
  const reading = busy.read(Buffer.alloc(3), 0, 3, 0);
  const closing = busy.close();
  assert.strictEqual((await reading).bytesRead, 3);
  await closing;
  assert.strictEqual(busy.fd, -1);
})().then(common.mustCall());
