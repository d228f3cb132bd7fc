'use strict';
// getDefaultHighWaterMark()/setDefaultHighWaterMark(): 16 KiB for bytes and 16 objects by
// default, used by streams made afterwards; highWaterMark options are checked.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);

stream.setDefaultHighWaterMark(true, 3);
assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 3);
assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 3);
stream.setDefaultHighWaterMark(false, 100);
assert.strictEqual(new PassThrough().readableHighWaterMark, 100);
assert.strictEqual(new PassThrough().writableHighWaterMark, 100);
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);

assert.throws(() => stream.setDefaultHighWaterMark(false, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. ' +
           'Received -1',
});
assert.throws(() => stream.setDefaultHighWaterMark(false, 1.5), { code: 'ERR_OUT_OF_RANGE' });

assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Writable({ highWaterMark: 1.5 }), {
  message: "The property 'options.highWaterMark' is invalid. Received 1.5",
});
assert.throws(() => new Readable({ highWaterMark: '1' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);
assert.strictEqual(new Readable({ highWaterMark: null }).readableHighWaterMark, 16384);
common.mustCall()();
