'use strict';
// An exception thrown by a listener does not stop the dispatch: it is rethrown on the next tick
// and reaches 'uncaughtException'. So does the rejection of a promise (or thenable) a listener
// returns, and whatever a handleEvent method throws (Node calls it from an async function).
const common = require('../common');
const assert = require('assert');

const reported = [];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'uncaughtException');
  reported.push(err.message);
}, 5));

const target = new EventTarget();
const order = [];
target.addEventListener('foo', () => {
  order.push('throws');
  throw new Error('sync');
});
target.addEventListener('foo', async () => {
  order.push('async');
  throw new Error('async');
});
target.addEventListener('foo', () => {
  order.push('rejected');
  return Promise.reject(new Error('rejected'));
});
target.addEventListener('foo', () => {
  order.push('thenable');
  return { then(resolve, reject) { reject(new Error('thenable')); } };
});
target.addEventListener('foo', {
  handleEvent() {
    order.push('handleEvent');
    throw new Error('handleEvent');
  },
});
target.addEventListener('foo', () => order.push('last'));
// Return values that are not thenables are ignored.
target.addEventListener('foo', () => 42);

assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(order,
                       ['throws', 'async', 'rejected', 'thenable', 'handleEvent', 'last']);
assert.deepStrictEqual(reported, []);

process.on('exit', () => {
  // The synchronous throw and the thenable (rejected synchronously) are queued during the
  // dispatch; the promise rejections follow from the microtask queue.
  assert.deepStrictEqual(reported, ['sync', 'thenable', 'async', 'rejected', 'handleEvent']);
});
