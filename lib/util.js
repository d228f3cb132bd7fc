'use strict';
// The public `util` module. inspect/format come from internal/util/inspect and the type
// checks from internal/util/types; what is used rarely (parseArgs, TextEncoder/TextDecoder,
// MIMEType/MIMEParams) loads on first access.

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  createDeferredPromise,
  defineLazyProperties,
  deprecate,
  getSystemErrorMap,
  getSystemErrorName: internalErrorName,
  promisify,
  shouldColorize,
} = require('internal/util');
const {
  format,
  formatWithOptions,
  inspect,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { debuglog } = require('internal/util/debuglog');

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n) {
  return String(n).padStart(2, '0');
}

// "26 Feb 16:19:34"
function timestamp() {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// Makes ctor inherit the prototype methods of superCtor (the pre-class way); ctor.super_
// points at superCtor.
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Copies the own enumerable properties of source onto target (Object.assign's predecessor,
// which assigns in reverse key order).
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to a callback: wrap it in an error
  // that keeps the original value in `reason`.
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace(err, callbackifyOnRejected);
    reason = err;
  }
  return cb(reason);
}

const ReflectApply = Reflect.apply;

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs on a later tick so that an exception it throws is not swallowed by
    // the promise. (ReflectApply by name: V8 quotes the callee in "... is not a function".)
    ReflectApply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalErrorName(err);
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  let result = '';
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    const unit = str.charCodeAt(i);
    if (unit < 0xD800 || unit > 0xDFFF) continue;
    if (unit <= 0xDBFF && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        i++;
        continue;
      }
    }
    result += str.slice(start, i) + '\ufffd';
    start = i + 1;
  }
  return start === 0 ? str : result + str.slice(start);
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return require('internal/util/inspect').stripVTControlCharacters(str);
}

// Duck typing as Node's streams do it: a Node stream has stream state or the EventEmitter
// plus read/write side methods; web streams have their reader/writer methods.
function isNodeStream(obj) {
  return !!obj && (obj._readableState !== undefined || obj._writableState !== undefined ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isWebReadableStream(obj) {
  return !!obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function';
}

function isWebWritableStream(obj) {
  return !!obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function';
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

// Wraps text in the ANSI codes of one or more inspect.colors styles. A single style is
// dropped when `stream` would not show colors (Node 20 keeps arrays of styles regardless).
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isWebReadableStream(stream) && !isWebWritableStream(stream) && !isNodeStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                     stream);
    }
    skipColorize = !shouldColorize(stream);
  }

  const { colors } = inspect;
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = colors[key];
      if (codes === undefined) validateOneOf(key, 'format', Object.keys(colors));
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }

  const codes = colors[format];
  if (codes === undefined) validateOneOf(format, 'format', Object.keys(colors));
  if (skipColorize) return text;
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// Settles when `signal` aborts, unless `resource` is garbage-collected first (then the
// listener goes away with it and the promise stays pending).
let abortedRegistry;
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  if (abortedRegistry === undefined) {
    abortedRegistry = new FinalizationRegistry(({ signal, listener }) => {
      signal.removeEventListener('abort', listener);
    });
  }
  const { promise, resolve } = createDeferredPromise();
  const listener = (event) => {
    abortedRegistry.unregister(token);
    resolve(event);
  };
  const token = { __proto__: null };
  signal.addEventListener('abort', listener, { __proto__: null, once: true });
  abortedRegistry.register(resource, { signal, listener }, token);
  return promise;
}

function _errnoException(...args) {
  return errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return exceptionWithHostPort(...args);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
};

defineLazyProperties(module.exports, 'internal/util/parse_args/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
