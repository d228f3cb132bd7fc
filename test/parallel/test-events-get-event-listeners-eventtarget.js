'use strict';
// events.getEventListeners() and getMaxListeners()/setMaxListeners() on an EventTarget.
require('../common');
const assert = require('assert');
const { getEventListeners, getMaxListeners, setMaxListeners } = require('events');

const et = new EventTarget();
const a = () => {};
const b = { handleEvent() {} };
assert.deepStrictEqual(getEventListeners(et, 'foo'), []);
et.addEventListener('foo', a);
et.addEventListener('foo', b);
et.addEventListener('foo', a); // duplicates are ignored by EventTarget
assert.deepStrictEqual(getEventListeners(et, 'foo'), [a, b]);
et.removeEventListener('foo', a);
assert.deepStrictEqual(getEventListeners(et, 'foo'), [b]);
assert.deepStrictEqual(getEventListeners(et, 'bar'), []);

assert.strictEqual(getMaxListeners(et), 10);
setMaxListeners(2, et);
assert.strictEqual(getMaxListeners(et), 2);
