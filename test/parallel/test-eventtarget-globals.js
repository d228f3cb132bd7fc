'use strict';
// The web event globals: non-enumerable, writable and configurable. AbortController,
// AbortSignal and DOMException are lazy accessors until first read, then data properties, as
// in Node; an assignment replaces the global.
require('../common');
const assert = require('assert');

for (const name of ['AbortController', 'AbortSignal', 'DOMException']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  // Node's DOMException accessors are anonymous.
  assert.strictEqual(desc.get.name, name === 'DOMException' ? '' : `get ${name}`);
  assert.strictEqual(desc.set.name, name === 'DOMException' ? '' : `set ${name}`);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
}

for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal',
                    'DOMException']) {
  const value = globalThis[name];
  assert.strictEqual(typeof value, 'function');
  assert.strictEqual(value.name, name);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, name),
                         { value, writable: true, enumerable: false, configurable: true });
  assert.ok(!Object.keys(globalThis).includes(name));
}

assert.strictEqual(Object.getPrototypeOf(AbortSignal), EventTarget);
assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);
assert.ok(new AbortController().signal instanceof EventTarget);

// Replaceable, before and after first use.
const { set } = Object.getOwnPropertyDescriptor(globalThis, 'AbortController') ?? {};
assert.strictEqual(set, undefined);
globalThis.Event = 1;
assert.strictEqual(Event, 1);
