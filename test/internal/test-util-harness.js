// Flags: --expose-internals
'use strict';
// Checks our lib/util.js and lib/internal/util.js against Node 20's: the same results,
// errors, function shapes and warnings for a grid of inputs. (Node's own modules mark
// dns.lookup & co. with Node's customPromisifyArgs symbol, not ours, so those are checked
// with a function of our own.) Run: node --expose-internals test/internal/test-util-harness.js
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const h = require('./harness');

const node = require('util');
const nodeInternal = require('internal/util');
const loader = h.createLoader({
  bindings: { options: { getOptionValue: () => false } },
  useNode: ['buffer'],
});
const ours = loader.require('util');
const oursInternal = loader.require('internal/util');

function show(value) {
  return node.inspect(value, { depth: 5 });
}

function outcome(fn) {
  try {
    return `ok ${show(fn())}`;
  } catch (err) {
    return `${err.name} ${err.code} ${err.message} ${JSON.stringify(Object.keys(err))}`;
  }
}

function same(what, fn, a = ours, b = node) {
  assert.strictEqual(outcome(() => fn(a)), outcome(() => fn(b)), what);
}

function sameInternal(what, fn) {
  same(what, fn, oursInternal, nodeInternal);
}

// --- public util -----------------------------------------------------------------------

const values = [undefined, null, 0, -0, 1, NaN, '', 'x', true, false, Symbol('s'), 10n, {}, [],
                () => {}, function f() {}, class A {}, new Date(), /x/, new Error('e'),
                Object.create(Error.prototype), { [Symbol.toStringTag]: 'Error' },
                { [Symbol.toStringTag]: 'Date' }, Buffer.alloc(1), new Uint8Array(1),
                new Boolean(true), new String('s'), Object.create(null),
                vm.runInNewContext('new Error()')];
for (const name of ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction',
                    'isNull', 'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive',
                    'isRegExp', 'isString', 'isSymbol', 'isUndefined']) {
  same(name, (u) => [u[name].name, u[name].length, values.map((v) => u[name](v))]);
}

same('keys', (u) => Object.keys(u).filter((key) => !['transferableAbortSignal',
                                                     'transferableAbortController',
                                                     'parseEnv'].includes(key)));
for (const name of ['format', 'formatWithOptions', 'inspect', 'isDeepStrictEqual', 'log',
                    'promisify', 'callbackify', 'inherits', 'deprecate', 'debuglog',
                    'getSystemErrorName', 'getSystemErrorMap', 'toUSVString',
                    'stripVTControlCharacters', '_extend', 'styleText', 'aborted',
                    '_errnoException', '_exceptionWithHostPort']) {
  same(`shape of ${name}`, (u) => [u[name].name, u[name].length, u[name].constructor.name]);
}
same('lazy members', (u) => ['parseArgs', 'TextDecoder', 'TextEncoder', 'MIMEType',
                             'MIMEParams'].map((key) => {
  const { get, set, enumerable, configurable } = Object.getOwnPropertyDescriptor(u, key);
  return [get.name, set.name, enumerable, configurable];
}));

for (const err of [-1, -2, -13, -98, -4095, -99999, 0, 1, -1.5, NaN, Infinity, 2 ** 53, '-2',
                   null, 10n]) {
  same(`getSystemErrorName(${show(err)})`, (u) => u.getSystemErrorName(err));
}
same('getSystemErrorMap', (u) => [u.getSystemErrorMap().size, u.getSystemErrorMap().get(-2)]);
for (const str of ['', 'abc', 'a\ud800', '\udc00x', '\ud83d\ude00', 'a\ud800\ud800b', 5, null,
                   undefined, {}]) {
  same(`toUSVString(${show(str)})`, (u) => u.toUSVString(str));
}
for (const [target, source] of [[{ a: 1 }, { b: 2, c: 3 }], [{ a: 1 }, null], [{ a: 1 }, 5],
                                [{}, [1, 2]], [{ a: 1 }, Object.create({ i: 1 })]]) {
  same(`_extend(${show(source)})`, (u) => {
    const result = u._extend({ ...target }, source);
    return [result, Object.keys(result)];
  });
}
same('inherits errors', (u) => [[null, function() {}], [function() {}, null],
                                [function() {}, {}], [5, function() {}], [function() {}, () => {}]]
  .map(([ctor, superCtor]) => outcome(() => u.inherits(ctor, superCtor))));
same('callbackify shape', (u) => {
  async function af(a, b) {}
  af.extra = 1;
  const cb = u.callbackify(af);
  return [Object.getOwnPropertyDescriptors(cb), Object.getPrototypeOf(cb) === Function.prototype];
});
same('callbackify of a class', (u) => Object.getOwnPropertyDescriptors(u.callbackify(class K {
  static s = 1;
})));
same('callbackify errors', (u) => [5, null].map((v) => outcome(() => u.callbackify(v))));
same('callbackify last argument', (u) => u.callbackify(async () => {})(1, 2));
same('callbackify of a non-promise', (u) => u.callbackify(() => 5)(() => {}));
same('promisify shape', (u) => {
  function f(a, cb) {}
  f.extra = 1;
  const p = u.promisify(f);
  return [Object.getOwnPropertyDescriptors(p), Object.getPrototypeOf(p) === Function.prototype,
          p === u.promisify(p)];
});
same('promisify of a class', (u) => Object.getOwnPropertyDescriptors(u.promisify(class K {
  static s = 1;
})));
same('promisify custom', (u) => {
  const custom = () => 1;
  function f() {}
  f[u.promisify.custom] = custom;
  return [u.promisify(f) === custom, Object.getOwnPropertyDescriptor(custom, u.promisify.custom)];
});
same('promisify bad custom', (u) => {
  function f() {}
  f[u.promisify.custom] = 5;
  return u.promisify(f);
});
same('promisify.custom', (u) => Object.getOwnPropertyDescriptor(u.promisify, 'custom'));
same('deprecate shape', (u) => {
  function f(a, b) {}
  f.x = 1;
  const d = u.deprecate(f, 'm', 'DEP_HARNESS_SHAPE');
  return [d.name, d.length, Object.getOwnPropertyNames(d), Object.getPrototypeOf(d) === f,
          d.prototype === f.prototype, d.x];
});
same('deprecate errors', (u) => [outcome(() => u.deprecate(() => {}, 'm', 5)),
                                 outcome(() => u.deprecate(5, 'm'))]);
same('debuglog shape', (u) => {
  const d = u.debuglog('harness-section');
  return [d.name, d.length, Object.getOwnPropertyNames(d), d.enabled,
          Object.getOwnPropertyDescriptor(d, 'enabled').enumerable, u.debug === u.debuglog];
});
same('errnoException', (u) => {
  const e = u._errnoException(-2, 'open', 'orig');
  return [e.message, Object.keys(e)];
});
same('exceptionWithHostPort', (u) => {
  const e = u._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'extra');
  return [e.message, Object.keys(e)];
});
for (const args of [['red', 'x'], [['bold', 'red'], 'x'], ['red', 'x', { validateStream: false }],
                    ['nope', 'x'], ['red', 5], [5, 'x'], [[], 'x'], ['grey', 'x', { validateStream: false }],
                    ['toString', 'x', { validateStream: false }], ['red', 'x', { stream: 5 }],
                    ['red', 'x', { validateStream: 5 }],
                    ['red', 'x', { stream: new (require('stream').PassThrough)() }],
                    ['red', 'x', { stream: new WritableStream() }], ['red', 'x', { stream: {} }],
                    ['red', 'x', null], [['red'], 'x', { stream: 5 }]]) {
  same(`styleText(${show(args)})`, (u) => u.styleText(...args));
}

// --- internal/util -----------------------------------------------------------------------

sameInternal('normalizeEncoding', (u) => [undefined, null, '', 'utf8', 'UTF-8', 'Utf8', 'ucs2',
                                          'UCS-2', 'utf-16le', 'latin1', 'BINARY', 'base64',
                                          'base64URL', 'hex', 'ascii', 'utf16', 'buffer', 5, {},
                                          new String('HEX'), ' utf8']
  .map((e) => u.normalizeEncoding(e)));
sameInternal('constants', (u) => [u.encodingsMap, u.kEmptyObject, Object.isFrozen(u.kEmptyObject),
                                  u.kEnumerableProperty, u.customInspectSymbol,
                                  String(u.customPromisifyArgs), String(u.kIsEncodingSymbol),
                                  u.SymbolDispose, u.SymbolAsyncDispose]);
sameInternal('getCIDR', (u) => [
  ['1.2.3.4', '255.255.255.0', 'IPv4'], ['1.2.3.4', '0.0.0.0', 'IPv4'],
  ['1.2.3.4', '255.255.254.0', 'IPv4'], ['1.2.3.4', '255.0.255.0', 'IPv4'],
  ['1.2.3.4', '255.255.255.1', 'IPv4'], ['1.2.3.4', '255.255.255.00', 'IPv4'],
  ['::1', 'ffff:ffff:ffff:ffff::', 'IPv6'], ['::1', '::', 'IPv6'], ['::1', 'ffff:fff0::', 'IPv6'],
  ['::1', 'ffff:fff1::', 'IPv6'], ['::1', 'ffff:0:ffff::', 'IPv6'],
  ['fe80::1', 'ffff:ffff:ffff:ffff:0:0:0:0', 'IPv6'],
].map((args) => u.getCIDR(...args)));
sameInternal('filterDuplicateStrings', (u) => [u.filterDuplicateStrings(['b', 'a', 'A', 'B', 'c']),
                                               u.filterDuplicateStrings(['b', 'a', 'A'], true)]);
sameInternal('join', (u) => [u.join([], ','), u.join(['a'], ','), u.join(['a', 'b', 'c'], ', ')]);
sameInternal('spliceOne', (u) => {
  const list = [1, 2, 3, 4];
  u.spliceOne(list, 1);
  return list;
});
sameInternal('once', (u) => {
  let calls = 0;
  const f = u.once(function(x) { calls++; return [this && this.t, x]; });
  const g = u.once((x) => x * 2, { preserveReturnValue: true });
  return [f.call({ t: 1 }, 2), f(3), calls, g(2), g(3)];
});
sameInternal('getConstructorOf', (u) => [[], Object.create(null), Object.create({ constructor: 5 }),
                                         new (class X {})(), null]
  .map((v) => u.getConstructorOf(v)));
sameInternal('removeColors', (u) => u.removeColors('\u001b[31mr\u001b[39m \u001b[1mb\u001b[22m'));
sameInternal('isError', (u) => [new Error(), Object.create(Error.prototype), {},
                                { [Symbol.toStringTag]: 'Error' }, vm.runInNewContext('new Error()')]
  .map((v) => u.isError(v)));
sameInternal('isUnderNodeModules', (u) => ['/a/node_modules/b.js', '/a/b.js', 'node_modules/x',
                                           '/a/node_modules', 'a\\node_modules\\b']
  .map((p) => u.isUnderNodeModules(p)));
sameInternal('convertToValidSignal', (u) => ['SIGTERM', 'sigint', 9, 0, 5000, 'FOO', {}, '9']
  .map((s) => outcome(() => u.convertToValidSignal(s))));
sameInternal('guessHandleType', (u) => [0, 99].map((fd) => u.guessHandleType(fd)));
sameInternal('cachedResult', (u) => {
  const cached = u.cachedResult(() => [1, 2]);
  cached().push(3);
  return [cached(), cached() === cached()];
});
sameInternal('createClassWrapper', (u) => {
  class Foo { constructor(x) { this.x = x; } }
  const Wrapper = u.createClassWrapper(Foo);
  return [Wrapper(1), new Wrapper(2), Wrapper.name, Wrapper.length, Wrapper.prototype === Foo.prototype];
});
sameInternal('property helpers', (u) => {
  const target = {};
  u.defineOperation(target, 'op', function() {});
  u.exposeInterface(target, 'I', class I {});
  u.exposeNamespace(target, 'N', {});
  u.exposeGetterAndSetter(target, 'GS', () => 1);
  u.setOwnProperty(target, 'sp', 2);
  return [Object.getOwnPropertyDescriptors(target),
          u.filterOwnProperties({ a: 1, b: undefined, __proto__: { c: 3 } }, ['a', 'b', 'c'])];
});
sameInternal('defineLazyProperties', (u) => {
  const target = {};
  u.defineLazyProperties(target, 'path', ['sep', 'delimiter']);
  u.defineLazyProperties(target, 'path', ['posix'], false);
  const before = Object.getOwnPropertyDescriptors(target);
  const sep = target.sep;
  target.delimiter = 'X';
  return [before, sep, Object.getOwnPropertyDescriptors(target)];
});
sameInternal('defineReplaceableLazyAttribute', (u) => {
  const target = {};
  u.defineReplaceableLazyAttribute(target, 'path', ['sep', 'delimiter']);
  u.defineReplaceableLazyAttribute(target, 'path', ['posix'], false);
  const shown = [Object.getOwnPropertyDescriptors(target), target.sep];
  target.delimiter = 'X';
  target.posix = 5;
  return [...shown, target.delimiter, typeof target.posix];
});
sameInternal('WeakReference', (u) => {
  const object = {};
  const ref = new u.WeakReference(object);
  return [ref.get() === object, ref.incRef(), ref.incRef(), ref.decRef(), ref.decRef()];
});
sameInternal('isArrayBufferDetached', (u) => {
  const detached = new ArrayBuffer(8);
  structuredClone(detached, { transfer: [detached] });
  return [new ArrayBuffer(8), detached, new ArrayBuffer(0)].map((ab) => u.isArrayBufferDetached(ab));
});
sameInternal('lazyDOMException', (u) => {
  const e = u.lazyDOMException('m', 'AbortError');
  return [e.name, e.message, e.code, u.lazyDOMExceptionClass() === DOMException];
});
sameInternal('getCWDURL', (u) => u.getCWDURL().href);
sameInternal('lengths', (u) => [u.promisify.length, u.deprecate.length, u.once.length,
                                u.defineLazyProperties.length, u.emitExperimentalWarning.length,
                                u.pendingDeprecate.length]);

// --- warnings ----------------------------------------------------------------------------

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));
for (const [tag, u] of [['ours', oursInternal], ['node', nodeInternal]]) {
  u.emitExperimentalWarning(`Feature-${tag}`);
  u.emitExperimentalWarning(`Feature-${tag}`);
  u.emitExperimentalWarning(`Other-${tag}`, 'Prefix: ');
  const d = u.deprecate(() => 1, `msg-${tag}`, `DEP_${tag}`);
  d();
  d();
  u.deprecate(() => 1, `again-${tag}`, `DEP_${tag}`)();
  const noCode = u.deprecate(() => 1, `nocode-${tag}`);
  noCode();
  noCode();
  u.pendingDeprecate(() => 1, `pending-${tag}`, `DEPP_${tag}`)();
  process.noDeprecation = true;
  const later = u.deprecate(() => 1, `later-${tag}`);
  later();
  process.noDeprecation = false;
  later();
  const emitter = u.getDeprecationWarningEmitter(`DEPE_${tag}`, `emitter-${tag}`);
  emitter();
  emitter();
}
setImmediate(common.mustCall(() => {
  const pick = (tag) => warnings.filter((w) => w.includes(tag)).map((w) => w.replaceAll(tag, 'X'));
  assert.deepStrictEqual(pick('ours'), pick('node'));
  assert.strictEqual(pick('ours').length, 6);
}));

// --- asynchronous results --------------------------------------------------------------

async function sameAsync(what, fn) {
  const settle = async (u) => {
    try {
      return `ok ${show(await fn(u))}`;
    } catch (err) {
      return `${err && err.name} ${err && err.code} ${err && err.message} ${show(err && err.reason)}`;
    }
  };
  assert.strictEqual(await settle(ours), await settle(node), what);
}

function callbackResult(u, fn, ...args) {
  return new Promise((resolve) => u.callbackify(fn)(...args, (...results) => {
    resolve(results.map((v) => (v instanceof Error ?
      [v.name, v.code, v.message, Object.keys(v), v.reason] : v)));
  }));
}

(async () => {
  await sameAsync('callbackify result', (u) => callbackResult(u, async (a, b) => a + b, 1, 2));
  for (const falsy of [null, undefined, 0, '', false, NaN, 0n]) {
    await sameAsync(`callbackify falsy ${show(falsy)}`,
                    (u) => callbackResult(u, () => Promise.reject(falsy)));
  }
  await sameAsync('callbackify error', (u) => callbackResult(u, () => Promise.reject(new Error('x'))));
  await sameAsync('promisify result', (u) => u.promisify((a, cb) => cb(null, a * 2, 9))(4));
  await sameAsync('promisify error', (u) => u.promisify((cb) => cb(new Error('boom')))());
  await sameAsync('promisify throw', (u) => u.promisify(() => { throw new Error('sync'); })());
  await sameAsync('promisify this', (u) => u.promisify(function(cb) { cb(null, this.v); }).call({ v: 3 }));
  await sameAsync('promisify named results', (u) => {
    const f = (cb) => cb(null, 'a', 'b');
    f[oursInternal.customPromisifyArgs] = ['x', 'y'];
    f[nodeInternal.customPromisifyArgs] = ['x', 'y'];
    return u.promisify(f)();
  });
  for (const [signal, resource] of [[5, {}], [undefined, {}], [new AbortController().signal, 5],
                                    [new AbortController().signal, null], [AbortSignal.abort(), []]]) {
    await sameAsync(`aborted(${show(signal)}, ${show(resource)})`, (u) => u.aborted(signal, resource));
  }
  await sameAsync('aborted later', async (u) => {
    const ac = new AbortController();
    const promise = u.aborted(ac.signal, {});
    ac.abort();
    const event = await promise;
    return [event.type, event.constructor.name];
  });
})().then(common.mustCall());
