'use strict';
// access/accessSync/exists/existsSync and the F_OK/R_OK/W_OK/X_OK constants.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('f');
fs.writeFileSync(file, '');
const missing = tmpdir.resolve('missing');

assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);
assert.strictEqual(fs.constants.R_OK, fs.R_OK);

fs.accessSync(file);
fs.accessSync(file, fs.R_OK | fs.W_OK);
assert.throws(() => fs.accessSync(missing), {
  code: 'ENOENT', syscall: 'access', path: missing,
  message: `ENOENT: no such file or directory, access '${missing}'`,
});
assert.throws(() => fs.accessSync(file, 8), {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.accessSync(file, 'r'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined',
});

assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(missing), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync({}), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);

fs.access(file, common.mustSucceed((...args) => assert.deepStrictEqual(args, [])));
fs.access(file, fs.W_OK, common.mustSucceed());
fs.access(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, missing);
}));
assert.throws(() => fs.access(file), { message: /"cb" argument/ });
fs.exists(file, common.mustCall((exists) => assert.strictEqual(exists, true)));
fs.exists(missing, common.mustCall((exists) => assert.strictEqual(exists, false)));
fs.exists(5, common.mustCall((exists) => assert.strictEqual(exists, false)));
assert.throws(() => fs.exists(file), { message: /"cb" argument/ });
util.promisify(fs.exists)(file).then(common.mustCall((exists) => assert.strictEqual(exists, true)));
fs.promises.access(file).then(common.mustCall((v) => assert.strictEqual(v, undefined)));
assert.rejects(fs.promises.access(missing), { code: 'ENOENT' }).then(common.mustCall());
