'use strict';
// fsync/fdatasync in their forms, and their EBADF errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const fd = fs.openSync(tmpdir.resolve('f'), 'w');
fs.writeSync(fd, 'data');
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fsync(fd, common.mustSucceed((...args) => {
  assert.deepStrictEqual(args, []);
  fs.fdatasync(fd, common.mustSucceed(() => fs.closeSync(fd)));
}));
assert.throws(() => fs.fsync(fd), { message: /"cb" argument/ });
assert.throws(() => fs.fsyncSync('1'), { code: 'ERR_INVALID_ARG_TYPE' });
common.runWithInvalidFD((bad) => {
  assert.throws(() => fs.fsyncSync(bad), {
    code: 'EBADF', syscall: 'fsync', message: 'EBADF: bad file descriptor, fsync',
  });
  assert.throws(() => fs.fdatasyncSync(bad), { code: 'EBADF', syscall: 'fdatasync' });
  fs.fdatasync(bad, common.mustCall((err) => assert.strictEqual(err.syscall, 'fdatasync')));
});
