'use strict';
// util.promisify(setTimeout) and util.promisify(setImmediate) are the timers/promises
// functions, and resolve with the value given.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const timersPromises = require('timers/promises');

const sleep = util.promisify(setTimeout);
const nextTurn = util.promisify(setImmediate);
assert.strictEqual(sleep, timersPromises.setTimeout);
assert.strictEqual(nextTurn, timersPromises.setImmediate);

sleep(5, 'value').then(common.mustCall((value) => {
  assert.strictEqual(value, 'value');
}));
sleep(1).then(common.mustCall((value) => {
  assert.strictEqual(value, undefined);
}));
nextTurn('later').then(common.mustCall((value) => {
  assert.strictEqual(value, 'later');
}));
