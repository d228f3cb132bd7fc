'use strict';
// assert.fail() in all its forms, including the deprecated ones with two or more arguments
// (DEP0094, warned once).
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning',
                     'assert.fail() with more than one argument is deprecated. ' +
                     'Please use assert.strictEqual() instead or only pass a message.',
                     'DEP0094');

function check(fn, expected) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, 'did not throw');
  for (const key of Object.keys(expected)) {
    assert.strictEqual(err[key], expected[key], `${key}: ${err[key]}`);
  }
  return err;
}

const failure = { name: 'AssertionError', code: 'ERR_ASSERTION' };

check(() => assert.fail(), { ...failure, message: 'Failed', generatedMessage: true, operator: 'fail' });
check(() => assert.fail(undefined), { message: 'Failed', generatedMessage: true });
check(() => assert.fail(null), { message: 'Failed', generatedMessage: true, actual: null });
check(() => assert.fail('boom'),
      { ...failure, message: 'boom', generatedMessage: false, operator: 'fail', actual: undefined });
check(() => assert.fail({ a: 1 }), { message: '[object Object]', generatedMessage: false });
{
  const own = new TypeError('own');
  assert.strictEqual(check(() => assert.fail(own), {}), own);
}

// Deprecated forms.
check(() => assert.fail(1, 2),
      { message: '1 != 2', generatedMessage: true, operator: '!=', actual: 1, expected: 2 });
check(() => assert.fail(1, 2, 'custom'),
      { message: 'custom', generatedMessage: false, operator: 'fail', actual: 1, expected: 2 });
check(() => assert.fail(1, 2, undefined, '>'),
      { message: '1 > 2', generatedMessage: true, operator: '>' });
check(() => assert.fail(null, null), { message: 'null != null', operator: '!=' });

// The fifth argument is where the stack starts.
{
  function start() {
    assert.fail(1, 2, 'm', 'op', start);
  }
  const err = check(() => start(), { message: 'm', operator: 'op' });
  assert.doesNotMatch(err.stack.split('\n')[1], /at start /);
}
