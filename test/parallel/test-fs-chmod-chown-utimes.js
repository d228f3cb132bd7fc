'use strict';
// chmod/fchmod, chown/fchown/lchown (to our own ids) and utimes/futimes/lutimes with
// numbers, numeric strings and Dates.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('f');
fs.writeFileSync(file, '');
const link = tmpdir.resolve('l');
fs.symlinkSync(file, link);
const mode = () => fs.statSync(file).mode & 0o777;

fs.chmodSync(file, 0o600);
assert.strictEqual(mode(), 0o600);
fs.chmodSync(file, '644');
assert.strictEqual(mode(), 0o644);
const fd = fs.openSync(file, 'r+');
fs.fchmodSync(fd, 0o640);
assert.strictEqual(mode(), 0o640);
assert.throws(() => fs.chmodSync(file, 'rwx'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. " +
           "Received 'rwx'",
});
assert.throws(() => fs.chmodSync(tmpdir.resolve('missing'), 0o600), {
  code: 'ENOENT', syscall: 'chmod',
});

const uid = process.getuid();
const gid = process.getgid();
fs.chownSync(file, uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(link, -1, -1);
assert.throws(() => fs.chownSync(file, -2, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. ' +
           'Received -2',
});
assert.throws(() => fs.chownSync(file, 0, '0'), { message: /"gid" argument/ });
assert.throws(() => fs.lchownSync(tmpdir.resolve('missing'), uid, gid), {
  code: 'ENOENT', syscall: 'lchown',
});

fs.utimesSync(file, 100, '200');
assert.strictEqual(fs.statSync(file).atimeMs, 100000);
assert.strictEqual(fs.statSync(file).mtimeMs, 200000);
fs.futimesSync(fd, new Date(300500), new Date(400000));
assert.strictEqual(fs.statSync(file).atimeMs, 300500);
fs.lutimesSync(link, 5, 6);
assert.strictEqual(fs.lstatSync(link).mtimeMs, 6000);
assert.strictEqual(fs.statSync(file).mtimeMs, 400000);
assert.throws(() => fs.utimesSync(file, 'abc', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. ' +
           "Received type string ('abc')",
});
assert.throws(() => fs.futimesSync(fd, NaN, 1), { message: /"atime" argument/ });
assert.throws(() => fs.utimesSync(tmpdir.resolve('missing'), 1, 1), {
  code: 'ENOENT', syscall: 'utime',
});
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);

fs.chmod(file, 0o604, common.mustSucceed(() => {
  assert.strictEqual(mode(), 0o604);
  fs.fchmod(fd, 0o600, common.mustSucceed(() => {
    assert.strictEqual(mode(), 0o600);
    fs.utimes(file, 1, 2, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(file).mtimeMs, 2000);
      fs.futimes(fd, 3, 4, common.mustSucceed(() => {
        assert.strictEqual(fs.statSync(file).mtimeMs, 4000);
        fs.chown(file, uid, gid, common.mustSucceed(() => {
          fs.fchown(fd, uid, gid, common.mustSucceed(() => {
            fs.lutimes(link, 7, 8, common.mustSucceed(() => {
              fs.lchown(link, uid, gid, common.mustSucceed(() => fs.closeSync(fd)));
            }));
          }));
        }));
      }));
    }));
  }));
}));
(async () => {
  const p = tmpdir.resolve('p');
  fs.writeFileSync(p, '');
  await fs.promises.chmod(p, 0o700);
  await fs.promises.chown(p, uid, gid);
  await fs.promises.lchown(p, uid, gid);
  await fs.promises.utimes(p, 10, 20);
  await fs.promises.lutimes(p, 10, 30);
  const s = fs.statSync(p);
  assert.strictEqual(s.mode & 0o777, 0o700);
  assert.strictEqual(s.mtimeMs, 30000);
  await assert.rejects(fs.promises.lchmod(p, 0o600), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The lchmod() method is not implemented',
  });
})().then(common.mustCall());
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
