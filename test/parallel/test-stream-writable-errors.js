'use strict';
// Errors of write(): after end(), null, bad chunks, unknown encodings, missing _write(),
// callbacks called twice, and a failed _write() (which fails the buffered writes too).
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
  assert.strictEqual(w.write('x', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  })), false);
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(123), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
             'TypedArray, or DataView. Received type number (123)',
  });
  assert.throws(() => w.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => w.write('x', 'bogus'), {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: 'Unknown encoding: bogus',
  });
  assert.throws(() => w.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => new Writable({ defaultEncoding: 'bogus' }), {
    code: 'ERR_UNKNOWN_ENCODING',
  });
}

{
  const w = new Writable();
  assert.throws(() => w.write('a'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}

{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
  }));
  w.write('a');
}

{
  const order = [];
  const w = new Writable({ write(c, e, cb) { cb(new Error('write fail')); } });
  w.on('error', (err) => order.push(`error ${err.message}`));
  w.on('close', () => order.push('close'));
  w.write('a', (err) => order.push(`cb a ${err.message}`));
  w.write('b', (err) => order.push(`cb b ${err.message}`));
  w.end((err) => order.push(`end cb ${err.message}`));
  assert.strictEqual(w.writable, false);
  process.on('exit', () => {
    // end() after the error (not yet destroyed) calls back with that error.
    assert.deepStrictEqual(order, [
      'cb a write fail', 'cb b write fail', 'end cb write fail', 'error write fail', 'close',
    ]);
  });
}

// Encodings: strings are decoded with the given or default encoding.
{
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push([c.toString('hex'), e]); cb(); } });
  w.write('hi', 'latin1');
  w.write('aGk=', 'base64');
  w.setDefaultEncoding('HEX');
  assert.strictEqual(w._writableState.defaultEncoding, 'hex');
  w.write('6869');
  w.write(new Uint16Array([0x6968]));
  assert.deepStrictEqual(got, [
    ['6869', 'buffer'], ['6869', 'buffer'], ['6869', 'buffer'], ['6869', 'buffer'],
  ]);
  const strings = [];
  const w2 = new Writable({
    decodeStrings: false,
    write(c, e, cb) {
      strings.push([c, e]);
      cb();
    },
  });
  w2.write('x');
  w2.write('y', 'latin1');
  assert.deepStrictEqual(strings, [['x', 'utf8'], ['y', 'latin1']]);
}

// pipe() from a Writable is an error.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE');
    assert.strictEqual(err.message, 'Cannot pipe, not readable');
  }));
  w.pipe(new Writable());
}
