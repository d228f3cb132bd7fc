'use strict';
// stream.finished(stream, [options], cb): called once on end/finish (after 'close' when the
// stream emits one), with the error, or with ERR_STREAM_PREMATURE_CLOSE; works on streams
// already done, on old-style streams, with options readable/writable/error/signal, and
// returns a function removing its listeners.
const common = require('../common');
const assert = require('assert');
const EE = require('events');
const { Readable, Writable, PassThrough, finished } = require('stream');

{
  const r = new Readable({ read() {} });
  let closed = false;
  r.on('close', () => { closed = true; });
  finished(r, common.mustCall(function(err) {
    assert.strictEqual(err, undefined);
    assert.strictEqual(this, r);
    // autoDestroy streams call back after 'close'.
    assert.strictEqual(closed, true);
  }));
  r.push('a');
  r.push(null);
  r.resume();
}

{
  const r = new Readable({ read() {} });
  finished(r, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }));
  r.destroy();
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, common.mustCall((err) => assert.strictEqual(err, undefined)));
  w.end('x');
  const w2 = new Writable({ write(c, e, cb) { cb(new Error('werr')); } });
  w2.on('error', () => {});
  finished(w2, common.mustCall((err) => assert.strictEqual(err.message, 'werr')));
  w2.write('x');
}

// Only the writable side of a Duplex.
{
  const d = new PassThrough();
  finished(d, { readable: false }, common.mustCall((err) => assert.strictEqual(err, undefined)));
  d.end('z');
  setTimeout(() => d.resume(), 1);
}

// Streams that are already done.
{
  const done = new Readable({ read() {} });
  done.push(null);
  done.resume();
  const errored = new Readable({ read() {} });
  errored.on('error', () => {});
  errored.destroy(new Error('early'));
  setTimeout(common.mustCall(() => {
    finished(done, common.mustCall((err) => assert.strictEqual(err, undefined)));
    finished(errored, common.mustCall((err) => assert.strictEqual(err.message, 'early')));
  }), 5);
}

// error: false ignores 'error' events (the stream's close still reports it).
{
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall());
  finished(r, { error: false }, common.mustCall((err) => assert.strictEqual(err.message, 'x')));
  r.destroy(new Error('x'));
}

// signal: aborting calls back with an AbortError whose cause is the reason.
{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
  }));
  ac.abort('why');
}

// The cleanup function.
{
  const p = new PassThrough();
  const cleanup = finished(p, common.mustNotCall());
  cleanup();
  p.destroy();
}

// Old-style streams.
{
  const ee = new EE();
  ee.write = () => {};
  finished(ee, common.mustCall((err) => assert.strictEqual(err, undefined)));
  ee.writable = false;
  ee.emit('close');
  const ee2 = new EE();
  ee2.pipe = () => {};
  finished(ee2, common.mustCall((err) => assert.strictEqual(err, undefined)));
  ee2.emit('end');
}

// Validation.
assert.throws(() => finished({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or ' +
           'Stream. Received an instance of Object',
});
assert.throws(() => finished(new PassThrough(), null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received null',
});
assert.throws(() => finished(new PassThrough(), 5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => finished(new PassThrough(), { signal: 1 }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
});
