'use strict';
// fs.createReadStream: start/end ranges, highWaterMark, encoding, fd and autoClose, event
// order, destroy while reading, errors, and argument validation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Readable } = require('stream');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('r.txt');
fs.writeFileSync(file, '0123456789abcdefghij');

assert.strictEqual(fs.ReadStream, fs.FileReadStream);
assert.ok(fs.createReadStream(file).destroy() instanceof Readable);

{
  // a range, read in 2-byte blocks; events in Node's order
  const events = [];
  const chunks = [];
  const r = fs.createReadStream(file, { start: 2, end: 6, highWaterMark: 2 });
  assert.strictEqual(r.pending, true);
  assert.strictEqual(r.fd, null);
  assert.strictEqual(r.path, file);
  assert.strictEqual(r.flags, 'r');
  assert.strictEqual(r.mode, 0o666);
  assert.strictEqual(r.pos, 2);
  assert.strictEqual(r.autoClose, true);
  for (const name of ['open', 'ready', 'end', 'close']) r.on(name, () => events.push(name));
  r.on('data', (chunk) => chunks.push(chunk.toString()));
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
    assert.deepStrictEqual(chunks, ['23', '45', '6']);
    assert.strictEqual(r.bytesRead, 5);
    assert.strictEqual(r.pos, 7);
    assert.strictEqual(r.fd, null);
  }));
}

{
  // default highWaterMark, encoding, end only
  const r = fs.createReadStream(file, { end: 3, encoding: 'hex' });
  assert.strictEqual(r.readableHighWaterMark, 64 * 1024);
  let out = '';
  r.on('data', (s) => { out += s; });
  r.on('end', common.mustCall(() => assert.strictEqual(out, '30313233')));
}

{
  // a descriptor given: not closed when autoClose is false
  const fd = fs.openSync(file, 'r');
  const r = fs.createReadStream(null, { fd, autoClose: false, start: 18 });
  r.on('open', common.mustNotCall());
  r.on('close', common.mustNotCall());
  r.on('data', common.mustCall((chunk) => assert.strictEqual(chunk.toString(), 'ij')));
  r.on('end', common.mustCall(() => {
    assert.strictEqual(fs.fstatSync(fd).size, 20);
    fs.closeSync(fd);
  }));
}

{
  // destroyed once open: closes its descriptor
  const r = fs.createReadStream(file);
  r.on('open', common.mustCall((fd) => {
    assert.strictEqual(typeof fd, 'number');
    r.destroy();
  }));
  r.on('data', common.mustNotCall());
  r.on('close', common.mustCall(() => {
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.fd, null);
  }));
}

{
  // close(cb): the callback of finished(), so an unread stream closes prematurely
  const r = fs.createReadStream(file);
  r.close(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE')));
}

{
  // open errors arrive as 'error', then 'close'
  const missing = tmpdir.resolve('missing');
  const r = fs.createReadStream(missing);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, missing);
    assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  }));
  r.on('close', common.mustCall());
  // reading a directory fails at the read
  const d = fs.createReadStream(tmpdir.path).resume();
  d.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EISDIR');
    assert.strictEqual(err.syscall, 'read');
  }));
}

{
  // async iteration and a file: URL
  (async () => {
    let s = '';
    for await (const chunk of fs.createReadStream(tmpdir.fileURL('r.txt'), { start: 10 })) {
      s += chunk;
    }
    assert.strictEqual(s, 'abcdefghij');
  })().then(common.mustCall());
}

{
  // a custom fs
  const calls = [];
  const r = fs.createReadStream('virtual', {
    fs: {
      open(path, flags, mode, cb) { calls.push(['open', path, flags, mode]); cb(null, 42); },
      read(fd, buf, off, len, pos, cb) {
        calls.push(['read', fd, pos]);
        const n = calls.length > 2 ? 0 : buf.write('hey', off);
        cb(null, n, buf);
      },
      close(fd, cb) { calls.push(['close', fd]); cb(); },
    },
  });
  r.resume();
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(calls, [
      ['open', 'virtual', 'r', 0o666], ['read', 42, undefined], ['read', 42, undefined],
      ['close', 42],
    ]);
  }));
}

assert.throws(() => fs.createReadStream(123), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(file, { start: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be >= 0 && <= 9007199254740991. ' +
           'Received -1',
});
assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(file, { end: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(file, { fd: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fd" property must be of type number or an instance of FileHandle. ' +
           "Received type string ('a')",
});
assert.throws(() => fs.createReadStream(file, { fs: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fs.open" property must be of type function. Received undefined',
});
assert.throws(() => fs.createReadStream(file, { encoding: 'bogus' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
