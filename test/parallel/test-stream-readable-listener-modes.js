'use strict';
// 'readable' and 'data' listeners together: 'readable' wins (paused mode) until it is
// removed, then the stream flows; resume() while 'readable' is attached only takes effect
// once it is removed.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  const onReadable = common.mustCall();
  r.on('readable', onReadable);
  r.push('a');
  assert.strictEqual(r.readableFlowing, false);
  r.on('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk.toString(), 'a');
  }));
  assert.strictEqual(r.readableFlowing, false);
  setTimeout(common.mustCall(() => {
    r.removeListener('readable', onReadable);
    // Takes effect on the next tick.
    assert.strictEqual(r.readableFlowing, false);
    process.nextTick(common.mustCall(() => {
      assert.strictEqual(r.readableFlowing, true);
    }));
  }), 1);
}

// resume() inside the last 'readable' listener: the stream flows once it is removed.
{
  const r = new Readable({ read() {} });
  r.on('readable', function onReadable() {
    assert.strictEqual(r.read().toString(), 'q');
    r.removeListener('readable', onReadable);
    r.resume();
    assert.strictEqual(r.readableFlowing, false);
  });
  r.push('q');
  setTimeout(common.mustCall(() => {
    assert.strictEqual(r.readableFlowing, true);
  }), 1);
}

// Without 'data' listeners, removing 'readable' leaves the mode undecided.
{
  const r = new Readable({ read() {} });
  r.once('readable', common.mustCall(() => {
    assert.strictEqual(r.read().toString(), 'q');
  }));
  r.push('q');
  r.resume();
  setTimeout(common.mustCall(() => {
    assert.strictEqual(r.readableFlowing, null);
  }), 1);
}

// removeAllListeners() also updates the mode.
{
  const r = new Readable({ read() {} });
  r.on('readable', () => {});
  r.removeAllListeners();
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(r.readableFlowing, null);
  }));
}

// An explicitly paused stream does not start flowing when 'data' is added.
{
  const r = new Readable({ read() {} });
  r.push('data');
  r.pause();
  r.on('data', common.mustCall());
  setTimeout(common.mustCall(() => {
    assert.strictEqual(r.isPaused(), true);
    r.resume();
  }), 1);
}
