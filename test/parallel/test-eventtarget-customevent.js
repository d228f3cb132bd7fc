'use strict';
// CustomEvent: an Event with `detail` (null by default), its brand check and attributes.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);
assert.strictEqual(CustomEvent.length, 1);
assert.strictEqual(new CustomEvent('foo').detail, null);
assert.strictEqual(new CustomEvent('foo', { detail: undefined }).detail, null);
assert.strictEqual(new CustomEvent('foo', { detail: 0 }).detail, 0);
const detail = { a: 1 };
const event = new CustomEvent('foo', { detail, cancelable: true });
assert.strictEqual(event.detail, detail);
assert.strictEqual(event.cancelable, true);
assert.strictEqual(event.type, 'foo');
assert.ok(event instanceof Event);
assert.strictEqual(Object.prototype.toString.call(event), '[object CustomEvent]');

const target = new EventTarget();
target.addEventListener('foo', common.mustCall((e) => {
  assert.strictEqual(e, event);
  assert.strictEqual(e.detail, detail);
}));
target.dispatchEvent(event);

// detail is read after the Event options.
const read = [];
new CustomEvent('foo', new Proxy({}, {
  get(obj, key) {
    if (typeof key === 'string') read.push(key);
    return undefined;
  },
}));
assert.deepStrictEqual(read, ['bubbles', 'cancelable', 'composed', 'detail']);

const desc = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail');
assert.strictEqual(desc.get.name, 'get detail');
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);

assert.throws(() => new CustomEvent(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new CustomEvent('foo', 1), { code: 'ERR_INVALID_ARG_TYPE' });
for (const receiver of [new Event('foo'), {}, null, undefined, 1]) {
  assert.throws(() => desc.get.call(receiver), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type CustomEvent',
  });
}
