'use strict';
// The order of nextTick callbacks, promise reactions, queueMicrotask callbacks, async
// functions and immediates queued by the main script: the nextTick queue drains before the
// microtask queue, and both drain again whenever either one queues more.
require('../common');
const assert = require('assert');

const log = [];
process.nextTick(() => log.push('tick 1'));
Promise.resolve().then(() => log.push('promise 1'));
queueMicrotask(() => log.push('microtask 1'));
process.nextTick(() => log.push('tick 2'));
(async () => {
  log.push('async start');
  await null;
  log.push('async after await');
  await new Promise((resolve) => setImmediate(resolve));
  log.push('async after immediate');
})();
setImmediate(() => log.push('immediate'));
Promise.resolve().then(() => {
  log.push('promise 2');
  process.nextTick(() => log.push('tick from promise'));
  Promise.resolve().then(() => log.push('promise from promise'));
});
process.nextTick(() => {
  log.push('tick 3');
  Promise.resolve().then(() => log.push('promise from tick'));
  process.nextTick(() => log.push('tick from tick'));
});
process.nextTick((a, b) => log.push(`tick args ${a} ${b}`), 'x', 'y');
Promise.reject(new Error('handled')).catch(() => log.push('catch'));
log.push('sync');

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'async start',
    'sync',
    'tick 1',
    'tick 2',
    'tick 3',
    'tick args x y',
    'tick from tick',
    'promise 1',
    'microtask 1',
    'async after await',
    'promise 2',
    'catch',
    'promise from tick',
    'promise from promise',
    'tick from promise',
    'immediate',
    'async after immediate',
  ]);
});
