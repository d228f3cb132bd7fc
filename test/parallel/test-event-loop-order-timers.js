'use strict';
// Inside a timer callback: the nextTick and microtask queues drain between two timers of the
// same list and between timers of different lists, an immediate queued there runs before a
// timer queued there (the check phase comes first), and a 0 ms timer is a 1 ms timer.
require('../common');
const assert = require('assert');

const log = [];
setTimeout(() => {
  log.push('timeout A');
  setImmediate(() => {
    log.push('immediate from A');
    process.nextTick(() => log.push('tick from immediate'));
  });
  setTimeout(() => log.push('timeout from A'), 0);
  process.nextTick(() => log.push('tick from A'));
  Promise.resolve().then(() => {
    log.push('promise from A');
    process.nextTick(() => log.push('tick from promise from A'));
  });
  queueMicrotask(() => log.push('microtask from A'));
}, 1);
setTimeout(() => {
  log.push('timeout B');
  Promise.resolve().then(() => log.push('promise from B'));
  process.nextTick(() => log.push('tick from B'));
}, 1);
setTimeout(() => {
  log.push('timeout C (0 is 1)');
}, 0);

// All three are due when the loop starts (each may have been armed a millisecond after the
// one before): they run in one timers phase.
const start = Date.now();
while (Date.now() - start < 10);

setTimeout(() => {
  assert.deepStrictEqual(log, [
    'timeout A',
    'tick from A',
    'promise from A',
    'microtask from A',
    'tick from promise from A',
    'timeout B',
    'tick from B',
    'promise from B',
    'timeout C (0 is 1)',
    'immediate from A',
    'tick from immediate',
    'timeout from A',
  ]);
}, 100);
