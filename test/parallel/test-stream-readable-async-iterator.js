'use strict';
// for await over a Readable: every chunk in order, the stream destroyed after break or an
// error (unless destroyOnReturn: false), errors rethrown in the loop.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  {
    const r = new Readable({ read() {} });
    r.push('a');
    r.push('b');
    setTimeout(() => {
      r.push('c');
      r.push(null);
    }, 1);
    const got = [];
    for await (const chunk of r) got.push(chunk.toString());
    assert.deepStrictEqual(got, ['ab', 'c']);
    assert.strictEqual(r.destroyed, true);
  }

  {
    const r = Readable.from([1, 2, 3]);
    r.on('close', common.mustCall());
    for await (const v of r) {
      assert.strictEqual(v, 1);
      break;
    }
    assert.strictEqual(r.destroyed, true);
  }

  {
    const r = Readable.from([1, 2, 3]);
    for await (const v of r.iterator({ destroyOnReturn: false })) {
      assert.strictEqual(v, 1);
      break;
    }
    assert.strictEqual(r.destroyed, false);
    assert.strictEqual(r.read(), 2);
  }

  {
    const r = new Readable({ read() {} });
    setTimeout(() => r.destroy(new Error('iter err')), 1);
    await assert.rejects(async () => {
      for await (const chunk of r) assert.fail(chunk);
    }, { message: 'iter err' });
  }

  {
    const r = Readable.from([1, 2]);
    await assert.rejects(async () => {
      for await (const v of r) throw new Error(`body throws ${v}`);
    }, { message: 'body throws 1' });
    assert.strictEqual(r.destroyed, true);
  }

  // Destroyed without an error before the end: premature close.
  {
    const r = new Readable({ read() {} });
    setTimeout(() => r.destroy(), 1);
    await assert.rejects(async () => {
      for await (const chunk of r) assert.fail(chunk);
    }, { code: 'ERR_STREAM_PREMATURE_CLOSE', message: 'Premature close' });
  }

  assert.throws(() => new Readable().iterator(5), { code: 'ERR_INVALID_ARG_TYPE' });

  {
    const it = Readable.from(['z'])[Symbol.asyncIterator]();
    assert.ok(it.stream instanceof Readable);
    assert.deepStrictEqual(await it.next(), { value: 'z', done: false });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  }

  // An old-style stream (no read()) is wrapped.
  {
    const EE = require('events');
    const old = new EE();
    old.pipe = () => {};
    const it = Readable.prototype[Symbol.asyncIterator].call(old);
    setTimeout(() => {
      old.emit('data', 'legacy');
      old.emit('end');
    }, 1);
    const got = [];
    for await (const v of it) got.push(v);
    assert.deepStrictEqual(got, ['legacy']);
  }

  // return() ends the iteration and destroys the stream.
  {
    const r = new Readable({ read() {}, objectMode: true });
    r.push(1);
    r.push(null);
    const it = r[Symbol.asyncIterator]();
    assert.deepStrictEqual(await it.next(), { value: 1, done: false });
    assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
    assert.strictEqual(r.destroyed, true);
  }
})().then(common.mustCall());
