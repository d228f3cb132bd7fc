'use strict';
// PerformanceObserver: entryTypes or type (with buffered), delivery in one batch from an
// immediate, takeRecords, disconnect, and Node's errors.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

assert(PerformanceObserver.supportedEntryTypes.includes('mark'));
assert(PerformanceObserver.supportedEntryTypes.includes('measure'));
assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

const unused = new PerformanceObserver(common.mustNotCall());
assert.throws(() => unused.observe(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => unused.observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});
assert.throws(() => unused.observe({ type: 'mark', entryTypes: ['mark'] }),
              { code: 'ERR_INVALID_ARG_VALUE' });
unused.disconnect();
unused.observe({ type: 'mark' });
assert.throws(() => unused.observe({ entryTypes: ['mark'] }),
              { name: 'InvalidModificationError' });
unused.disconnect();

performance.mark('before');
const observer = new PerformanceObserver(common.mustCall((list, self) => {
  assert.strictEqual(self, observer);
  assert(list instanceof PerformanceObserverEntryList);
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['before', 'one', 'two']);
  assert.deepStrictEqual(list.getEntriesByName('one').map((e) => e.entryType), ['mark']);
  assert.deepStrictEqual(list.getEntriesByType('measure'), []);
  observer.disconnect();
}));
observer.observe({ type: 'mark', buffered: true });
performance.mark('one');
performance.mark('two');

const taker = new PerformanceObserver(common.mustNotCall());
taker.observe({ entryTypes: ['measure'] });
performance.measure('m');
assert.deepStrictEqual(taker.takeRecords().map((e) => e.name), ['m']);
taker.disconnect();
