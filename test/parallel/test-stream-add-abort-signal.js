'use strict';
// addAbortSignal() and the signal option: aborting destroys the stream with an AbortError
// whose cause is the reason; an already aborted signal destroys at once.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Duplex, addAbortSignal } = require('stream');

{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  assert.strictEqual(addAbortSignal(ac.signal, r), r);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'reason!');
  }));
  r.on('close', common.mustCall());
  ac.abort('reason!');
  assert.strictEqual(r.destroyed, true);
}

{
  const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
  assert.strictEqual(w.destroyed, true);
  w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
}

{
  const ac = new AbortController();
  const d = new Duplex({ signal: ac.signal, read() {}, write(c, e, cb) { cb(); } });
  d.on('error', common.mustCall((err) => {
    assert.strictEqual(err.cause.message, 'custom reason');
  }));
  setTimeout(() => ac.abort(new Error('custom reason')), 1);
}

// Aborting after the stream finished does nothing.
{
  const ac = new AbortController();
  const p = new PassThrough({ signal: ac.signal });
  p.end();
  p.resume();
  p.on('close', common.mustCall(() => {
    ac.abort();
    assert.strictEqual(p.errored, null);
  }));
}

assert.throws(() => addAbortSignal(5, new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type number (5)',
});
assert.throws(() => addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or ' +
           'Stream. Received an instance of Object',
});
