'use strict';
// stream.compose(...streams): one Duplex written into the first stage and read from the
// last, from streams and async generator functions; checks that the inner stages are
// readable/writable where they must be; destroy() reaches the stages.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Transform, compose, Duplex } = require('stream');

(async () => {
  {
    const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    const ex = new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } });
    const d = compose(up, ex);
    assert.ok(d instanceof Duplex);
    d.end('ab');
    assert.deepStrictEqual((await d.toArray()).map(String), ['AB!']);
  }

  {
    const d = compose(async function*(src) {
      for await (const c of src) yield `${c}1`;
    }, async function*(src) {
      for await (const c of src) yield `${c}2`;
    });
    d.end('x');
    assert.deepStrictEqual(await d.toArray(), ['x12']);
  }

  {
    const d = compose(new PassThrough(), async function*(src) {
      for await (const c of src) yield String(c).repeat(2);
    });
    d.end('yo');
    assert.deepStrictEqual(await d.toArray(), ['yoyo']);
  }

  // A readable head: the result is not writable; a writable tail: not readable.
  {
    const d = compose(Readable.from(['p', 'q']), new PassThrough({ objectMode: true }));
    assert.strictEqual(d.writable, false);
    assert.strictEqual(d.readable, true);
    assert.deepStrictEqual(await d.toArray(), ['p', 'q']);
    const sunk = [];
    const d2 = compose(new PassThrough(), new Writable({
      write(c, e, cb) { sunk.push(String(c)); cb(); },
    }));
    assert.strictEqual(d2.readable, false);
    assert.strictEqual(d2.writable, true);
    d2.end('end2');
    await new Promise((resolve) => d2.on('finish', resolve));
    assert.deepStrictEqual(sunk, ['end2']);
  }

  // 'finish' waits for the tail to be done.
  {
    const d = compose(new PassThrough(), new PassThrough());
    let finished = false;
    d.on('finish', () => { finished = true; });
    d.end('x');
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.strictEqual(finished, false);
    d.resume();
    await new Promise((resolve) => d.on('finish', resolve));
  }

  {
    const a = new PassThrough();
    const b = new PassThrough();
    const d = compose(a, b);
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'cd')));
    d.destroy(new Error('cd'));
    await new Promise((resolve) => d.on('close', resolve));
    assert.strictEqual(a.destroyed, true);
    assert.strictEqual(b.destroyed, true);
  }

  // readable.compose().
  assert.deepStrictEqual(await Readable.from(['m', 'n']).compose(async function*(s) {
    for await (const c of s) yield c + c;
  }).toArray(), ['mm', 'nn']);

  assert.throws(() => compose(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "streams" argument must be specified',
  });
  assert.throws(() => compose(new Writable({ write() {} }), new PassThrough()), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'streams\[0\]' must be readable\./,
  });
  assert.throws(() => compose(new PassThrough(), new Readable({ read() {} })), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'streams\[1\]' must be writable\./,
  });
  // One stream: Duplex.from().
  const p = new PassThrough();
  assert.strictEqual(compose(p), p);
})().then(common.mustCall());
