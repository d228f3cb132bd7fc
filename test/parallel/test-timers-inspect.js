'use strict';
// util.inspect of Timeout and Immediate objects: their own fields in Node's order, with the
// timer list heads and arguments shown one level deep only.
require('../common');
const assert = require('assert');
const util = require('util');

function shape(text) {
  return text.replace(/(_idleStart|\(asyncId\)\]|\(triggerId\)\]): \d+/g, '$1: N');
}

const timeout = setTimeout(function named() {}, 10, 'a');
assert.strictEqual(shape(util.inspect(timeout)), `Timeout {
  _idleTimeout: 10,
  _idlePrev: [TimersList],
  _idleNext: [TimersList],
  _idleStart: N,
  _onTimeout: [Function: named],
  _timerArgs: [Array],
  _repeat: null,
  _destroyed: false,
  [Symbol(refed)]: true,
  [Symbol(kHasPrimitive)]: false,
  [Symbol(asyncId)]: N,
  [Symbol(triggerId)]: N
}`);
clearTimeout(timeout);
assert.strictEqual(shape(util.inspect({ timeout }, { depth: 5 })), `{
  timeout: Timeout {
    _idleTimeout: -1,
    _idlePrev: null,
    _idleNext: null,
    _idleStart: N,
    _onTimeout: null,
    _timerArgs: [Array],
    _repeat: null,
    _destroyed: true,
    [Symbol(refed)]: true,
    [Symbol(kHasPrimitive)]: false,
    [Symbol(asyncId)]: N,
    [Symbol(triggerId)]: N
  }
}`);

const interval = setInterval(() => {}, 5).unref();
assert.match(util.inspect(interval), /_repeat: 5,\n {2}_destroyed: false,\n {2}\[Symbol\(refed\)\]: false,/);
clearInterval(interval);

const immediate = setImmediate(() => {}, 1);
assert.strictEqual(shape(util.inspect(immediate)), `Immediate {
  _idleNext: null,
  _idlePrev: null,
  _onImmediate: [Function (anonymous)],
  _argv: [ 1 ],
  _destroyed: false,
  [Symbol(refed)]: true,
  [Symbol(asyncId)]: N,
  [Symbol(triggerId)]: N
}`);
clearImmediate(immediate);
assert.match(util.inspect(immediate), /_onImmediate: null,[^]*\[Symbol\(refed\)\]: null,/);
