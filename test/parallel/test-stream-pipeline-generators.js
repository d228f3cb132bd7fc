'use strict';
// pipeline() with functions: a source generator (given { signal }), async generator
// transforms, an async function as the end (its value goes to the callback), iterables as
// sources, and checks of what the functions return.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, pipeline } = require('stream');

pipeline(
  async function*({ signal }) {
    assert.strictEqual(signal.aborted, false);
    yield 'a';
    yield 'b';
  },
  async function*(source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  },
  async function(source) {
    let s = '';
    for await (const chunk of source) s += chunk;
    return s;
  },
  common.mustCall((err, val) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(val, 'AB');
  }));

// A generator last: the pipeline returns a readable stream of its output.
{
  const ret = pipeline(['x', 'y'], async function*(src) {
    for await (const c of src) yield c + c;
  }, common.mustSucceed());
  const got = [];
  ret.on('data', (d) => got.push(d));
  ret.on('end', common.mustCall(() => assert.deepStrictEqual(got, ['xx', 'yy'])));
}

// A generator into a stream.
{
  const got = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  pipeline(async function*() {
    yield 'q';
    yield 'r';
  }, w, common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(got, ['q', 'r']);
  }));
}

// Errors thrown by generators and async functions.
pipeline(function*() { yield 1; }, async function*(s) {
  for await (const x of s) throw new Error(`gen fail ${x}`);
}, new PassThrough({ objectMode: true }), common.mustCall((err) => {
  assert.strictEqual(err.message, 'gen fail 1');
}));
pipeline(Readable.from(['k']), async function() {
  throw new Error('sink fail');
}, common.mustCall((err) => assert.strictEqual(err.message, 'sink fail')));

// The signal given to the functions is aborted when the pipeline fails.
{
  let signal;
  pipeline(async function*(opts) {
    signal = opts.signal;
    yield 1;
    await new Promise(() => {});
  }, async function(source) {
    for await (const chunk of source) throw new Error(`stop at ${chunk}`);
  }, common.mustCall((err) => {
    assert.strictEqual(err.message, 'stop at 1');
    assert.strictEqual(signal.aborted, true);
  }));
}

assert.throws(() => pipeline(() => 5, new PassThrough(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected Iterable, AsyncIterable or Stream to be returned from the "source" ' +
           'function but got type number (5).',
});
assert.throws(() => pipeline(['a'], () => 5, new PassThrough(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable to be returned from the "transform[0]" function but got ' +
           'type number (5).',
});
assert.throws(() => pipeline(['a'], () => 5, () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable or Promise to be returned from the "destination" ' +
           'function but got type number (5).',
});
