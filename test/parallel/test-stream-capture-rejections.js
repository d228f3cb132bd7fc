'use strict';
// captureRejections: a rejected promise returned by a listener destroys the stream with
// that error.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

{
  const r = new Readable({ captureRejections: true, read() {} });
  r.on('data', async () => {
    throw new Error('listener rejected');
  });
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'listener rejected');
    assert.strictEqual(r.destroyed, true);
  }));
  r.push('x');
}

{
  // Not destroyed by 'finish' itself, so that the rejection can still destroy it.
  const w = new Writable({
    captureRejections: true,
    autoDestroy: false,
    write(c, e, cb) { cb(); },
  });
  w.on('finish', async () => {
    throw new Error('finish rejected');
  });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'finish rejected')));
  w.end();
}
