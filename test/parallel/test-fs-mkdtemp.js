'use strict';
// mkdtemp: six random characters after the prefix, encodings, and the errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const prefix = tmpdir.resolve('foo-');

const made = fs.mkdtempSync(prefix);
assert.match(made, /foo-[A-Za-z0-9]{6}$/);
assert.strictEqual(path.dirname(made), tmpdir.path);
assert.ok(fs.statSync(made).isDirectory());
assert.notStrictEqual(fs.mkdtempSync(prefix), made);

const asBuffer = fs.mkdtempSync(prefix, 'buffer');
assert.ok(Buffer.isBuffer(asBuffer));
assert.ok(fs.existsSync(asBuffer));
const asHex = fs.mkdtempSync(prefix, { encoding: 'hex' });
assert.ok(fs.existsSync(Buffer.from(asHex, 'hex').toString()));
assert.ok(fs.existsSync(fs.mkdtempSync(Buffer.from(prefix))));

assert.throws(() => fs.mkdtempSync(tmpdir.resolve('missing', 'x-')), {
  code: 'ENOENT', syscall: 'mkdtemp',
});
assert.throws(() => fs.mkdtempSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prefix" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (5)',
});

fs.mkdtemp(prefix, common.mustSucceed((dir) => {
  assert.ok(dir.startsWith(prefix));
  assert.ok(fs.statSync(dir).isDirectory());
}));
fs.mkdtemp(prefix, 'buffer', common.mustSucceed((dir) => assert.ok(Buffer.isBuffer(dir))));
fs.mkdtemp(tmpdir.resolve('missing', 'x-'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
fs.promises.mkdtemp(prefix).then(common.mustCall((dir) => {
  assert.ok(fs.statSync(dir).isDirectory());
}));
