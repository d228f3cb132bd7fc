'use strict';
// process.memoryUsage(): rss, heapTotal, heapUsed, external, arrayBuffers in bytes;
// process.memoryUsage.rss(): the resident set size alone.
require('../common');
const assert = require('assert');

assert.strictEqual(process.memoryUsage.name, 'memoryUsage');
assert.strictEqual(process.memoryUsage.rss.name, 'rss');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage),
                       ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [key, value] of Object.entries(usage)) {
  assert.ok(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert.ok(usage.rss > 0);
assert.ok(usage.heapTotal >= usage.heapUsed);
assert.ok(usage.rss > usage.heapUsed);

const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert.ok(Number.isInteger(rss) && rss > 0);

// ArrayBuffer memory shows in arrayBuffers (and external).
const before = process.memoryUsage();
const big = new ArrayBuffer(16 * 1024 * 1024);
const after = process.memoryUsage();
assert.ok(after.arrayBuffers - before.arrayBuffers >= big.byteLength);
assert.ok(after.external - before.external >= big.byteLength);
assert.ok(after.external >= after.arrayBuffers);

// Touched memory shows in rss.
const rssBefore = process.memoryUsage.rss();
const bytes = new Uint8Array(big);
for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
assert.ok(process.memoryUsage.rss() - rssBefore >= 8 * 1024 * 1024);
