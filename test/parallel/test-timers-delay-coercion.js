'use strict';
// How setTimeout and setInterval read the delay: coerced to a number; NaN, below 1 and
// non-numbers become 1; above 2 ** 31 - 1 becomes 1 with a TimeoutOverflowWarning; fractions
// are kept in _idleTimeout; symbols and bigints throw V8's TypeError.
const common = require('../common');
const assert = require('assert');

common.expectWarning('TimeoutOverflowWarning', [
  ['2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.'],
  ['Infinity does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.'],
  ['1e+300 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.'],
]);

const cases = [
  [undefined, 1], [null, 1], [NaN, 1], [0, 1], [-5, 1], [0.5, 1], [-Infinity, 1],
  ['5', 5], ['abc', 1], [true, 1], [false, 1], [[], 1], [[7], 7], [{}, 1],
  [{ valueOf() { return 3; } }, 3], [1.7, 1.7], [2 ** 31 - 1, 2 ** 31 - 1],
  [2 ** 31, 1], [Infinity, 1], [1e300, 1],
];
for (const [delay, expected] of cases) {
  const timeout = setTimeout(common.mustNotCall(), delay);
  assert.strictEqual(timeout._idleTimeout, expected, `delay ${String(delay)}`);
  clearTimeout(timeout);
}

const interval = setInterval(common.mustNotCall(), '20');
assert.strictEqual(interval._idleTimeout, 20);
assert.strictEqual(interval._repeat, 20);
clearInterval(interval);
assert.strictEqual(setTimeout(common.mustCall(), 1)._repeat, null);

assert.throws(() => setTimeout(common.mustNotCall(), Symbol('s')), {
  name: 'TypeError',
  message: 'Cannot convert a Symbol value to a number',
});
assert.throws(() => setTimeout(common.mustNotCall(), 1n), {
  name: 'TypeError',
  message: 'Cannot mix BigInt and other types, use explicit conversions',
});
