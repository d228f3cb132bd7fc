'use strict';
// The "+ actual - expected" diff of deepStrictEqual failures as Node 20 prints it (no colors
// when stderr is not a terminal): identical lines around changes, "..." for skipped runs,
// the cut after 50 printed lines, trailing-comma handling, and the messages of
// notDeepStrictEqual, deepEqual and notDeepEqual.
require('../common');
const assert = require('assert');

if (process.stderr.isTTY) {
  // Colors would be added to the diff; the messages below are the plain ones.
  require('../common').skip('stderr is a terminal');
}

function message(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err.message;
  }
  throw new Error('did not throw');
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
const header = 'Expected values to be strictly deep-equal:\n+ actual - expected';
const skippedHeader = `${header} ... Lines skipped`;

assert.strictEqual(
  message(() => assert.deepStrictEqual({ a: 1 }, { a: 2 })),
  `${header}\n\n  {\n+   a: 1\n-   a: 2\n  }`);

// Long runs of identical lines are skipped.
assert.strictEqual(
  message(() => assert.deepStrictEqual(range(31, (i) => i + 1),
                                       range(31, (i) => (i === 14 ? 0 : i + 1)))),
  `${skippedHeader}\n\n  [\n    1,\n...\n    13,\n    14,\n+   15,\n-   0,\n    16,\n...\n` +
  '    30,\n    31\n  ]');
assert.strictEqual(
  message(() => assert.deepStrictEqual([1, 2, 3, 4, 5], [0, 2, 3, 4, 5])),
  `${skippedHeader}\n\n  [\n+   1,\n-   0,\n    2,\n...\n    4,\n    5\n  ]`);
// Five identical lines between changes are shown, six are not.
assert.strictEqual(
  message(() => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6], [9, 1, 2, 3, 4, 5, 8])),
  `${header}\n\n  [\n+   0,\n-   9,\n    1,\n    2,\n    3,\n    4,\n    5,\n+   6\n-   8\n  ]`);
assert.strictEqual(
  message(() => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7], [9, 1, 2, 3, 4, 5, 6, 8])),
  `${skippedHeader}\n\n  [\n+   0,\n-   9,\n    1,\n    2,\n...\n    5,\n    6,\n+   7\n-   8\n  ]`);

// Changed lines: all additions first, then the removals.
assert.strictEqual(
  message(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 4, d: 5 })),
  `${header}\n\n  {\n    a: 1,\n    b: 2,\n+   c: 3\n-   c: 4,\n-   d: 5\n  }`);

// A line that differs only by its trailing comma is not a change.
assert.strictEqual(
  message(() => assert.deepStrictEqual([1, 2], [1, 2, 3])),
  `${header}\n\n  [\n    1,\n    2,\n-   3\n  ]`);
assert.strictEqual(
  message(() => assert.deepStrictEqual([1, 2, 3], [1, 2])),
  `${header}\n\n  [\n    1,\n    2,\n+   3\n  ]`);

// Past 50 printed lines the diff is cut.
assert.strictEqual(
  message(() => assert.deepStrictEqual(new Array(100).fill(1), { c: 1 })),
  `${skippedHeader}\n\n+ [\n${'+   1,\n'.repeat(47)}...\n- {\n-   c: 1\n- }\n...`);

// Equal renderings of values that are not equal.
assert.strictEqual(
  message(() => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') })),
  'Values have same structure but are not reference-equal:\n\n{\n  a: Symbol(x)\n}\n');
assert.strictEqual(
  message(() => assert.deepStrictEqual(range(60, () => () => {}), range(60, () => () => {}))),
  'Values have same structure but are not reference-equal:\n\n[\n' +
  `${'  [Function (anonymous)],\n'.repeat(45)}...\n`);

// Nested values, sorted keys, getters, prototypes, dates, -0.
assert.strictEqual(
  message(() => assert.deepStrictEqual({ a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } })),
  `${header}\n\n  {\n    a: {\n      b: {\n        c: [\n          1,\n+         2\n` +
  '-         3\n        ]\n      }\n    }\n  }');
assert.strictEqual(
  message(() => assert.deepStrictEqual({ b: 1, a: 2 }, { a: 2, b: 2 })),
  `${header}\n\n  {\n    a: 2,\n+   b: 1\n-   b: 2\n  }`);
assert.strictEqual(
  message(() => assert.deepStrictEqual({ get g() { return 5; } }, { g: 6 })),
  `${header}\n\n  {\n+   g: [Getter: 5]\n-   g: 6\n  }`);
assert.strictEqual(
  message(() => assert.deepStrictEqual(Object.create(null), {})),
  `${header}\n\n+ [Object: null prototype] {}\n- {}`);
assert.strictEqual(
  message(() => assert.deepStrictEqual(new Date(0), new Date(1))),
  `${header}\n\n+ 1970-01-01T00:00:00.000Z\n- 1970-01-01T00:00:00.001Z\n` +
  '                        ^');
assert.strictEqual(
  message(() => assert.deepStrictEqual(-0, 0)),
  `${header}\n\n+ -0\n- 0`);
assert.strictEqual(
  message(() => assert.deepStrictEqual('a\nb', 'a\nc')),
  "Expected values to be strictly deep-equal:\n\n'a\\nb' !== 'a\\nc'\n");

// Errors are shown without their stacks.
assert.strictEqual(
  message(() => assert.deepStrictEqual(new Error('a'), new Error('b'))),
  `${header}\n\n+ [Error: a]\n- [Error: b]\n          ^`);
assert.strictEqual(
  message(() => assert.deepStrictEqual(Object.assign(new Error('a'), { code: 'X' }),
                                       Object.assign(new Error('a'), { code: 'Y' }))),
  `${header}\n\n  [Error: a] {\n+   code: 'X'\n-   code: 'Y'\n  }`);

// A custom message replaces the first line.
{
  let err;
  try {
    assert.deepStrictEqual([1, 2, 3], [1, 2, 4], 'custom');
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.message, 'custom\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]');
  assert.strictEqual(err.generatedMessage, false);
}

// notDeepStrictEqual.
assert.strictEqual(
  message(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })),
  'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(
  message(() => assert.notDeepStrictEqual(1, 1)),
  'Expected "actual" not to be strictly deep-equal to: 1');
assert.strictEqual(
  message(() => assert.notDeepStrictEqual(range(60), range(60))),
  'Expected "actual" not to be strictly deep-equal to:\n\n[\n' +
  `${range(45, (i) => `  ${i},\n`).join('')}...\n`);

// deepEqual and notDeepEqual show both values, each cut at 512 characters.
assert.strictEqual(
  message(() => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] })),
  'Expected values to be loosely deep-equal:\n\n{\n  a: [\n    1,\n    2\n  ]\n}\n\n' +
  'should loosely deep-equal\n\n{\n  a: [\n    1,\n    3\n  ]\n}');
assert.strictEqual(
  message(() => assert.deepEqual('a'.repeat(600), 'b')),
  `Expected values to be loosely deep-equal:\n\n'${'a'.repeat(508)}...\n\n` +
  "should loosely deep-equal\n\n'b'");
assert.strictEqual(
  message(() => assert.notDeepEqual({ a: 1 }, { a: 1 })),
  'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(
  message(() => assert.notDeepEqual(1, '1')),
  "Expected values not to be loosely deep-equal:\n\n1\n\nshould not loosely deep-equal\n\n'1'");
assert.strictEqual(
  message(() => assert.notDeepEqual({ s: 'x'.repeat(2000) }, { s: 'x'.repeat(2000) })),
  `Expected "actual" not to be loosely deep-equal to:\n\n{\n  s: '${'x'.repeat(961)}...`);
