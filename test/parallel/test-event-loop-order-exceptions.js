'use strict';
// An exception from a timer, an immediate, a nextTick callback or a queueMicrotask callback
// goes to 'uncaughtException'; what was queued behind it still runs, in Node's order: the
// rest of the nextTick queue waits for the next drain, due timers run on, immediates too.
require('../common');
const assert = require('assert');

const log = [];
process.on('uncaughtException', (err) => {
  log.push(`uncaught ${err.message}`);
  process.nextTick(() => log.push(`tick from uncaught ${err.message}`));
  Promise.resolve().then(() => log.push(`promise from uncaught ${err.message}`));
});
setTimeout(() => {
  log.push('timeout 1');
  process.nextTick(() => log.push('tick from timeout 1'));
  Promise.resolve().then(() => log.push('promise from timeout 1'));
  throw new Error('timeout 1');
}, 1);
setTimeout(() => {
  log.push('timeout 2');
  process.nextTick(() => log.push('tick from timeout 2'));
}, 1);
setTimeout(() => {
  log.push('timeout 3');
  throw new Error('timeout 3');
}, 1);
setTimeout(() => log.push('timeout 4'), 1);
setImmediate(() => {
  log.push('immediate 1');
  throw new Error('immediate 1');
});
setImmediate(() => {
  log.push('immediate 2');
  process.nextTick(() => log.push('tick from immediate 2'));
});
setImmediate(() => log.push('immediate 3'));
process.nextTick(() => {
  log.push('tick 1');
  throw new Error('tick 1');
});
process.nextTick(() => log.push('tick 2'));
queueMicrotask(() => {
  log.push('microtask 1');
  throw new Error('microtask 1');
});
queueMicrotask(() => log.push('microtask 2'));

// The timers above are due before the loop starts: the first timers phase runs them, before
// the first check phase runs the immediates.
const start = Date.now();
while (Date.now() - start < 10);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'tick 1',
    'uncaught tick 1',
    'timeout 1',
    'uncaught timeout 1',
    'timeout 2',
    'tick 2',
    'tick from uncaught tick 1',
    'tick from timeout 1',
    'tick from uncaught timeout 1',
    'tick from timeout 2',
    'microtask 1',
    'uncaught microtask 1',
    'microtask 2',
    'promise from uncaught tick 1',
    'promise from timeout 1',
    'promise from uncaught timeout 1',
    'promise from uncaught microtask 1',
    'tick from uncaught microtask 1',
    'timeout 3',
    'uncaught timeout 3',
    'timeout 4',
    'tick from uncaught timeout 3',
    'promise from uncaught timeout 3',
    'immediate 1',
    'uncaught immediate 1',
    'immediate 2',
    'tick from uncaught immediate 1',
    'tick from immediate 2',
    'promise from uncaught immediate 1',
    'immediate 3',
  ]);
});
