'use strict';
// assert.match() and assert.doesNotMatch(): messages, non-string input, bad RegExp argument.
require('../common');
const assert = require('assert');

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

assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
// A global RegExp is used from its lastIndex, as RegExp.prototype.exec does.
{
  const re = /a/g;
  re.lastIndex = 5;
  check(() => assert.match('a', re), { operator: 'match' });
}

{
  const re = /x/;
  const err = check(() => assert.match('abc', re), {
    name: 'AssertionError',
    code: 'ERR_ASSERTION',
    operator: 'match',
    generatedMessage: true,
    message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
    actual: 'abc',
  });
  assert.strictEqual(err.expected, re);
}
check(() => assert.match(5, /x/), {
  operator: 'match',
  message: 'The "string" argument must be of type string. Received type number (5)',
  actual: 5,
});
check(() => assert.match({ a: 1 }, /x/), {
  message: 'The "string" argument must be of type string. Received type object ({ a: 1 })',
});
check(() => assert.match('abc', /x/, 'custom'), { message: 'custom', generatedMessage: false });
{
  const own = new TypeError('own');
  assert.strictEqual(check(() => assert.match('abc', /x/, own), {}), own);
}
check(() => assert.doesNotMatch('abc', /b/), {
  operator: 'doesNotMatch',
  generatedMessage: true,
  message: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
});
check(() => assert.doesNotMatch(undefined, /b/), {
  operator: 'doesNotMatch',
  message: 'The "string" argument must be of type string. Received type undefined (undefined)',
});

check(() => assert.match('abc', 'b'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'b\')',
});
check(() => assert.doesNotMatch('abc', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received null',
});
