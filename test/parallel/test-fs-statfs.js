'use strict';
// statfs in its three forms: StatFs fields, bigint, and errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function check(s, type = 'number') {
  assert.strictEqual(s.constructor.name, 'StatFs');
  assert.deepStrictEqual(Object.keys(s),
                         ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
  for (const key of Object.keys(s)) assert.strictEqual(typeof s[key], type, key);
  assert.ok(s.bsize > 0);
  assert.ok(s.bfree >= s.bavail);
}

check(fs.statfsSync(tmpdir.path));
check(fs.statfsSync(tmpdir.path, { bigint: true }), 'bigint');
fs.statfs(tmpdir.path, common.mustSucceed((s) => check(s)));
fs.statfs(tmpdir.path, { bigint: true }, common.mustSucceed((s) => check(s, 'bigint')));
fs.promises.statfs(tmpdir.path).then(common.mustCall((s) => check(s)));
const missing = tmpdir.resolve('missing');
assert.throws(() => fs.statfsSync(missing), {
  code: 'ENOENT', syscall: 'statfs',
  message: `ENOENT: no such file or directory, statfs '${missing}'`,
});
fs.statfs(missing, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
