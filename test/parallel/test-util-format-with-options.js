'use strict';
// util.formatWithOptions(): inspect options reach %o/%O/%s and extra arguments, %d/%i/%f
// honour numericSeparator, and the options argument is validated.
require('../common');
const assert = require('assert');
const { formatWithOptions } = require('util');

assert.strictEqual(formatWithOptions({ colors: true }, 'value: %O', { a: 1, b: 'x' }),
                   "value: { a: \u001b[33m1\u001b[39m, b: \u001b[32m'x'\u001b[39m }");
assert.strictEqual(formatWithOptions({ colors: true }, 'extra', 1, 'str', null),
                   'extra \u001b[33m1\u001b[39m str \u001b[1mnull\u001b[22m');
assert.strictEqual(formatWithOptions({ colors: true }, '%s', { a: 1 }),
                   '{ a: 1 }');
assert.strictEqual(formatWithOptions({ compact: false }, '%O', { a: [1] }),
                   '{\n' +
                   '  a: [\n' +
                   '    1\n' +
                   '  ]\n' +
                   '}');
assert.strictEqual(formatWithOptions({ depth: 0 }, '%O %o', { a: { b: 1 } }, { a: { b: 1 } }),
                   '{ a: [Object] } { a: { b: 1 } }');
assert.strictEqual(formatWithOptions({ numericSeparator: true }, '%d %i %f %s',
                                     1234567, 1234567.8, 1234.5678, 12345),
                   '1_234_567 1_234_567 1_234.567_8 12_345');
assert.strictEqual(formatWithOptions({ numericSeparator: true }, '%d %s', 1234567n, 1234567n),
                   '1_234_567n 1_234_567n');
assert.strictEqual(formatWithOptions({ breakLength: Infinity }, '%O',
                                     { a: 'x'.repeat(50), b: 'y'.repeat(50) }),
                   `{ a: '${'x'.repeat(50)}', b: '${'y'.repeat(50)}' }`);
assert.strictEqual(formatWithOptions([], '%s', 1),
                   '1');


for (const bad of [null, undefined, 1, 'str', true, () => {}]) {
  assert.throws(() => formatWithOptions(bad, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => formatWithOptions(null, 'x'), {
  message: 'The "inspectOptions" argument must be of type object. Received null',
});
