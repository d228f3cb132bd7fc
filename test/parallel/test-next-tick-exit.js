'use strict';
// Callbacks queued with process.nextTick from an 'exit' listener never run; those queued
// from 'beforeExit' do (and, unlike an immediate, do not bring another 'beforeExit').
const common = require('../common');

let count = 0;
process.on('beforeExit', common.mustCall(() => {
  if (++count > 1) return;
  process.nextTick(common.mustCall());
  setImmediate(common.mustCall(() => {
    process.nextTick(common.mustCall());
  }));
}, 2));
process.on('exit', () => {
  process.nextTick(common.mustNotCall());
});
