'use strict';
// monitorEventLoopDelay: a timer that records the time between its runs (ns) while enabled;
// a blocked loop shows as a large maximum. eventLoopUtilization once the loop runs.
const common = require('../common');
const assert = require('assert');
const { monitorEventLoopDelay, performance } = require('perf_hooks');

const histogram = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(histogram.constructor.name, 'ELDHistogram');
assert.strictEqual(histogram.enable(), true);
assert.strictEqual(histogram.enable(), false);

assert.deepStrictEqual(performance.eventLoopUtilization(),
                       { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.nodeTiming.loopStart, -1);

setTimeout(common.mustCall(() => {
  const start = Date.now();
  while (Date.now() - start < 50);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(histogram.disable(), true);
    assert.strictEqual(histogram.disable(), false);
    assert(histogram.count > 0);
    assert(histogram.min > 0);
    assert(histogram.max >= 50e6, `${histogram.max}`);
    const count = histogram.count;
    setTimeout(common.mustCall(() => assert.strictEqual(histogram.count, count)), 20);

    assert(performance.nodeTiming.loopStart > 0);
    const elu = performance.eventLoopUtilization();
    assert(elu.active > 0);
    assert(elu.idle >= 0);
    assert(elu.utilization > 0 && elu.utilization <= 1);
    const later = performance.eventLoopUtilization(elu);
    assert.strictEqual(typeof later.utilization, 'number');
    const diff = performance.eventLoopUtilization(elu, later);
    assert.strictEqual(diff.idle, elu.idle - later.idle);
  }), 20);
}), 10);

// The monitor's timer does not keep the process alive.
const idle = monitorEventLoopDelay();
idle.enable();
