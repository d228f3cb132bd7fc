'use strict';
// More listeners of one type than events.setMaxListeners() allows (10 by default) gives one
// MaxListenersExceededWarning per target; 0 means no limit.
const common = require('../common');
const assert = require('assert');
const { setMaxListeners, getMaxListeners } = require('events');

const warnings = [];
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  warnings.push(warning);
}, 3));

const target = new EventTarget();
assert.strictEqual(getMaxListeners(target), 10);
for (let i = 0; i < 12; i++) target.addEventListener('foo', () => {});

const limited = new EventTarget();
setMaxListeners(2, limited);
const listener = () => {};
limited.addEventListener('foo', listener);
limited.addEventListener('foo', listener); // duplicate: not counted
limited.addEventListener('foo', listener, true);
limited.addEventListener('foo', () => {});

const signal = new AbortController().signal;
setMaxListeners(1, signal);
signal.addEventListener('abort', () => {});
signal.addEventListener('abort', () => {});

const unlimited = new EventTarget();
setMaxListeners(0, unlimited);
for (let i = 0; i < 20; i++) unlimited.addEventListener('foo', () => {});

process.on('exit', () => {
  assert.deepStrictEqual(warnings.map((w) => [w.message, w.type, w.count]), [
    ['Possible EventTarget memory leak detected. 11 foo listeners added to EventTarget. ' +
     'MaxListeners is 10. Use events.setMaxListeners() to increase limit', 'foo', 11],
    ['Possible EventTarget memory leak detected. 3 foo listeners added to EventTarget. ' +
     'MaxListeners is 2. Use events.setMaxListeners() to increase limit', 'foo', 3],
    ['Possible EventTarget memory leak detected. 2 abort listeners added to ' +
     '[AbortSignal]. MaxListeners is 1. Use events.setMaxListeners() to increase limit',
     'abort', 2],
  ]);
  assert.strictEqual(warnings[0].target, target);
  assert.strictEqual(warnings[1].target, limited);
  assert.strictEqual(warnings[2].target, signal);
});
