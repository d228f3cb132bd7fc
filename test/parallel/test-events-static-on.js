'use strict';
// events.on(emitter, name, options): an async iterator of event argument arrays, with
// buffering, 'error' rejection, close events, return()/throw(), AbortSignal and watermarks.
const common = require('../common');
const assert = require('assert');
const { EventEmitter, on } = require('events');

async function basic() {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    // Nobody waits at this point: the error is kept for the next next(), and the iterator
    // stops listening, so the following event is lost.
    ee.emit('error', 42);
    ee.emit('foo', 42);
  });
  const expected = [['bar'], [42]];
  const iterable = on(ee, 'foo');
  assert.strictEqual(iterable[Symbol.asyncIterator](), iterable);
  await assert.rejects(async () => {
    for await (const event of iterable) {
      assert.deepStrictEqual(event, expected.shift());
    }
  }, (err) => err === 42);
  assert.deepStrictEqual(expected, [[42]]);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function buffered() {
  const ee = new EventEmitter();
  const iterable = on(ee, 'foo');
  ee.emit('foo', 1);
  ee.emit('foo', 2, 3);
  assert.deepStrictEqual(await iterable.next(), { value: [1], done: false });
  assert.deepStrictEqual(await iterable.next(), { value: [2, 3], done: false });
  const pending = iterable.next();
  ee.emit('foo', 4);
  assert.deepStrictEqual(await pending, { value: [4], done: false });
  assert.deepStrictEqual(await iterable.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await iterable.next(), { value: undefined, done: true });
  assert.strictEqual(ee.listenerCount('foo'), 0);
}

async function returnResolvesWaiters() {
  const ee = new EventEmitter();
  const iterable = on(ee, 'foo');
  const a = iterable.next();
  const b = iterable.next();
  iterable.return();
  assert.deepStrictEqual(await a, { value: undefined, done: true });
  assert.deepStrictEqual(await b, { value: undefined, done: true });
}

async function errorRejectsWaiter() {
  const ee = new EventEmitter();
  const iterable = on(ee, 'foo');
  const p = iterable.next();
  const err = new Error('kaboom');
  ee.emit('error', err);
  await assert.rejects(p, (e) => e === err);
  assert.deepStrictEqual(await iterable.next(), { value: undefined, done: true });
}

async function breakRemovesListeners() {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    ee.emit('foo', 42);
  });
  for await (const event of on(ee, 'foo')) {
    assert.deepStrictEqual(event, ['bar']);
    break;
  }
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function throwMethod() {
  const ee = new EventEmitter();
  const iterable = on(ee, 'foo');
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    ee.emit('foo', 42);
    iterable.throw(new Error('thrown'));
  });
  const seen = [];
  await assert.rejects(async () => {
    for await (const event of iterable) seen.push(event);
  }, { message: 'thrown' });
  assert.deepStrictEqual(seen, [['bar'], [42]]);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  for (const bad of ['x', 1, null, undefined, {}]) {
    assert.throws(() => on(ee, 'foo').throw(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error.' +
               common.invalidArgTypeHelper(bad),
    });
  }
}

async function closeOption() {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('data', 2);
    ee.emit('end');
    ee.emit('data', 3);
  });
  const seen = [];
  for await (const [v] of on(ee, 'data', { close: ['end', 'finish'] })) seen.push(v);
  assert.deepStrictEqual(seen, [1, 2]);
  for (const name of ['data', 'end', 'finish', 'error']) {
    assert.strictEqual(ee.listenerCount(name), 0);
  }
}

async function abortSignal() {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const iterable = on(ee, 'foo', { signal: ac.signal });
  process.nextTick(() => {
    ee.emit('foo', 1);
    ac.abort('reason');
  });
  const seen = [];
  await assert.rejects(async () => {
    for await (const [v] of iterable) seen.push(v);
  }, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'reason');
    return true;
  });
  assert.deepStrictEqual(seen, [1]);
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.throws(() => on(ee, 'foo', { signal: ac.signal }), { name: 'AbortError' });
  for (const signal of [1, {}, 'x', null]) {
    assert.throws(() => on(ee, 'foo', { signal }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal.' +
               common.invalidArgTypeHelper(signal),
    });
  }
}

async function watermarks() {
  const ee = new EventEmitter();
  let pauses = 0;
  let resumes = 0;
  ee.pause = () => pauses++;
  ee.resume = () => resumes++;
  const iterable = on(ee, 'foo', { highWaterMark: 2, lowWaterMark: 1 });
  const data = iterable[Symbol.for('nodejs.watermarkData')];
  assert.strictEqual(data.high, 2);
  assert.strictEqual(data.low, 1);
  ee.emit('foo', 1);
  ee.emit('foo', 2);
  assert.strictEqual(pauses, 0);
  ee.emit('foo', 3);
  assert.strictEqual(pauses, 1);
  assert.strictEqual(data.isPaused, true);
  assert.strictEqual(data.size, 3);
  ee.emit('foo', 4);
  assert.strictEqual(pauses, 1);
  await iterable.next();
  await iterable.next();
  await iterable.next();
  // Resumes once fewer than lowWaterMark events are buffered.
  assert.strictEqual(resumes, 0);
  await iterable.next();
  assert.strictEqual(resumes, 1);
  assert.strictEqual(data.isPaused, false);
  await iterable.return();

  for (const [key, value] of [['highWaterMark', 0], ['lowWaterMark', 0], ['highWatermark', 0],
                              ['highWaterMark', 1.5]]) {
    const shownKey = key.replace('Watermark', 'WaterMark');
    assert.throws(() => on(ee, 'foo', { [key]: value }), {
      code: 'ERR_OUT_OF_RANGE',
      message: `The value of "options.${shownKey}" is out of range. It must be ` +
               (Number.isInteger(value) ? '>= 1 && <= 9007199254740991' : 'an integer') +
               `. Received ${value}`,
    });
  }
  assert.throws(() => on(ee, 'foo', { lowWaterMark: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.lowWaterMark" property must be of type number. ' +
             "Received type string ('x')",
  });
}

async function eventTarget() {
  const et = new EventTarget();
  process.nextTick(() => {
    et.dispatchEvent(new Event('foo'));
    et.dispatchEvent(new Event('foo'));
  });
  let count = 0;
  for await (const [event] of on(et, 'foo')) {
    assert.strictEqual(event.type, 'foo');
    if (++count === 2) break;
  }
}

function badEmitter() {
  assert.throws(() => on({}, 'foo'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. ' +
             'Received an instance of Object',
  });
}

function iteratorShape() {
  const iterable = on(new EventEmitter(), 'foo');
  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert.strictEqual(Object.getPrototypeOf(iterable), AsyncIteratorPrototype);
  assert.deepStrictEqual(Object.keys(iterable), ['next', 'return', 'throw']);
  iterable.return();
}

(async () => {
  for (const t of [basic, buffered, returnResolvesWaiters, errorRejectsWaiter,
                   breakRemovesListeners, throwMethod, closeOption, abortSignal, watermarks,
                   eventTarget, badEmitter, iteratorShape]) {
    await t();
  }
})().then(common.mustCall());
