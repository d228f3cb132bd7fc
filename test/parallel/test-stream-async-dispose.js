'use strict';
// readable/writable[Symbol.asyncDispose](): destroys an unfinished stream with an
// AbortError and resolves once it is closed; rejects with any other error.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const asyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');

(async () => {
  {
    const r = new Readable({ read() {} });
    r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
    assert.strictEqual(await r[asyncDispose](), null);
    assert.strictEqual(r.destroyed, true);
  }
  {
    const r = new Readable({ read() {}, destroy(e, cb) { cb(new Error('boom')); } });
    r.on('error', () => {});
    await assert.rejects(r[asyncDispose](), { message: 'boom' });
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
    assert.strictEqual(await w[asyncDispose](), null);
  }
  {
    const r = new Readable({ read() {} });
    r.push(null);
    r.resume();
    await new Promise((resolve) => r.on('close', resolve));
    assert.strictEqual(await r[asyncDispose](), null);
  }
})().then(common.mustCall());
