'use strict';
// fs.createWriteStream: flags and start, writes and writev, bytesWritten, close(cb), the
// 'open'/'ready'/'finish'/'close' order, errors, and argument validation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Writable } = require('stream');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
assert.strictEqual(fs.WriteStream, fs.FileWriteStream);

{
  const file = tmpdir.resolve('w1');
  const events = [];
  const w = fs.createWriteStream(file);
  assert.ok(w instanceof Writable);
  assert.strictEqual(w.pending, true);
  assert.strictEqual(w.flags, 'w');
  assert.strictEqual(w.writableHighWaterMark, 16384);
  for (const name of ['open', 'ready', 'finish', 'close']) w.on(name, () => events.push(name));
  assert.strictEqual(w.write('abc'), true);
  w.write(Buffer.from('def'));
  w.cork();
  w.write('g');
  w.write('h');
  w.uncork();
  w.end('ij', common.mustCall(() => {
    assert.strictEqual(w.bytesWritten, 10);
  }));
  w.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, ['open', 'ready', 'finish', 'close']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefghij');

    // r+ at a position
    const w2 = fs.createWriteStream(file, { flags: 'r+', start: 3, encoding: 'hex' });
    assert.strictEqual(w2.pos, 3);
    w2.end('5859', common.mustCall(() => {
      assert.strictEqual(w2.pos, 5);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcXYfghij');
    }));
  }));
}

{
  // close(cb) ends the stream; cb once closed, and at once when already closed
  const file = tmpdir.resolve('w2');
  const w = fs.createWriteStream(file);
  w.write('x');
  w.close(common.mustCall(() => {
    assert.strictEqual(w.closed, true);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'x');
    w.close(common.mustCall());
  }));
}

{
  // a descriptor given, flush
  const file = tmpdir.resolve('w3');
  const fd = fs.openSync(file, 'w');
  const w = fs.createWriteStream(null, { fd, flush: true });
  w.on('open', common.mustNotCall());
  w.end('fd', common.mustCall());
  w.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'fd');
    assert.strictEqual(w.fd, null);
  }));
}

{
  // errors: opening, writing into a directory
  const w = fs.createWriteStream(tmpdir.resolve('no', 'such'));
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }));
  w.on('close', common.mustCall());
  const d = fs.createWriteStream(tmpdir.path);
  d.write('x', common.mustCall((err) => assert.strictEqual(err.code, 'EISDIR')));
  d.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'EISDIR')));
}

{
  // a custom fs with only writev
  const written = [];
  const w = fs.createWriteStream('virtual', {
    fs: {
      open(path, flags, mode, cb) { cb(null, 7); },
      writev(fd, chunks, pos, cb) {
        written.push(Buffer.concat(chunks).toString());
        cb(null, chunks.reduce((n, c) => n + c.length, 0));
      },
      close(fd, cb) { cb(); },
    },
  });
  w.write('a');
  w.end('b');
  w.on('close', common.mustCall(() => {
    assert.strictEqual(written.join(''), 'ab');
    assert.strictEqual(w.bytesWritten, 2);
  }));
}

assert.throws(() => fs.createWriteStream(tmpdir.resolve('x'), { start: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => fs.createWriteStream('x', { fs: { open() {}, close() {} } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fs.write" property must be of type function. Received undefined',
});
assert.throws(() => fs.createWriteStream(1), { code: 'ERR_INVALID_ARG_TYPE' });
