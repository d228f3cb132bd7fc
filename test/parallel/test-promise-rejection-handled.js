'use strict';
// A rejection reported as unhandled that gets a handler later emits 'rejectionHandled' with
// the promise; one handled before it was reported emits nothing.
const common = require('../common');
const assert = require('assert');

const late = Promise.reject(new Error('late'));
const early = Promise.reject(new Error('early'));
early.catch(() => {});

process.on('unhandledRejection', common.mustCall((reason, promise) => {
  assert.strictEqual(promise, late);
  setTimeout(common.mustCall(() => {
    promise.catch(common.mustCall());
  }), 1);
}));
process.on('rejectionHandled', common.mustCall((promise) => {
  assert.strictEqual(promise, late);
}));
