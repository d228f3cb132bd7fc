'use strict';
// Differential check of lib/internal/util/inspect.js against Node 20's util: every value below
// is inspected with many option sets (and many format() calls are made) by both, and the
// outputs must be identical. Run: node --expose-internals test/internal/test-inspect-harness.js

const assert = require('assert');
const util = require('util');
const vm = require('vm');
const h = require('./harness');

// Values under test are Node's own URLs and Buffers: take those modules from Node.
const useNode = ['url', 'internal/url', 'buffer'];
const ours = h.load('internal/util/inspect', { useNode });
const ourTypes = h.load('internal/util/types', { useNode });

let failures = 0;
let checks = 0;

function show(v) {
  return JSON.stringify(v);
}

function compare(label, expected, actual) {
  checks++;
  if (expected === actual) return;
  failures++;
  if (failures <= 40) {
    console.log(`MISMATCH ${label}\n--- node:\n${expected}\n--- ours:\n${actual}\n`);
  } else {
    console.log(`MISMATCH ${label}`);
  }
}

function run(fn) {
  try {
    return { ok: fn() };
  } catch (err) {
    return { error: `${err && err.name}: ${err && err.message} ${err && err.code}` };
  }
}

function compareCall(label, nodeFn, ourFn) {
  const expected = run(nodeFn);
  const actual = run(ourFn);
  compare(label, show(expected), show(actual));
}

// ---------------------------------------------------------------------------------------------
// Values

const values = [];
function add(name, value) {
  values.push([name, value]);
}

// Primitives
add('undefined', undefined);
add('null', null);
add('true', true);
add('false', false);
for (const n of [0, -0, 1, -1, 1.5, -1.5, NaN, Infinity, -Infinity, 1e21, 1e-7, -1e-7,
                 123456789, 1234.5678, -0.5, 0.1 + 0.2, 2 ** 53, 1.2345e-10, 12345.6789e10,
                 -12.5e-3, 1234567.891234e-3, 100, 1000, 999.999]) {
  add(`number ${n}`, n);
}
for (const n of [0n, 1n, -1n, 123456789012345678901234567890n, -1000n]) add(`bigint ${n}`, n);
add('symbol', Symbol('a'));
add('symbol empty', Symbol());
add('symbol desc empty', Symbol(''));
add('symbol newline', Symbol('a\nb'));
add('symbol quote', Symbol("it's"));
add('symbol iterator', Symbol.iterator);
add('symbol for', Symbol.for('x'));

// Strings
for (const s of ['', 'a', "it's", 'say "hi"', 'it\'s "both"', "it's \"all\" `three`",
                 "it's \"x\" ${y}", 'back`tick', 'a\nb', 'a\tb\r\n', '\u0000\u0001\u001f',
                 '\x7f\x80\x9f\xa0', '\\', 'é', '日本語', '\ud800', '\udc00x', 'x\ud83d\ude00y',
                 '\ud83d', 'a\u2028b', 'x'.repeat(200), 'line1\nline2\nline3\nline4 is long',
                 'short\n', '0123456789abcdefg\n', `${'a'.repeat(30)}\n${'b'.repeat(30)}\n`,
                 `${'a'.repeat(50)}\n${'b'.repeat(50)}\n${'c'.repeat(50)}`, '\n'.repeat(17),
                 "'".repeat(120), '\\'.repeat(120) + '\x01'.repeat(10),
                 `${'x'.repeat(5001)}\n`, 'ab\x1b[31mcd\x1b[39m']) {
  add(`string ${show(s.slice(0, 30))}`, s);
}

// Arrays
add('array empty', []);
add('array nums', [1, 2, 3]);
add('array nested', [1, [2, [3, [4, [5]]]]]);
add('array mixed', [1, 'a', null, undefined, true, {}, [], () => {}]);
add('array holes', [1, , 3]); // eslint-disable-line no-sparse-arrays
add('array leading holes', [, , 1]); // eslint-disable-line no-sparse-arrays
add('array trailing holes', [1, , , ]); // eslint-disable-line no-sparse-arrays
add('array all holes', new Array(5));
add('array one hole', new Array(1));
{
  const a = [];
  a[100] = 1;
  a[200] = 2;
  add('array sparse far', a);
  const b = new Array(300);
  b[5] = 'x';
  add('array sparse long', b);
  const c = [1, 2, 3];
  c.extra = 'yes';
  c[Symbol('s')] = 1;
  add('array extra props', c);
  const d = [];
  d.foo = 1;
  add('array only props', d);
  const e = [1, 2];
  Object.defineProperty(e, 1, { get() { return 5; }, enumerable: true });
  add('array getter index', e);
  const f = [1, 2, 3];
  f[-1] = 'neg';
  f['1.5'] = 'frac';
  add('array odd keys', f);
  const g = [];
  g[4294967294] = 'last';
  add('array max index', g);
  const sp = [1, 2, 3, , , 6, 7, , 9, 10]; // eslint-disable-line no-sparse-arrays
  sp.key = 'v';
  add('array sparse with key', sp);
}
add('array 26 nums', Array.from({ length: 26 }, (_, i) => i));
add('array 101 nums', Array.from({ length: 101 }, (_, i) => i));
add('array 150 nums', Array.from({ length: 150 }, (_, i) => i * 1.5));
add('array 1000 nums', Array.from({ length: 1000 }, (_, i) => i ** 2));
add('array 30 strings', Array.from({ length: 30 }, (_, i) => `str${i}`));
add('array 30 mixed len', Array.from({ length: 30 }, (_, i) => 'x'.repeat(i % 7)));
add('array 10 long strings', Array.from({ length: 10 }, (_, i) => 'y'.repeat(i * 5)));
add('array 7 short', [1, 2, 3, 4, 5, 6, 7]);
add('array 7 words', ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']);
add('array 20 bigint', Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n));
add('array 20 mixed types', Array.from({ length: 20 }, (_, i) => (i % 2 ? i : `${i}`)));
add('array 12 cjk', Array.from({ length: 12 }, (_, i) => '日本'.repeat(i % 3 + 1)));
add('array 12 emoji', Array.from({ length: 12 }, (_, i) => '😀'.repeat(i % 3 + 1)));
add('array 40 objects', Array.from({ length: 40 }, (_, i) => ({ i })));
add('array of arrays', Array.from({ length: 10 }, (_, i) => [i, i * 2, i * 3]));
add('array of 8 nested arrays', Array.from({ length: 8 }, () => [1, 2, 3, 4, 5, 6, 7, 8]));
add('array 7 with undefined', [1, 2, undefined, 4, 5, null, 7]);
add('array long one', ['a'.repeat(100), 1, 2, 3, 4, 5, 6, 7]);
add('array negatives', [-1, -22, -333, 4444, -55555, 666666, -7777777, 88888888]);
add('array floats', [1.1, 22.22, 333.333, 4444.4444, 0.5, 0.25, 0.125, 0.0625, 1e-7]);
add('array subclass', new (class Foo extends Array {})(3).fill(1));
add('array subclass empty', new (class Bar extends Array {})());
{
  const a = [1, 2];
  Object.setPrototypeOf(a, null);
  add('array null proto', a);
  const b = [];
  Object.setPrototypeOf(b, null);
  add('array null proto empty', b);
  const t = [1];
  Object.defineProperty(t, Symbol.toStringTag, { value: 'Tagged' });
  add('array own tag hidden', t);
}

// Objects
add('object empty', {});
add('object simple', { a: 1, b: 'two', c: [3], d: { e: null } });
add('object deep', { a: { b: { c: { d: { e: { f: 1 } } } } } });
add('object deep arr', { a: [{ b: [{ c: [{ d: 1 }] }] }] });
add('object quoted keys', { 'a-b': 1, 'c d': 2, '1a': 3, _ok: 4, $dollar: 5, 'é': 6, '': 7,
                            "it's": 8, 'new\nline': 9, 123: 10, 'ünïcode': 11 });
add('object __proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'));
add('object symbols', { [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3,
                        [Symbol('x\ny')]: 4, [Symbol("q'")]: 5 });
add('object getters', {
  get a() { return 1; },
  set b(v) {},
  get c() { return 3; },
  set c(v) {},
  get d() { return { nested: true }; },
  get e() { return null; },
  get f() { throw new Error('boom'); },
  get g() { return 'str'; },
});
{
  const o = {};
  Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
  Object.defineProperty(o, 'weird key', { value: 2, enumerable: false });
  Object.defineProperty(o, Symbol('hs'), { value: 3, enumerable: false });
  Object.defineProperty(o, 'x\ny', { value: 4, enumerable: false });
  o.visible = 0;
  add('object non-enumerable', o);
}
{
  const o = { a: 1 };
  o.self = o;
  add('circular simple', o);
  const p = { name: 'p', list: [] };
  const q = { name: 'q', parent: p };
  p.list.push(q, p);
  p.q = q;
  q.q = q;
  add('circular multiple', p);
  const arr = [1];
  arr.push(arr);
  add('circular array', arr);
  const m = new Map();
  m.set('self', m);
  add('circular map', m);
  const a2 = {};
  const b2 = { a2 };
  a2.b2 = b2;
  a2.c = { a2, b2 };
  add('circular cross', a2);
}
add('object null proto', Object.create(null));
{
  const np = Object.create(null);
  np.a = 1;
  np.b = { c: 2 };
  add('object null proto props', np);
}
class Foo {
  constructor() {
    this.x = 1;
  }
}
class Empty {}
add('class instance', new Foo());
add('class instance empty', new Empty());
add('anonymous class instance', new (class {})());
{
  const AnonClass = (() => class {})();
  add('anon class instance 2', new AnonClass());
}
add('class with toStringTag',
    new (class Tagged { get [Symbol.toStringTag]() { return 'TAG'; } })());
add('class same toStringTag', new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })());
add('object own toStringTag', { [Symbol.toStringTag]: 'own' });
{
  const o = {};
  Object.defineProperty(o, Symbol.toStringTag, { value: 'hiddenTag', enumerable: false });
  add('object non-enum own toStringTag', o);
  const p = Object.create({ [Symbol.toStringTag]: 'inherited' });
  add('object inherited toStringTag', p);
  p.x = 1;
  const q = Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'T' } }));
  add('object null-proto chain tag', q);
  add('object tag empty', Object.create({ [Symbol.toStringTag]: '' }));
  add('object tag non-string', Object.create({ [Symbol.toStringTag]: 5 }));
}
{
  function Legacy() {
    this.a = 1;
  }
  add('function constructor instance', new Legacy());
  const noCtor = new Legacy();
  Legacy.prototype.constructor = undefined;
  add('constructor gone', noCtor);
  const proto = { hello: 'world' };
  add('object from proto without ctor', Object.create(proto));
  const nested = Object.create(Object.create(Object.create(null)));
  add('nested no ctor', nested);
  const fromNullClass = Object.create(Object.create(null, { x: { value: 1, enumerable: true } }));
  add('no ctor null proto with keys', fromNullClass);
  class Base {}
  class Derived extends Base {}
  const inst = new Derived();
  Derived.prototype.constructor = undefined;
  add('derived ctor removed', inst);
  const anonymousCtor = new (function() { this.z = 1; })();
  add('anonymous function ctor', anonymousCtor);
  const weird = Object.create(Array.prototype);
  add('object with array proto', weird);
  const weird2 = Object.create(Map.prototype);
  add('object with map proto', weird2);
  const renamed = new Foo();
  Object.defineProperty(renamed, 'constructor', { value: function Other() {} });
  add('own constructor not matching', renamed);
}
add('object many keys', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
add('object long values', { a: 'x'.repeat(60), b: 'y'.repeat(60), c: { d: 'z'.repeat(70) } });
add('object breaking', { aaaaaaaaaa: 1, bbbbbbbbbbbbbbb: [1, 2, 3], ccccccccccccc: { d: 1, e: 2 },
                         dddddddddddd: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx', eeeeeeee: null });
add('object compact depth', { a: { b: { c: {} } }, d: 1 });
add('object compact depth2', { a: 1, b: { c: { d: { e: 1 } } }, f: [{ g: [1] }] });
add('object multiline string', { s: 'line one is here\nline two is here\nline three\n' });
add('object with long key', { ['k'.repeat(100)]: 1 });
add('object values width', { a: '日本語'.repeat(30) });

// Functions and classes
function namedFn(a, b) {}
add('function', namedFn);
add('arrow', () => {});
add('anon function', function() {});
add('async function', async function af() {});
add('async arrow', async () => {});
add('generator', function* gen() {});
add('async generator', async function* agen() {});
add('bound', namedFn.bind(null));
add('class', class A {});
add('class anon', class {});
add('class extends', class B extends Foo {});
add('class extends null', class N extends null {});
add('class with comment', class /* x */ C {});
add('class with paren comment', class /* (x) */ D {});
add('class with line comment', class // (
  E {});
add('class extends call', class F extends (function() { return Foo; })() {});
add('class static name', class G { static name = 'renamed'; });
add('class static name non string', class H { static name() {} });
add('class no own name', (() => {
  const K = class {};
  delete K.name;
  return K;
})());
add('function named class', { class() {} }.class);
add('function named classy', function classy() {});
add('method class-like', { classic() { return '}'; } }.classic);
{
  const f = function withProps() {};
  f.a = 1;
  f.b = { c: 2 };
  add('function with props', f);
  const g = () => {};
  Object.setPrototypeOf(g, null);
  add('function null proto', g);
  const g2 = function named2() {};
  Object.setPrototypeOf(g2, null);
  g2.x = 1;
  add('function null proto props', g2);
  const k = class K {};
  Object.setPrototypeOf(k, null);
  add('class null proto', k);
  const renamed = function orig() {};
  Object.defineProperty(renamed, 'name', { value: 'changed' });
  add('function renamed', renamed);
  const noname = function orig2() {};
  Object.defineProperty(noname, 'name', { value: '' });
  add('function empty name', noname);
  const tagged = function t() {};
  Object.defineProperty(tagged, Symbol.toStringTag, { value: 'FnTag' });
  add('function tag', tagged);
  const objProtoFn = function op() {};
  Object.setPrototypeOf(objProtoFn, Object.prototype);
  add('function with object proto', objProtoFn);
  class WithStatic {
    static x = 1;
    static #priv = 2;
    static get y() { return 2; }
  }
  add('class with static', WithStatic);
  const asyncWithProps = async function aw() {};
  asyncWithProps.p = 1;
  add('async with props', asyncWithProps);
  class SubFn extends Function {}
  add('function subclass', new SubFn());
}
add('builtin function', Math.max);
add('builtin class', Map);
add('Object', Object);
add('object with fn', { fn() {}, arrow: () => {}, async am() {}, *gen() {} });

// Boxed primitives
add('boxed number', new Number(3));
add('boxed -0', new Number(-0));
add('boxed string', new String('ab'));
add('boxed string props', Object.assign(new String('ab'), { x: 1 }));
add('boxed boolean', new Boolean(false));
add('boxed bigint', Object(5n));
add('boxed symbol', Object(Symbol('s')));
add('boxed number props', Object.assign(new Number(1), { a: 2 }));
{
  class MyNum extends Number {}
  add('boxed subclass', new MyNum(4));
  const np = new String('x');
  Object.setPrototypeOf(np, null);
  add('boxed null proto', np);
  const tagged = new Number(1);
  Object.defineProperty(tagged, Symbol.toStringTag, { value: 'NT' });
  add('boxed own tag', tagged);
  add('boxed long string', new String('a\nb'.repeat(30)));
}

// Maps, sets, weak collections, iterators
add('map empty', new Map());
add('map', new Map([[1, 'a'], ['b', { c: 2 }], [{ k: 1 }, [1, 2]]]));
add('map nested', new Map([[new Map([[1, 2]]), new Set([3])]]));
add('map 150', new Map(Array.from({ length: 150 }, (_, i) => [i, i])));
add('map props', Object.assign(new Map([[1, 2]]), { extra: true }));
add('set empty', new Set());
add('set', new Set([1, 'a', { b: 2 }, [3]]));
add('set 150', new Set(Array.from({ length: 150 }, (_, i) => i)));
add('set props', Object.assign(new Set([1]), { extra: true }));
add('set many long', new Set(Array.from({ length: 20 }, (_, i) => `value number ${i}`)));
{
  class MyMap extends Map {}
  add('map subclass', new MyMap([[1, 2]]));
  class MySet extends Set {}
  add('set subclass', new MySet([1]));
  const npm = new Map([[1, 2]]);
  Object.setPrototypeOf(npm, null);
  add('map null proto', npm);
  const nps = new Set([1, 2]);
  Object.setPrototypeOf(nps, null);
  add('set null proto', nps);
  const tagMap = new Map();
  Object.defineProperty(tagMap, Symbol.toStringTag, { value: 'MT' });
  add('map own tag', tagMap);
  class TagSet extends Set { get [Symbol.toStringTag]() { return 'TS'; } }
  add('set class tag', new TagSet([1]));
}
const weakKey1 = { k: 1 };
const weakKey2 = { k: 2 };
add('weakmap', new WeakMap([[weakKey1, 'v1'], [weakKey2, { v: 2 }]]));
add('weakset', new WeakSet([weakKey1, weakKey2]));
add('weakmap empty', new WeakMap());
add('weakref', new WeakRef(weakKey1));
add('map iterator', new Map([[1, 2], [3, 4]]).keys());
add('map values iterator', new Map([[1, { a: 1 }], [3, 4]]).values());
add('map entries iterator', new Map([[1, 2], [3, 4]]).entries());
add('set iterator', new Set([1, 2, 3]).values());
add('set entries iterator', new Set([1, 2]).entries());
{
  const it = new Map([[1, 2], [3, 4], [5, 6]]).entries();
  it.next();
  add('map iterator advanced', it);
  const done = new Set([1]).values();
  done.next();
  done.next();
  add('set iterator done', done);
  const itp = new Set([1]).values();
  itp.prop = 1;
  add('set iterator props', itp);
  add('map iterator 200', new Map(Array.from({ length: 200 }, (_, i) => [i, i])).entries());
  add('array iterator', [1, 2][Symbol.iterator]());
  add('string iterator', 'ab'[Symbol.iterator]());
  add('generator object', (function* g() { yield 1; })());
  add('regexp string iterator', 'a'.matchAll(/a/g));
}

// Typed arrays and buffers
add('uint8array', new Uint8Array([1, 2, 3]));
add('uint8array empty', new Uint8Array(0));
add('float64array', new Float64Array([1.5, -0, NaN, 1e21]));
add('bigint64array', new BigInt64Array([1n, -2n, 123456789n]));
add('biguint64array', new BigUint64Array([1n]));
add('int16array 200', new Int16Array(200).map((_, i) => i * 100 - 5000));
add('uint8clamped', new Uint8ClampedArray([255, 0]));
add('typed array props', Object.assign(new Int32Array(2), { p: 1 }));
add('typed array subarray', new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 3));
{
  class MyU8 extends Uint8Array {}
  add('typed array subclass', new MyU8(2));
  const np = new Uint16Array([1, 2]);
  Object.setPrototypeOf(np, null);
  add('typed array null proto', np);
}
add('arraybuffer', new Uint8Array([1, 2, 255]).buffer);
add('arraybuffer empty', new ArrayBuffer(0));
add('arraybuffer 200', new ArrayBuffer(200));
add('arraybuffer props', Object.assign(new ArrayBuffer(2), { p: 1 }));
add('sharedarraybuffer', new SharedArrayBuffer(4));
{
  const ab = new ArrayBuffer(8);
  structuredClone(ab, { transfer: [ab] });
  add('arraybuffer detached', ab);
  const np = new ArrayBuffer(3);
  Object.setPrototypeOf(np, null);
  add('arraybuffer null proto', np);
}
add('dataview', new DataView(new ArrayBuffer(4), 1, 2));
add('dataview props', Object.assign(new DataView(new ArrayBuffer(1)), { p: 1 }));
add('buffer', Buffer.from('hello'));
add('buffer long', Buffer.alloc(60, 1));
add('object with buffer', { b: Buffer.from([1, 2, 3]) });

// Dates, regexps
add('date', new Date(0));
add('date invalid', new Date(NaN));
add('date props', Object.assign(new Date(0), { p: 1 }));
{
  class MyDate extends Date {}
  add('date subclass', new MyDate(0));
  const np = new Date(0);
  Object.setPrototypeOf(np, null);
  add('date null proto', np);
  const tagged = new Date(0);
  Object.defineProperty(tagged, Symbol.toStringTag, { value: 'DT' });
  add('date own tag', tagged);
}
add('regexp', /ab+c/gi);
add('regexp escaped', /a\/b\n[\]]/);
add('regexp new', new RegExp('a/b', 'y'));
add('regexp props', Object.assign(/x/, { p: 1 }));
{
  class MyRe extends RegExp {}
  add('regexp subclass', new MyRe('x', 'g'));
  const np = /np/;
  Object.setPrototypeOf(np, null);
  add('regexp null proto', np);
}
add('nested regexp props deep', { a: { b: { c: Object.assign(/deep/, { p: 1 }) } } });

// Errors
function cutStack(err, lines = 3) {
  err.stack = err.stack.split('\n').slice(0, lines).join('\n');
  return err;
}
add('error', new Error('boom'));
add('error short', cutStack(new Error('short')));
add('error code', Object.assign(cutStack(new Error('x')), { code: 'ERR_X', errno: -2 }));
add('type error', cutStack(new TypeError('bad type')));
add('range error', new RangeError('r'));
add('error no message', cutStack(new Error()));
add('error multiline message', cutStack(new Error('line1\nline2\n    at fake')));
{
  const e = cutStack(new Error('boom'));
  e.name = 'Custom';
  add('error name changed', e);
  const e2 = cutStack(new Error('boom'));
  e2.message = 'changed';
  add('error message changed', e2);
  const e3 = new Error('nostack');
  e3.stack = undefined;
  add('error stack undefined', e3);
  const e4 = new Error('x');
  e4.stack = 'weird stack';
  add('error weird stack', e4);
  const e5 = new Error('x');
  e5.stack = 12;
  add('error numeric stack', e5);
  const e6 = new Error('x');
  delete e6.stack;
  add('error deleted stack', e6);
  class MyError extends Error {}
  add('error subclass', cutStack(new MyError('m')));
  class NamedError extends Error {
    constructor(m) {
      super(m);
      this.name = 'NamedError';
    }
  }
  add('error subclass named', cutStack(new NamedError('n')));
  class NamedProtoError extends Error {}
  NamedProtoError.prototype.name = 'NamedProtoError';
  add('error subclass proto name', cutStack(new NamedProtoError('n')));
  class Weird extends TypeError {}
  add('error subclass of TypeError', cutStack(new Weird('w')));
  const np = cutStack(new Error('np'));
  Object.setPrototypeOf(np, null);
  add('error null proto', np);
  const np2 = new TypeError('np2');
  np2.stack = 'TypeError: np2';
  Object.setPrototypeOf(np2, null);
  add('error null proto no frames', np2);
  const np3 = new Error('');
  np3.stack = 'lowercase stack\n    at x (y:1:1)';
  Object.setPrototypeOf(np3, null);
  add('error null proto odd stack', np3);
  const tagged = cutStack(new Error('t'));
  Object.defineProperty(tagged, Symbol.toStringTag, { value: 'ErrTag' });
  add('error tag', tagged);
  const withCause = cutStack(new Error('outer', { cause: cutStack(new Error('inner')) }));
  add('error cause', withCause);
  add('error cause primitive', cutStack(new Error('o', { cause: 'str' })));
  add('error cause undefined', cutStack(new Error('o', { cause: undefined })));
  add('error cause object', cutStack(new Error('o', { cause: { code: 1 } })));
  add('error full cause', new Error('p', { cause: new Error('q') }));
  const inheritedCause = cutStack(new Error('ic'));
  Object.setPrototypeOf(inheritedCause, Object.create(Error.prototype, { cause: { value: 'c' } }));
  add('error inherited cause', inheritedCause);
  const aggr = cutStack(new AggregateError([cutStack(new Error('a')), 1, 'two'], 'agg'));
  add('aggregate error', aggr);
  const customErrors = cutStack(new Error('ce'));
  customErrors.errors = [1, 2];
  add('error with errors array', customErrors);
  const showKeys = cutStack(new Error('k'));
  showKeys.extra = { nested: { deep: { deeper: 1 } } };
  add('error extra nested', showKeys);
  const fake = Object.create(Error.prototype);
  add('fake error', fake);
  const fake2 = { name: 'Error', message: 'm', stack: 'Error: m\n    at x (y:1:1)' };
  Object.setPrototypeOf(fake2, Error.prototype);
  add('fake error 2', fake2);
  const nameless = cutStack(new Error('nameless'));
  nameless.name = undefined;
  add('error name undefined', nameless);
  const nameObj = cutStack(new Error('nm'));
  nameObj.name = { toString() { return 'ObjName'; } };
  add('error name object', nameObj);
  const msgInStackStart = new Error('Error');
  msgInStackStart.stack = 'Error: Error\n    at a (b:1:1)';
  add('error message at start', msgInStackStart);
  const nodeModules = new Error('nm');
  nodeModules.stack = 'Error: nm\n    at fn (/app/node_modules/pkg/index.js:1:1)\n' +
    '    at fn2 (/app/node_modules/@scope/pkg/node_modules/inner/x.js:1:1)\n' +
    `    at fn3 (${process.cwd()}/file.js:1:1)\n` +
    `    at ${process.cwd()}/file2.js:1:1\n` +
    `    at fn4 (file://${process.cwd()}/esm.mjs:2:2)\n` +
    '    at Module._compile (node:internal/modules/cjs/loader:1:1)\n' +
    '    at node:internal/main/run_main_module:28:49\n' +
    '    at fake (node:notreal:1:1)\n' +
    '    at new Promise (<anonymous>)\n' +
    '    at async Promise.all (index 0)';
  add('error frames', nodeModules);
  const errInErr = cutStack(new Error('outer'));
  errInErr.inner = cutStack(new Error('inner'));
  add('error in error', errInErr);
  const stackOnly = new Error('so');
  stackOnly.stack = 'Error: so';
  add('error stack without frames', stackOnly);
  const throwingCause = cutStack(new Error('tc'));
  Object.defineProperty(throwingCause, 'cause', { get() { throw new Error('no'); } });
  add('error throwing cause getter', throwingCause);
  const deep = { a: { b: { c: Object.assign(cutStack(new Error('deep')), { code: 1 }) } } };
  add('error deep with keys', deep);
  add('error deep no keys', { a: { b: { c: { d: cutStack(new Error('deeper')) } } } });
}

// Promises and proxies
add('promise resolved', Promise.resolve(1));
add('promise resolved object', Promise.resolve({ a: [1, 2] }));
add('promise pending', new Promise(() => {}));
{
  const rejected = Promise.reject(cutStack(new Error('rej')));
  rejected.catch(() => {});
  add('promise rejected', rejected);
  const rejected2 = Promise.reject(3);
  rejected2.catch(() => {});
  add('promise rejected primitive', rejected2);
  add('promise props', Object.assign(Promise.resolve(2), { p: 1 }));
  class MyPromise extends Promise {}
  add('promise subclass', MyPromise.resolve(1));
}
add('proxy object', new Proxy({ a: 1 }, {}));
add('proxy array', new Proxy([1, 2], {}));
add('proxy fn', new Proxy(function pf() {}, {}));
add('proxy with handler', new Proxy({ t: 1 }, { get() { return 5; } }));
add('proxy of proxy', new Proxy(new Proxy({}, {}), {}));
{
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  add('proxy revoked', proxy);
  add('proxy nested', { p: new Proxy({ deep: { deeper: { deepest: 1 } } }, {}) });
  add('proxy custom inspect',
      new Proxy({ [util.inspect.custom]() { return 'custom!'; } }, {}));
}

// arguments, namespaces, globals, misc built-ins
add('arguments', (function() { return arguments; })(1, 'two', { three: 3 }));
add('arguments empty', (function() { return arguments; })());
add('strict arguments', (function() { 'use strict'; return arguments; })(1));
add('Math', Math);
add('JSON', JSON);
add('Reflect', Reflect);
add('Atomics', Atomics);
add('Intl', Intl);
add('process.versions', process.versions);
add('globalThis', globalThis);
add('vm context object', vm.runInNewContext('({ a: 1, b: [1, 2], c: new Map([[1, 2]]) })'));
add('vm context error', vm.runInNewContext('new Error("ctx")'));
add('vm context function', vm.runInNewContext('(function ctxfn() {})'));
add('vm context class', vm.runInNewContext('new (class VmClass {})'));
add('vm null proto', vm.runInNewContext('Object.create(null)'));
add('url', new URL('https://user:pw@example.com:8080/p?q=1#h'));
add('url search params', new URLSearchParams('a=1&b=2'));
add('abort controller', new AbortController());
add('event target', new EventTarget());
add('text encoder', new TextEncoder());
add('object with every kind', {
  n: 1, s: 's', b: true, u: undefined, nul: null, sym: Symbol('s'), big: 1n,
  arr: [1, [2]], obj: { o: { o: { o: 1 } } }, fn() {}, date: new Date(0), re: /r/,
  map: new Map([[1, 2]]), set: new Set([1]), err: cutStack(new Error('e'), 2),
  p: Promise.resolve(1), ta: new Uint8Array(2), ab: new ArrayBuffer(1),
});

// Custom inspect
add('custom string', { [util.inspect.custom]() { return 'CUSTOM'; } });
add('custom multiline', { a: { [util.inspect.custom]() { return 'x\ny\nz'; } } });
add('custom returns object', { [util.inspect.custom]() { return { replaced: [1, 2] }; } });
add('custom returns this', { marker: 1, [util.inspect.custom]() { return this; } });
add('custom returns number', { [util.inspect.custom]() { return 42; } });
add('custom uses depth', {
  a: { b: { [util.inspect.custom](depth, opts) { return `depth=${depth}`; } } },
});
add('custom uses options', {
  [util.inspect.custom](depth, opts, insp) {
    return `opts:${Object.keys(opts).sort().join(',')} ${typeof insp} ` +
      `${typeof opts.stylize} ${opts.colors} ${opts.compact}`;
  },
});
add('custom stylize', {
  [util.inspect.custom](depth, opts) { return opts.stylize('styled', 'special'); },
});
add('custom recursive inspect', {
  inner: { [util.inspect.custom](depth, opts, insp) { return insp({ x: [1, 2] }, opts); } },
});
add('custom on prototype object', Object.create({ [util.inspect.custom]() { return 'proto'; } }));
{
  class WithCustom {
    [util.inspect.custom]() { return 'WithCustom!'; }
  }
  add('custom class instance', new WithCustom());
  add('custom class prototype', WithCustom.prototype);
  const nullCustom = Object.create(null);
  nullCustom[util.inspect.custom] = function(depth, opts) {
    return `np:${Object.getPrototypeOf(opts)}:${typeof opts.stylize}:` +
      `${Object.getPrototypeOf(opts.stylize)}:${opts.stylize('x', 'number')}`;
  };
  add('custom null proto options', nullCustom);
  add('custom non function', { [util.inspect.custom]: 'nope' });
}

// Prototype properties (listed with showHidden), accessors, odd keys
{
  class A {
    constructor() {
      this.own = 1;
    }
    get getter() { return 'from A'; }
    set setter(v) {}
    get both() { return { nested: [1, 2] }; }
    set both(v) {}
    method() {}
  }
  A.prototype.protoData = 5;
  A.prototype[Symbol('protoSym')] = 'sym';
  class B extends A {}
  B.prototype.other = { x: 1 };
  B.prototype.getter2 = null;
  class C extends B {
    get own2() { return this.own + 1; }
  }
  add('class hierarchy', new C());
  add('class hierarchy B', new B());
  const shadow = new C();
  shadow.protoData = 'shadowed';
  add('class hierarchy shadowed', shadow);
  const fromUserProto = Object.create({ inherited: 1, get g() { return 2; } });
  fromUserProto.own = true;
  add('object user proto', fromUserProto);
  const deepChain = Object.create(Object.create(Object.create(Object.create({ lvl4: 4 },
    { lvl3: { value: 3, enumerable: true } }), { lvl2: { value: 2 } }), { lvl1: { value: 1 } }));
  add('deep proto chain', deepChain);
  class WithCtorProp {
    constructor() {
      this.constructor = 'own';
    }
  }
  add('own constructor property', new WithCtorProp());
  class MapChild extends Map {
    get extra() { return 1; }
  }
  MapChild.prototype.data = 'x';
  add('map child', new MapChild([[1, 2]]));
  add('odd keys', { '\ud800': 1, [Symbol('\ud800')]: 2, 'a\u0000b': 3, '\x7f': 4, 'a\\b': 5,
                    'back`tick': 6, 'dq"': 7, "sq'": 8, 'sq\'dq"': 9, 'é': 10, $: 11 });
  const hiddenOdd = {};
  Object.defineProperty(hiddenOdd, '\ud800 lone', { value: 1 });
  Object.defineProperty(hiddenOdd, "q'uote", { value: 2 });
  Object.defineProperty(hiddenOdd, 'back\\slash', { value: 3 });
  add('hidden odd keys', hiddenOdd);
  add('symbol odd keys', { [Symbol('a\u0001b')]: 1, [Symbol("it's")]: 2, [Symbol('\\')]: 3 });
  const accessorArray = [1, 2, 3];
  Object.defineProperty(accessorArray, 0, { get() { return 'g'; }, set(v) {} });
  Object.defineProperty(accessorArray, 2, { set(v) {} });
  add('array accessors', accessorArray);
  const circKey = {};
  circKey.map = new Map([[circKey, circKey]]);
  circKey.set = new Set([circKey]);
  add('circular in map keys', circKey);
  add('negative zero everywhere', [-0, new Number(-0), { z: -0 }, new Float32Array([-0])]);
  const longKeys = {};
  for (let i = 0; i < 8; i++) {
    longKeys[`a rather long key number ${i}`] = 'a fairly long string value too';
  }
  add('long keys compact true', longKeys);
  add('nested arrays grouping', { list: Array.from({ length: 30 }, (_, i) => i * 1000),
                                  inner: { list: Array.from({ length: 12 }, (_, i) => `s${i}`) } });
  add('array of errors', [cutStack(new Error('e1'), 2), cutStack(new TypeError('e2'), 2)]);
  add('error in map', new Map([['k', cutStack(new Error('in map'), 2)]]));
  add('error with long props', Object.assign(cutStack(new Error('lp'), 2), {
    a: 'x'.repeat(50), b: 'y'.repeat(50), c: [1, 2, 3] }));
  add('set of sets', new Set([new Set([1, 2]), new Set([new Set([3])])]));
  add('typed arrays big',
      { a: new Uint32Array(30).map((_, i) => i * 123456), b: new Float32Array(8) });
  add('weakmap nested values', new WeakMap([[weakKey1, { deep: { deeper: { deepest: 1 } } }]]));
  add('string keys numeric', { 1: 'a', 2: 'b', '-1': 'c', 1.5: 'd', '01': 'e' });
  const manyProps = [1, 2, 3, 4, 5, 6, 7, 8];
  manyProps.b = 2;
  manyProps.a = 1;
  manyProps.c = 3;
  add('array sorted props', manyProps);
  add('bound class', (class Q {}).bind(null));
  add('async arrow named', { name: async () => {} }.name);
  add('object with number-like values', { a: 1e21, b: 1e-7, c: 0.1, d: -1234567.891 });
  add('arguments with colors', (function() { return arguments; })(-0, 'x'));
}

// Iteration protocol overrides
{
  const m = new Map([[1, 2]]);
  m[Symbol.iterator] = undefined;
  add('map without iterator', m);
  const a = [1, 2];
  a[Symbol.iterator] = null;
  add('array null iterator', a);
  class S extends Set { *[Symbol.iterator]() { yield 'x'; } }
  add('set own iterator', new S([1, 2]));
  class M extends Map { get size() { return 1; } }
  add('map size getter', new M([[1, 2], [3, 4]]));
  add('iterator getter throws', { get [Symbol.iterator]() { throw new Error('getter'); } });
}

// Namespaces (filled in asynchronously below)

// ---------------------------------------------------------------------------------------------
// Option sets

const optionSets = [
  undefined,
  {},
  { depth: 0 },
  { depth: 1 },
  { depth: null },
  { depth: Infinity },
  { depth: -1 },
  { colors: true },
  { showHidden: true },
  { showHidden: true, colors: true },
  { showHidden: true, depth: 0 },
  { compact: false },
  { compact: true },
  { compact: 0 },
  { compact: 1 },
  { compact: 5 },
  { compact: true, breakLength: 40 },
  { breakLength: 80 },
  { breakLength: 20 },
  { breakLength: Infinity },
  { breakLength: 80, compact: false, colors: true },
  { sorted: true },
  { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) },
  { getters: true },
  { getters: 'get' },
  { getters: 'set' },
  { maxArrayLength: 2 },
  { maxArrayLength: 0 },
  { maxArrayLength: null },
  { maxArrayLength: -1 },
  { maxStringLength: 4 },
  { maxStringLength: 0 },
  { maxStringLength: null },
  { numericSeparator: true },
  { customInspect: false },
  { showProxy: true },
  { showProxy: true, depth: 0 },
  { colors: true, compact: true },
  { colors: true, numericSeparator: true, sorted: true },
  { unknownOption: 1, depth: 1 },
];

function runValues() {
  // util.inspect is not treated as a custom inspect function (ours is not Node's).
  compareCall('custom is inspect', () => util.inspect({ [util.inspect.custom]: util.inspect }),
              () => ours.inspect({ [util.inspect.custom]: ours.inspect }));
  for (const [name, value] of values) {
    for (const options of optionSets) {
      // Lazy globals replace their getters on first access: the second run would differ.
      if (name === 'globalThis' && options && options.getters) continue;
      const label = `${name} ${options === undefined ? '(none)' : util.inspect(options)}`;
      if (options === undefined) {
        compareCall(label, () => util.inspect(value), () => ours.inspect(value));
      } else {
        compareCall(label, () => util.inspect(value, options), () => ours.inspect(value, options));
      }
    }
  }
  // Legacy signature: inspect(value, showHidden, depth, colors).
  const legacy = { a: { b: { c: { d: 1 } } }, f() {} };
  compareCall('legacy', () => util.inspect(legacy, true, 0, true),
              () => ours.inspect(legacy, true, 0, true));
  compareCall('legacy 2', () => util.inspect(legacy, false, null),
              () => ours.inspect(legacy, false, null));
  compareCall('legacy 3', () => util.inspect(legacy, undefined, undefined, true),
              () => ours.inspect(legacy, undefined, undefined, true));
}

// ---------------------------------------------------------------------------------------------
// Random nested values with random options (layout, grouping, depth and breaking logic).

function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomValue(rand, level) {
  const pick = Math.floor(rand() * (level > 4 ? 8 : 16));
  const n = Math.floor(rand() * (rand() < 0.2 ? 40 : 8));
  switch (pick) {
    case 0: return Math.floor(rand() * 10 ** Math.floor(rand() * 8)) * (rand() < 0.2 ? -1 : 1);
    case 1: return rand() * 1000;
    case 2: return 'abcdefghij klmnop\nqrst\'"`uvwxyz'.slice(0, Math.floor(rand() * 30)).repeat(
      rand() < 0.1 ? 5 : 1);
    case 3: return rand() < 0.5 ? null : undefined;
    case 4: return rand() < 0.5;
    case 5: return BigInt(Math.floor(rand() * 1e6));
    case 6: return Symbol(`s${n}`);
    case 7: return '日本語'.slice(0, n % 4);
    case 8: case 9: case 10: {
      const a = [];
      for (let i = 0; i < n; i++) a.push(randomValue(rand, level + 1));
      if (rand() < 0.1) a.extra = randomValue(rand, level + 1);
      if (rand() < 0.05) a.length += 3;
      return a;
    }
    case 11: case 12: case 13: {
      const o = {};
      for (let i = 0; i < n; i++) {
        o[rand() < 0.8 ? `k${i}` : `key-${i}`] = randomValue(rand, level + 1);
      }
      return o;
    }
    case 14: {
      const m = new Map();
      for (let i = 0; i < n % 6; i++) {
        m.set(randomValue(rand, level + 1), randomValue(rand, level + 1));
      }
      return m;
    }
    default: {
      const set = new Set();
      for (let i = 0; i < n % 10; i++) set.add(randomValue(rand, level + 1));
      return set;
    }
  }
}

function randomOptions(rand) {
  const options = {};
  if (rand() < 0.3) options.depth = [0, 1, 2, 3, 5, null][Math.floor(rand() * 6)];
  if (rand() < 0.3) options.compact = [false, true, 0, 1, 2, 3, 4, 6][Math.floor(rand() * 8)];
  if (rand() < 0.3) {
    options.breakLength = [20, 40, 60, 80, 100, 128, Infinity][Math.floor(rand() * 7)];
  }
  if (rand() < 0.2) options.colors = true;
  if (rand() < 0.1) options.sorted = true;
  if (rand() < 0.1) options.maxArrayLength = Math.floor(rand() * 12);
  if (rand() < 0.1) options.maxStringLength = Math.floor(rand() * 12);
  if (rand() < 0.1) options.numericSeparator = true;
  if (rand() < 0.1) options.showHidden = true;
  return options;
}

function runRandom() {
  const rand = makeRandom(20240601);
  for (let i = 0; i < 3000; i++) {
    const value = randomValue(rand, 0);
    const options = randomOptions(rand);
    compareCall(`random #${i} ${util.inspect(options)}`, () => util.inspect(value, options),
                () => ours.inspect(value, options));
  }
}

// ---------------------------------------------------------------------------------------------
// format()

const formatCases = [
  [],
  ['plain'],
  [''],
  ['%s'],
  ['%s', 'a'],
  ['%s', 'a', 'b'],
  ['%s %s', 'a'],
  ['%s', 1],
  ['%s', -0],
  ['%s', 1n],
  ['%s', Symbol('s')],
  ['%s', null],
  ['%s', undefined],
  ['%s', true],
  ['%s', { a: { b: { c: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', { toString() { return 'custom toString'; } }],
  ['%s', new (class { toString() { return 'class toString'; } })()],
  ['%s', new (class Plain {})()],
  ['%s', Object.create(null)],
  ['%s', new Date(0)],
  ['%s', cutStack(new Error('err'))],
  ['%s', new (class E2 extends Error { toString() { return 'E2!'; } })('m')],
  ['%s', Buffer.from('buf')],
  ['%s', new URL('http://a/b')],
  ['%s', () => {}],
  ['%s', function named() {}],
  ['%s', class K {}],
  ['%s', new Map([[1, 2]])],
  ['%s', new Set([1])],
  ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }],
  ['%s', new Proxy({}, {})],
  ['%s', new Proxy({ toString() { return 'proxied'; } }, {})],
  ['%s', Object.assign(Object.create({ toString() { return 'inherited'; } }), { a: 1 })],
  ['%s', new String('boxed')],
  ['%s', new Number(5)],
  ['%s', [Symbol('in array')]],
  ['%s', 'x'.repeat(20)],
  ['%d', 42],
  ['%d', '42'],
  ['%d', '0x10'],
  ['%d', 1.5],
  ['%d', -0],
  ['%d', 10n],
  ['%d', Symbol('s')],
  ['%d', {}],
  ['%d', null],
  ['%d', undefined],
  ['%d', ''],
  ['%d', [5]],
  ['%d', 12345678],
  ['%i', 42.9],
  ['%i', '42.9abc'],
  ['%i', -0],
  ['%i', 10n],
  ['%i', Symbol('s')],
  ['%i', 'abc'],
  ['%i', 1e21],
  ['%f', '1.5e3'],
  ['%f', 'abc'],
  ['%f', -0],
  ['%f', Symbol('s')],
  ['%f', 10n],
  ['%j', { a: [1, 'b'] }],
  ['%j', undefined],
  ['%j', 'str'],
  ['%j', { toJSON() { return 'json'; } }],
  ['%j', (() => { const o = {}; o.o = o; return o; })()],
  ['%j', 1n],
  ['%o', { a: [1, 2, { b: { c: { d: { e: { f: 1 } } } } }] }],
  ['%o', function fo() {}],
  ['%o', [1, 2, 3]],
  ['%o', new Proxy({ a: 1 }, {})],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%O', 'str'],
  ['%c', 'color: red'],
  ['a%cb', 'css', 'extra'],
  ['%%'],
  ['%%', 1],
  ['%% %s', 'x'],
  ['100%'],
  ['100%', 1],
  ['%', 1],
  ['%x', 1],
  ['%s%', 'a'],
  ['%%s', 'a'],
  ['%s:%s', 'a'],
  ['%s %d %i %f %j %o %O %c', 's', 1, 2, 3.5, { j: 1 }, [1], { O: 1 }, 'c', 'rest', 5],
  ['a', 'b', 'c'],
  [1, 2, 3],
  [{ a: 1 }, 'b'],
  [null, undefined],
  [Symbol('first')],
  ['%s', 'a', { b: 1 }, [2], 'c'],
  ['%d%d', 1, 2],
  ['%s', 'x', 'a\nb'],
  ['no placeholders', { a: 1 }],
  ['%s', { a: 'x'.repeat(100), b: 'y'.repeat(100) }],
  ['%s', [new Error('in array')]],
  ['%s', { toString: null }],
  ['%s', { toString: 'notfn' }],
  ['%s', Object.assign(new Date(0), { toString() { return 'own'; } })],
  ['%s', new (class extends Date {})(0)],
  ['%s', -1234.5678],
  ['%s', 1234567n],
];

const formatOptionSets = [
  undefined,
  { colors: true },
  { numericSeparator: true },
  { depth: 0 },
  { compact: false },
  { showHidden: true },
];

function runFormat() {
  for (const args of formatCases) {
    compareCall(`format ${util.inspect(args)}`, () => util.format(...args),
                () => ours.format(...args));
    for (const options of formatOptionSets) {
      if (options === undefined) continue;
      compareCall(`formatWithOptions ${util.inspect(options)} ${util.inspect(args)}`,
                  () => util.formatWithOptions(options, ...args),
                  () => ours.formatWithOptions(options, ...args));
    }
  }
  for (const bad of [null, undefined, 1, 'str', true]) {
    compareCall(`formatWithOptions bad ${String(bad)}`,
                () => util.formatWithOptions(bad, 'x'), () => ours.formatWithOptions(bad, 'x'));
  }
  compareCall('formatWithOptions array', () => util.formatWithOptions([], '%s', 1),
              () => ours.formatWithOptions([], '%s', 1));
  compareCall('formatWithOptions fn', () => util.formatWithOptions(() => {}, '%s', 1),
              () => ours.formatWithOptions(() => {}, '%s', 1));
}

// ---------------------------------------------------------------------------------------------
// Other exports

function runMisc() {
  const ansi = ['\u001b[31mred\u001b[39m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
                '\u009b1;2Hxy', 'plain', '\u001b[?25l', '\u001b(B', '\u001b[38;5;200mz',
                '\u001b[1m\u001b[22m', 'a\u001bb', '\u001b[999999m'];
  const nodeStrip = util.stripVTControlCharacters;
  for (const s of ansi) {
    compareCall(`strip ${show(s)}`, () => nodeStrip(s), () => ours.stripVTControlCharacters(s));
  }
  compareCall('strip non-string', () => nodeStrip(1), () => ours.stripVTControlCharacters(1));

  const { getStringWidth } = require('internal/util/inspect');
  for (const s of ['', 'abc', '日本語', '😀', '👨‍👩‍👧', 'é', 'e\u0301', '\u200b', 'ｶﾀｶﾅ',
                   '\u001b[31mab\u001b[39m', '\x7f', 'a\x00b', '한국어', '\u0300a', '🇯🇵',
                   '👍🏽', '\u2028', '\ud800', 'x\udc00', '㍿', '\u00ad', '🏳️‍🌈',
                   'ΑΒΓ', '\u2e80\u303f\u3000', '\uff61\uffe0']) {
    compareCall(`width ${show(s)}`, () => getStringWidth(s),
                () => ours.getStringWidth(s));
    compareCall(`width keep ${show(s)}`, () => getStringWidth(s, false),
                () => ours.getStringWidth(s, false));
  }
  // Every code point on its own.
  let widthMismatch = 0;
  for (let c = 0; c <= 0x10ffff; c += (c < 0x30000 ? 1 : 97)) {
    const s = String.fromCodePoint(c);
    if (getStringWidth(s) !== ours.getStringWidth(s)) widthMismatch++;
  }
  compare('width of every code point', '0', String(widthMismatch));

  // The colour and style tables.
  compare('colors', util.inspect(Object.getOwnPropertyDescriptors(util.inspect.colors)),
          util.inspect(Object.getOwnPropertyDescriptors(ours.inspect.colors)));
  compare('styles', util.inspect(util.inspect.styles), util.inspect(ours.inspect.styles));
  compare('custom symbol', String(util.inspect.custom === ours.inspect.custom), 'true');
  compare('defaultOptions', util.inspect(util.inspect.defaultOptions),
          util.inspect(ours.inspect.defaultOptions));
  compare('defaultOptions descriptor',
          show(Object.keys(Object.getOwnPropertyDescriptor(util.inspect, 'defaultOptions'))),
          show(Object.keys(Object.getOwnPropertyDescriptor(ours.inspect, 'defaultOptions'))));
  for (const bad of [null, 1, 'x', [], () => {}]) {
    compareCall(`defaultOptions = ${util.inspect(bad)}`,
                () => { util.inspect.defaultOptions = bad; },
                () => { ours.inspect.defaultOptions = bad; });
  }
  compareCall('defaultOptions unknown key',
              () => { util.inspect.defaultOptions = { nope: 1 }; },
              () => { ours.inspect.defaultOptions = { nope: 1 }; });
  // Changing the defaults changes later calls.
  const sample = { a: { b: { c: { d: [1, 2, 3, 4] } } } };
  util.inspect.defaultOptions = { depth: 0, maxArrayLength: 1 };
  ours.inspect.defaultOptions = { depth: 0, maxArrayLength: 1 };
  compare('changed defaults', util.inspect(sample), ours.inspect(sample));
  compare('changed defaults format', util.format('%O', sample), ours.format('%O', sample));
  util.inspect.defaultOptions = { depth: 2, maxArrayLength: 100 };
  ours.inspect.defaultOptions = { depth: 2, maxArrayLength: 100 };
  util.inspect.defaultOptions = { numericSeparator: true };
  ours.inspect.defaultOptions = { numericSeparator: true };
  compare('default numericSeparator format', util.format('%d %s', 12345, 12345),
          ours.format('%d %s', 12345, 12345));
  util.inspect.defaultOptions = { numericSeparator: false };
  ours.inspect.defaultOptions = { numericSeparator: false };

  // Styles and colours can be changed by the user.
  util.inspect.styles.number = 'red';
  ours.inspect.styles.number = 'red';
  compare('changed style', util.inspect(5, { colors: true }), ours.inspect(5, { colors: true }));
  util.inspect.styles.number = 'yellow';
  ours.inspect.styles.number = 'yellow';
  compare('stylizeWithColor', show(ours.stylizeWithColor('x', 'string')),
          show(util.inspect('x', { colors: true }).replace(/'/g, '')));
  compare('stylizeWithColor unknown', ours.stylizeWithColor('x', 'nostyle'), 'x');

  // Custom stylize passed as an option is used unless colors is on.
  const stylize = (s, t) => `<${t}:${s}>`;
  compare('stylize option', util.inspect({ a: [1, 'x', null] }, { stylize }),
          ours.inspect({ a: [1, 'x', null] }, { stylize }));

  // Stack overflow while inspecting deeply nested values.
  let deep = {};
  for (let i = 0; i < 20000; i++) deep = { a: deep };
  // Where the stack runs out differs between implementations; both must stop cleanly.
  const interrupted = (s) => s.includes(
    '[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]');
  compareCall('deep nesting null depth', () => interrupted(util.inspect(deep, { depth: null })),
              () => interrupted(ours.inspect(deep, { depth: null })));

  // Errors thrown by custom inspect functions and getters propagate.
  const thrower = { [util.inspect.custom]() { throw new RangeError('custom threw'); } };
  compareCall('custom throws', () => util.inspect(thrower), () => ours.inspect(thrower));
  const getterThrows = { get g() { throw new Error('getter'); } };
  compareCall('getter throws no option', () => util.inspect(getterThrows),
              () => ours.inspect(getterThrows));

  // util.types
  const nodeTypes = util.types;
  compare('types keys', show(Object.keys(nodeTypes)), show(Object.keys(ourTypes)));
  const samples = [1, 'a', {}, [], new Date(), /x/, new Map(), new Set(), new WeakMap(),
                   new WeakSet(), new Uint8Array(1), new Float64Array(1), new BigInt64Array(1),
                   new BigUint64Array(1), new Int8Array(1), new Int16Array(1),
                   new Int32Array(1), new Uint16Array(1), new Uint32Array(1),
                   new Uint8ClampedArray(1), new Float32Array(1), Buffer.alloc(1),
                   new ArrayBuffer(1), new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1)),
                   Promise.resolve(), new Proxy({}, {}), new Error(), new Number(1),
                   new String(''), new Boolean(true), Object(1n), Object(Symbol()),
                   async () => {}, function* g() {}, (function* g() {})(),
                   new Map().keys(), new Set().values(), (function() { return arguments; })(),
                   Object.create(Uint8Array.prototype), null, undefined,
                   require('crypto').createSecretKey(Buffer.alloc(4))];
  for (const name of Object.keys(nodeTypes)) {
    const expected = samples.map((s) => nodeTypes[name](s));
    const actual = samples.map((s) => ourTypes[name](s));
    compare(`types.${name}`, show(expected), show(actual));
  }
}

async function runNamespaces() {
  const ns = await import('data:text/javascript,export const a = 1; export let b = [1, 2]; ' +
                          'export function f() {} export default { d: 1 };');
  for (const options of [undefined, { showHidden: true }, { depth: 0 }, { colors: true },
                         { compact: false }, { sorted: true }]) {
    compareCall(`namespace ${util.inspect(options)}`, () => util.inspect(ns, options),
                () => ours.inspect(ns, options));
  }
  compareCall('namespace nested', () => util.inspect({ ns }), () => ours.inspect({ ns }));
}

(async () => {
  runValues();
  runRandom();
  runFormat();
  runMisc();
  await runNamespaces();
  console.log(`${checks} checks, ${failures} mismatches`);
  assert.strictEqual(failures, 0);
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
