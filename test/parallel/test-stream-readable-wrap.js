'use strict';
// readable.wrap(oldStream) and Readable.wrap(): 'data' events become pushes, pause() is
// called on back-pressure and resume() when read again, 'end' ends, errors destroy, and the
// old stream's methods are exposed bound to it.
const common = require('../common');
const assert = require('assert');
const EE = require('events');
const { Readable } = require('stream');

{
  const old = new EE();
  let paused = 0;
  let resumed = 0;
  old.pause = () => paused++;
  old.resume = () => resumed++;
  old.custom = function() { return this === old; };
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  assert.strictEqual(typeof r.custom, 'function');
  assert.strictEqual(r.custom(), true);
  old.emit('data', Buffer.from('abc'));
  assert.strictEqual(paused, 1);
  assert.strictEqual(r.read().toString(), 'abc');
  assert.strictEqual(resumed, 1);
  const chunks = [];
  r.on('data', (chunk) => chunks.push(chunk.toString()));
  old.emit('data', Buffer.from('d'));
  old.emit('end');
  r.on('end', common.mustCall(() => assert.deepStrictEqual(chunks, ['d'])));
  r.on('close', common.mustCall());
}

{
  const old = new EE();
  const r = Readable.wrap(old);
  assert.strictEqual(r.readableObjectMode, true);
  r.on('data', common.mustCall((v) => assert.deepStrictEqual(v, { x: 1 })));
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'old err')));
  old.emit('data', { x: 1 });
  old.emit('error', new Error('old err'));
}

{
  const old = new EE();
  const r = new Readable().wrap(old);
  r.on('close', common.mustCall());
  old.emit('destroy');
}

// Destroying the result of Readable.wrap() destroys the source.
{
  const old = new EE();
  old.destroy = common.mustCall();
  const r = Readable.wrap(old, { objectMode: false });
  assert.strictEqual(r.readableObjectMode, false);
  r.destroy();
}
