'use strict';
// assert.rejects() and assert.doesNotReject(): they return promises, take a promise or a
// function returning one, validate the rejection like assert.throws(), and reject with
// ERR_INVALID_ARG_TYPE / ERR_INVALID_RETURN_VALUE for other inputs.
const common = require('../common');
const assert = require('assert');

async function rejection(promise, expected) {
  assert.ok(promise instanceof Promise);
  let err;
  try {
    await promise;
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, 'the promise resolved');
  for (const key of Object.keys(expected)) {
    assert.strictEqual(err[key], expected[key], `${key}: ${err[key]}`);
  }
  return err;
}

const assertion = (operator, message, generatedMessage) =>
  ({ name: 'AssertionError', code: 'ERR_ASSERTION', operator, message, generatedMessage });

(async () => {
  // Passing.
  assert.strictEqual(await assert.rejects(Promise.reject(new Error('x')), /x/), undefined);
  await assert.rejects(async () => { throw new TypeError('x'); }, TypeError);
  await assert.rejects(Promise.reject(new Error('x')), { message: 'x' });
  await assert.rejects(Promise.reject(new Error('x')));
  // An object with then() and catch() counts as a promise.
  await assert.rejects({ then(resolve, reject) { reject(new Error('x')); }, catch() {} });
  assert.strictEqual(await assert.doesNotReject(Promise.resolve(1)), undefined);
  await assert.doesNotReject(async () => 1);

  // Nothing rejected.
  await rejection(assert.rejects(Promise.resolve(1)),
                  assertion('rejects', 'Missing expected rejection.', false));
  await rejection(assert.rejects(async () => {}),
                  assertion('rejects', 'Missing expected rejection.', false));
  await rejection(assert.rejects(Promise.resolve(1), TypeError, 'custom'),
                  assertion('rejects', 'Missing expected rejection (TypeError): custom', false));

  // Wrong rejection.
  await rejection(assert.rejects(Promise.reject(new Error('x')), { message: 'y' }),
                  assertion('rejects', 'Expected values to be strictly deep-equal:\n' +
                            "+ actual - expected\n\n  Comparison {\n+   message: 'x'\n" +
                            "-   message: 'y'\n  }", true));
  await rejection(assert.rejects(Promise.reject(new Error('x')), TypeError),
                  assertion('rejects', 'The error is expected to be an instance of "TypeError". ' +
                            'Received "Error"\n\nError message:\n\nx', true));

  // A synchronous throw of the function is the rejection of rejects().
  await rejection(assert.rejects(() => { throw new Error('sync'); }),
                  { name: 'Error', message: 'sync' });

  // Bad input.
  await rejection(assert.rejects(5), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
             'Received type number (5)',
  });
  await rejection(assert.rejects({ then() {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
             'Received an instance of Object',
  });
  await rejection(assert.rejects(() => 5), {
    name: 'TypeError',
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but ' +
             'got type number (5).',
  });
  await rejection(assert.doesNotReject(() => null), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but ' +
             'got null.',
  });
  await rejection(assert.doesNotReject(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
             'Received null',
  });

  // doesNotReject failures.
  {
    const thrown = new Error('x');
    const err = await rejection(assert.doesNotReject(Promise.reject(thrown)),
                                assertion('doesNotReject',
                                          'Got unwanted rejection.\nActual message: "x"', false));
    assert.strictEqual(err.actual, thrown);
  }
  await rejection(assert.doesNotReject(async () => { throw new Error('x'); }, 'custom'),
                  assertion('doesNotReject', 'Got unwanted rejection: custom\nActual message: "x"',
                            false));
  // A rejection that does not match the given class is passed on.
  await rejection(assert.doesNotReject(Promise.reject(new TypeError('x')), RangeError),
                  { name: 'TypeError', message: 'x' });
})().then(common.mustCall());
