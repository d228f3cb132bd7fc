'use strict';
// performance.mark/measure, the entry buffers, PerformanceEntry classes and their errors,
// timerify, and the globals.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const perfHooks = require('perf_hooks');
const { performance: perf } = perfHooks;

assert.strictEqual(perf, performance);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList',
                    'PerformanceResourceTiming']) {
  assert.strictEqual(globalThis[name], perfHooks[name]);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'performance').enumerable, true);
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.strictEqual(typeof performance.timeOrigin, 'number');
assert(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
assert.deepStrictEqual(Object.keys(performance.toJSON()),
                       ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(performance.nodeTiming.name, 'node');
assert(performance.nodeTiming.bootstrapComplete > 0);

const a = performance.mark('a');
assert(a instanceof PerformanceMark);
assert(a instanceof PerformanceEntry);
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.duration, 0);
assert.strictEqual(a.detail, null);
const detail = { x: [1] };
const b = performance.mark('b', { detail, startTime: a.startTime + 5 });
assert.strictEqual(b.startTime, a.startTime + 5);
assert.deepStrictEqual(b.detail, detail);
assert.notStrictEqual(b.detail, detail);
assert.deepStrictEqual(b.toJSON(), {
  name: 'b', entryType: 'mark', startTime: b.startTime, duration: 0, detail,
});
assert.match(inspect(b), /^PerformanceMark \{\n {2}name: 'b',\n {2}entryType: 'mark',/);

const m = performance.measure('a to b', 'a', 'b');
assert(m instanceof PerformanceMeasure);
assert.strictEqual(m.startTime, a.startTime);
assert.ok(Math.abs(m.duration - 5) < 1e-9, String(m.duration)); // (a + 5) - a, in floating point
assert.strictEqual(performance.measure('x', { start: 1, duration: 5 }).duration, 5);
assert.strictEqual(performance.measure('x', { start: 5, end: 2 }).duration, -3);
assert.strictEqual(performance.measure('x', { detail: 1 }).detail, 1);
assert.strictEqual(performance.measure('x', 'nodeStart', 'bootstrapComplete').startTime,
                   performance.nodeTiming.nodeStart);

assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a', 'b']);
assert.deepStrictEqual(performance.getEntriesByName('a to b'), [m]);
assert.deepStrictEqual(performance.getEntriesByName('a', 'measure'), []);
assert.strictEqual(performance.getEntries().length, 7);
const starts = performance.getEntries().map((e) => e.startTime);
assert.deepStrictEqual(starts, [...starts].sort((x, y) => x - y));
performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['b']);
assert.throws(() => performance.measure('m', 'a'), {
  name: 'SyntaxError', code: 12, message: 'The "a" performance mark has not been set',
});
performance.clearMarks();
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);

// Errors
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceMark(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.mark('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('x', { startTime: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('x', { detail: () => {} }), { name: 'DataCloneError' });
assert.throws(() => performance.measure('m', { start: 1, end: 2, duration: 3 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "this" argument must be an instance of Performance/,
});

// timerify
const timed = performance.timerify(function foo(x, y) { return x + y; });
assert.strictEqual(timed.name, 'timerified foo');
assert.strictEqual(timed.length, 2);
const histogram = perfHooks.createHistogram();
const counted = performance.timerify(function bar() {}, { histogram });
const obs = new PerformanceObserver(common.mustCall((list, observer) => {
  const entries = list.getEntries();
  assert.deepStrictEqual(entries.map((e) => [e.name, e.entryType]),
                         [['foo', 'function'], ['bar', 'function'], ['Thing', 'function']]);
  assert.deepStrictEqual(entries[0].detail, [1, 2]);
  assert.strictEqual(entries[0].constructor.name, 'PerformanceNodeEntry');
  observer.disconnect();
}));
obs.observe({ entryTypes: ['function'] });
assert.strictEqual(timed(1, 2), 3);
counted();
assert.strictEqual(histogram.count, 1);
class Thing {}
assert(new (performance.timerify(Thing))() instanceof Thing);
assert.throws(() => performance.timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(() => {}, { histogram: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
