'use strict';
// The AssertionError class: its properties, name and code, stack header, toString(),
// options validation, generated messages, `details` (CallTracker) and how util.inspect
// shows it (long strings shortened, actual/expected at depth 0).
require('../common');
const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;

assert.strictEqual(AssertionError.name, 'AssertionError');
assert.strictEqual(AssertionError.length, 1);
assert.strictEqual(Object.getPrototypeOf(AssertionError), Error);
assert.deepStrictEqual(Object.getOwnPropertyNames(AssertionError.prototype),
                       ['constructor', 'toString']);

{
  const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.actual, 1);
  assert.strictEqual(err.expected, 2);
  assert.strictEqual(err.operator, 'strictEqual');
  assert.deepStrictEqual(Object.keys(err),
                         ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'name'), {
    value: 'AssertionError', writable: true, enumerable: false, configurable: true,
  });
  // The stack was formatted while the name still had the code.
  assert.strictEqual(err.stack.split('\n')[0],
                     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
  assert.strictEqual(String(err),
                     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
}

// Messages for other operators.
assert.strictEqual(new AssertionError({}).message, 'undefined undefined undefined');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2 }).message, '1 undefined 2');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message,
                   '1 foo 2');
assert.strictEqual(
  new AssertionError({ actual: 1, expected: 1, operator: 'strictEqual' }).message,
  'Values have same structure but are not reference-equal:\n\n1\n');

// A given message.
{
  const err = new AssertionError({ message: 5 });
  assert.strictEqual(err.message, '5');
  assert.strictEqual(err.generatedMessage, false);
  const empty = new AssertionError({ message: '' });
  assert.strictEqual(empty.message, '');
  assert.strictEqual(empty.generatedMessage, true);
  const multiLine = new AssertionError({ message: 'line1\nline2' });
  assert.deepStrictEqual(multiLine.stack.split('\n').slice(0, 2),
                         ['AssertionError [ERR_ASSERTION]: line1', 'line2']);
}

// Errors on both sides are compared without their stacks; actual and expected are then the
// copies.
{
  const a = new Error('a');
  const b = new Error('b');
  const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
  assert.strictEqual(err.message,
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                     '+ [Error: a]\n- [Error: b]\n          ^');
  assert.notStrictEqual(err.actual, a);
  assert.strictEqual(Object.getPrototypeOf(err.actual), Error.prototype);
  assert.strictEqual(err.actual.message, 'a');
}

// stackStartFn (and the older stackStartFunction) cut the stack.
{
  function outer() {
    return new AssertionError({ message: 'm', stackStartFn: outer });
  }
  function caller() {
    return outer();
  }
  assert.match(caller().stack.split('\n')[1], /^ {4}at caller /);
  function older() {
    return new AssertionError({ message: 'm', stackStartFunction: older });
  }
  assert.doesNotMatch(older().stack.split('\n')[1], /at older /);
}

// details: one set of properties per entry.
{
  const stack = new Error('s');
  const err = new AssertionError({
    message: 'several',
    details: [{ message: 'm0', actual: 1, expected: 2, operator: 'op0', stack }],
  });
  assert.deepStrictEqual(Object.keys(err), [
    'generatedMessage', 'code', 'actual', 'expected', 'operator',
    'message 0', 'actual 0', 'expected 0', 'operator 0', 'stack trace 0',
  ]);
  assert.strictEqual(err['stack trace 0'], stack);
  assert.strictEqual(err.actual, undefined);
}

// The options must be an object.
assert.throws(() => new AssertionError(), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});
assert.throws(() => new AssertionError('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'x\')',
});

// util.inspect: long strings are shortened (Node keeps what follows the first 512
// characters), more than ten lines cut to ten; nested values at depth 0.
{
  const err = new AssertionError({
    actual: 'x'.repeat(600), expected: 'a\n'.repeat(20), operator: 'strictEqual', message: 'm',
  });
  const shown = util.inspect(err).split('\n').filter((line) => !line.includes(' at '));
  assert.deepStrictEqual(shown.slice(-6), [
    '  generatedMessage: false,',
    "  code: 'ERR_ASSERTION',",
    `  actual: '${'x'.repeat(88)}...',`,
    `  expected: '${'a\\n'.repeat(10)}...',`,
    "  operator: 'strictEqual'",
    '}',
  ]);
  // The values themselves are left as they were.
  assert.strictEqual(err.actual.length, 600);

  const nested = new AssertionError({
    actual: { a: { b: 1 } }, expected: [[1]], operator: 'deepEqual', message: 'mm',
  });
  const lines = util.inspect({ e: nested }).split('\n').filter((line) => !line.includes(' at '));
  assert.deepStrictEqual(lines.slice(-7), [
    '    generatedMessage: false,',
    "    code: 'ERR_ASSERTION',",
    '    actual: [Object],',
    '    expected: [Array],',
    "    operator: 'deepEqual'",
    '  }',
    '}',
  ]);
}
