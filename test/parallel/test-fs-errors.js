'use strict';
// The shape of fs's system errors: message, errno, code, syscall, path and dest, in the
// synchronous (stack from the call), callback and promise (no stack frames) forms.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = tmpdir.resolve('missing');
const other = tmpdir.resolve('other');

let err;
try {
  fs.openSync(missing);
} catch (e) {
  err = e;
}
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'Error');
assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'path', 'syscall']);
assert.strictEqual(err.errno, -2);
assert.strictEqual(err.code, 'ENOENT');
assert.strictEqual(err.syscall, 'open');
assert.strictEqual(err.path, missing);
const frames = err.stack.split('\n');
assert.strictEqual(frames[0], `Error: ${err.message}`);
assert.match(frames[1], /openSync/);
assert.match(err.stack, /test-fs-errors\.js/);

try {
  fs.renameSync(missing, other);
} catch (e) {
  err = e;
}
assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'dest', 'errno', 'path', 'syscall']);
assert.strictEqual(err.dest, other);
assert.strictEqual(err.message,
                   `ENOENT: no such file or directory, rename '${missing}' -> '${other}'`);

fs.open(missing, common.mustCall((err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'path', 'syscall']);
  // Made on the event loop: no JavaScript frames, as in Node.
  assert.strictEqual(err.stack, `Error: ${err.message}`);
}));
fs.rename(missing, other, common.mustCall((err) => {
  assert.strictEqual(err.syscall, 'rename');
  assert.strictEqual(err.dest, other);
}));
fs.promises.rename(missing, other).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.dest, other);
}));
common.runWithInvalidFD((fd) => {
  fs.fsync(fd, common.mustCall((err) => {
    assert.strictEqual(err.message, 'EBADF: bad file descriptor, fsync');
    assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'syscall']);
  }));
});
