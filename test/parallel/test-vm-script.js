'use strict';
require('../common');
const assert = require('assert');
const vm = require('vm');

// A script compiled once runs many times in this context.
delete globalThis.vmCount;
const script = new vm.Script('globalThis.vmCount = (globalThis.vmCount || 0) + 1; vmCount',
                             { filename: 'count.js' });
assert.strictEqual(script.runInThisContext(), 1);
assert.strictEqual(script.runInThisContext(), 2);
assert.strictEqual(vm.runInThisContext('vmCount * 10'), 20);
assert.strictEqual(vm.createScript('6 * 7').runInThisContext(), 42);
delete globalThis.vmCount;

// Code caches: produced, accepted, rejected.
const produced = new vm.Script('1 + 1', { produceCachedData: true });
assert.strictEqual(produced.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(produced.cachedData));
assert.ok(produced.cachedData.length > 0);
const consumed = new vm.Script('1 + 1', { cachedData: produced.cachedData });
assert.strictEqual(consumed.cachedDataRejected, false);
assert.strictEqual(consumed.runInThisContext(), 2);
const rejected = new vm.Script('3 + 3', { cachedData: Buffer.from('not a cache') });
assert.strictEqual(rejected.cachedDataRejected, true);
assert.ok(Buffer.isBuffer(script.createCachedData()));
assert.strictEqual(new vm.Script('2').cachedDataRejected, undefined);

// Offsets move positions; errors carry the source arrow on top of their stack.
assert.throws(() => {
  new vm.Script('\n\n  throw new Error("boom")',
                { filename: 'off.js', lineOffset: 10, columnOffset: 3 }).runInThisContext();
}, (err) => {
  assert.match(err.stack, /^off\.js:13\n {2}throw new Error\("boom"\)\n/);
  assert.match(err.stack, /at off\.js:13:9/);
  return true;
});
assert.throws(() => {
  vm.runInThisContext('throw new TypeError("plain")', { displayErrors: false });
}, (err) => err.stack.startsWith('TypeError: plain'));
assert.throws(() => new vm.Script('let let', 'syntax.js'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.match(err.stack, /^syntax\.js:1\n/);
  return true;
});

// Validation.
for (const [options, name] of [
  [{ filename: 1 }, 'options.filename'],
  [{ lineOffset: 'a' }, 'options.lineOffset'],
  [{ columnOffset: 1.5 }, 'options.columnOffset'],
  [{ cachedData: 'x' }, 'options.cachedData'],
  [{ produceCachedData: 1 }, 'options.produceCachedData'],
  [5, 'options'],
]) {
  assert.throws(() => new vm.Script('1', options), (err) => {
    assert.ok(err.code === 'ERR_INVALID_ARG_TYPE' || err.code === 'ERR_OUT_OF_RANGE', err.code);
    assert.ok(err.message.includes(`"${name}"`), err.message);
    return true;
  });
}
assert.throws(() => script.runInThisContext({ displayErrors: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => script.runInThisContext(3), { code: 'ERR_INVALID_ARG_TYPE' });

// The source map comment's URL, and the properties in Node's order.
const mapped = new vm.Script('//# sourceMappingURL=x.map\n1', { produceCachedData: true });
assert.strictEqual(mapped.sourceMapURL, 'x.map');
assert.deepStrictEqual(Object.keys(mapped), ['cachedData', 'cachedDataProduced', 'sourceMapURL']);
assert.strictEqual(new vm.Script('1').sourceMapURL, undefined);
