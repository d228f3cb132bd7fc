'use strict';
// stream.pipeline() with streams: data flows through, the callback runs once after the last
// stream is done, it returns the last stream, and an error or early close of any stage
// destroys every stage and reaches the callback.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Transform, pipeline } = require('stream');

{
  const out = [];
  const r = Readable.from(['a', 'b', 'c']);
  const t = new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } });
  const w = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  const ret = pipeline(r, t, w, common.mustCall((err, val) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(val, undefined);
    assert.deepStrictEqual(out, ['a!', 'b!', 'c!']);
    assert.strictEqual(w.writableFinished, true);
  }));
  assert.strictEqual(ret, w);
}

// An array of streams.
{
  const w = new PassThrough();
  assert.strictEqual(pipeline([Readable.from(['x']), w], common.mustSucceed()), w);
  w.resume();
}

// Source error: everything destroyed, the callback gets it.
{
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  const w = new PassThrough();
  pipeline(r, p, w, common.mustCall((err) => {
    assert.strictEqual(err.message, 'src fail');
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(p.destroyed, true);
    assert.strictEqual(w.destroyed, true);
  }));
  setTimeout(() => r.destroy(new Error('src fail')), 1);
}

// The destination closes early: premature close.
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  pipeline(r, w, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(r.destroyed, true);
  }));
  setTimeout(() => w.destroy(), 1);
}

// A real error wins over the premature close it caused.
{
  const r = new Readable({ read() {} });
  const t = new Transform({ transform(c, e, cb) { cb(new Error('transform fail')); } });
  const w = new PassThrough();
  pipeline(r, t, w, common.mustCall((err) => {
    assert.strictEqual(err.message, 'transform fail');
  }));
  r.push('x');
}

// The callback runs once, even with several errors.
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  pipeline(r, w, common.mustCall((err) => assert.strictEqual(err.message, 'first')));
  r.destroy(new Error('first'));
  w.destroy(new Error('second'));
}

assert.throws(() => pipeline(new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streams[stream.length - 1]" property must be of type function. ' +
           'Received an instance of PassThrough',
});
assert.throws(() => pipeline(new PassThrough(), () => {}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});
assert.throws(() => pipeline([new PassThrough()], () => {}), { code: 'ERR_MISSING_ARGS' });
