'use strict';
// When 'unhandledRejection' and 'rejectionHandled' are emitted relative to ticks,
// microtasks and immediates: after the nextTick and microtask queues have drained, and only
// for promises still without a handler then.
require('../common');
const assert = require('assert');

const log = [];
process.on('unhandledRejection', (reason) => {
  log.push(`unhandled ${reason}`);
  process.nextTick(() => log.push(`tick from unhandled ${reason}`));
  Promise.resolve().then(() => log.push(`promise from unhandled ${reason}`));
});
process.on('rejectionHandled', (promise) => log.push('rejectionHandled'));

Promise.reject(1);
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('promise'));
setImmediate(() => log.push('immediate'));
const p2 = Promise.reject(2);
Promise.resolve().then(() => p2.catch(() => log.push('caught 2')));
process.nextTick(() => {
  const p3 = Promise.reject(3);
  process.nextTick(() => p3.catch(() => log.push('caught 3')));
});
Promise.reject(5);

setTimeout(() => {
  log.push('timeout');
  const p4 = Promise.reject(4);
  setImmediate(() => {
    log.push('immediate 4');
    p4.catch(() => log.push('late catch 4'));
  });
}, 1);

// The timers above are due before the loop starts: the first timers phase runs them, before
// the first check phase runs the immediates.
const start = Date.now();
while (Date.now() - start < 10);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'tick',
    'promise',
    'caught 3',
    'caught 2',
    'unhandled 1',
    'unhandled 5',
    'tick from unhandled 1',
    'tick from unhandled 5',
    'promise from unhandled 1',
    'promise from unhandled 5',
    'timeout',
    'unhandled 4',
    'tick from unhandled 4',
    'promise from unhandled 4',
    'immediate',
    'immediate 4',
    'late catch 4',
    'rejectionHandled',
  ]);
});
