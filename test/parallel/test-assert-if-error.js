'use strict';
// assert.ifError(): passes on null and undefined, throws an AssertionError for anything
// else, with the frames of the original error appended to its stack.
require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

function check(value, message) {
  let err;
  try {
    assert.ifError(value);
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, 'did not throw');
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'ifError');
  assert.strictEqual(err.generatedMessage, false);
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.actual, value);
  assert.strictEqual(err.expected, null);
  return err;
}

check(new Error('bad'), 'ifError got unwanted exception: bad');
check(new TypeError(''), 'ifError got unwanted exception: TypeError');
check('text', "ifError got unwanted exception: 'text'");
check(0, 'ifError got unwanted exception: 0');
check(false, 'ifError got unwanted exception: false');
check({ message: 7 }, 'ifError got unwanted exception: { message: 7 }');
check({ message: '' }, 'ifError got unwanted exception: Object');
check(Object.assign(Object.create(null), { message: '' }), 'ifError got unwanted exception: ');

// The stack: our frames up to the first one the original error shares, then its frames.
function makeError() {
  return new Error('orig');
}
const original = makeError();
function callIfError() {
  assert.ifError(original);
}
let thrown;
try {
  callIfError();
} catch (e) {
  thrown = e;
}
const lines = thrown.stack.split('\n');
assert.strictEqual(lines[0], 'AssertionError [ERR_ASSERTION]: ifError got unwanted exception: orig');
assert.match(lines[1], /^ {4}at callIfError /);
const originalFrames = original.stack.split('\n').slice(1);
assert.deepStrictEqual(lines.slice(-originalFrames.length), originalFrames);
assert.match(originalFrames[0], /^ {4}at makeError /);
