'use strict';
// Object listeners: handleEvent is called with the object as `this`, looked up at every
// dispatch (and once when added); an object without handleEvent is accepted and ignored.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const target = new EventTarget();
let reads = 0;
const event = new Event('foo');
const handleEvent = common.mustCall(function(e) {
  assert.strictEqual(this, listener);
  assert.strictEqual(e, event);
});
const listener = {
  get handleEvent() {
    reads++;
    return handleEvent;
  },
};
target.addEventListener('foo', listener);
assert.strictEqual(reads, 1);
target.dispatchEvent(event);
assert.strictEqual(reads, 3);

// handleEvent replaced after registration: the new one is used.
const swapped = { handleEvent: common.mustNotCall() };
target.addEventListener('bar', swapped);
swapped.handleEvent = common.mustCall();
target.dispatchEvent(new Event('bar'));

// Without handleEvent the object is kept (the DOM allows it) and does nothing.
const empty = {};
target.addEventListener('baz', empty);
assert.deepStrictEqual(getEventListeners(target, 'baz'), [empty]);
target.dispatchEvent(new Event('baz'));
target.removeEventListener('baz', empty);
assert.deepStrictEqual(getEventListeners(target, 'baz'), []);

// A function with a handleEvent property is called as a function.
const fn = common.mustCall();
fn.handleEvent = common.mustNotCall();
target.addEventListener('fn', fn);
target.dispatchEvent(new Event('fn'));
