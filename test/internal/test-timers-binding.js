// Flags: --expose-internals
'use strict';
// lib/timers and internal/timers against a fake 'timers' binding with a clock we move by
// hand: what they ask of C (scheduleTimer, toggleTimerRef, toggleImmediateRef,
// immediateInfo) and what processTimers(now) returns: the next expiry, negated when only
// unreferenced timers are left, 0 when none are.
require('../common');
const assert = require('assert');
const harness = require('./harness');

function setup() {
  const calls = [];
  const binding = {
    now: 100,
    setupTimers() {},
    scheduleTimer(ms) { calls.push(['schedule', ms]); },
    toggleTimerRef(value) { calls.push(['timerRef', value]); },
    toggleImmediateRef(value) { calls.push(['immediateRef', value]); },
    getLibuvNow() { return binding.now; },
    immediateInfo: new Uint32Array(3),
  };
  const loader = harness.createLoader({ bindings: { timers: binding } });
  const timers = loader.require('timers');
  const internal = loader.require('internal/timers');
  let ticks = 0;
  const { processTimers, processImmediate } = internal.getTimerCallbacks(() => ticks++);
  return {
    binding, calls, timers, internal, processTimers, processImmediate,
    ticks: () => ticks,
    take() { return calls.splice(0); },
  };
}

{
  const t = setup();
  const log = [];
  const a = t.timers.setTimeout(() => log.push('a'), 10);
  assert.deepStrictEqual(t.take(), [['timerRef', true], ['schedule', 10]]);
  assert.strictEqual(a._idleStart, 100);

  t.binding.now = 105;
  t.timers.setTimeout(() => log.push('b'), 10);   // same list, expires later
  t.timers.setTimeout(() => log.push('c'), 5);    // new list, same expiry as a's: 110
  t.timers.setTimeout(() => log.push('d'), 2.9);  // new list, earlier: 107
  assert.deepStrictEqual(t.take(), [['schedule', 2]]);
  assert.deepStrictEqual(Object.keys(t.internal.timerListMap).sort(), ['10', '2', '5']);
  assert.strictEqual(t.internal.timerListQueue.size, 3);

  assert.strictEqual(t.processTimers(106), 107);
  assert.deepStrictEqual(log, []);
  assert.strictEqual(t.processTimers(107), 110);
  assert.deepStrictEqual(log, ['d']);
  // Lists that expire together run oldest first, with the queues drained between them.
  assert.strictEqual(t.processTimers(110), 115);
  assert.deepStrictEqual(log, ['d', 'a', 'c']);
  assert.strictEqual(t.ticks(), 1);
  assert.deepStrictEqual(Object.keys(t.internal.timerListMap), ['10']);

  // Only an unreferenced timer left: the expiry comes back negated.
  const e = t.timers.setTimeout(() => log.push('e'), 20).unref();
  assert.strictEqual(e._idleStart, 105);
  assert.strictEqual(t.processTimers(115), -125);
  assert.deepStrictEqual(log, ['d', 'a', 'c', 'b']);
  // Fired timers leave the count without a toggle: C takes the ref from the return value.
  assert.deepStrictEqual(t.take(), []);
  // A referenced timer again: the handle is referenced again.
  const f = t.timers.setTimeout(() => log.push('f'), 50);
  assert.deepStrictEqual(t.take(), [['timerRef', true]]);
  t.timers.clearTimeout(f);
  assert.deepStrictEqual(t.take(), [['timerRef', false]]);
  assert.strictEqual(t.processTimers(200), 0);
  assert.deepStrictEqual(log, ['d', 'a', 'c', 'b', 'e']);
  assert.strictEqual(t.internal.timerListQueue.size, 0);
}

{
  // Clearing the last referenced timer drops its list and the ref at once.
  const t = setup();
  const a = t.timers.setTimeout(() => {}, 10);
  t.take();
  t.timers.clearTimeout(a);
  assert.deepStrictEqual(t.take(), [['timerRef', false]]);
  assert.strictEqual(t.internal.timerListQueue.size, 0);
  assert.strictEqual(t.processTimers(1000), 0);
}

{
  // An exception leaves the due timers behind it for the next call, with the same `now`.
  const t = setup();
  const log = [];
  t.timers.setTimeout(() => { log.push(1); throw new Error('boom'); }, 10);
  t.timers.setTimeout(() => log.push(2), 10);
  t.timers.setTimeout(() => log.push(3), 20);
  assert.throws(() => t.processTimers(150), { message: 'boom' });
  assert.deepStrictEqual(log, [1]);
  assert.strictEqual(t.processTimers(150), 0);
  assert.deepStrictEqual(log, [1, 2, 3]);
}

{
  // A repeating timer is re-armed from the time its callback started.
  const t = setup();
  let n = 0;
  const interval = t.timers.setInterval(() => {
    n++;
    t.binding.now += 3; // the callback takes 3 ms
  }, 10);
  t.binding.now = 110;
  assert.strictEqual(t.processTimers(110), 120);
  assert.strictEqual(interval._idleStart, 110);
  t.binding.now = 121;
  assert.strictEqual(t.processTimers(121), 131);
  assert.strictEqual(n, 2);
  t.timers.clearInterval(interval);
  assert.strictEqual(t.processTimers(140), 0);
}

{
  // immediateInfo: [kCount, kRefCount, kHasOutstanding].
  const t = setup();
  const info = t.binding.immediateInfo;
  const log = [];
  const a = t.timers.setImmediate(() => log.push('a'));
  const b = t.timers.setImmediate(() => { log.push('b'); throw new Error('b'); });
  t.timers.setImmediate(() => log.push('c')).unref();
  assert.deepStrictEqual([...info], [3, 2, 0]);
  assert.deepStrictEqual(t.take(), [['immediateRef', true]]);
  a.unref();
  b.unref();
  assert.deepStrictEqual([...info], [3, 0, 0]);
  assert.deepStrictEqual(t.take(), [['immediateRef', false]]);
  a.ref();
  assert.deepStrictEqual(t.take(), [['immediateRef', true]]);

  assert.throws(() => t.processImmediate(), { message: 'b' });
  assert.deepStrictEqual(log, ['a', 'b']);
  // C calls again while kHasOutstanding is set; what was queued meanwhile waits.
  assert.strictEqual(info[2], 1);
  t.timers.setImmediate(() => log.push('d'));
  t.processImmediate();
  assert.deepStrictEqual(log, ['a', 'b', 'c']);
  assert.strictEqual(info[2], 0);
  t.processImmediate();
  assert.deepStrictEqual(log, ['a', 'b', 'c', 'd']);
  assert.deepStrictEqual([...info], [0, 0, 0]);
}
