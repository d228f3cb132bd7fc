'use strict';
// With an 'unhandledRejection' listener the default mode only emits the event, with the
// reason and the promise, once per promise, in rejection order; promises handled before
// the microtask queue drains are not reported.
const common = require('../common');
const assert = require('assert');

const reasons = [];
const error = new Error('boom');
const p1 = Promise.reject(error);
const p2 = Promise.reject(42);
const handled = Promise.reject(new Error('handled'));
handled.catch(() => {});
const handledLater = Promise.reject(new Error('handled in a microtask'));
Promise.resolve().then(() => handledLater.catch(() => {}));
(async () => { throw new Error('async'); })();

process.on('unhandledRejection', common.mustCall((reason, promise) => {
  reasons.push(reason);
  if (reason === error) assert.strictEqual(promise, p1);
  if (reason === 42) assert.strictEqual(promise, p2);
}, 3));

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(reasons.length, 3);
  assert.strictEqual(reasons[0], error);
  assert.strictEqual(reasons[1], 42);
  assert.strictEqual(reasons[2].message, 'async');
});
