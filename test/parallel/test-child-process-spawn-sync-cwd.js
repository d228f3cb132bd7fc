'use strict';
// options.cwd: a string or a Buffer; a missing directory fails with ENOENT.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Buffer } = require('buffer');

function pwd(cwd) {
  const ret = spawnSync('pwd', { cwd, encoding: 'utf8' });
  assert.strictEqual(ret.error, undefined);
  return ret.stdout;
}

assert.strictEqual(pwd('/'), '/\n');
assert.strictEqual(pwd('/usr/bin/..'), '/usr\n');
assert.strictEqual(pwd(Buffer.from('/tmp')), '/tmp\n');
assert.strictEqual(pwd(undefined), `${process.cwd()}\n`);
assert.strictEqual(pwd(null), `${process.cwd()}\n`);

assert.throws(() => spawnSync('pwd', { cwd: Buffer.from('/tmp\0') }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The property 'options\.cwd' must be a string, Uint8Array, or URL without null bytes/,
});

for (const cwd of ['/no/such/dir', '']) {
  const ret = spawnSync('pwd', { cwd });
  assert.strictEqual(ret.error.code, 'ENOENT');
  assert.strictEqual(ret.error.message, 'spawnSync pwd ENOENT');
}
