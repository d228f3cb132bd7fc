'use strict';
// _construct() on a Writable: writes and end() wait for it; its error destroys the stream
// and fails the pending writes; destroy() during construction waits for it.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const order = [];
  const w = new Writable({
    construct(cb) {
      order.push('construct');
      setTimeout(cb, 1);
    },
    write(chunk, encoding, cb) {
      order.push(`_write ${chunk}`);
      cb();
    },
    final(cb) {
      order.push('_final');
      cb();
    },
  });
  w.write('a', () => order.push('cb a'));
  w.end('b', () => order.push('end cb'));
  assert.strictEqual(w.writableLength, 2);
  w.on('finish', () => order.push('finish'));
  process.on('exit', () => {
    assert.deepStrictEqual(order, [
      'construct', '_write a', '_write b', '_final', 'cb a', 'end cb', 'finish',
    ]);
  });
}

{
  const w = new Writable({
    construct(cb) { cb(new Error('construct fail')); },
    write: common.mustNotCall(),
  });
  w.write('x', common.mustCall((err) => assert.strictEqual(err.message, 'construct fail')));
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'construct fail')));
}

{
  const w = new Writable({
    construct(cb) { setTimeout(cb, 1); },
    write: common.mustNotCall(),
    destroy: common.mustCall((err, cb) => cb(err)),
  });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'during construct')));
  w.on('close', common.mustCall());
  w.destroy(new Error('during construct'));
}

{
  const w = new Writable({ construct(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK')));
}
