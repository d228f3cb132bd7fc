'use strict';
// The deprecated 'multipleResolves' event: emitted on a later tick while a listener exists,
// with the type, the promise and the value, and a DEP0160 warning once.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning',
                     'The multipleResolves event has been deprecated.', 'DEP0160');

// Nothing is reported before a listener is added.
new Promise((resolve) => {
  resolve(1);
  resolve(2);
});

const events = [];
function listener(type, promise, value) {
  events.push([type, promise, value]);
}
process.on('multipleResolves', listener);

let promise;
const err = new Error('x');
promise = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(err);
  assert.strictEqual(events.length, 0);
});

process.nextTick(common.mustCall(() => {
  assert.deepStrictEqual(events, [
    ['resolve', promise, 'second'],
    ['reject', promise, err],
  ]);
  process.removeListener('multipleResolves', listener);
  new Promise((resolve) => {
    resolve(1);
    resolve(2);
  });
  setImmediate(common.mustCall(() => assert.strictEqual(events.length, 2)));
}));
