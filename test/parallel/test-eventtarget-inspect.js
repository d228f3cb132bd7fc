'use strict';
// util.inspect of Event, CustomEvent and EventTarget (and subclasses), at every depth.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const event = new Event('foo', { cancelable: true });
const ts = event.timeStamp;
assert.strictEqual(
  inspect(event, { breakLength: Infinity }),
  `Event { type: 'foo', defaultPrevented: false, cancelable: true, timeStamp: ${ts} }`);
assert.strictEqual(inspect(event, { depth: 0 }), 'Event [Object]');
assert.strictEqual(inspect(event, { depth: -1 }), 'Event');
assert.strictEqual(inspect({ a: { b: { c: event } } }), '{ a: { b: { c: Event } } }');
event.preventDefault();
assert.match(inspect(event), /defaultPrevented: true/);

const custom = new CustomEvent('bar', { detail: 1 });
assert.strictEqual(
  inspect(custom, { breakLength: Infinity }),
  `CustomEvent { type: 'bar', defaultPrevented: false, cancelable: false, timeStamp: ${
    custom.timeStamp} }`);

class MyEvent extends Event {}
assert.match(inspect(new MyEvent('baz')), /^MyEvent \{\n {2}type: 'baz',/);

const target = new EventTarget();
target.addEventListener('foo', () => {});
assert.strictEqual(inspect(target), 'EventTarget {}');
assert.strictEqual(inspect([target]), '[ EventTarget {} ]');
assert.strictEqual(inspect(target, { depth: -1 }), 'EventTarget');
assert.strictEqual(inspect({ a: { b: { target } } }), '{ a: { b: { target: EventTarget } } }');
class MyTarget extends EventTarget {}
assert.strictEqual(inspect(new MyTarget()), 'MyTarget {}');

assert.strictEqual(String(target), '[object EventTarget]');
