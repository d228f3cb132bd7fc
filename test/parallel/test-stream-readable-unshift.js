'use strict';
// unshift() puts data back in front of the buffer; after 'end' it is an error.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.read().toString(), 'hello world');
  r.push('abc');
  assert.strictEqual(r.read(1).toString(), 'a');
  r.unshift('X');
  assert.strictEqual(r.read().toString(), 'Xbc');
}

// objectMode: undefined may be unshifted too.
{
  const r = new Readable({ read() {}, objectMode: true });
  r.push(1);
  r.unshift(0);
  r.unshift(undefined);
  assert.strictEqual(r.read(), undefined);
  assert.strictEqual(r.read(), 0);
  assert.strictEqual(r.read(), 1);
}

// Unshifting a header parsed from the front, the classic use.
{
  const r = new Readable({ read() {} });
  r.push('HEAD\nbody');
  r.push(null);
  r.once('readable', common.mustCall(() => {
    const all = r.read().toString();
    const nl = all.indexOf('\n');
    r.unshift(all.slice(nl + 1));
    assert.strictEqual(all.slice(0, nl), 'HEAD');
    r.setEncoding('utf8');
    const rest = [];
    r.on('data', (chunk) => rest.push(chunk));
    r.on('end', common.mustCall(() => {
      assert.deepStrictEqual(rest, ['body']);
    }));
  }));
}

// After 'end': ERR_STREAM_UNSHIFT_AFTER_END_EVENT.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', common.mustCall(() => {
    r.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
      assert.strictEqual(err.message, 'stream.unshift() after end event');
    }));
    r.unshift('late');
  }));
}

// Bad chunks.
{
  const r = new Readable({ read() {}, autoDestroy: false });
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  }));
  assert.strictEqual(r.unshift(123), false);
}
