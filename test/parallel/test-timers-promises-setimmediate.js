'use strict';
// timers/promises setImmediate: resolves with the value in the next check phase; options as
// for setTimeout; abortable.
const common = require('../common');
const assert = require('assert');
const { setImmediate: nextTurn } = require('timers/promises');

assert.strictEqual(nextTurn.length, 1);

const log = [];
nextTurn('v').then(common.mustCall((value) => {
  assert.strictEqual(value, 'v');
  log.push('promise');
}));
setImmediate(() => log.push('immediate'));
process.nextTick(() => log.push('tick'));

assert.rejects(nextTurn('v', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
}).then(common.mustCall());
assert.rejects(nextTurn('v', { ref: 'no' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.ref" property must be of type boolean. ' +
           "Received type string ('no')",
}).then(common.mustCall());

const aborted = new AbortController();
aborted.abort();
assert.rejects(nextTurn('v', { signal: aborted.signal }), {
  name: 'AbortError',
  code: 'ABORT_ERR',
}).then(common.mustCall());

const controller = new AbortController();
assert.rejects(nextTurn('v', { signal: controller.signal }), {
  name: 'AbortError',
}).then(common.mustCall());
controller.abort();

process.on('exit', () => {
  assert.deepStrictEqual(log, ['tick', 'promise', 'immediate']);
});
