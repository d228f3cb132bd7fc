'use strict';
// EventEmitter as a base: class extends, util.inherits + EventEmitter.call(this),
// Object.create + init, and emitters whose prototype already carries _events.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

{
  class MyEE extends EventEmitter {
    constructor(cb) {
      super();
      this.once(1, cb);
    }
  }
  const myee = new MyEE(common.mustCall());
  myee.emit(1);
  assert.ok(myee instanceof EventEmitter);
  assert.deepStrictEqual(Object.keys(myee), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(util.inspect(myee).split('\n')[0], 'MyEE {');
}

{
  function Old() {
    EventEmitter.call(this);
  }
  util.inherits(Old, EventEmitter);
  const old = new Old();
  old.on('x', common.mustCall((v) => assert.strictEqual(v, 'y')));
  old.emit('x', 'y');
  assert.strictEqual(Object.getPrototypeOf(old._events), null);
}

// Calling without new throws in strict-mode class form, but the function form works as
// a plain call on an existing object.
{
  const obj = {};
  EventEmitter.call(obj);
  assert.deepStrictEqual(Object.keys(obj), ['_events', '_eventsCount', '_maxListeners']);
  EventEmitter.init.call(obj);
  assert.strictEqual(obj._eventsCount, 0);
}

// A prototype with its own _events map: instances get their own.
{
  function Proto() {}
  Proto.prototype = Object.create(EventEmitter.prototype);
  Proto.prototype._events = { __proto__: null };
  const a = new Proto();
  EventEmitter.call(a);
  assert.notStrictEqual(a._events, Proto.prototype._events);
  a.on('x', () => {});
  assert.strictEqual(Proto.prototype._events.x, undefined);
}

// init() keeps an already set _maxListeners.
{
  const o = Object.create(EventEmitter.prototype);
  o._maxListeners = 3;
  EventEmitter.init.call(o);
  assert.strictEqual(o.getMaxListeners(), 3);
}

// An own _events object set before init is kept.
{
  const o = Object.create(EventEmitter.prototype);
  const events = { __proto__: null, x: () => {} };
  o._events = events;
  o._eventsCount = 1;
  EventEmitter.init.call(o);
  assert.strictEqual(o._events, events);
  assert.strictEqual(o.listenerCount('x'), 1);
  o.removeListener('x', events.x);
  assert.strictEqual(o.listenerCount('x'), 0);
}

// Overridden methods are used by once().
{
  class Logged extends EventEmitter {
    constructor() {
      super();
      this.added = [];
    }
    on(name, fn) {
      this.added.push(name);
      return super.on(name, fn);
    }
  }
  const l = new Logged();
  l.once('z', common.mustCall());
  assert.deepStrictEqual(l.added, ['z']);
  l.emit('z');
}
