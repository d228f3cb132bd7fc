'use strict';
// An exception thrown by a nextTick callback goes to 'uncaughtException'; the callbacks
// queued after it still run, later.
const common = require('../common');
const assert = require('assert');

const log = [];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'uncaughtException');
  log.push(`caught ${err.message}`);
}, 2));
process.nextTick(() => {
  log.push('tick 1');
  throw new Error('first');
});
process.nextTick(() => {
  log.push('tick 2');
  throw new Error('second');
});
process.nextTick(() => log.push('tick 3'));

process.on('exit', () => {
  assert.deepStrictEqual(log, ['tick 1', 'caught first', 'tick 2', 'caught second', 'tick 3']);
});
