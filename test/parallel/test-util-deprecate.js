'use strict';
// util.deprecate(): one warning per wrapper (and per code), the wrapper stands in for the
// function (this, new, prototype), process.noDeprecation is read at call time, and `code`
// must be a string.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const seen = [];
process.on('warning', (warning) => {
  seen.push([warning.name, warning.code, warning.message]);
});

function add(a, b) { return a + b + (this ? this.extra : 0); }
add.prototype.marker = 1;

const deprecatedAdd = util.deprecate(add, 'add() is deprecated', 'DEP_TEST_1');
assert.strictEqual(deprecatedAdd.name, 'deprecated');
assert.strictEqual(deprecatedAdd.length, 0);
assert.strictEqual(Object.getPrototypeOf(deprecatedAdd), add);
assert.strictEqual(deprecatedAdd.prototype, add.prototype);
assert.strictEqual(deprecatedAdd.call({ extra: 10 }, 1, 2), 13);
assert.strictEqual(deprecatedAdd.call({ extra: 0 }, 1, 2), 3);

// Another wrapper with the same code does not warn again.
util.deprecate(add, 'same code again', 'DEP_TEST_1').call({ extra: 0 });

// Without a code, each wrapper warns once.
const noCode = util.deprecate(() => 'r', 'no code');
assert.strictEqual(noCode(), 'r');
noCode();
// An arrow function has no prototype: the wrapper keeps its own.
assert.strictEqual(typeof noCode.prototype, 'object');

// Classes: `new` reaches the original with the right new.target.
class Base { constructor(x) { this.x = x; } }
const DeprecatedBase = util.deprecate(Base, 'Base is deprecated', 'DEP_TEST_2');
const instance = new DeprecatedBase(5);
assert.ok(instance instanceof Base);
assert.strictEqual(instance.x, 5);
class Derived extends DeprecatedBase {}
assert.ok(new Derived(1) instanceof Derived);

// A call made while process.noDeprecation is set does not use up the warning.
const later = util.deprecate(() => 1, 'later warning', 'DEP_TEST_3');
process.noDeprecation = true;
later();
process.noDeprecation = false;
later();

assert.throws(() => util.deprecate(add, 'msg', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "code" argument must be of type string. Received type number (5)',
});
assert.throws(() => util.deprecate(5, 'msg'), TypeError);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    ['DeprecationWarning', 'DEP_TEST_1', 'add() is deprecated'],
    ['DeprecationWarning', undefined, 'no code'],
    ['DeprecationWarning', 'DEP_TEST_2', 'Base is deprecated'],
    ['DeprecationWarning', 'DEP_TEST_3', 'later warning'],
  ]);
}));
