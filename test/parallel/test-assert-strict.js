'use strict';
// assert.strict and require('assert/strict'): the same functions, with equal, deepEqual,
// notEqual and notDeepEqual being the strict versions; and the shape of the module.
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(require('node:assert'), assert);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(assert.ok, assert);
assert.strictEqual(strict.ok, assert);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.strictEqual(strict.name, 'strict');
assert.strictEqual(assert.name, 'ok');

const keys = [
  'fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch',
  'CallTracker', 'strict',
];
assert.deepStrictEqual(Object.keys(assert), keys);
assert.deepStrictEqual(Object.keys(strict), keys);

const lengths = {
  fail: 5, ok: 0, equal: 3, notEqual: 3, deepEqual: 3, notDeepEqual: 3, deepStrictEqual: 3,
  notDeepStrictEqual: 3, strictEqual: 3, notStrictEqual: 3, throws: 1, rejects: 1,
  doesNotThrow: 1, doesNotReject: 1, ifError: 1, match: 3, doesNotMatch: 3,
};
for (const [name, length] of Object.entries(lengths)) {
  assert.strictEqual(assert[name].name, name);
  assert.strictEqual(assert[name].length, length, name);
}
assert.strictEqual(Object.getPrototypeOf(assert.rejects).constructor.name, 'AsyncFunction');

// strict mode assertions.
strict.equal(1, 1);
assert.throws(() => strict.equal(1, '1'), {
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => strict.deepEqual([1], ['1']), {
  code: 'ERR_ASSERTION',
  operator: 'deepStrictEqual',
});
strict.notEqual(1, '1');
strict.notDeepEqual([1], ['1']);

// strict() itself is ok(), explained with its own source text.
assert.throws(() => strict(0), {
  code: 'ERR_ASSERTION',
  message: 'The expression evaluated to a falsy value:\n\n  strict(0)\n',
});
assert.throws(() => strict(), { message: 'No value argument passed to `assert.ok()`' });
