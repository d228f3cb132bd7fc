'use strict';
// Errors around pipe(): a destination error unpipes it (rethrown if it has no other error
// listener), and the source is left paused.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

{
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest fail')); } });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'dest fail')));
  w.on('unpipe', common.mustCall());
  r.on('error', common.mustNotCall());
  r.pipe(w);
  r.push('a');
  w.on('close', common.mustCall(() => {
    assert.strictEqual(r._readableState.pipes.length, 0);
    assert.strictEqual(r.readableFlowing, false);
    assert.strictEqual(r.destroyed, false);
  }));
}

// The pipe's own error listener comes first: it runs before ours.
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  r.pipe(w);
  w.on('error', common.mustCall(() => {
    assert.strictEqual(r._readableState.pipes.length, 0);
  }));
  w.destroy(new Error('x'));
}

// No other listener: the error is thrown (uncaught).
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  r.pipe(w);
  process.once('uncaughtException', common.mustCall((err) => {
    assert.strictEqual(err.message, 'unhandled dest error');
  }));
  w.destroy(new Error('unhandled dest error'));
}
