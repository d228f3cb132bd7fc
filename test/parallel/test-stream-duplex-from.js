'use strict';
// Duplex.from(): Duplex streams as they are, Readable and Writable streams as one side,
// async generator functions, async functions, promises, iterables, strings and
// { readable, writable } pairs.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Duplex } = require('stream');

(async () => {
  const p = new PassThrough();
  assert.strictEqual(Duplex.from(p), p);

  {
    const d = Duplex.from(Readable.from(['a', 'b']));
    assert.strictEqual(d.readable, true);
    assert.strictEqual(d.writable, false);
    assert.deepStrictEqual(await d.toArray(), ['a', 'b']);
  }

  {
    const chunks = [];
    const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
    const d = Duplex.from(w);
    assert.strictEqual(d.readable, false);
    assert.strictEqual(d.writable, true);
    d.end('zz');
    await new Promise((resolve) => d.on('finish', resolve));
    assert.deepStrictEqual(chunks, ['zz']);
  }

  {
    const d = Duplex.from(async function*(source) {
      for await (const chunk of source) yield `${chunk}?`;
    });
    d.write('q');
    d.end();
    assert.deepStrictEqual(await d.toArray(), ['q?']);
  }

  {
    const consumed = [];
    const d = Duplex.from(async function(source) {
      for await (const chunk of source) consumed.push(String(chunk));
    });
    assert.strictEqual(d.readable, false);
    d.end('w');
    await new Promise((resolve) => d.on('finish', resolve));
    assert.deepStrictEqual(consumed, ['w']);
  }

  assert.deepStrictEqual(await Duplex.from(Promise.resolve('resolved')).toArray(), ['resolved']);
  assert.deepStrictEqual(await Duplex.from(['x', 'y']).toArray(), ['x', 'y']);
  assert.deepStrictEqual(await Duplex.from('str').toArray(), ['str']);

  {
    const d = Duplex.from({ readable: Readable.from(['r1']), writable: new PassThrough() });
    assert.strictEqual(d.readable, true);
    assert.strictEqual(d.writable, true);
    assert.deepStrictEqual(await d.toArray(), ['r1']);
  }

  assert.throws(() => Duplex.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "body" argument must be of type function or an instance of Blob, ' +
             'ReadableStream, WritableStream, Stream, Iterable, AsyncIterable, or Promise ' +
             'or { readable, writable } pair. Received type number (5)',
  });
  assert.throws(() => Duplex.from(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the ' +
             '"body" function but got type number (5).',
  });

  // A rejected promise destroys the Duplex.
  {
    const d = Duplex.from(Promise.reject(new Error('rejected')));
    await assert.rejects(d.toArray(), { message: 'rejected' });
  }
})().then(common.mustCall());
