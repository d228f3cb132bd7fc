'use strict';
// Shared helpers for test/parallel, test/internal and test/output. Runs under /usr/bin/node
// and under our binary, using public APIs only. Load cost matters (our runtime runs this
// early): modules beyond fs and path are required lazily, inside the helpers that need them.
const fs = require('fs');
const path = require('path');

let assertModule;
function lazyAssert() {
  if (assertModule === undefined) assertModule = require('assert');
  return assertModule;
}

let utilInspect;
function inspect(value, options) {
  if (utilInspect === undefined) utilInspect = require('util').inspect;
  return utilInspect(value, options);
}

const isWindows = process.platform === 'win32';
const isLinux = process.platform === 'linux';
const isMacOS = process.platform === 'darwin';
const isAIX = process.platform === 'aix';
const isSunOS = process.platform === 'sunos';
const isFreeBSD = process.platform === 'freebsd';
const isOpenBSD = process.platform === 'openbsd';

const noop = () => {};

// A test file can state the flags it needs in its header (`// Flags: --expose-gc`).
// tools/test.py passes them; when the file is run by hand without them, run it again with
// them, as Node's own test/common does.
function testFileFlags(file) {
  let header;
  try {
    header = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const flags = [];
  // The first 50 lines, as tools/test.py reads them.
  for (const line of header.split('\n', 50)) {
    const match = /^\s*\/\/\s*Flags:(.*)$/.exec(line);
    if (match) flags.push(...match[1].trim().split(/\s+/).filter(Boolean));
  }
  return flags;
}

function respawnWithHeaderFlags() {
  if (process.argv.length !== 2 || process.env.NODE_SKIP_FLAG_CHECK) return;
  const main = require.main;
  if (!main || typeof main.filename !== 'string') return;
  const flags = testFileFlags(main.filename);
  const missing = flags.filter((flag) => {
    const name = flag.split('=')[0];
    return !process.execArgv.some((arg) => arg === flag || arg.split('=')[0] === name);
  });
  if (missing.length === 0) return;
  let isMainThread = true;
  try {
    ({ isMainThread } = require('worker_threads'));
  } catch {
    // No worker_threads: there is only the main thread.
  }
  if (!isMainThread) return;
  const { spawnSync } = require('child_process');
  const result = spawnSync(process.execPath,
                           [...missing, ...process.execArgv, ...process.argv.slice(1)],
                           // A binary that leaves a flag out of execArgv must not loop.
                           { stdio: 'inherit',
                             env: { ...process.env, NODE_SKIP_FLAG_CHECK: '1' } });
  if (result.error) throw result.error;
  if (result.signal) process.kill(process.pid, result.signal);
  process.exit(result.status);
}
respawnWithHeaderFlags();

// mustCall bookkeeping, checked once when the process exits (unless the test skipped).
const callChecks = [];
let skipped = false;

function describeCheck(check) {
  return check.minimum === undefined ? `exactly ${check.exact}` : `at least ${check.minimum}`;
}

function checkCallCounts(code) {
  if ((code !== 0 && code !== undefined) || skipped) return;
  const failed = callChecks.filter((check) => (check.minimum === undefined ?
    check.actual !== check.exact : check.actual < check.minimum));
  for (const check of failed) {
    console.log('Mismatched %s function calls. Expected %s, actual %d.',
                check.name, describeCheck(check), check.actual);
    console.log(check.stack);
  }
  if (failed.length > 0) process.exitCode = 1;
}

// The caller's stack, starting at the frame that called `above`.
function callerStack(above) {
  const holder = {};
  Error.captureStackTrace(holder, above);
  return String(holder.stack).split('\n').slice(1).join('\n');
}

function wrapCounted(fn, check) {
  const counted = function() {
    check.actual++;
    return fn.apply(this, arguments);
  };
  // Keep the wrapped function's own name and length: some APIs look at `callback.length`.
  Object.defineProperties(counted, {
    name: { value: fn.name, writable: false, enumerable: false, configurable: true },
    length: { value: fn.length, writable: false, enumerable: false, configurable: true },
  });
  return counted;
}

function addCallCheck(fn, field, count, publicFn) {
  if (typeof count !== 'number') throw new TypeError(`Invalid ${field} value: ${count}`);
  if (typeof fn !== 'function') {
    throw new TypeError(`mustCall expects a function, got ${inspect(fn)}`);
  }
  if (callChecks.length === 0) process.on('exit', checkCallCounts);
  const check = {
    name: fn.name || '<anonymous>',
    actual: 0,
    stack: callerStack(publicFn),
  };
  check[field] = count;
  callChecks.push(check);
  return wrapCounted(fn, check);
}

function mustCall(fn, exact) {
  if (typeof fn === 'number') {
    exact = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  return addCallCheck(fn, 'exact', exact === undefined ? 1 : exact, mustCall);
}

function mustCallAtLeast(fn, minimum) {
  if (typeof fn === 'number') {
    minimum = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  return addCallCheck(fn, 'minimum', minimum === undefined ? 1 : minimum, mustCallAtLeast);
}

// "file:line" of the code that called `top` (default: the caller of getCallSite).
function getCallSite(top) {
  const holder = {};
  Error.captureStackTrace(holder, top || getCallSite);
  let frame = (String(holder.stack).split('\n')[1] || '').trim().replace(/^at /, '');
  // "fn (file:line:col)" or "file:line:col"
  if (frame.endsWith(')')) frame = frame.slice(frame.lastIndexOf('(') + 1, -1);
  const match = /^(.*):(\d+):\d+$/.exec(frame);
  return match ? `${match[1]}:${match[2]}` : frame;
}

function mustNotCall(msg) {
  const callSite = getCallSite(mustNotCall);
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ?
      `\ncalled with arguments: ${args.map((arg) => inspect(arg)).join(', ')}` : '';
    lazyAssert().fail(`${msg || 'function should not have been called'} at ${callSite}` +
                      argsInfo);
  };
}

function mustSucceed(fn, exact) {
  return addCallCheck(function(err, ...args) {
    lazyAssert().ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, 'exact', exact === undefined ? 1 : exact, mustSucceed);
}

// For assert.throws(fn, common.expectsError({ code, name, message })) and for error-first
// callbacks: checks the error with assert.throws' object/class/function validation.
function expectsError(validator, exact) {
  return addCallCheck((...args) => {
    const assert = lazyAssert();
    if (args.length !== 1) assert.fail(`Expected one argument, got ${inspect(args)}`);
    const error = args[0];
    const descriptor = Object.getOwnPropertyDescriptor(error, 'message');
    assert.strictEqual(descriptor.enumerable, false,
                       'The error message should be non-enumerable');
    assert.throws(() => { throw error; }, validator);
    return true;
  }, 'exact', exact === undefined ? 1 : exact, expectsError);
}

// expectWarning('DeprecationWarning', 'message', 'DEP0001'), or a map
// { DeprecationWarning: [['message', 'DEP0001'], ...], Warning: 'message' }.
let expectedWarnings;
function normalizeExpectedWarnings(name, expected, code) {
  let list;
  if (typeof expected === 'string' || expected instanceof RegExp) {
    list = [[expected, code]];
  } else if (!Array.isArray(expected)) {
    list = Object.entries(expected).map(([warningCode, message]) => [message, warningCode]);
  } else if (!Array.isArray(expected[0])) {
    list = [[expected[0], expected[expected.length - 1]]];
  } else {
    list = expected.slice();
  }
  if (name === 'DeprecationWarning') {
    for (const [, warningCode] of list) {
      lazyAssert()(warningCode, `DeprecationWarning needs a code: ${inspect(expected)}`);
    }
  }
  return list;
}

function warningChecker(name, list) {
  return mustCall((warning) => {
    const assert = lazyAssert();
    const next = list.shift();
    if (next === undefined) assert.fail(`Unexpected extra warning received: ${warning}`);
    const [message, code] = next;
    assert.strictEqual(warning.name, name);
    if (message instanceof RegExp) assert.match(warning.message, message);
    else assert.strictEqual(warning.message, message);
    assert.strictEqual(warning.code, code);
  }, list.length);
}

function expectWarning(nameOrMap, expected, code) {
  if (expectedWarnings === undefined) {
    expectedWarnings = new Map();
    process.on('warning', (warning) => {
      const check = expectedWarnings.get(warning.name);
      if (check === undefined) {
        throw new TypeError(`"${warning.name}" was triggered without being expected.\n` +
                            inspect(warning));
      }
      check(warning);
    });
  }
  if (typeof nameOrMap === 'string') {
    expectedWarnings.set(nameOrMap,
                         warningChecker(nameOrMap,
                                        normalizeExpectedWarnings(nameOrMap, expected, code)));
  } else {
    for (const name of Object.keys(nameOrMap)) {
      expectedWarnings.set(name,
                           warningChecker(name, normalizeExpectedWarnings(name, nameOrMap[name])));
    }
  }
}

function platformTimeout(ms) {
  const factor = (process.features && process.features.debug) ? 2 : 1;
  if (typeof ms === 'bigint') return ms * BigInt(factor);
  return ms * factor;
}

function printSkipMessage(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
}

function skip(msg) {
  skipped = true;
  printSkipMessage(msg);
  process.exit(0);
}

function skipIf32Bits() {
  const arches64 = ['arm64', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'x64'];
  if (!arches64.includes(process.arch)) {
    skip('The tested feature is not available in 32bit builds');
  }
}

// The "Received ..." end of Node's ERR_INVALID_ARG_TYPE message, leading space included.
function invalidArgTypeHelper(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    const ctor = input.constructor;
    if (ctor != null && ctor.name !== undefined) return ` Received an instance of ${ctor.name}`;
    return ` Received ${inspect(input, { depth: -1 })}`;
  }
  if (typeof input === 'string') {
    const shown = input.length > 28 ? `${input.slice(0, 25)}...` : input;
    const quoted = shown.includes("'") ? `"${shown.replace(/"/g, '\\"')}"` : `'${shown}'`;
    return ` Received type string (${quoted})`;
  }
  return ` Received type ${typeof input} (${inspect(input, { colors: false })})`;
}

const viewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
];

// Every kind of ArrayBufferView over the bytes of `buf` (where the length fits the type).
function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const views = [];
  for (const Type of viewTypes) {
    const size = Type.BYTES_PER_ELEMENT || 1;
    if (byteLength % size !== 0) continue;
    if (byteOffset % size === 0) {
      views.push(new Type(buffer, byteOffset, byteLength / size));
    } else {
      // A view cannot start at a misaligned offset: give it its own copy of the bytes.
      const copy = new Uint8Array(byteLength);
      copy.set(new Uint8Array(buffer, byteOffset, byteLength));
      views.push(new Type(copy.buffer, 0, byteLength / size));
    }
  }
  return views;
}

function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

// Wraps an options object so that any change to it (or to an object inside it) throws.
function mustNotMutateObjectDeep(original) {
  if (original === null || (typeof original !== 'object' && typeof original !== 'function')) {
    return original;
  }
  const proxies = new WeakMap();
  const handler = {
    defineProperty(target, property) {
      lazyAssert().fail(`Expected no side effects, got ${inspect(property)} defined`);
    },
    deleteProperty(target, property) {
      lazyAssert().fail(`Expected no side effects, got ${inspect(property)} deleted`);
    },
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
        return value;
      }
      if (!Object.getOwnPropertyDescriptor(target, property)) return value;
      return wrap(value);
    },
    set(target, property, value) {
      lazyAssert().fail(`Expected no side effects, got ${inspect(value)} assigned to ` +
                        inspect(property));
    },
    setPrototypeOf(target, prototype) {
      lazyAssert().fail(`Expected no side effects, got set prototype to ${prototype}`);
    },
  };
  function wrap(target) {
    // Array buffers and views cannot be proxied usefully (their contents are not properties).
    if (ArrayBuffer.isView(target) || target instanceof ArrayBuffer) return target;
    let proxy = proxies.get(target);
    if (proxy === undefined) {
      proxy = new Proxy(target, handler);
      proxies.set(target, proxy);
    }
    return proxy;
  }
  return wrap(original);
}

function isAlive(pid) {
  try {
    process.kill(pid, 'SIGCONT');
    return true;
  } catch {
    return false;
  }
}

// Calls fn with a file descriptor number that is not open.
function runWithInvalidFD(fn) {
  let fd = 1 << 30;
  for (;;) {
    try {
      fs.fstatSync(fd);
      fd--;
    } catch {
      return fn(fd);
    }
  }
}

function spawnPromisified(...args) {
  const { spawn } = require('child_process');
  let stderr = '';
  let stdout = '';
  const child = spawn(...args);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data) => { stderr += data; });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (data) => { stdout += data; });
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
    child.on('error', (code, signal) => reject({ code, signal, stderr, stdout }));
  });
}

// Leaked globals: any enumerable global that appears during the test, unless its value was
// allowed with allowGlobals(value, ...).
const globalsAtLoad = new Set(Object.keys(globalThis));
const allowedGlobalValues = [];
function allowGlobals(...values) {
  allowedGlobalValues.push(...values);
}

function checkGlobals(code) {
  if ((code !== 0 && code !== undefined) || skipped) return;
  if (process.env.NODE_TEST_KNOWN_GLOBALS === '0') return;
  const leaked = [];
  for (const name of Object.keys(globalThis)) {
    if (globalsAtLoad.has(name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    if (descriptor && 'value' in descriptor && allowedGlobalValues.includes(descriptor.value)) {
      continue;
    }
    leaked.push(name);
  }
  if (leaked.length > 0) {
    console.log(`Unexpected global(s) found: ${leaked.join(', ')}`);
    process.exitCode = 1;
  }
}
process.on('exit', checkGlobals);

function lazyConstant(object, name, compute) {
  let value;
  let computed = false;
  Object.defineProperty(object, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (!computed) {
        value = compute();
        computed = true;
      }
      return value;
    },
  });
}

const common = {
  allowGlobals,
  buildType: 'Release',
  canCreateSymLink() { return !isWindows; },
  expectsError,
  expectWarning,
  getArrayBufferViews,
  getBufferSources,
  getCallSite,
  hasIntl: typeof Intl === 'object',
  invalidArgTypeHelper,
  isAIX,
  isAlive,
  isFreeBSD,
  isLinux,
  isMacOS,
  isOSX: isMacOS,
  isOpenBSD,
  isSunOS,
  isWindows,
  localhostIPv4: '127.0.0.1',
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  platformTimeout,
  printSkipMessage,
  runWithInvalidFD,
  skip,
  skipIf32Bits,
  spawnPromisified,
};

lazyConstant(common, 'hasCrypto', () => {
  try {
    require('crypto');
    return true;
  } catch {
    return false;
  }
});

lazyConstant(common, 'hasOpenSSL3', () => {
  const version = process.versions.openssl;
  return typeof version === 'string' && Number(version.split('.')[0]) >= 3;
});

lazyConstant(common, 'hasIPv6', () => {
  const interfaces = require('os').networkInterfaces();
  const loopback = isWindows ? /Loopback Pseudo-Interface/ : /lo/;
  return Object.keys(interfaces).some((name) => loopback.test(name) &&
    interfaces[name].some(({ family }) => family === 'IPv6' || family === 6));
});

lazyConstant(common, 'isDumbTerminal', () => process.env.TERM === 'dumb');

lazyConstant(common, 'enoughTestMem', () => require('os').totalmem() > 0x70000000);

// Fixed ports make parallel tests collide: listen on port 0 instead.
Object.defineProperty(common, 'PORT', {
  configurable: true,
  enumerable: true,
  get() {
    if (process.env.TEST_PARALLEL === '1') {
      throw new Error('common.PORT cannot be used in a parallelized test');
    }
    return Number(process.env.NODE_COMMON_PORT) || 12346;
  },
});

module.exports = common;
