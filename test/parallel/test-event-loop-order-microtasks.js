'use strict';
// Promise chains, awaits, thenables, queueMicrotask and nextTick queued from microtasks,
// inside a timer callback.
require('../common');
const assert = require('assert');

const log = [];
setTimeout(() => {
  async function f(name) {
    log.push(`${name} start`);
    await undefined;
    log.push(`${name} step 1`);
    await Promise.resolve();
    log.push(`${name} step 2`);
    await { then(resolve) { log.push(`${name} thenable`); resolve(); } };
    log.push(`${name} end`);
  }
  f('a');
  Promise.resolve()
    .then(() => log.push('then 1'))
    .then(() => {
      log.push('then 2');
      process.nextTick(() => log.push('tick from then 2'));
      queueMicrotask(() => log.push('microtask from then 2'));
    })
    .then(() => log.push('then 3'))
    .then(() => log.push('then 4'));
  f('b');
  queueMicrotask(() => {
    log.push('microtask 1');
    process.nextTick(() => {
      log.push('tick from microtask 1');
      queueMicrotask(() => log.push('microtask from tick'));
      process.nextTick(() => log.push('tick from tick'));
    });
  });
  new Promise((resolve) => resolve(Promise.resolve('nested'))).then((v) => log.push(v));
  process.nextTick(() => log.push('tick 1'));
  log.push('sync');
}, 1);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a start',
    'b start',
    'sync',
    'tick 1',
    'a step 1',
    'then 1',
    'b step 1',
    'microtask 1',
    'a step 2',
    'then 2',
    'b step 2',
    'a thenable',
    'microtask from then 2',
    'then 3',
    'b thenable',
    'nested',
    'a end',
    'then 4',
    'b end',
    'tick from microtask 1',
    'tick from then 2',
    'tick from tick',
    'microtask from tick',
  ]);
});
