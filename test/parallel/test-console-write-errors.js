'use strict';
// Errors from the stream: swallowed when ignoreErrors is true (the default), thrown when it
// is false. While a write is in progress the stream has an 'error' listener.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function makeStream(write) {
  return Object.assign(new EventEmitter(), { write });
}

{
  const stdout = makeStream(() => { throw new Error('boom'); });
  const c = new Console(stdout);
  c.log('swallowed');
  c.dir({});
  c.table([1]);
  assert.strictEqual(stdout.listenerCount('error'), 0);
}

{
  const stdout = makeStream(() => { throw new Error('boom'); });
  const c = new Console(stdout, stdout, false);
  assert.throws(() => c.log('thrown'), { message: 'boom' });
}

{
  // Writes get a callback unless ignoreErrors is false.
  const args = [];
  const stdout = makeStream((...a) => { args.push(a.length, typeof a[1]); return true; });
  new Console(stdout).log('x');
  new Console(stdout, stdout, false).log('y');
  assert.deepStrictEqual(args, [2, 'function', 1, 'undefined']);
}

{
  // An 'error' emitted during the write does not throw.
  let listeners;
  const stdout = makeStream(function() {
    listeners = this.listenerCount('error');
    this.emit('error', new Error('during write'));
    return true;
  });
  new Console(stdout).log('x');
  assert.strictEqual(listeners, 1);
  assert.strictEqual(stdout.listenerCount('error'), 0);
}

{
  // An asynchronous error reported to the write callback: the coming 'error' event is
  // given a listener once, so that it does not crash the process.
  let callback;
  const stdout = makeStream((chunk, cb) => { callback = cb; return true; });
  stdout._writableState = { errorEmitted: false };
  new Console(stdout).log('x');
  callback(null);
  assert.strictEqual(stdout.listenerCount('error'), 0);
  callback(new Error('later'));
  assert.strictEqual(stdout.listenerCount('error'), 1);
  stdout.emit('error', new Error('later'));
  assert.strictEqual(stdout.listenerCount('error'), 0);
}

{
  // With a real Writable whose write fails.
  const { Writable } = require('stream');
  const stdout = new Writable({
    write(chunk, encoding, cb) { cb(new Error('write failed')); },
  });
  const c = new Console(stdout);
  c.log('x');
  c.log('y');
}
