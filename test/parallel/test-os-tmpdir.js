'use strict';
// os.tmpdir(): TMPDIR, then TMP, then TEMP, else /tmp; one trailing slash is dropped, except
// from the root.
require('../common');
const assert = require('assert');
const os = require('os');

function tmpdirWith(env) {
  delete process.env.TMPDIR;
  delete process.env.TMP;
  delete process.env.TEMP;
  Object.assign(process.env, env);
  return os.tmpdir();
}

assert.strictEqual(tmpdirWith({}), '/tmp');
assert.strictEqual(tmpdirWith({ TMPDIR: '/tmpdir' }), '/tmpdir');
assert.strictEqual(tmpdirWith({ TMPDIR: '/tmpdir/' }), '/tmpdir');
assert.strictEqual(tmpdirWith({ TMPDIR: '/tmpdir//' }), '/tmpdir/');
assert.strictEqual(tmpdirWith({ TMPDIR: '/' }), '/');
assert.strictEqual(tmpdirWith({ TMPDIR: 'relative/' }), 'relative');
assert.strictEqual(tmpdirWith({ TMPDIR: '' }), '/tmp');
assert.strictEqual(tmpdirWith({ TMPDIR: '', TMP: '/tmp-var/' }), '/tmp-var');
assert.strictEqual(tmpdirWith({ TMP: '/tmp-var', TEMP: '/temp-var' }), '/tmp-var');
assert.strictEqual(tmpdirWith({ TEMP: '/temp-var/' }), '/temp-var');
assert.strictEqual(tmpdirWith({ TMPDIR: '/a', TMP: '/b', TEMP: '/c' }), '/a');
assert.strictEqual(`${os.tmpdir}`, '/a');
