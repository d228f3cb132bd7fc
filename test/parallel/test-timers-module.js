'use strict';
// What the timers module exports: the globals themselves, `promises` as a lazy getter for
// timers/promises, and the deprecated enroll/unenroll/active/_unrefActive.
require('../common');
const assert = require('assert');
const timers = require('timers');

assert.deepStrictEqual(Object.keys(timers), [
  'setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval',
  'clearInterval', '_unrefActive', 'active', 'unenroll', 'enroll', 'promises',
]);
for (const name of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate',
                    'setInterval', 'clearInterval']) {
  assert.strictEqual(timers[name], globalThis[name], name);
  assert.strictEqual(timers[name].name, name);
}
assert.strictEqual(require('node:timers'), timers);
assert.strictEqual(setTimeout.length, 5);
assert.strictEqual(setInterval.length, 5);
assert.strictEqual(setImmediate.length, 4);

const promisesDesc = Object.getOwnPropertyDescriptor(timers, 'promises');
assert.strictEqual(typeof promisesDesc.get, 'function');
assert.strictEqual(promisesDesc.enumerable, true);
assert.strictEqual(promisesDesc.configurable, true);
assert.strictEqual(timers.promises, require('timers/promises'));

for (const name of ['_unrefActive', 'active', 'unenroll', 'enroll']) {
  assert.strictEqual(typeof timers[name], 'function');
  assert.strictEqual(timers[name].name, 'deprecated');
}

const custom = Symbol.for('nodejs.util.promisify.custom');
for (const fn of [setTimeout, setImmediate]) {
  const desc = Object.getOwnPropertyDescriptor(fn, custom);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, false);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(setInterval, custom), undefined);
assert.strictEqual(setTimeout[custom], require('timers/promises').setTimeout);
assert.strictEqual(setImmediate[custom], require('timers/promises').setImmediate);
