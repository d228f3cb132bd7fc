'use strict';
// events.getEventListeners() for EventEmitters (the unwrapped listeners) and its argument
// checks.
require('../common');
const assert = require('assert');
const { EventEmitter, getEventListeners } = require('events');

{
  const ee = new EventEmitter();
  const a = () => {};
  const b = () => {};
  assert.deepStrictEqual(getEventListeners(ee, 'foo'), []);
  ee.on('foo', a);
  ee.once('foo', b);
  assert.deepStrictEqual(getEventListeners(ee, 'foo'), [a, b]);
  ee.off('foo', a);
  assert.deepStrictEqual(getEventListeners(ee, 'foo'), [b]);
}

// Anything with a listeners() method is asked directly.
assert.deepStrictEqual(getEventListeners({ listeners: (n) => [n] }, 'x'), ['x']);

for (const bad of [{}, 1, 'str']) {
  assert.throws(() => getEventListeners(bad, 'foo'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
