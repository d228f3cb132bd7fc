'use strict';
// Without a 'rejectionHandled' listener, a handler added to a rejection already reported
// brings a PromiseRejectionHandledWarning naming the rejection id.
const common = require('../common');
const assert = require('assert');

common.expectWarning('PromiseRejectionHandledWarning',
                     'Promise rejection was handled asynchronously (rejection id: 2)');

const first = Promise.reject(new Error('handled in time'));
first.catch(() => {});
const second = Promise.reject(new Error('handled late'));
process.on('unhandledRejection', common.mustCall(() => {
  setImmediate(common.mustCall(() => second.catch(() => {})));
}));
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'PromiseRejectionHandledWarning');
  assert.strictEqual(warning.id, 2);
  assert(warning instanceof Error);
  assert.strictEqual(Object.getPrototypeOf(warning).constructor.name,
                     'PromiseRejectionHandledWarning');
}));
