'use strict';
// assert.equal, notEqual, strictEqual and notStrictEqual: which values pass, and Node 20's
// exact messages (short forms, diffs, carets, "unequal" forms, custom messages).
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
  assert.strictEqual(err.message, expected.message);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.generatedMessage, expected.generatedMessage ?? true);
  assert.strictEqual(err.operator, expected.operator);
  if ('actual' in expected) assert.strictEqual(err.actual, expected.actual);
  if ('expected' in expected) assert.strictEqual(err.expected, expected.expected);
}

// Passing.
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.equal(0, -0);
assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.strictEqual(NaN, NaN);
assert.strictEqual('a', 'a');
assert.notStrictEqual(0, -0);
assert.notStrictEqual({}, {});
assert.notStrictEqual(1, '1');

// equal / notEqual.
check(() => assert.equal(1, 2),
      { message: '1 == 2', operator: '==', actual: 1, expected: 2 });
check(() => assert.equal({}, {}), { message: '{} == {}', operator: '==' });
check(() => assert.equal('x'.repeat(600), 'y'),
      { message: `'${'x'.repeat(508)}... == 'y'`, operator: '==' });
check(() => assert.equal(1, 2, 'custom'),
      { message: 'custom', operator: '==', generatedMessage: false });
check(() => assert.notEqual(1, '1'), { message: "1 != '1'", operator: '!=' });
check(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN', operator: '!=' });

// strictEqual: short values on one line.
check(() => assert.strictEqual(1, 2),
      { message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
        operator: 'strictEqual', actual: 1, expected: 2 });
check(() => assert.strictEqual(1, '1'),
      { message: "Expected values to be strictly equal:\n\n1 !== '1'\n", operator: 'strictEqual' });
// 0 and -0 get the diff form.
check(() => assert.strictEqual(0, -0),
      { message: 'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0',
        operator: 'strictEqual' });

// Longer single lines: a caret under the first difference (past the third character).
check(() => assert.strictEqual('abcdefghijklm', 'abcdefghijkXm'),
      { message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                 "+ 'abcdefghijklm'\n- 'abcdefghijkXm'\n              ^",
        operator: 'strictEqual' });
check(() => assert.strictEqual('abXdefghijklm', 'abcdefghijklm'),
      { message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                 "+ 'abXdefghijklm'\n- 'abcdefghijklm'\n     ^",
        operator: 'strictEqual' });
check(() => assert.strictEqual('a\nb\nc', 'a\nb\nd'),
      { message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                 "+ 'a\\nb\\nc'\n- 'a\\nb\\nd'\n         ^",
        operator: 'strictEqual' });

// Objects and functions are compared by reference.
check(() => assert.strictEqual({ a: 1 }, { a: 2 }),
      { message: 'Expected "actual" to be reference-equal to "expected":\n' +
                 '+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
        operator: 'strictEqual' });
check(() => assert.strictEqual({ a: [1] }, { a: [1] }),
      { message: 'Values have same structure but are not reference-equal:\n\n' +
                 '{\n  a: [\n    1\n  ]\n}\n',
        operator: 'strictEqual' });
check(() => assert.strictEqual(function f() {}, function g() {}),
      { message: 'Expected "actual" to be reference-equal to "expected":\n' +
                 '+ actual - expected\n\n+ [Function: f]\n- [Function: g]',
        operator: 'strictEqual' });

// A custom message takes the place of the first line of the diff.
check(() => assert.strictEqual(1, 2, 'custom'),
      { message: 'custom\n\n1 !== 2\n', operator: 'strictEqual', generatedMessage: false });
check(() => assert.strictEqual({ a: 1 }, { a: 2 }, 'custom'),
      { message: 'custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
        operator: 'strictEqual', generatedMessage: false });
// An empty message is no message.
check(() => assert.strictEqual(1, 2, ''),
      { message: 'Expected values to be strictly equal:\n\n1 !== 2\n', operator: 'strictEqual' });

// notStrictEqual: the value inline when short, else below.
check(() => assert.notStrictEqual(1, 1),
      { message: 'Expected "actual" to be strictly unequal to: 1', operator: 'notStrictEqual' });
check(() => assert.notStrictEqual('abcdef', 'abcdef'),
      { message: "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'",
        operator: 'notStrictEqual' });
{
  const o = { a: 1, b: 2 };
  check(() => assert.notStrictEqual(o, o),
        { message: 'Expected "actual" not to be reference-equal to "expected":\n\n' +
                   '{\n  a: 1,\n  b: 2\n}\n',
          operator: 'notStrictEqual' });
  const f = function f() {};
  check(() => assert.notStrictEqual(f, f),
        { message: 'Expected "actual" not to be reference-equal to "expected":\n\n[Function: f]',
          operator: 'notStrictEqual' });
  const e = {};
  check(() => assert.notStrictEqual(e, e),
        { message: 'Expected "actual" not to be reference-equal to "expected": {}',
          operator: 'notStrictEqual' });
}
check(() => assert.notStrictEqual(1, 1, 'custom'),
      { message: 'custom', operator: 'notStrictEqual', generatedMessage: false });

// An Error as the message is thrown instead.
{
  const own = new RangeError('own');
  assert.throws(() => assert.strictEqual(1, 2, own), (err) => err === own);
  assert.throws(() => assert.equal(1, 2, own), (err) => err === own);
  assert.throws(() => assert.notStrictEqual(1, 1, own), (err) => err === own);
}

// Both arguments are required.
for (const fn of [assert.equal, assert.notEqual, assert.strictEqual, assert.notStrictEqual]) {
  assert.throws(() => fn(1), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "actual" and "expected" arguments must be specified',
  });
  assert.throws(() => fn(), { code: 'ERR_MISSING_ARGS' });
}
