// Flags: --expose-internals
'use strict';
// Checks every ERR_* code of our lib/internal/errors.js against Node 20's registry: same
// codes, and for several argument sets the same class, name, message, own keys (in order),
// toString() and first stack line. Also the libuv/system error builders and AbortError.
// Run: node --expose-internals test/internal/test-errors-codes.js
const assert = require('assert');
const { inspect, isDeepStrictEqual } = require('util');
const h = require('./harness');

const ours = h.load('internal/errors');
const node = require('internal/errors');

assert.deepStrictEqual(Object.keys(ours.codes).sort(), Object.keys(node.codes).sort());

function describe(make) {
  let e;
  try {
    e = make();
  } catch (err) {
    return `throws ${err.code} ${err.message.split('\n')[0]}`;
  }
  return {
    message: e.message,
    name: e.name,
    names: Object.getOwnPropertyNames(e),
    keys: Object.keys(e).map((k) => [k, inspect(e[k])]),
    string: String(e),
    header: e.stack.split('\n')[0],
    ctor: e.constructor.name,
    type: e instanceof TypeError, range: e instanceof RangeError, error: e instanceof Error,
    inspected: inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'),
  };
}

let checked = 0;
function same(label, makeNode, makeOurs) {
  const a = describe(makeNode);
  const b = describe(makeOurs);
  if (!isDeepStrictEqual(a, b)) {
    assert.fail(`${label}\n  node: ${inspect(a)}\n  ours: ${inspect(b)}`);
  }
  checked++;
}

function requiredArgs(Ctor) {
  for (let n = 0; n < 6; n++) {
    const args = Array.from({ length: n }, (_, i) => `a${i}`);
    try {
      const e = new Ctor(...args);
      if (!/does not match the required ones/.test(e.message)) return n;
    } catch {
      // wrong argument shapes: try the next count
    }
  }
  return 0;
}

const systemContexts = [
  [{ errno: -2, code: 'ENOENT', message: 'no such file', syscall: 'open', path: '/x', dest: '/y' }],
  [{ errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_tty_init' }],
];
const special = {
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [[new URL('x:y'), ['file', 'data']],
                                   [new URL('x:y'), ['file', 'data', 'node']]],
  ERR_TLS_ALPN_CALLBACK_INVALID_RESULT: [['x', ['a', 'b']], ['x', []]],
  ERR_WORKER_INVALID_EXEC_ARGV: [[['--a', '--b']], [['--a'], 'custom'], [[]]],
  ERR_MANIFEST_ASSERT_INTEGRITY: [['x', new Map()], ['x', new Map([['sha256', 'abc']])]],
  ERR_WORKER_PATH: [['x.js'], ['file:///x.js']],
  ERR_INVALID_URL_SCHEME: [['file'], [['file']], [['file', 'data']]],
};

for (const code of Object.keys(node.codes)) {
  const n = requiredArgs(node.codes[code]);
  const isSystem = Object.getPrototypeOf(node.codes[code]) === node.SystemError;
  let sets;
  if (special[code]) {
    sets = special[code];
  } else if (isSystem) {
    sets = systemContexts;
  } else {
    const mk = (f) => Array.from({ length: n }, (_, i) => f(i));
    sets = [mk((i) => `a${i}`), mk((i) => i), mk((i) => ({ o: i })), mk(() => null),
            mk((i) => [i, 'x']), mk((i) => (i % 2 ? 'x'.repeat(300) : -0))];
    for (let less = 1; less <= Math.min(n, 2); less++) sets.push(mk(() => 'x').slice(less));
    sets.push([...mk(() => 'y'), 'extra']);
  }
  for (const args of sets) {
    same(`${code}(${inspect(args)})`,
         () => new node.codes[code](...args), () => new ours.codes[code](...args));
  }
  for (const variant of ['RangeError', 'TypeError']) {
    if (Object.prototype.hasOwnProperty.call(node.codes[code], variant)) {
      const args = Array.from({ length: n }, (_, i) => `v${i}`);
      same(`${code}.${variant}`, () => new node.codes[code][variant](...args),
           () => new ours.codes[code][variant](...args));
    }
  }
}

// Argument type descriptions.
class Foo {}
const received = [1, -0, 1.5, NaN, 'str', 'x'.repeat(28), 'x'.repeat(29), "it's", true, 10n,
                  Symbol('s'), null, undefined, {}, [], new Foo(), Object.create(null),
                  function fn() {}, () => {}, class Bar {}, new Map(), Buffer.from('a'),
                  { constructor: null }];
const expectations = ['string', ['string', 'number'], ['string', 'number', 'boolean'], 'object',
                      ['object', 'string'], ['string', 'object', 'Buffer'], ['Buffer'],
                      ['Buffer', 'TypedArray', 'DataView'], 'Function', 'function', ['null'],
                      ['string', 'null'], 'a valid foo', ['string', 'a valid foo'],
                      ['Object'], ['object', 'Object'], ['Buffer', 'a thing', 'other'],
                      ['Array', 'object'], ['Error', 'Object'], 'Object', 'any',
                      ['function', 'Function', 'AsyncFunction'], ['undefined']];
for (const name of ['x', 'options.x', 'x argument', 'first argument']) {
  for (const exp of expectations) {
    for (const v of received) {
      same(`ERR_INVALID_ARG_TYPE(${name}, ${inspect(exp)}, ${inspect(v)})`,
           () => new node.codes.ERR_INVALID_ARG_TYPE(name, exp, v),
           () => new ours.codes.ERR_INVALID_ARG_TYPE(name, exp, v));
    }
  }
}
for (const v of received) {
  assert.strictEqual(ours.determineSpecificType(v), node.determineSpecificType(v));
  same(`ERR_INVALID_ARG_VALUE(${inspect(v)})`,
       () => new node.codes.ERR_INVALID_ARG_VALUE('x', v),
       () => new ours.codes.ERR_INVALID_ARG_VALUE('x', v));
  same(`ERR_INVALID_RETURN_VALUE(${inspect(v)})`,
       () => new node.codes.ERR_INVALID_RETURN_VALUE('a function', 'fn', v),
       () => new ours.codes.ERR_INVALID_RETURN_VALUE('a function', 'fn', v));
  same(`ERR_SOCKET_BAD_PORT(${inspect(v)})`,
       () => new node.codes.ERR_SOCKET_BAD_PORT('Port', v, false),
       () => new ours.codes.ERR_SOCKET_BAD_PORT('Port', v, false));
}
for (const v of [1, -1, 2 ** 32, 2 ** 32 + 1, -(2 ** 40), 2 ** 53, 1e21, 1e-7, 1.5, NaN, Infinity,
                 10n, 2n ** 32n, 2n ** 40n, -(2n ** 40n), 'str', {}, [1], null, undefined]) {
  same(`ERR_OUT_OF_RANGE(${inspect(v)})`,
       () => new node.codes.ERR_OUT_OF_RANGE('x', '>= 0', v),
       () => new ours.codes.ERR_OUT_OF_RANGE('x', '>= 0', v));
}
for (const args of [['a'], ['a', 'b'], ['a', 'b', 'c'], [['a', 'b']], [['a', 'b'], 'c'],
                    ['a', ['b', 'c'], 'd', 'e'], []]) {
  same(`ERR_MISSING_ARGS(${inspect(args)})`, () => new node.codes.ERR_MISSING_ARGS(...args),
       () => new ours.codes.ERR_MISSING_ARGS(...args));
}

// libuv / system error builders. The contexts are shaped as Node's C++ fills them (errno,
// code, syscall, ...): that is the key order users see on fs and process errors.
const uvCases = [
  { errno: -2, code: 'ENOENT', syscall: 'open', path: '/x' },
  { errno: -17, code: 'EEXIST', syscall: 'link', path: '/x', dest: '/y' },
  { errno: -2, code: 'ENOENT', syscall: 'open', message: 'custom' },
  { errno: -2, code: 'EFOO', syscall: 'open' },
  { errno: -2, code: 'ENOENT', syscall: 'open', path: Buffer.from('/b') },
  { errno: -99999, code: 'UNKNOWN', syscall: 'open' },
];
for (const ctx of uvCases) {
  same(`uvException(${inspect(ctx)})`, () => new node.UVException(ctx),
       () => ours.uvException(ctx));
}
for (const args of [[-2, 'read'], [-2, 'read', 'extra'], [-99999, 'read'], [-32, 'write']]) {
  same(`errnoException(${args})`, () => new node.ErrnoException(...args),
       () => ours.errnoException(...args));
}
for (const args of [[-111, 'connect', '127.0.0.1', 80], [-111, 'connect', '127.0.0.1', 80, 'x'],
                    [-111, 'connect', '127.0.0.1'], [-111, 'connect', '127.0.0.1', 0],
                    [-98, 'listen', '::', 8080], [-98, 'bind']]) {
  same(`exceptionWithHostPort(${args})`, () => new node.ExceptionWithHostPort(...args),
       () => ours.exceptionWithHostPort(...args));
  same(`uvExceptionWithHostPort(${args})`,
       () => new node.UVExceptionWithHostPort(...args.slice(0, 4)),
       () => ours.uvExceptionWithHostPort(...args.slice(0, 4)));
}
for (const args of [['ENOTFOUND', 'getaddrinfo', 'example.invalid'],
                    [-3008, 'getaddrinfo', 'example.invalid'], [-3007, 'getaddrinfo', 'h'],
                    [-111, 'queryA', 'h'], ['ECONNREFUSED', 'queryA']]) {
  same(`dnsException(${args})`, () => new node.DNSException(...args),
       () => ours.dnsException(...args));
}
same('AbortError()', () => new node.AbortError(), () => new ours.AbortError());
same('AbortError(m, cause)', () => new node.AbortError('m', { cause: 1 }),
     () => new ours.AbortError('m', { cause: 1 }));
same('AbortError(m, 1)', () => new node.AbortError('m', 1), () => new ours.AbortError('m', 1));
same('genericNodeError', () => node.genericNodeError('hello', { code: 'X', a: 1 }),
     () => ours.genericNodeError('hello', { code: 'X', a: 1 }));
same('ConnResetException', () => new node.ConnResetException('socket hang up'),
     () => ours.connResetException('socket hang up'));
const a = new Error('a');
const b = new Error('b');
same('aggregateTwoErrors', () => node.aggregateTwoErrors(a, b),
     () => ours.aggregateTwoErrors(a, b));
assert.strictEqual(ours.aggregateTwoErrors(a, null), a);
assert.strictEqual(ours.aggregateTwoErrors(null, b), b);
assert.strictEqual(ours.aggregateTwoErrors(a, a), a);
const agg = ours.aggregateTwoErrors(a, b);
assert.deepStrictEqual(agg.errors, [b, a]);
assert.strictEqual(ours.aggregateTwoErrors(new Error('c'), agg), agg);
assert.strictEqual(agg.errors.length, 3);
assert.deepStrictEqual(ours.uvErrmapGet(-2), node.uvErrmapGet(-2));
assert.strictEqual(ours.formatList(['a', 'b', 'c'], 'or'), 'a, b, or c');

// SystemError accessors write through to `info`.
const se = new ours.codes.ERR_SYSTEM_ERROR({ errno: -2, code: 'ENOENT', message: 'm',
                                             syscall: 'open', path: Buffer.from('/p') });
assert.strictEqual(se.path, '/p');
se.errno = 5;
assert.strictEqual(se.info.errno, 5);
assert.strictEqual(se.toString(), 'SystemError [ERR_SYSTEM_ERROR]: ' +
                   "A system error occurred: open returned ENOENT (m) /p");

// Stack headers follow later changes when formatted lazily by prepareStackTraceCallback.
Error.prepareStackTrace = (err, callSites) => callSites;
const callSites = new Error().stack;
delete Error.prepareStackTrace;
const late = new ours.codes.ERR_STREAM_DESTROYED('write');
late.name = 'Foo';
late.code = 'BAR';
assert.strictEqual(ours.prepareStackTraceCallback(globalThis, late, []),
                   'Foo [BAR]: Cannot call write after a stream was destroyed');
assert.match(ours.prepareStackTraceCallback(globalThis, new Error('plain'), callSites),
             /^Error: plain\n {4}at /);
Error.prepareStackTrace = () => 'custom';
assert.strictEqual(ours.prepareStackTraceCallback(globalThis, new Error('x'), callSites), 'custom');
delete Error.prepareStackTrace;
const overridden = new Error('o');
ours.overrideStackTrace.set(overridden, (err, trace) => `override ${trace.length}`);
assert.strictEqual(ours.prepareStackTraceCallback(globalThis, overridden, []), 'override 0');

// hideStackFrames: the wrapper's frames are gone, the caller comes first.
const check = ours.hideStackFrames(function check(v) {
  throw new ours.codes.ERR_INVALID_ARG_TYPE('v', 'string', v);
});
const outer = ours.hideStackFrames(function outer(v) { check(v); });
function caller() { outer(1); }
assert.throws(caller, (err) => {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'TypeError [ERR_INVALID_ARG_TYPE]: The "v" argument must be of ' +
                     'type string. Received type number (1)');
  assert.match(lines[1], /^ {4}at caller \(/);
  return true;
});
assert.strictEqual(typeof check.withoutStackTrace, 'function');

// Stack trace limit 0 still gives the header.
const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
assert.strictEqual(new ours.codes.ERR_STREAM_DESTROYED('write').stack,
                   'Error [ERR_STREAM_DESTROYED]: Cannot call write after a stream was destroyed');
Error.stackTraceLimit = limit;

// Wrong argument counts are internal assertion errors, as in Node.
assert.throws(() => new ours.codes.ERR_INVALID_ARG_TYPE('x'), {
  code: 'ERR_INTERNAL_ASSERTION',
  message: new RegExp('^Code: ERR_INVALID_ARG_TYPE; The provided arguments length \\(1\\) ' +
                      'does not match the required ones \\(3\\)\\.'),
});
assert.strictEqual(ours.isErrorStackTraceLimitWritable(), true);

console.log(`errors: ${checked} comparisons passed`);
