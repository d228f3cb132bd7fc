'use strict';
// fs.openAsBlob: a Blob of the file's bytes with the type given; errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('blob.txt');
fs.writeFileSync(file, 'blob bytes');

fs.openAsBlob(file, { type: 'text/plain' }).then(common.mustCall(async (blob) => {
  assert.strictEqual(blob.constructor.name, 'Blob');
  assert.strictEqual(blob.size, 10);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'blob bytes');
  assert.strictEqual(await blob.slice(5).text(), 'bytes');
}));
fs.openAsBlob(tmpdir.fileURL('blob.txt')).then(common.mustCall((blob) => {
  assert.strictEqual(blob.type, '');
}));

assert.throws(() => fs.openAsBlob(tmpdir.resolve('missing')), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'Unable to open file as blob',
});
assert.throws(() => fs.openAsBlob(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.openAsBlob(file, { type: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.type" property must be of type string. Received type number (1)',
});
