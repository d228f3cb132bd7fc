'use strict';
// fs.stat/lstat/fstat in their three forms: Stats fields and methods, Date fields rounded
// from the millisecond values, throwIfNoEntry, and the errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file.txt');
fs.writeFileSync(file, 'hello');
fs.utimesSync(file, 1000.25, 2000.5);
const link = tmpdir.resolve('link');
fs.symlinkSync(file, link);

const numberFields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
                      'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];

function checkStats(s) {
  assert.ok(s instanceof fs.Stats);
  assert.deepStrictEqual(Object.keys(s),
                         [...numberFields, 'atime', 'mtime', 'ctime', 'birthtime']);
  for (const key of numberFields) assert.strictEqual(typeof s[key], 'number', key);
  assert.strictEqual(s.size, 5);
  assert.strictEqual(s.isFile(), true);
  assert.strictEqual(s.isDirectory(), false);
  assert.strictEqual(s.isSymbolicLink(), false);
  assert.strictEqual(s.isFIFO(), false);
  assert.strictEqual(s.isSocket(), false);
  assert.strictEqual(s.isBlockDevice(), false);
  assert.strictEqual(s.isCharacterDevice(), false);
  assert.strictEqual(s.atimeMs, 1000250);
  assert.strictEqual(s.mtimeMs, 2000500);
  assert.ok(s.atime instanceof Date);
  assert.strictEqual(s.atime.getTime(), 1000250);
  assert.strictEqual(s.mtime.getTime(), 2000500);
  assert.strictEqual(s.uid, process.getuid());
}

checkStats(fs.statSync(file));
checkStats(fs.statSync(link));
const linkStats = fs.lstatSync(link);
assert.strictEqual(linkStats.isSymbolicLink(), true);
assert.strictEqual(linkStats.isFile(), false);
assert.strictEqual(fs.statSync(tmpdir.path).isDirectory(), true);
assert.strictEqual(fs.statSync('/dev/null').isCharacterDevice(), true);

const fd = fs.openSync(file, 'r');
checkStats(fs.fstatSync(fd));
fs.fstat(fd, common.mustSucceed((s) => {
  checkStats(s);
  fs.closeSync(fd);
}));

fs.stat(file, common.mustSucceed(checkStats));
fs.stat(file, {}, common.mustSucceed(checkStats));
fs.lstat(link, common.mustSucceed((s) => assert.strictEqual(s.isSymbolicLink(), true)));
fs.promises.stat(file).then(common.mustCall(checkStats));
fs.promises.lstat(link).then(common.mustCall((s) => assert.ok(s.isSymbolicLink())));

// Missing entries: throwIfNoEntry: false only hides ENOENT.
const missing = tmpdir.resolve('missing');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(`${file}/x`, { throwIfNoEntry: false }),
              { code: 'ENOTDIR', syscall: 'stat' });
assert.throws(() => fs.statSync(missing), {
  name: 'Error',
  code: 'ENOENT',
  errno: -2,
  syscall: 'stat',
  path: missing,
  message: `ENOENT: no such file or directory, stat '${missing}'`,
});
assert.throws(() => fs.lstatSync(missing), { code: 'ENOENT', syscall: 'lstat' });
common.runWithInvalidFD((badFd) => {
  assert.throws(() => fs.fstatSync(badFd), {
    code: 'EBADF',
    syscall: 'fstat',
    message: 'EBADF: bad file descriptor, fstat',
  });
});

fs.stat(missing, common.mustCall((err, s) => {
  assert.strictEqual(s, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
  assert.strictEqual(err.path, missing);
}));
assert.rejects(fs.promises.stat(missing), { code: 'ENOENT', syscall: 'stat' })
  .then(common.mustCall());

// Stats can be made directly, with Dates from the millisecond values (rounded).
const made = new fs.Stats(1, 33188, 3, 4, 5, 6, 7, 8, 9, 10, 11.4, 12.6, 13, 14);
assert.strictEqual(made.isFile(), true);
assert.strictEqual(made.atime.getTime(), 11);
assert.strictEqual(made.mtime.getTime(), 13);

assert.throws(() => fs.stat(file), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.statSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (5)',
});
