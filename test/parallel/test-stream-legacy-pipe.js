'use strict';
// The old Stream (require('stream') itself): Stream.call(this) in constructors, and its
// pipe() which writes on 'data', pauses on a false write, resumes on 'drain', ends dest on
// 'end' and destroys it on 'close'.
const common = require('../common');
const assert = require('assert');
const EE = require('events');
const Stream = require('stream');

function Source() {
  Stream.call(this);
  this.readable = true;
}
Object.setPrototypeOf(Source.prototype, Stream.prototype);

{
  const src = new Source();
  const dest = new Stream();
  dest.writable = true;
  const order = [];
  let n = 0;
  dest.write = (chunk) => {
    order.push(`write ${chunk}`);
    return ++n % 2 === 1;
  };
  dest.end = () => order.push('end');
  src.pause = () => order.push('pause');
  src.resume = () => order.push('resume');
  dest.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));
  assert.strictEqual(src.pipe(dest), dest);
  src.emit('data', 'a');
  src.emit('data', 'b');
  dest.emit('drain');
  src.emit('end');
  src.emit('close');
  assert.deepStrictEqual(order, ['write a', 'write b', 'pause', 'resume', 'end']);
  // Everything is cleaned up after 'end'.
  assert.strictEqual(src.listenerCount('data'), 0);
  assert.strictEqual(dest.listenerCount('drain'), 0);
  assert.deepStrictEqual(src.eventNames(), []);
}

// 'close' before 'end' destroys the destination.
{
  const src = new Stream();
  const dest = new Stream();
  dest.writable = true;
  dest.write = () => true;
  dest.destroy = common.mustCall();
  src.pipe(dest);
  src.emit('close');
}

// Errors: cleaned up, and rethrown when nothing else listens.
{
  const src = new Stream();
  const dest = new Stream();
  src.pipe(dest);
  assert.throws(() => src.emit('error', new Error('unhandled')), { message: 'unhandled' });
  assert.strictEqual(dest.listenerCount('error'), 0);
}

{
  assert.strictEqual(typeof Stream, 'function');
  assert.strictEqual(Stream.Stream, Stream);
  assert.ok(new Stream() instanceof EE);
  assert.deepStrictEqual(Object.keys(new Stream()), ['_events', '_eventsCount', '_maxListeners']);
  // eventNames() skips the pre-shaped, empty event slots of Readable.
  const r = new Stream.Readable({ read() {} });
  assert.deepStrictEqual(r.eventNames(), []);
  r.on('data', () => {});
  assert.deepStrictEqual(r.eventNames(), ['data']);
  r.removeAllListeners('data');
}
