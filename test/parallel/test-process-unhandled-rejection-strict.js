// Flags: --unhandled-rejections=strict
'use strict';
// --unhandled-rejections=strict raises the rejection as an uncaught exception first, then
// emits 'unhandledRejection' (when the exception was handled).
const common = require('../common');
const assert = require('assert');

const log = [];
const error = new Error('strict');
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'unhandledRejection');
  log.push(['uncaught', err]);
}, 2));
process.on('unhandledRejection', common.mustCall((reason) => {
  log.push(['unhandled', reason]);
}, 2));

Promise.reject(error);
Promise.reject('text');

process.on('exit', () => {
  assert.strictEqual(log.length, 4);
  assert.deepStrictEqual(log[0], ['uncaught', error]);
  assert.deepStrictEqual(log[1], ['unhandled', error]);
  assert.strictEqual(log[2][0], 'uncaught');
  assert.strictEqual(log[2][1].code, 'ERR_UNHANDLED_REJECTION');
  assert.deepStrictEqual(log[3], ['unhandled', 'text']);
});
