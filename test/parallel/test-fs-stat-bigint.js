'use strict';
// { bigint: true } stats: BigIntStats with *Ns fields, *Ms from them, and Dates.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file.txt');
fs.writeFileSync(file, 'abc');
fs.utimesSync(file, 1000.5, 2000.25);

function check(s) {
  assert.strictEqual(s instanceof fs.Stats, false);
  assert.strictEqual(s.constructor.name, 'BigIntStats');
  assert.deepStrictEqual(Object.keys(s), [
    'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs', 'ctimeNs',
    'birthtimeNs', 'atime', 'mtime', 'ctime', 'birthtime',
  ]);
  assert.strictEqual(s.size, 3n);
  assert.strictEqual(typeof s.ino, 'bigint');
  assert.strictEqual(s.atimeNs, 1000500000000n);
  assert.strictEqual(s.atimeMs, 1000500n);
  assert.strictEqual(s.mtimeNs, 2000250000000n);
  assert.strictEqual(s.mtimeMs, 2000250n);
  assert.strictEqual(s.mtime.getTime(), 2000250);
  assert.strictEqual(s.isFile(), true);
  assert.strictEqual(s.isDirectory(), false);
}

check(fs.statSync(file, { bigint: true }));
check(fs.lstatSync(file, { bigint: true }));
const fd = fs.openSync(file, 'r');
check(fs.fstatSync(fd, { bigint: true }));
fs.closeSync(fd);
fs.stat(file, { bigint: true }, common.mustSucceed(check));
fs.promises.stat(file, { bigint: true }).then(common.mustCall(check));

// Only `true` asks for bigints.
assert.strictEqual(typeof fs.statSync(file, { bigint: 1 }).size, 'number');

const statfs = fs.statfsSync(tmpdir.path, { bigint: true });
assert.strictEqual(typeof statfs.bsize, 'bigint');
