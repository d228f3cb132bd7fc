'use strict';
// timers/promises scheduler: wait(delay, options) is setTimeout without a value, yield() is
// setImmediate without one; the class cannot be constructed and its methods check `this`.
const common = require('../common');
const assert = require('assert');
const { scheduler } = require('timers/promises');

assert.strictEqual(scheduler.constructor.name, 'Scheduler');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)),
                       ['constructor', 'yield', 'wait']);
assert.strictEqual(scheduler.wait.length, 2);
assert.strictEqual(scheduler.yield.length, 0);

assert.throws(() => new scheduler.constructor(), {
  name: 'TypeError',
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  message: 'Illegal constructor',
});
assert.throws(() => scheduler.wait.call({}, 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Scheduler',
});
assert.throws(() => scheduler.yield.call({}), { code: 'ERR_INVALID_THIS' });

scheduler.wait(5).then(common.mustCall((value) => assert.strictEqual(value, undefined)));
scheduler.yield().then(common.mustCall((value) => assert.strictEqual(value, undefined)));

const controller = new AbortController();
assert.rejects(scheduler.wait(10000, { signal: controller.signal }), {
  name: 'AbortError',
}).then(common.mustCall());
controller.abort();
assert.rejects(scheduler.wait(1, 5), { code: 'ERR_INVALID_ARG_TYPE' }).then(common.mustCall());
