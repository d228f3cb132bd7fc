'use strict';
// In the default mode ('throw') an unhandled rejection without an 'unhandledRejection'
// listener becomes an uncaught exception with origin 'unhandledRejection': the reason itself
// when it looks like an error (has an own `stack`), else an UnhandledPromiseRejection error
// with code ERR_UNHANDLED_REJECTION naming the reason.
const common = require('../common');
const assert = require('assert');

const message = (text) => 'This error originated either by throwing inside of an async ' +
  'function without a catch block, or by rejecting a promise which was not handled with ' +
  `.catch(). The promise rejected with the reason "${text}".`;

const error = new Error('boom');
const errorLike = { stack: 'fake stack' };
const expected = [
  (err) => assert.strictEqual(err, error),
  (err) => {
    assert.strictEqual(err.name, 'UnhandledPromiseRejection');
    assert.strictEqual(err.code, 'ERR_UNHANDLED_REJECTION');
    assert.strictEqual(err.message, message('1'));
    assert(err instanceof Error);
    assert.notStrictEqual(Object.getPrototypeOf(err), Error.prototype);
    assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(err)), Error.prototype);
    assert.strictEqual(Object.getPrototypeOf(err).constructor.name,
                       'UnhandledPromiseRejection');
    assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
    assert.deepStrictEqual(Object.getOwnPropertyNames(err), ['stack', 'message', 'code', 'name']);
    assert.match(err.stack, /^UnhandledPromiseRejection: This error originated/);
  },
  (err) => assert.strictEqual(err, errorLike),
  (err) => assert.strictEqual(err.message, message('undefined')),
];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'unhandledRejection');
  expected.shift()(err);
}, expected.length));

Promise.reject(error);
Promise.reject(1);
Promise.reject(errorLike);
Promise.reject();
