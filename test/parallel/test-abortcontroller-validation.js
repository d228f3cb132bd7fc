'use strict';
// AbortSignal cannot be constructed; its getters and methods check their receiver, and so do
// AbortController's (through its private field).
require('../common');
const assert = require('assert');

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});
class MySignal extends AbortSignal {}
assert.throws(() => new MySignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => AbortSignal(), TypeError);
assert.throws(() => AbortController(), TypeError);

const invalidThis = {
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: 'Value of "this" must be of type AbortSignal',
};
const proto = AbortSignal.prototype;
for (const receiver of [{}, null, undefined, new EventTarget(), Object.create(proto)]) {
  for (const name of ['aborted', 'reason']) {
    const { get } = Object.getOwnPropertyDescriptor(proto, name);
    assert.throws(() => get.call(receiver), invalidThis);
  }
  assert.throws(() => proto.throwIfAborted.call(receiver), invalidThis);
}

for (const receiver of [{}, Object.create(AbortController.prototype)]) {
  const { get } = Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal');
  assert.throws(() => get.call(receiver), TypeError);
  assert.throws(() => AbortController.prototype.abort.call(receiver), TypeError);
}

// Attributes of the prototypes, as Node has them.
const attributes = (object, name) => {
  const desc = Object.getOwnPropertyDescriptor(object, name);
  return [typeof (desc.get ?? desc.value), desc.enumerable, desc.configurable];
};
assert.deepStrictEqual(attributes(proto, 'aborted'), ['function', true, true]);
assert.deepStrictEqual(attributes(proto, 'reason'), ['function', false, true]);
assert.deepStrictEqual(attributes(proto, 'throwIfAborted'), ['function', false, true]);
assert.deepStrictEqual(attributes(AbortSignal, 'abort'), ['function', false, true]);
assert.deepStrictEqual(attributes(AbortSignal, 'timeout'), ['function', false, true]);
assert.deepStrictEqual(attributes(AbortSignal, 'any'), ['function', false, true]);
assert.deepStrictEqual(attributes(AbortController.prototype, 'signal'), ['function', true, true]);
assert.deepStrictEqual(attributes(AbortController.prototype, 'abort'), ['function', true, true]);
assert.strictEqual(proto[Symbol.toStringTag], 'AbortSignal');
assert.strictEqual(AbortController.prototype[Symbol.toStringTag], 'AbortController');
assert.strictEqual(String(new AbortController()), '[object AbortController]');
assert.strictEqual(String(new AbortController().signal), '[object AbortSignal]');
assert.strictEqual(AbortController.length, 0);
assert.strictEqual(AbortSignal.length, 0);
