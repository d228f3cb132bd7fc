'use strict';
// addEventListener with a null or undefined listener does nothing and emits an
// AddEventListenerArgumentTypeWarning carrying the target and the type.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const target = new EventTarget();
const seen = [];
process.on('warning', common.mustCall((warning) => {
  assert.ok(warning instanceof Error);
  assert.strictEqual(warning.name, 'AddEventListenerArgumentTypeWarning');
  assert.strictEqual(warning.target, target);
  seen.push([warning.type, warning.message]);
}, 2));

target.addEventListener('foo', null);
target.addEventListener('bar', undefined, { once: true });
assert.deepStrictEqual(getEventListeners(target, 'foo'), []);
// Removing null does nothing, silently.
target.removeEventListener('foo', null);

process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    ['foo', 'addEventListener called with null which has no effect.'],
    ['bar', 'addEventListener called with undefined which has no effect.'],
  ]);
});
