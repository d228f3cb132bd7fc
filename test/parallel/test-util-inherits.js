'use strict';
// util.inherits(): prototype chain, super_, and Node's validation errors.
require('../common');
const assert = require('assert');
const { inherits } = require('util');

function A() { this._a = 'a'; }
A.prototype.a = function() { return this._a; };
function B(value) { A.call(this); this._b = value; }
inherits(B, A);
B.prototype.b = function() { return this._b; };

assert.deepStrictEqual(Object.getOwnPropertyDescriptor(B, 'super_'), {
  value: A, writable: true, enumerable: false, configurable: true,
});
const b = new B('b');
assert.strictEqual(b.a(), 'a');
assert.strictEqual(b.b(), 'b');
assert.strictEqual(b.constructor, B);
assert.ok(b instanceof A);
assert.deepStrictEqual(Object.keys(B), []);

// Inheriting from a class works too.
class Base { hello() { return 'hi'; } }
function Legacy() {}
inherits(Legacy, Base);
assert.strictEqual(new Legacy().hello(), 'hi');

for (const [ctor, superCtor, message] of [
  [null, A, 'The "ctor" argument must be of type function. Received null'],
  [undefined, A, 'The "ctor" argument must be of type function. Received undefined'],
  [A, null, 'The "superCtor" argument must be of type function. Received null'],
  [A, undefined, 'The "superCtor" argument must be of type function. Received undefined'],
  [A, {}, 'The "superCtor.prototype" property must be of type object. Received undefined'],
  [A, () => {}, 'The "superCtor.prototype" property must be of type object. Received undefined'],
]) {
  assert.throws(() => inherits(ctor, superCtor), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message,
  });
}
