'use strict';
// timers/promises setTimeout: resolves with the value after the delay; bad options reject
// (not throw) with Node's errors; an AbortSignal rejects it with an AbortError whose cause
// is the signal's reason; { ref: false } does not keep the loop alive.
const common = require('../common');
const assert = require('assert');
const { setTimeout: sleep } = require('timers/promises');

assert.strictEqual(sleep.length, 2);

sleep(5, 'v').then(common.mustCall((value) => assert.strictEqual(value, 'v')));
sleep().then(common.mustCall((value) => assert.strictEqual(value, undefined)));
sleep(1, 'x', undefined).then(common.mustCall((value) => assert.strictEqual(value, 'x')));

const invalid = [
  [5, 'The "options" argument must be of type object. Received type number (5)'],
  [null, 'The "options" argument must be of type object. Received null'],
  ['s', "The \"options\" argument must be of type object. Received type string ('s')"],
  [{ ref: 1 },
   'The "options.ref" property must be of type boolean. Received type number (1)'],
  [{ signal: 1 },
   'The "options.signal" property must be an instance of AbortSignal. ' +
   'Received type number (1)'],
  [{ signal: {} },
   'The "options.signal" property must be an instance of AbortSignal. ' +
   'Received an instance of Object'],
];
for (const [options, message] of invalid) {
  const promise = sleep(1, 'v', options);
  assert(promise instanceof Promise);
  assert.rejects(promise, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message })
    .then(common.mustCall());
}

// Already aborted.
const aborted = new AbortController();
aborted.abort('why');
assert.rejects(sleep(1, 'v', { signal: aborted.signal }), (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  assert.strictEqual(err.cause, 'why');
  return true;
}).then(common.mustCall());

// Aborted while waiting: the timer is cleared.
const controller = new AbortController();
assert.rejects(sleep(10000, 'v', { signal: controller.signal }), (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.cause, controller.signal.reason);
  assert.strictEqual(err.cause.name, 'AbortError');
  return true;
}).then(common.mustCall());
setTimeout(common.mustCall(() => controller.abort()), 1);

// Settled before the abort: the abort changes nothing.
const late = new AbortController();
sleep(1, 'done', { signal: late.signal }).then(common.mustCall((value) => {
  assert.strictEqual(value, 'done');
  late.abort();
}));

// An unreferenced one does not keep the process alive.
sleep(10000, 'never', { ref: false }).then(common.mustNotCall());
