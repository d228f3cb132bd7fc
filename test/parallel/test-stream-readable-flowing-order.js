'use strict';
// Flowing mode: 'data' starts on the tick after the listener is added, 'resume' is emitted
// before the first 'data', pause() emits 'pause' synchronously and stops 'data' until
// resume() (the buffer still fills up to the highWaterMark meanwhile), and 'end' then
// 'close' come after the last 'data'.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const order = [];
let n = 0;
const r = new Readable({
  read() {
    if (n < 3) {
      const k = n++;
      this.push(`c${k}`);
      process.nextTick(() => order.push(`tick after push ${k}`));
    } else {
      this.push(null);
    }
  },
});
for (const ev of ['pause', 'resume', 'end', 'close']) r.on(ev, () => order.push(ev));
process.nextTick(() => order.push('tick 0'));
r.on('data', (chunk) => order.push(`data ${chunk}`));
order.push(`flowing ${r.readableFlowing}`);
r.once('data', common.mustCall(() => {
  r.pause();
  order.push(`paused ${r.isPaused()} ${r.readableFlowing}`);
  setTimeout(() => {
    order.push('resume()');
    r.resume();
  }, 1);
}));

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'flowing true',
    'tick 0',
    'resume',
    'data c0',
    'pause',
    'paused true false',
    // While paused the buffer is still filled up to the highWaterMark.
    'tick after push 0',
    'tick after push 1',
    'tick after push 2',
    'resume()',
    'resume',
    'data c1',
    'data c2',
    'end',
    'close',
  ]);
});
