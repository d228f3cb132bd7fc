'use strict';
// The shape of Node's coded errors (here from events' argument checks): class, name, an
// enumerable own `code`, non-enumerable message, `Name [CODE]: message` in toString() and
// the stack, and no internal validator frames at the top of the stack.
require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('did not throw');
}

function callSite() {
  return new EventEmitter().on('x', 1);
}
const err = thrown(callSite);
const message = 'The "listener" argument must be of type function. Received type number (1)';
assert.ok(err instanceof TypeError);
assert.ok(err instanceof Error);
assert.strictEqual(err.constructor, TypeError);
assert.strictEqual(err.name, 'TypeError');
assert.strictEqual(Object.prototype.hasOwnProperty.call(err, 'name'), false);
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(err.message, message);
assert.deepStrictEqual(Object.keys(err), ['code']);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'code'), {
  value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true,
});
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'message'), {
  value: message, writable: true, enumerable: false, configurable: true,
});
assert.strictEqual(err.toString(), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
assert.strictEqual(String(err), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
const lines = err.stack.split('\n');
assert.strictEqual(lines[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
assert.ok(!/validators|internal\/errors/.test(err.stack), err.stack);
assert.ok(lines.some((line) => /^ {4}at callSite \(/.test(line)), err.stack);

// util.inspect shows the stack, then the code.
const inspected = util.inspect(err);
assert.ok(inspected.startsWith(`TypeError [ERR_INVALID_ARG_TYPE]: ${message}\n    at `));
assert.ok(inspected.endsWith(" {\n  code: 'ERR_INVALID_ARG_TYPE'\n}"), inspected);

// toString follows a changed name and message (the code shown is the error's own).
err.name = 'Changed';
assert.strictEqual(err.toString(), `Changed [ERR_INVALID_ARG_TYPE]: ${message}`);
err.message = 'new message';
assert.strictEqual(err.toString(), 'Changed [ERR_INVALID_ARG_TYPE]: new message');

// RangeError-based codes.
const range = thrown(() => new EventEmitter().setMaxListeners(-1));
assert.ok(range instanceof RangeError);
assert.strictEqual(range.constructor, RangeError);
assert.strictEqual(range.code, 'ERR_OUT_OF_RANGE');
assert.strictEqual(range.stack.split('\n')[0],
                   'RangeError [ERR_OUT_OF_RANGE]: The value of "setMaxListeners" is out of ' +
                   'range. It must be >= 0. Received -1');

// Plain Error-based codes, with extra own properties after `code`.
const unhandled = thrown(() => new EventEmitter().emit('error', 'x'));
assert.strictEqual(unhandled.constructor, Error);
assert.strictEqual(unhandled.name, 'Error');
assert.deepStrictEqual(Object.keys(unhandled), ['code', 'context']);
assert.strictEqual(unhandled.stack.split('\n')[0],
                   "Error [ERR_UNHANDLED_ERROR]: Unhandled error. ('x')");

// With Error.stackTraceLimit = 0 the stack is only the header.
{
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = thrown(() => new EventEmitter().on('x', null));
  Error.stackTraceLimit = limit;
  assert.strictEqual(e.stack, 'TypeError [ERR_INVALID_ARG_TYPE]: The "listener" argument ' +
                     'must be of type function. Received null');
}
