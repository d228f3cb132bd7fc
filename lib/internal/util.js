'use strict';
// Helpers shared by the built-ins: promisify, deprecation and experimental warnings, lazy
// properties, encoding names, signals, system error names and small array/string utilities.
// Required by almost every module: keep the top level free of requires (errors, validators and
// everything else load on first use).

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

let validatorsModule;
function lazyValidators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');
// Node 20 installs Symbol.dispose/asyncDispose as Symbol.for('nodejs.*') when V8 lacks them.
const SymbolDispose = typeof Symbol.dispose === 'symbol' ?
  Symbol.dispose : Symbol.for('nodejs.dispose');
const SymbolAsyncDispose = typeof Symbol.asyncDispose === 'symbol' ?
  Symbol.asyncDispose : Symbol.for('nodejs.asyncDispose');

// --- command-line flags ------------------------------------------------------------------

// --pending-deprecation, or NODE_PENDING_DEPRECATION=1, unless --no-deprecation.
function isPendingDeprecation() {
  if (process.noDeprecation) return false;
  const env = process.env.NODE_PENDING_DEPRECATION;
  return Boolean(require('internal/options').getOptionValue('--pending-deprecation')) ||
    (typeof env === 'string' && env[0] === '1');
}

// --- warnings ---------------------------------------------------------------------------

// Deprecation codes already warned about: one warning per code for the whole process.
const codesWarned = new Set();
const experimentalWarnings = new Set();

// useEmitSync: emit the 'warning' event right away rather than on a later tick (for callers
// that must warn before they go on, such as the module loaders).
function emitDeprecation(msg, code, deprecated, useEmitSync) {
  if (useEmitSync) {
    require('internal/process/warning').emitWarningSync(msg, 'DeprecationWarning', code,
                                                        deprecated);
  } else if (code !== undefined) {
    process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
  } else {
    process.emitWarning(msg, 'DeprecationWarning', deprecated);
  }
}

function alwaysTrue() {
  return true;
}

// Returns a function that emits the deprecation warning once (and once per code), as long as
// shouldEmitWarning() agrees at the time of the call.
function getDeprecationWarningEmitter(code, msg, deprecated, useEmitSync,
                                      shouldEmitWarning = alwaysTrue) {
  let warned = false;
  return function emitDeprecationWarning() {
    if (warned || !shouldEmitWarning()) return;
    warned = true;
    if (code === undefined) {
      emitDeprecation(msg, code, deprecated, useEmitSync);
    } else if (!codesWarned.has(code)) {
      codesWarned.add(code);
      emitDeprecation(msg, code, deprecated, useEmitSync);
    }
  };
}

function deprecationEnabled() {
  return !process.noDeprecation;
}

// Wraps fn so that its first call warns `msg` (a DeprecationWarning with `code`). Like Node 20,
// process.noDeprecation is read at call time: a call made while it is set neither warns nor
// uses up the warning.
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  // eslint-disable-next-line prefer-const
  let emitDeprecationWarning;
  function deprecated(...args) {
    emitDeprecationWarning();
    if (new.target !== undefined) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  emitDeprecationWarning = getDeprecationWarningEmitter(code, msg, deprecated, useEmitSync,
                                                        deprecationEnabled);
  // The wrapper looks like fn to instanceof and to property lookups.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// Like deprecate(), but only warns under --pending-deprecation (or NODE_PENDING_DEPRECATION=1).
function pendingDeprecate(fn, msg, code) {
  // eslint-disable-next-line prefer-const
  let emitDeprecationWarning;
  function deprecated(...args) {
    emitDeprecationWarning();
    return Reflect.apply(fn, this, args);
  }
  emitDeprecationWarning = getDeprecationWarningEmitter(code, msg, deprecated, false,
                                                        isPendingDeprecation);
  return deprecated;
}

function emitExperimentalWarning(feature, messagePrefix, code, ctor) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  let msg = `${feature} is an experimental feature and might change at any time`;
  if (messagePrefix) msg = messagePrefix + msg;
  process.emitWarning(msg, 'ExperimentalWarning', code, ctor);
}

// --- promisify ----------------------------------------------------------------------------

function promisify(original) {
  const { validateFunction } = lazyValidators();
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }

  // Callbacks with several results (dns.lookup's address and family) name them here; the
  // promise then resolves to an object.
  const resultNames = original[customPromisifyArgs];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          reject(err);
        } else if (resultNames !== undefined && values.length > 1) {
          const results = {};
          for (let i = 0; i < resultNames.length; i++) results[resultNames[i]] = values[i];
          resolve(results);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  return fn;
}

promisify.custom = kCustomPromisifiedSymbol;

// --- lazy and exposed properties -----------------------------------------------------------

function nameFunction(fn, name) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

// Defines getters on target for each key that require the built-in `id` on first access and
// then turn into plain data properties: keeps start-up from loading what is never used.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value;
    const set = nameFunction(function(newValue) {
      Object.defineProperty(target, key, {
        __proto__: null, value: newValue, writable: true, enumerable, configurable: true,
      });
    }, `set ${key}`);
    const get = nameFunction(function() {
      if (mod === undefined) mod = require(id);
      if (value === undefined) {
        value = mod[key];
        set(value);
      }
      return value;
    }, `get ${key}`);
    Object.defineProperty(target, key, {
      __proto__: null, enumerable, configurable: true, get, set,
    });
  }
}

// Like defineLazyProperties, but the property stays an accessor (a web-IDL attribute): a set
// replaces the value the getter returns; `check(receiver)` may validate `this` of the getter.
function defineReplaceableLazyAttribute(target, id, keys, writable = true, check) {
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value;
    let replaced = false;
    const get = nameFunction(function() {
      if (check !== undefined) check(this);
      if (!replaced && value === undefined) {
        if (mod === undefined) mod = require(id);
        value = mod[key];
      }
      return value;
    }, `get ${key}`);
    let set;
    if (writable) {
      set = nameFunction(function(newValue) {
        replaced = true;
        value = newValue;
      }, `set ${key}`);
    }
    Object.defineProperty(target, key, {
      __proto__: null, enumerable: true, configurable: true, get, set,
    });
  }
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, value: interfaceObject, writable: true, enumerable: false, configurable: true,
  });
}

function exposeNamespace(target, name, namespaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, value: namespaceObject, writable: true, enumerable: false, configurable: true,
  });
}

function exposeGetterAndSetter(target, name, getter, setter = undefined) {
  Object.defineProperty(target, name, {
    __proto__: null, get: getter, set: setter, enumerable: false, configurable: true,
  });
}

// A web-IDL operation: a writable, enumerable, configurable method.
function defineOperation(target, name, method) {
  Object.defineProperty(target, name, {
    __proto__: null, value: method, writable: true, enumerable: true, configurable: true,
  });
}

// Sets an own data property even when the prototype chain has a setter or a read-only one.
function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

function filterOwnProperties(source, keys) {
  const filtered = { __proto__: null };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (Object.prototype.hasOwnProperty.call(source, key)) filtered[key] = source[key];
  }
  return filtered;
}

// --- small function helpers -----------------------------------------------------------------

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    if (preserveReturnValue) returnValue = result;
    return result;
  };
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// A function callable with or without `new` that always constructs `type`.
function createClassWrapper(type) {
  function fn(...args) {
    return Reflect.construct(type, args, new.target || type);
  }
  Object.defineProperties(fn, {
    name: { __proto__: null, value: type.name },
    length: { __proto__: null, value: type.length },
  });
  Object.setPrototypeOf(fn, type);
  fn.prototype = type.prototype;
  return fn;
}

// Blocks the thread for `msec` milliseconds.
function sleep(msec) {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(cell, 0, 0, msec);
}

// --- arrays and strings --------------------------------------------------------------------

// Removes list[index] in place; cheaper than Array.prototype.splice for one element.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) str += output[i] + separator;
    str += output[last];
  }
  return str;
}

// Case-insensitive de-duplication; the last spelling wins unless `low` asks for lower case.
function filterDuplicateStrings(items, low) {
  const seen = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    seen.set(key, low ? key : item);
  }
  return Array.from(seen.values()).sort();
}

const colorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return String.prototype.replace.call(str, colorRegExp, '');
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

let typesBinding;
function isError(e) {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  // Errors from other realms are native errors but not instances of this realm's Error.
  return typesBinding.isNativeError(e) || e instanceof Error;
}

// The prefix length of `netmask` (an IPv4 or IPv6 mask) as `${address}/${bits}`, or null when
// the mask's one bits are not contiguous.
function getCIDR(address, netmask, family) {
  const isIPv6 = family === 'IPv6';
  const groups = netmask.split(isIPv6 ? ':' : '.');
  const radix = isIPv6 ? 16 : 10;
  const groupBits = isIPv6 ? 16 : 8;
  let ones = 0;
  let sawZeros = false;
  for (let i = 0; i < groups.length; i++) {
    if (groups[i] === '') continue;
    const value = parseInt(groups[i], radix);
    if (sawZeros) {
      if (value !== 0) return null;
      continue;
    }
    const bits = value.toString(2);
    let groupOnes = 0;
    for (let j = 0; j < bits.length; j++) if (bits[j] === '1') groupOnes++;
    ones += groupOnes;
    if (groupOnes !== groupBits) {
      // Only a run of ones followed by zeros is a mask.
      if (bits.includes('01')) return null;
      sawZeros = true;
    }
  }
  return `${address}/${ones}`;
}

// Whether a path (or URL) has a node_modules directory in it, with either separator.
const nodeModulesPattern = /[\\/]node_modules[\\/]/;

function isUnderNodeModules(filename) {
  return nodeModulesPattern.test(filename);
}

// --- encodings ------------------------------------------------------------------------------

// Keep in sync with the encoding enum of the C side (ASCII, UTF8, BASE64, UCS2, LATIN1, HEX,
// BUFFER, BASE64URL), as Node numbers them.
const encodingsMap = { __proto__: null };
['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url']
  .forEach((name, i) => { encodingsMap[name] = i; });

const encodingAliases = {
  __proto__: null,
  '': 'utf8',
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// Node's canonical name for a Buffer encoding ('utf8', 'utf16le', 'latin1', 'base64',
// 'base64url', 'hex', 'ascii'), undefined when unknown. null/undefined mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string' && !(enc instanceof String)) return undefined;
  return encodingAliases[`${enc}`.toLowerCase()];
}

// --- system errors, signals, handles --------------------------------------------------------

function getSystemErrorName(err) {
  const entry = lazyErrors().uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return internalBinding('uv').getErrorMap();
}

let signalsByNumber;
function convertToValidSignal(signal) {
  const signals = require('os').constants.signals;
  if (typeof signal === 'number') {
    if (signalsByNumber === undefined) {
      signalsByNumber = new Set(Object.values(signals));
    }
    if (signalsByNumber.has(signal)) return signal;
  } else if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number) return number;
  }
  throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(signal);
}

// Keep in sync with the util binding's guessHandleType (uv_handle_type folded to these).
const handleTypes = ['TCP', 'TTY', 'UDP', 'FILE', 'PIPE', 'UNKNOWN'];

function guessHandleType(fd) {
  const type = internalBinding('util').guessHandleType(fd);
  return typeof type === 'number' ? handleTypes[type] : type;
}

function isArrayBufferDetached(value) {
  if (value.byteLength !== 0) return false;
  const detached = value.detached;
  if (typeof detached === 'boolean') return detached;
  return internalBinding('util').isArrayBufferDetached(value);
}

// --- terminal colors -----------------------------------------------------------------------

// Whether output to `stream` gets ANSI colors (util.styleText, debuglog): FORCE_COLOR decides
// when set, otherwise a TTY with more than two colors.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// --- DOMException, URLs, weak references ----------------------------------------------------

let DOMExceptionClass;
function lazyDOMExceptionClass() {
  if (DOMExceptionClass === undefined) {
    DOMExceptionClass = typeof globalThis.DOMException === 'function' ?
      globalThis.DOMException : require('internal/per_context/domexception').DOMException;
  }
  return DOMExceptionClass;
}

function lazyDOMException(message, name) {
  const DOMException = lazyDOMExceptionClass();
  return new DOMException(message, name);
}

let cachedCWDURL;
let cachedCWD;
// The current directory as a file: URL ending in '/'; the last good one if cwd() fails.
function getCWDURL() {
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    return cachedCWDURL;
  }
  if (cachedCWDURL === undefined || cwd !== cachedCWD) {
    const { sep } = require('path');
    cachedCWDURL = require('url').pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep);
    cachedCWD = cwd;
  }
  return cachedCWDURL;
}

// A weak reference that turns strong while its count is above zero.
class WeakReference {
  #weak;
  #strong = null;
  #refCount = 0;

  constructor(object) {
    this.#weak = new WeakRef(object);
  }

  incRef() {
    this.#refCount++;
    if (this.#refCount === 1) this.#strong = this.#weak.deref();
    return this.#refCount;
  }

  decRef() {
    this.#refCount--;
    if (this.#refCount === 0) this.#strong = null;
    return this.#refCount;
  }

  get() {
    return this.#weak.deref();
  }
}

module.exports = {
  getLazy,
  cachedResult,
  convertToValidSignal,
  createClassWrapper,
  createDeferredPromise,
  defineOperation,
  defineLazyProperties,
  defineReplaceableLazyAttribute,
  deprecate,
  emitExperimentalWarning,
  encodingsMap,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  exposeGetterAndSetter,
  filterDuplicateStrings,
  filterOwnProperties,
  getConstructorOf,
  getCIDR,
  getCWDURL,
  getSystemErrorMap,
  getSystemErrorName,
  guessHandleType,
  isArrayBufferDetached,
  isError,
  isUnderNodeModules,
  join,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  promisify,
  sleep,
  spliceOne,
  removeColors,
  SymbolDispose,
  SymbolAsyncDispose,
  customPromisifyArgs,
  customInspectSymbol,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  kEmptyObject,
  kEnumerableProperty,
  setOwnProperty,
  shouldColorize,
  pendingDeprecate,
  WeakReference,
  isPendingDeprecation,
  getDeprecationWarningEmitter,
};
