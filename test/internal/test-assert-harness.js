// Flags: --expose-internals --no-warnings
'use strict';
// Differential check of lib/assert.js, lib/internal/assert/*.js and
// lib/internal/util/comparisons.js against Node 20's assert: every scenario below runs under
// both, and the thrown errors must agree in class, name, code, message, generatedMessage,
// operator, actual/expected, own keys, toString() and the stack header and first frame.
// Deep equality is also fuzzed against util.isDeepStrictEqual() and assert.deepEqual(), and
// AssertionError messages against Node's AssertionError for random values.
// Messages are checked twice: with Node's util.inspect (so that a difference is this
// module's), and with our lib/internal/util/inspect.js when it is there.
// Run: node --expose-internals test/internal/test-assert-harness.js
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const nodeAssert = require('assert');
const util = require('util');
const harness = require('./harness');

const libDir = path.join(__dirname, '..', '..', 'lib');

// Like harness.createLoader(), but a built-in that lib/ does not have yet, internal ones
// included, comes from Node; `nodeIds` forces Node's version of some ids.
function createLoader(nodeIds = []) {
  // The values compared are Node's own URLs and Buffers.
  nodeIds = [...nodeIds, 'url', 'internal/url', 'buffer'];
  const cache = new Map();
  const { internalBinding } = harness.createLoader();
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const file = path.join(libDir, `${id}.js`);
    if (nodeIds.includes(id) || !fs.existsSync(file)) return require(id);
    const module = { exports: {}, id };
    cache.set(id, module);
    const wrapper = vm.compileFunction(fs.readFileSync(file, 'utf8'),
      ['exports', 'require', 'module', 'process', 'internalBinding'],
      { filename: `node:${id}` });
    wrapper.call(module.exports, module.exports, requireBuiltin, module, process,
                 internalBinding);
    return module.exports;
  }
  return requireBuiltin;
}

let failures = 0;
let checks = 0;

function report(label, expected, actual) {
  checks++;
  if (expected === actual) return;
  failures++;
  if (failures <= 30) console.log(`MISMATCH ${label}\n--- node:\n${expected}\n--- ours:\n${actual}\n`);
}

// Stack frames inside built-ins name different files and lines in Node and in lib/.
const show = (value) => util.inspect(value, { depth: 4, showHidden: false, sorted: true })
  .replace(/\n +at [^\n]*\(node:[^\n]*/g, '');

function firstFrame(stack) {
  const line = String(stack).split('\n').find((l) => l.startsWith('    at '));
  return line === undefined ? '' : line.trim();
}

function describeThrown(err, ownModulePrefix) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    return { thrown: show(err) };
  }
  const stack = typeof err.stack === 'string' ? err.stack : '';
  const header = stack.slice(0, stack.search(/\n {4}at |$/));
  const frame = firstFrame(stack);
  return {
    ctor: err.constructor && err.constructor.name,
    name: err.name,
    code: err.code,
    message: err.message,
    generatedMessage: err.generatedMessage,
    operator: err.operator,
    actual: show(err.actual),
    expected: show(err.expected),
    keys: Object.keys(err).join(','),
    string: String(err),
    header,
    // Where the stack starts (stackStartFn); frames inside built-ins differ by file name.
    frame: frame.includes('node:') ? 'built-in' : frame,
  };
}

function runSync(fn) {
  try {
    const value = fn();
    if (value && typeof value.then === 'function') return { returned: 'promise' };
    return { returned: show(value) };
  } catch (err) {
    return describeThrown(err);
  }
}

async function runAsync(fn) {
  try {
    const value = await fn();
    return { resolved: show(value) };
  } catch (err) {
    return describeThrown(err);
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios: each is called with an assert module (Node's or ours).

const scenarios = [];
const add = (label, fn) => scenarios.push([label, fn]);
const asyncScenarios = [];
const addAsync = (label, fn) => asyncScenarios.push([label, fn]);

// ok / assert(): the failing expression is read from this file.
add('ok false', (a) => a.ok(false));
add('assert null', (a) => a(null));
add('ok 0 === 1', (a) => a.ok(0 === 1));
add('ok multi-line', (a) => a.ok(
  typeof 123 === 'string' &&
    true,
));
add('ok chained', (a) => a
  .ok(''));
add('strict()', (a) => a.strict(0));
add('strict.ok()', (a) => a.strict.ok(NaN));
add('ok in expression', (a) => { const x = [a.ok(typeof 1 === 'string')]; return x; });
add('ok nested call', (a) => a.ok([1, 2].includes(3), undefined));
add('ok comment', (a) => a.ok(0 /* ) */));
add('ok template', (a) => a.ok(`${1}` === '2'));
add('ok regexp', (a) => a.ok(/\)/.test('x')));
add('ok call()', (a) => a.ok.call(null, 0));
add('ok apply()', (a) => a.ok.apply(null, [undefined]));
add('ok Reflect.apply', (a) => Reflect.apply(a.ok, null, [0]));
add('ok parenthesised', (a) => (0, a.ok)(0));
add('ok element', (a) => a['ok'](0));
add('ok optional', (a) => a?.ok(0));
add('ok eval', (a) => eval('a.ok(0)'));
add('ok Function', (a) => new Function('a', 'a.ok(0)')(a));
add('ok forEach', (a) => [0].forEach(a.ok));
add('ok no args', (a) => a.ok());
add('ok message', (a) => a.ok(0, 'custom'));
add('ok message null', (a) => a.ok(0, null));
add('ok message error', (a) => a.ok(0, new TypeError('own')));
add('ok message number', (a) => a.ok(false, 5));
add('ok passes', (a) => a.ok(1));
add('ok unicode', (a) => a.ok('ü' === 'ö'));

// equal family
add('equal', (a) => a.equal(1, 2));
add('equal loose', (a) => a.equal(1, '1'));
add('equal NaN', (a) => a.equal(NaN, NaN));
add('equal message', (a) => a.equal(1, 2, 'msg'));
add('equal error message', (a) => a.equal(1, 2, new RangeError('own')));
add('equal long', (a) => a.equal('x'.repeat(600), 'y'));
add('equal missing', (a) => a.equal(1));
add('notEqual', (a) => a.notEqual(1, '1'));
add('notEqual NaN', (a) => a.notEqual(NaN, NaN));
add('strictEqual short', (a) => a.strictEqual(1, 2));
add('strictEqual types', (a) => a.strictEqual(1, '1'));
add('strictEqual zero', (a) => a.strictEqual(0, -0));
add('strictEqual NaN', (a) => a.strictEqual(NaN, NaN));
add('strictEqual strings caret', (a) => a.strictEqual('abcdefghijklm', 'abcdefghijkXm'));
add('strictEqual multi-line strings', (a) => a.strictEqual('a\nb\nc', 'a\nb\nd'));
add('strictEqual objects', (a) => a.strictEqual({ a: 1 }, { a: 2 }));
add('strictEqual same structure', (a) => a.strictEqual({ a: [1] }, { a: [1] }));
add('strictEqual functions', (a) => a.strictEqual(() => {}, () => {}));
add('strictEqual message', (a) => a.strictEqual(1, 2, 'custom'));
add('strictEqual message diff', (a) => a.strictEqual({ a: 1 }, { a: 2 }, 'custom'));
add('strictEqual message empty', (a) => a.strictEqual(1, 2, ''));
add('strictEqual missing', (a) => a.strictEqual());
add('notStrictEqual', (a) => a.notStrictEqual(1, 1));
add('notStrictEqual long', (a) => a.notStrictEqual('abcdef', 'abcdef'));
{
  const shared = { a: 1, b: [1, 2] };
  const fn = function named() {};
  add('notStrictEqual object', (a) => a.notStrictEqual(shared, shared));
  add('notStrictEqual function', (a) => a.notStrictEqual(fn, fn));
  const big = Array.from({ length: 60 }, (_, i) => i);
  add('notStrictEqual big', (a) => a.notStrictEqual(big, big));
  add('notDeepStrictEqual big', (a) => a.notDeepStrictEqual(big, big.slice()));
}

// deep equality
add('deepEqual fail', (a) => a.deepEqual({ a: 1 }, { a: 2 }));
add('deepEqual pass loose', (a) => a.deepEqual({ a: 1 }, { a: '1' }));
add('deepEqual long', (a) => a.deepEqual('a'.repeat(600), 'b'.repeat(600)));
add('notDeepEqual same', (a) => a.notDeepEqual({ a: 1 }, { a: 1 }));
add('notDeepEqual loose', (a) => a.notDeepEqual(1, '1'));
add('notDeepEqual long', (a) => a.notDeepEqual({ s: 'x'.repeat(2000) }, { s: 'x'.repeat(2000) }));
add('deepStrictEqual diff', (a) => a.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 4, d: 5 }));
add('deepStrictEqual long arrays', (a) => a.deepStrictEqual(
  Array.from({ length: 40 }, (_, i) => i), Array.from({ length: 40 }, (_, i) => (i === 20 ? 0 : i))));
add('deepStrictEqual huge', (a) => a.deepStrictEqual(new Array(200).fill(1), { c: 1 }));
add('deepStrictEqual symbols', (a) => a.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }));
add('deepStrictEqual errors', (a) => a.deepStrictEqual(new Error('a'), new Error('b')));
add('deepStrictEqual errors message', (a) => a.deepStrictEqual(new Error('a'), new TypeError('a'), 'm'));
add('deepStrictEqual error cause', (a) => a.deepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })));
add('deepStrictEqual maps', (a) => a.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
add('deepStrictEqual sets', (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
add('deepStrictEqual -0', (a) => a.deepStrictEqual(-0, 0));
add('deepStrictEqual prototypes', (a) => a.deepStrictEqual(Object.create(null), {}));
add('deepStrictEqual getter', (a) => a.deepStrictEqual({ get x() { return 1; } }, { x: 1 }));
add('deepStrictEqual custom inspect', (a) => a.deepStrictEqual(
  { [Symbol.for('nodejs.util.inspect.custom')]: () => 'X' }, {}));
add('deepStrictEqual dates', (a) => a.deepStrictEqual(new Date(0), new Date(1)));
add('deepStrictEqual url', (a) => a.deepStrictEqual(new URL('http://a/'), new URL('http://b/')));
add('deepStrictEqual message', (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 4], 'custom'));
add('deepStrictEqual missing', (a) => a.deepStrictEqual(1));
add('notDeepStrictEqual', (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 }));
add('notDeepStrictEqual short', (a) => a.notDeepStrictEqual(1, 1));

// throws / doesNotThrow
const thrower = (err) => () => { throw err; };
add('throws no exception', (a) => a.throws(() => {}));
add('throws no exception message', (a) => a.throws(() => {}, 'custom'));
add('throws no exception class', (a) => a.throws(() => {}, TypeError));
add('throws no exception class message', (a) => a.throws(() => {}, TypeError, 'custom'));
add('throws not a function', (a) => a.throws('x'));
add('throws class ok', (a) => a.throws(thrower(new TypeError('x')), TypeError));
add('throws class wrong', (a) => a.throws(thrower(new TypeError('x')), RangeError));
add('throws class same name', (a) => {
  const Other = class TypeError extends Error {};
  a.throws(thrower(new TypeError('x')), Other);
});
add('throws class no message', (a) => a.throws(thrower(new TypeError('')), RangeError));
add('throws class primitive', (a) => a.throws(thrower(5), RangeError));
add('throws class object', (a) => a.throws(thrower({ a: 1 }), RangeError));
add('throws regexp ok', (a) => a.throws(thrower(new Error('boom')), /bo+m/));
add('throws regexp wrong', (a) => a.throws(thrower(new Error('boom')), /bang/));
add('throws regexp message', (a) => a.throws(thrower(new Error('boom')), /bang/, 'custom'));
add('throws object ok', (a) => a.throws(thrower(new Error('boom')), { message: 'boom' }));
add('throws object wrong', (a) => a.throws(thrower(new Error('boom')), { message: 'bang', name: 'Error' }));
add('throws object regexp', (a) => a.throws(thrower(new Error('boom')), { message: /bang/, name: /Err/ }));
add('throws object regexp ok', (a) => a.throws(thrower(new Error('boom')), { message: /bo/ }));
add('throws object missing key', (a) => a.throws(thrower(new Error('boom')), { code: 'X' }));
add('throws object nested', (a) => a.throws(thrower(Object.assign(new Error('b'), { info: { a: 1 } })),
                                             { info: { a: 2 } }));
add('throws object message', (a) => a.throws(thrower(new Error('boom')), { message: 'x' }, 'custom'));
add('throws object empty', (a) => a.throws(thrower(new Error('boom')), {}));
add('throws error instance', (a) => a.throws(thrower(new TypeError('boom')), new TypeError('bang')));
add('throws error instance ok', (a) => a.throws(thrower(new TypeError('boom')), new TypeError('boom')));
add('throws primitive vs object', (a) => a.throws(thrower('str'), { message: 'x' }));
add('throws primitive vs object message', (a) => a.throws(thrower(5), { a: 1 }, 'custom'));
add('throws validation fn ok', (a) => a.throws(thrower(new Error('x')), (e) => e instanceof Error));
add('throws validation fn false', (a) => a.throws(thrower(new Error('x')), function check() { return false; }));
add('throws validation anonymous', (a) => a.throws(thrower(new Error('x')), (() => () => 1)()));
add('throws validation primitive', (a) => a.throws(thrower(3), (() => () => undefined)()));
add('throws validation throws', (a) => a.throws(thrower(3), () => { throw new RangeError('inner'); }));
add('throws string ambiguous', (a) => a.throws(thrower(new Error('same')), 'same'));
add('throws string ambiguous primitive', (a) => a.throws(thrower('same'), 'same'));
add('throws string fourth', (a) => a.throws(thrower(new Error('x')), 'a', 'b'));
add('throws bad error', (a) => a.throws(thrower(new Error('x')), 5));
add('throws message error', (a) => a.throws(() => {}, undefined, new RangeError('own')));
add('doesNotThrow ok', (a) => a.doesNotThrow(() => 1));
add('doesNotThrow fails', (a) => a.doesNotThrow(thrower(new Error('inner'))));
add('doesNotThrow message', (a) => a.doesNotThrow(thrower(new Error('inner')), 'custom'));
add('doesNotThrow class match', (a) => a.doesNotThrow(thrower(new TypeError('inner')), TypeError));
add('doesNotThrow class other', (a) => a.doesNotThrow(thrower(new TypeError('inner')), RangeError));
add('doesNotThrow regexp', (a) => a.doesNotThrow(thrower(new TypeError('inner')), /inn/, 'm'));
add('doesNotThrow regexp other', (a) => a.doesNotThrow(thrower(new TypeError('inner')), /zzz/));
add('doesNotThrow fn', (a) => a.doesNotThrow(thrower(new TypeError('inner')), () => true));
add('doesNotThrow bad expected', (a) => a.doesNotThrow(thrower(new TypeError('inner')), {}));
add('doesNotThrow primitive', (a) => a.doesNotThrow(thrower(5)));
add('doesNotThrow not a function', (a) => a.doesNotThrow(5));
add('doesNotThrow zero', (a) => a.doesNotThrow(thrower(0)));
add('doesNotThrow empty string', (a) => a.doesNotThrow(thrower('')));
add('doesNotThrow null', (a) => a.doesNotThrow(thrower(null)));

// match
add('match ok', (a) => a.match('abc', /b/));
add('match fail', (a) => a.match('abc', /x/));
add('match not string', (a) => a.match(5, /x/));
add('match bad regexp', (a) => a.match('abc', 'b'));
add('match message', (a) => a.match('abc', /x/, 'custom'));
add('match message error', (a) => a.match('abc', /x/, new TypeError('own')));
add('doesNotMatch fail', (a) => a.doesNotMatch('abc', /b/));
add('doesNotMatch not string', (a) => a.doesNotMatch(undefined, /b/));

// fail
add('fail', (a) => a.fail());
add('fail message', (a) => a.fail('boom'));
add('fail error', (a) => a.fail(new TypeError('own')));
add('fail undefined', (a) => a.fail(undefined));
add('fail two', (a) => a.fail(1, 2));
add('fail three', (a) => a.fail(1, 2, 'custom'));
add('fail four', (a) => a.fail(1, 2, undefined, '>'));
add('fail five', (a) => a.fail(1, 2, undefined, 'op', function start() {}));
add('fail null null', (a) => a.fail(null, null));

// ifError
add('ifError null', (a) => a.ifError(null));
add('ifError undefined', (a) => a.ifError(undefined));
add('ifError error', (a) => a.ifError(new Error('bad')));
add('ifError empty message', (a) => a.ifError(new TypeError('')));
add('ifError string', (a) => a.ifError('text'));
add('ifError number', (a) => a.ifError(0));
add('ifError object', (a) => a.ifError({ message: 7 }));

// AssertionError
add('AssertionError no options', (a) => new a.AssertionError());
add('AssertionError string', (a) => { throw new a.AssertionError('x'); });
add('AssertionError empty', (a) => { throw new a.AssertionError({}); });
add('AssertionError operator', (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: 'foo' }); });
add('AssertionError message', (a) => { throw new a.AssertionError({ message: 5 }); });
add('AssertionError stackStartFunction', (a) => {
  function outer() { throw new a.AssertionError({ message: 'm', stackStartFunction: outer }); }
  outer();
});
add('AssertionError inspect', (a) => util.inspect(new a.AssertionError({
  actual: 'x'.repeat(700), expected: 'a\n'.repeat(20), operator: 'strictEqual',
})).split('\n').filter((l) => !l.includes(' at ')).join('\n'));
add('AssertionError toString', (a) => String(new a.AssertionError({ message: 'x' })));

// module shape
add('keys', (a) => Object.keys(a).join());
add('strict keys', (a) => Object.keys(a.strict).join());
add('strict aliases', (a) => [a.strict.equal === a.strictEqual, a.strict.deepEqual === a.deepStrictEqual,
                               a.strict.notEqual === a.notStrictEqual,
                               a.strict.notDeepEqual === a.notDeepStrictEqual,
                               a.strict.strict === a.strict, a.ok === a, a.strict.ok === a].join());
add('names', (a) => Object.keys(a).map((k) => `${k}:${a[k].name}:${a[k].length}`).join());
add('strict equal', (a) => a.strict.equal(1, '1'));
add('strict deepEqual', (a) => a.strict.deepEqual([1], ['1']));

// CallTracker
add('CallTracker', (a) => {
  const tracker = new a.CallTracker();
  const f = tracker.calls(function foo(x) { return x; }, 2);
  const g = tracker.calls(3);
  f(1);
  return [f.name, g.name, f.length, show(tracker.getCalls(f)), show(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]))];
});
add('CallTracker verify one', (a) => {
  const tracker = new a.CallTracker();
  tracker.calls(function foo() {});
  tracker.verify();
});
add('CallTracker verify many', (a) => {
  const tracker = new a.CallTracker();
  tracker.calls(function foo() {});
  tracker.calls(2);
  tracker.verify();
});
add('CallTracker verify ok', (a) => {
  const tracker = new a.CallTracker();
  const f = tracker.calls(2);
  f();
  f();
  tracker.verify();
});
add('CallTracker reset', (a) => {
  const tracker = new a.CallTracker();
  const f = tracker.calls(1);
  f();
  tracker.reset(f);
  return tracker.getCalls(f).length;
});
add('CallTracker untracked', (a) => new a.CallTracker().getCalls(() => {}));
add('CallTracker bad count', (a) => new a.CallTracker().calls(() => {}, 0));
add('CallTracker bad count type', (a) => new a.CallTracker().calls(() => {}, '1'));
add('CallTracker frozen', (a) => {
  const tracker = new a.CallTracker();
  const f = tracker.calls(1);
  f(1, 2);
  const calls = tracker.getCalls(f);
  return [Object.isFrozen(calls), Object.isFrozen(calls[0]), Object.isFrozen(calls[0].arguments)].join();
});
add('CallTracker without new', (a) => a.CallTracker());
add('CallTracker shape', (a) => [a.CallTracker.name, a.CallTracker.length,
                                 new a.CallTracker() instanceof a.CallTracker].join());

// rejects / doesNotReject
addAsync('rejects ok', (a) => a.rejects(Promise.reject(new Error('x')), /x/));
addAsync('rejects fn ok', (a) => a.rejects(async () => { throw new TypeError('x'); }, TypeError));
addAsync('rejects missing', (a) => a.rejects(Promise.resolve(1)));
addAsync('rejects missing class', (a) => a.rejects(Promise.resolve(1), TypeError, 'custom'));
addAsync('rejects wrong', (a) => a.rejects(Promise.reject(new Error('x')), { message: 'y' }));
addAsync('rejects not promise', (a) => a.rejects(5));
addAsync('rejects fn not promise', (a) => a.rejects(() => 5));
addAsync('rejects thenable', (a) => a.rejects({ then() {} }));
addAsync('rejects promise-like', (a) => a.rejects({ then(ok, fail) { fail(new Error('x')); }, catch() {} }));
addAsync('rejects fn throws', (a) => a.rejects(() => { throw new Error('sync'); }));
addAsync('doesNotReject ok', (a) => a.doesNotReject(Promise.resolve(1)));
addAsync('doesNotReject fails', (a) => a.doesNotReject(Promise.reject(new Error('x'))));
addAsync('doesNotReject message', (a) => a.doesNotReject(async () => { throw new Error('x'); }, 'custom'));
addAsync('doesNotReject other', (a) => a.doesNotReject(Promise.reject(new TypeError('x')), RangeError));
addAsync('doesNotReject fn not promise', (a) => a.doesNotReject(() => null));

// ---------------------------------------------------------------------------------------------
// Deep-equality fuzzing against Node's util.isDeepStrictEqual() and assert.deepEqual().

function makeRandom(seed) {
  let state = seed | 0;
  return (n) => {
    state = (state + 0x6D2B79F5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const sym1 = Symbol('s1');
const sym2 = Symbol('s2');
const primitives = [0, -0, 1, '1', '', 'a', '0', NaN, null, undefined, true, false, 1n, 0n,
                    sym1, sym2, '1.0', ' ', 2];
const looseGroups = [[1, '1', true, 1n, '1.0'], [null, undefined], [0, -0, '', false, '0', 0n],
                     [NaN, 'a']];

function generate(rnd, depth, pool) {
  switch (rnd(depth > 2 ? 3 : 22)) {
    case 0: case 1: case 2: case 21:
      return primitives[rnd(primitives.length)];
    case 3: case 4: {
      const o = {};
      for (let i = rnd(4); i > 0; i--) o['abcd'[rnd(4)]] = generate(rnd, depth + 1, pool);
      if (rnd(6) === 0) o[[sym1, sym2][rnd(2)]] = generate(rnd, depth + 1, pool);
      if (rnd(8) === 0) Object.defineProperty(o, 'h', { value: generate(rnd, depth + 1, pool) });
      if (rnd(10) === 0) Object.defineProperty(o, sym1, { value: 1 });
      return o;
    }
    case 5: case 6: {
      const a = [];
      for (let i = rnd(4); i > 0; i--) {
        if (rnd(5) === 0) a.length++;
        else a.push(generate(rnd, depth + 1, pool));
      }
      if (rnd(6) === 0) a.x = generate(rnd, depth + 1, pool);
      if (rnd(8) === 0) a[sym1] = generate(rnd, depth + 1, pool);
      return a;
    }
    case 7: {
      const s = new Set();
      for (let i = rnd(4); i > 0; i--) s.add(generate(rnd, depth + 1, pool));
      return s;
    }
    case 8: {
      const m = new Map();
      for (let i = rnd(4); i > 0; i--) {
        m.set(generate(rnd, depth + 1, pool), generate(rnd, depth + 1, pool));
      }
      return m;
    }
    case 9: return new Date(rnd(3));
    case 10: {
      const re = new RegExp([/a/, /a/g, /b/][rnd(3)]);
      if (rnd(3) === 0) re.lastIndex = 1;
      return re;
    }
    case 11: {
      const E = [Error, TypeError][rnd(2)];
      const e = new E(['a', 'b'][rnd(2)],
                      rnd(2) ? { cause: generate(rnd, depth + 1, pool) } : undefined);
      if (rnd(4) === 0) e.x = 1;
      return e;
    }
    case 12: {
      const T = [Uint8Array, Float32Array, Float64Array, Int16Array][rnd(4)];
      const t = new T(rnd(3));
      for (let i = 0; i < t.length; i++) t[i] = [0, -0, NaN, 1][rnd(4)];
      return t;
    }
    case 13:
      return [new Number(rnd(2)), new String('ab'[rnd(2)]), new Boolean(rnd(2)),
              Object(BigInt(rnd(2))), Object(sym1), new Number(-0), new Number(NaN)][rnd(7)];
    case 14: return new ArrayBuffer(rnd(2));
    case 15: return pool.length ? pool[rnd(pool.length)] : {};
    case 16: {
      const o = Object.create(rnd(2) ? null : Array.prototype);
      o.a = generate(rnd, depth + 1, pool);
      return o;
    }
    case 17: {
      const o = { a: 1 };
      pool.push(o);
      o.self = rnd(2) ? o : pool[rnd(pool.length)];
      return o;
    }
    case 18: return (function() { return arguments; })(...[1, 2].slice(rnd(3)));
    case 19: return new DataView(new ArrayBuffer(rnd(2)));
    default:
      return [new URL('http://a/'), new URL('http://b/'), new WeakMap(), Promise.resolve(1)][rnd(4)];
  }
}

// A structurally similar value, often deep-equal (loosely or strictly) to the original.
function mutate(rnd, value, depth) {
  if (depth > 4 || value === null || typeof value !== 'object') {
    if (rnd(6) === 0) {
      for (const group of looseGroups) {
        if (group.includes(value)) return group[rnd(group.length)];
      }
    }
    return rnd(25) === 0 ? primitives[rnd(primitives.length)] : value;
  }
  if (rnd(10) === 0) return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      if (i in value) copy[i] = mutate(rnd, value[i], depth + 1);
    }
    for (const key of Object.keys(value)) {
      if (!/^\d+$/.test(key)) copy[key] = mutate(rnd, value[key], depth + 1);
    }
    for (const key of Object.getOwnPropertySymbols(value)) copy[key] = value[key];
    return rnd(15) === 0 ? copy.reverse() : copy;
  }
  if (value instanceof Set) {
    const items = [...value].map((x) => mutate(rnd, x, depth + 1));
    return new Set(rnd(3) === 0 ? items.reverse() : items);
  }
  if (value instanceof Map) {
    const entries = [...value].map(([k, v]) => [mutate(rnd, k, depth + 1), mutate(rnd, v, depth + 1)]);
    return new Map(rnd(3) === 0 ? entries.reverse() : entries);
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const copy = {};
    const keys = Object.keys(value);
    if (rnd(3) === 0) keys.reverse();
    for (const key of keys) copy[key] = mutate(rnd, value[key], depth + 1);
    for (const key of Object.getOwnPropertySymbols(value)) {
      Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(value, key));
    }
    if (rnd(10) === 0) Object.defineProperty(copy, 'h', { value: 1 });
    return copy;
  }
  return value;
}

function outcome(fn) {
  try {
    return String(fn());
  } catch (err) {
    return `throws ${err.constructor.name}`;
  }
}

function fuzzDeepEqual(comparisons, seed, rounds) {
  const rnd = makeRandom(seed);
  const nodeLoose = (a, b) => {
    try {
      nodeAssert.deepEqual(a, b);
      return true;
    } catch (err) {
      if (err.code === 'ERR_ASSERTION') return false;
      throw err;
    }
  };
  for (let i = 0; i < rounds; i++) {
    const pool = [];
    const a = generate(rnd, 0, pool);
    const b = rnd(2) ? mutate(rnd, a, 0) : generate(rnd, 0, pool);
    for (const [x, y] of [[a, b], [b, a]]) {
      const expected = `${outcome(() => nodeLoose(x, y))} ${outcome(() => util.isDeepStrictEqual(x, y))}`;
      const actual = `${outcome(() => comparisons.isDeepEqual(x, y))} ` +
                     `${outcome(() => comparisons.isDeepStrictEqual(x, y))}`;
      report(`deep equality (seed ${seed}, round ${i}):\n${show(x)}\n${show(y)}`, expected, actual);
    }
  }
}

// Cyclic graphs of objects, arrays, Sets and Maps: the cycle detection decides these.
function fuzzCycles(comparisons, seed, rounds) {
  const rnd = makeRandom(seed);
  const kinds = [() => ({}), () => [], () => new Set(), () => new Map()];
  const graph = (n) => {
    const nodes = Array.from({ length: n }, () => kinds[rnd(kinds.length)]());
    const value = () => (rnd(4) === 0 ? 1 : nodes[rnd(n)]);
    for (const node of nodes) {
      for (let j = 1 + rnd(2); j > 0; j--) {
        if (node instanceof Set) node.add(value());
        else if (node instanceof Map) node.set(rnd(2) ? j : value(), value());
        else if (Array.isArray(node)) node.push(value());
        else node['ab'[j - 1]] = value();
      }
    }
    return nodes[0];
  };
  const nodeLoose = (a, b) => {
    try {
      nodeAssert.deepEqual(a, b);
      return true;
    } catch (err) {
      if (err.code === 'ERR_ASSERTION') return false;
      throw err;
    }
  };
  for (let i = 0; i < rounds; i++) {
    const a = graph(1 + rnd(3));
    const b = graph(1 + rnd(3));
    const expected = `${outcome(() => nodeLoose(a, b))} ${outcome(() => util.isDeepStrictEqual(a, b))}`;
    const actual = `${outcome(() => comparisons.isDeepEqual(a, b))} ` +
                   `${outcome(() => comparisons.isDeepStrictEqual(a, b))}`;
    report(`cycles (seed ${seed}, round ${i}):\n${show(a)}\n${show(b)}`, expected, actual);
  }
}

// ---------------------------------------------------------------------------------------------
// AssertionError messages for random values.

function fuzzMessages(OurAssertionError, seed, rounds) {
  const rnd = makeRandom(seed);
  const values = [0, -0, 1, 2, 'a', 'abcdefghijklmnop', 'abcdefghijklmnoq', '', null, undefined,
                  true, NaN, 10n, 'x\ny', 'x\nz', 123456789, 123456780];
  const gen = (depth) => {
    const r = rnd(depth > 3 ? 2 : 8);
    if (r < 2) return values[rnd(values.length)];
    if (r < 4) {
      return Array.from({ length: rnd(depth === 0 ? 80 : 8) },
                        () => (rnd(3) ? rnd(5) : gen(depth + 1)));
    }
    if (r < 6) {
      const o = {};
      for (let i = rnd(6); i > 0; i--) o[`k${rnd(8)}`] = gen(depth + 1);
      return o;
    }
    if (r === 6) return new Map([[rnd(3), gen(depth + 1)], ['b', gen(depth + 1)]]);
    return function f() {};
  };
  const change = (value, depth) => {
    if (value === null || typeof value !== 'object') {
      return rnd(4) === 0 ? values[rnd(values.length)] : value;
    }
    if (Array.isArray(value)) {
      const copy = value.map((x) => (rnd(12) === 0 ? gen(depth + 1) : change(x, depth + 1)));
      if (rnd(5) === 0) copy.splice(rnd(copy.length + 1), rnd(3));
      if (rnd(5) === 0) copy.splice(rnd(copy.length + 1), 0, ...Array.from({ length: rnd(4) }, () => rnd(5)));
      return copy;
    }
    if (value instanceof Map) return new Map(value);
    const copy = {};
    for (const key of Object.keys(value)) if (rnd(8)) copy[key] = change(value[key], depth + 1);
    if (rnd(4) === 0) copy[`k${rnd(9)}`] = gen(depth + 1);
    return copy;
  };
  const operators = ['deepStrictEqual', 'strictEqual', 'notDeepStrictEqual', 'notStrictEqual',
                     'deepEqual', 'notDeepEqual', '==', '!=', 'fail', undefined];
  const singles = ['abc', 'abcd', 'abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyZ', 'ab',
                   'a'.repeat(60), `${'a'.repeat(59)}b`, 12, 123, -0, 0, 1e21, 'x\ny\nz',
                   'x\ny\nw', [1], {}, [], null, undefined, Symbol('s')];
  for (let i = 0; i < rounds; i++) {
    let actual;
    let expected;
    const mode = rnd(3);
    if (mode === 0) {
      actual = gen(0);
      expected = rnd(4) ? change(actual, 0) : gen(0);
    } else if (mode === 1) {
      actual = Array.from({ length: rnd(70) }, (_, j) => (rnd(10) ? j : `x${j}`));
      expected = actual.slice();
      for (let k = rnd(4); k > 0; k--) {
        const at = rnd(expected.length + 1);
        const op = rnd(3);
        if (op === 0) expected.splice(at, 1);
        else if (op === 1) expected.splice(at, 0, rnd(100));
        else expected[at] = -1;
      }
      if (rnd(3) === 0) {
        actual = { a: actual, z: 1 };
        expected = { a: expected, z: rnd(2) };
      }
    } else {
      actual = singles[rnd(singles.length)];
      expected = singles[rnd(singles.length)];
    }
    const options = {
      actual,
      expected: rnd(10) === 0 ? actual : expected,
      operator: operators[rnd(operators.length)],
      message: rnd(6) === 0 ? ['m', '', 0, null, 5][rnd(5)] : undefined,
    };
    const theirs = new nodeAssert.AssertionError(options);
    const ours = new OurAssertionError(options);
    for (const key of ['message', 'generatedMessage', 'operator', 'code', 'name']) {
      report(`AssertionError ${key} (seed ${seed}, round ${i}) ${show(options)}`,
             String(theirs[key]), String(ours[key]));
    }
  }
}

// ---------------------------------------------------------------------------------------------

async function check(variant, nodeIds) {
  const requireOurs = createLoader(nodeIds);
  const ourAssert = requireOurs('assert');
  const failuresBefore = failures;

  // Warnings: assert.fail() with several arguments and CallTracker warn once each.
  const warnings = { node: [], ours: [] };
  const originalEmitWarning = process.emitWarning;
  let sink;
  process.emitWarning = (...args) => {
    sink.push(args.slice(0, 3).map(String).join('|'));
  };
  try {
    // Both runs go through the same lines, so that stack traces inside values are identical.
    const both = [[nodeAssert, warnings.node], [ourAssert, warnings.ours]];
    for (const [label, fn] of scenarios) {
      const results = [];
      for (const [module, warningSink] of both) {
        sink = warningSink;
        results.push(JSON.stringify(runSync(() => fn(module)), null, 1));
      }
      report(`${variant}: ${label}`, results[0], results[1]);
    }
    for (const [label, fn] of asyncScenarios) {
      const results = [];
      for (const [module] of both) {
        results.push(JSON.stringify(await runAsync(() => fn(module)), null, 1));
      }
      report(`${variant}: ${label}`, results[0], results[1]);
    }
  } finally {
    process.emitWarning = originalEmitWarning;
  }
  if (variant === 'node inspect') {
    // Node's own module has warned before this ran, if an earlier scenario hit the same path.
    report(`${variant}: warnings`, warnings.node.join('\n'), warnings.ours.join('\n'));
  }

  fuzzMessages(requireOurs('internal/assert/assertion_error'), 1, 1500);
  fuzzMessages(requireOurs('internal/assert/assertion_error'), 2, 1500);
  if (variant === 'node inspect') {
    const comparisons = requireOurs('internal/util/comparisons');
    fuzzDeepEqual(comparisons, 1, 6000);
    fuzzDeepEqual(comparisons, 2, 6000);
    fuzzCycles(comparisons, 1, 10000);
  }
  console.log(`${variant}: ${failures - failuresBefore} mismatches`);
}

// lib/internal/assert.js: ERR_INTERNAL_ASSERTION for broken invariants.
function checkInternalAssert() {
  const ours = createLoader()('internal/assert');
  const node = require('internal/assert');
  for (const [label, fn] of [
    ['pass', (a) => a(true, 'x')],
    ['fail message', (a) => a(0, 'broken')],
    ['fail no message', (a) => a(false)],
    ['fail()', (a) => a.fail('broken')],
  ]) {
    const results = [node, ours].map((module) => {
      const result = runSync(() => fn(module));
      delete result.frame;
      return JSON.stringify(result, null, 1);
    });
    report(`internal/assert: ${label}`, results[0], results[1]);
  }
}

(async () => {
  checkInternalAssert();
  await check('node inspect', ['internal/util/inspect']);
  if (fs.existsSync(path.join(libDir, 'internal', 'util', 'inspect.js'))) {
    await check('our inspect', []);
  }
  console.log(`${checks} checks, ${failures} mismatches`);
  if (failures > 0) process.exitCode = 1;
})();
