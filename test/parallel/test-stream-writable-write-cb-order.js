'use strict';
// Write callbacks: a write completed synchronously calls back on the next tick, an
// asynchronous one when _write() calls back; 'finish' follows the last callback by a tick,
// and end()'s callback runs just before 'finish'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, encoding, cb) {
    order.push(`_write ${chunk} ${encoding}`);
    if (chunk.length > 2) setImmediate(cb);
    else cb();
  },
});
for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => order.push(ev));
order.push(`ret ${w.write('ab', () => order.push('cb ab'))}`);
order.push(`ret ${w.write('cdef', () => order.push('cb cdef'))}`);
order.push(`ret ${w.write('g', () => order.push('cb g'))}`);
order.push(`length ${w.writableLength} needDrain ${w.writableNeedDrain}`);
w.end('z', () => order.push('end cb'));
order.push(`ended ${w.writableEnded} finished ${w.writableFinished} writable ${w.writable}`);
process.nextTick(() => order.push('tick'));

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    '_write ab buffer',
    'ret true',
    '_write cdef buffer',
    // 'ab' is done already: 4 bytes pending, below 5.
    'ret true',
    'ret false',
    'length 5 needDrain true',
    'ended true finished false writable false',
    'cb ab',
    'tick',
    // cdef called back: the buffered writes are handed to _write() before its callback.
    '_write g buffer',
    '_write z buffer',
    'cb cdef',
    'prefinish',
    'cb g',
    'end cb',
    'finish',
    'close',
  ]);
});

// Writes without a callback that complete synchronously need no tick: 'finish' can follow
// end() on the next tick.
{
  const log = [];
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.on('prefinish', () => log.push(`prefinish ${w2._writableState.pendingcb}`));
  w2.on('finish', () => log.push('finish'));
  w2.write('a');
  w2.end();
  process.nextTick(() => log.push('tick after end'));
  process.on('exit', () => {
    assert.deepStrictEqual(log, ['prefinish 0', 'finish', 'tick after end']);
  });
}

// A callback of a synchronous write delays 'finish' by a tick after it ran.
{
  const log = [];
  const w3 = new Writable({ write(c, e, cb) { cb(); } });
  w3.on('finish', () => log.push('finish'));
  w3.write('a', () => {
    log.push('cb');
    process.nextTick(() => log.push('tick in cb'));
  });
  w3.end();
  process.on('exit', () => {
    assert.deepStrictEqual(log, ['cb', 'tick in cb', 'finish']);
  });
}

common.mustCall()();
