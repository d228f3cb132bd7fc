'use strict';
// Node's error machinery: the ERR_* registry (`codes`), libuv/system error builders, stack
// frame hiding and the stack formatter installed into V8. Loaded at start-up: keep it cheap
// (inspect and util are required lazily, only when a message needs them).

const kIsNodeError = Symbol('kIsNodeError');
// A function stored under this key on an error returns its stack with extra context (events
// sets it for unhandled 'error' events); used when the error is reported as uncaught.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const messages = new Map();
const codes = {};

// When our prepareStackTraceCallback is installed in V8 (setupPrepareStackTrace), the header
// `Name [CODE]: message` is produced lazily when `.stack` is first read. Otherwise (e.g. when
// these modules run under another runtime's formatter) it is baked in eagerly at creation.
let lazyStackHeaders = false;

let inspectImpl;
function lazyInspect() {
  if (inspectImpl === undefined) {
    try {
      inspectImpl = require('internal/util/inspect').inspect;
    } catch {
      inspectImpl = require('util').inspect;
    }
  }
  return inspectImpl;
}

let formatImpl;
function lazyFormat() {
  if (formatImpl === undefined) {
    try {
      formatImpl = require('internal/util/inspect').format;
    } catch {
      formatImpl = require('util').format;
    }
  }
  return formatImpl;
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// Writes the `Name [CODE]: message` header into the stack of a Node error right now; used
// only when the lazy formatter is not installed.
function bakeStackHeader(err) {
  const hadOwnName = Object.prototype.hasOwnProperty.call(err, 'name');
  const name = err.name;
  try {
    err.name = `${name} [${err.code}]`;
    err.stack; // formats (and fixes) the stack with the temporary name
  } finally {
    if (hadOwnName) {
      Object.defineProperty(err, 'name', {
        value: name, writable: true, enumerable: false, configurable: true,
      });
    } else {
      delete err.name;
    }
  }
}

// Re-captures the stack of `err` so that it starts at the caller of `fn`.
function captureStack(err, fn) {
  Error.captureStackTrace(err, fn);
  if (!lazyStackHeaders && err[kIsNodeError] === true) bakeStackHeader(err);
}

// Wraps fn so that an error it throws shows a stack starting at the wrapper's caller (the
// internal frames of validators and the like stay out of user-visible traces).
function hideStackFrames(fn) {
  function hidden(...args) {
    try {
      return fn.apply(this, args);
    } catch (err) {
      if (err !== null && typeof err === 'object' && Error.stackTraceLimit &&
          isErrorStackTraceLimitWritable()) {
        captureStack(err, hidden);
      }
      throw err;
    }
  }
  hidden.withoutStackTrace = fn;
  return hidden;
}

// Builds `new Ctor(message)` whose stack starts at the caller of `skip`, capturing the trace
// only once.
function makeError(Ctor, message, skip) {
  if (!isErrorStackTraceLimitWritable()) {
    const err = new Ctor(message);
    Error.captureStackTrace(err, skip);
    return err;
  }
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let err;
  try {
    err = new Ctor(message);
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (limit > 0) Error.captureStackTrace(err, skip);
  return err;
}

// --- message formatting ---------------------------------------------------------------

function formatList(array, type = 'and') {
  if (array.length < 3) return array.join(` ${type} `);
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function formatNumberArg(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

// Formats `msg` like util.format for the directives Node's messages use (%s %d %i %j %%);
// arguments that are not plain primitives go through util.format itself. getMessage has
// checked that there is one argument per directive.
function formatMessage(msg, args) {
  let i = 0;
  let simple = true;
  for (; i < args.length; i++) {
    const t = typeof args[i];
    if (t !== 'string' && t !== 'number' && t !== 'boolean' && t !== 'undefined' &&
        args[i] !== null) {
      simple = false;
      break;
    }
  }
  if (!simple) return lazyFormat()(msg, ...args);
  let out = '';
  let last = 0;
  let a = 0;
  for (let p = 0; p < msg.length - 1; p++) {
    if (msg.charCodeAt(p) !== 37) continue; // '%'
    const c = msg[p + 1];
    let rep;
    if (c === '%') {
      rep = '%';
    } else if (a < args.length) {
      const v = args[a];
      if (c === 's') {
        rep = typeof v === 'number' ? formatNumberArg(v) : String(v);
      } else if (c === 'd') {
        rep = formatNumberArg(Number(v));
      } else if (c === 'i') {
        rep = formatNumberArg(parseInt(v));
      } else if (c === 'j') {
        rep = JSON.stringify(v);
      } else {
        continue;
      }
      a++;
    } else {
      continue;
    }
    out += msg.slice(last, p) + rep;
    last = p + 2;
    p++;
  }
  return out + msg.slice(last);
}

function internalAssert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    internalAssert(msg.length <= args.length,
                   `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                   `match the required ones (${msg.length}).`);
    return msg.apply(self, args);
  }
  const expected = (msg.match(/%[dfijoOs]/g) || []).length;
  internalAssert(expected === args.length,
                 `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                 `match the required ones (${expected}).`);
  if (args.length === 0) return msg;
  return formatMessage(msg, args);
}

// --- the error classes ----------------------------------------------------------------

function makeNodeErrorWithCode(Base, key) {
  const messageIsFunction = typeof messages.get(key) === 'function';
  class NodeError extends Base {
    constructor(...args) {
      const limitWritable = isErrorStackTraceLimitWritable();
      let limit;
      if (limitWritable) {
        limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
      }
      if (messageIsFunction) {
        super();
        if (limitWritable) Error.stackTraceLimit = limit;
        this.code = key;
        Object.defineProperty(this, 'message', {
          value: getMessage(key, args, this),
          writable: true, enumerable: false, configurable: true,
        });
      } else {
        let message;
        try {
          message = getMessage(key, args, undefined);
        } catch (err) {
          if (limitWritable) Error.stackTraceLimit = limit;
          throw err;
        }
        super(message);
        if (limitWritable) Error.stackTraceLimit = limit;
        this.code = key;
      }
      captureStack(this, new.target);
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  Object.defineProperty(NodeError.prototype, 'constructor', {
    get() { return Base; },
    enumerable: false, configurable: true,
  });
  NodeError.prototype[kIsNodeError] = true;
  return NodeError;
}

// Errors built from a libuv-style context ({ errno, code, message, syscall, path, dest }).
class SystemError extends Error {
  constructor(key, context) {
    const limitWritable = isErrorStackTraceLimitWritable();
    let limit;
    if (limitWritable) {
      limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
    }
    super();
    if (limitWritable) Error.stackTraceLimit = limit;
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperty(this, 'name', {
      value: 'SystemError', writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(this, 'message', {
      value: message, writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      value: context, writable: false, enumerable: true, configurable: true,
    });
    Object.defineProperty(this, 'errno', {
      get() { return context.errno; },
      set(value) { context.errno = value; },
      enumerable: true, configurable: true,
    });
    Object.defineProperty(this, 'syscall', {
      get() { return context.syscall; },
      set(value) { context.syscall = value; },
      enumerable: true, configurable: true,
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set(value) { context.path = value; },
        enumerable: true, configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set(value) { context.dest = value; },
        enumerable: true, configurable: true,
      });
    }
    captureStack(this, new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shows the errno/syscall/path/dest accessors with their values.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect()(this, { ...ctx, getters: true, customInspect: false });
  }
}
SystemError.prototype[kIsNodeError] = true;

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// Registers code `sym` with message `val` (a util.format-style template, or a function called
// with the error as `this` that may also set properties) and its class `def`. The class is
// built on first access of `codes[sym]`, so start-up only pays for the codes a program uses;
// further classes give variants reachable as e.g. `codes.ERR_INVALID_ARG_VALUE.RangeError`.
function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  Object.defineProperty(codes, sym, {
    get() {
      const ctor = def === SystemError ?
        makeSystemErrorWithCode(sym) : makeNodeErrorWithCode(def, sym);
      for (const cls of otherClasses) ctor[cls.name] = makeNodeErrorWithCode(cls, sym);
      Object.defineProperty(codes, sym, {
        value: ctor, writable: true, enumerable: true, configurable: true,
      });
      return ctor;
    },
    set(value) {
      Object.defineProperty(codes, sym, {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}

// --- "Received ..." descriptions ------------------------------------------------------

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// Describes a received value the way Node's argument errors do: `type number (1)`,
// `an instance of Foo`, `function bar`, `null`, `undefined`.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return `an instance of ${ctor.name}`;
    return `${lazyInspect()(value, { depth: -1 })}`;
  }
  let shown;
  if (type === 'number') {
    shown = formatNumberArg(value);
  } else if (type === 'boolean') {
    shown = `${value}`;
  } else if (type === 'bigint') {
    shown = `${value}n`;
  } else if (type === 'string') {
    // Node 20 quotes strings itself: single quotes, or JSON's double quotes when the text
    // holds a single quote; nothing else is escaped.
    if (value.length > 28) value = `${value.slice(0, 25)}...`;
    shown = value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  } else {
    shown = lazyInspect()(value, { colors: false });
  }
  return `type ${type} (${shown})`;
}

const kPrimitiveTypes = new Set([
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol',
]);
const classNamePattern = /^[A-Z][a-zA-Z0-9]*$/;

function describeExpected(expected) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    internalAssert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kPrimitiveTypes.has(value)) {
      types.push(value.toLowerCase());
    } else if (classNamePattern.test(value)) {
      instances.push(value);
    } else {
      internalAssert(value !== 'object',
                     'The value "object" should be written as "Object"');
      other.push(value);
    }
  }
  // "object" together with class names reads better as "an instance of ... or Object".
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  let msg = '';
  if (types.length > 0) {
    msg += types.length > 1 ? `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return msg;
}

function argumentSubject(name) {
  if (name.endsWith(' argument')) return `The ${name}`;
  return `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
}

function outOfRangeReceived(input) {
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    return addNumericalSeparator(String(input));
  }
  if (typeof input === 'bigint') {
    let received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    return `${received}n`;
  }
  if (typeof input === 'number') return formatNumberArg(input);
  return lazyInspect()(input);
}

// --- the registry ---------------------------------------------------------------------

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string' && error.message) {
      msg += ` (caused by: ${error.message})`;
    }
  }
  return msg;
}, Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  internalAssert(typeof name === 'string', "'name' must be a string");
  return `${argumentSubject(name)} must be ${describeExpected(expected)}. ` +
    `Received ${determineSpecificType(actual)}`;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = String.prototype.includes.call(name, '.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
    `${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET',
  (pkgPath, key, target, isImport = false, base = undefined) => {
    const relatedError = typeof target === 'string' && !isImport &&
      target.length > 0 && !target.startsWith('./');
    if (key === '.') {
      internalAssert(isImport === false);
      return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
        `in the package config ${pkgPath}package.json` +
        `${base ? ` imported from ${base}` : ''}` +
        `${relatedError ? '; targets must start with "./"' : ''}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ` +
      `${JSON.stringify(target)} defined for '${key}' in the package config ` +
      `${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
      `${relatedError ? '; targets must start with "./"' : ''}`;
  }, Error);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the ` +
    `"${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the ` +
    `"${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ` +
    `${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  internalAssert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_MANIFEST_ASSERT_INTEGRITY', (moduleURL, realIntegrities) => {
  let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
  if (realIntegrities.size) {
    const sri = Array.from(realIntegrities.entries(),
                           ({ 0: alg, 1: dgs }) => `${alg}-${dgs}`).join(' ');
    msg += ` Integrities found are: ${sri}`;
  } else {
    msg += ' The resource was not found in the policy.';
  }
  return msg;
}, Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += `${names[0]} argument`;
  else msg += `${formatList(names)} arguments`;
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  const head = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  return `${head} It must be ${range}. Received ${outOfRangeReceived(input)}`;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json` +
      `${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    '. To specify a positional argument starting with a \'-\', place it at the end of ' +
    `the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.';
  if (parentFilename) msg += `\n  From ${parentFilename} `;
  if (filename) msg += `\n  Requiring ${filename} `;
  return msg;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null) => {
  let msg = `require() of ES Module ${filename}` +
    `${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (String.prototype.endsWith.call(filename, '.mjs') && hasEsmSyntax) {
    msg += `\nInstead change the require of ${filename} to a dynamic import() which is ` +
      'available in all CommonJS modules.';
  }
  return msg;
}, Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  internalAssert(typeof allowZero === 'boolean',
                 "The 'allowZero' argument must be of type boolean.");
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SRI_PARSE',
  'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TEST_FAILURE', function(error, failureType) {
  internalAssert(typeof failureType === 'string' || typeof failureType === 'symbol',
                 "The 'failureType' argument must be of type string or symbol.");
  let msg = error?.message ?? error;
  if (typeof msg !== 'string') msg = lazyInspect()(msg);
  this.failureType = failureType;
  this.cause = error;
  return msg;
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the ` +
    `client's offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_INVALID_PROTOCOL_VERSION',
  '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported ` +
    `resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the ` +
    'default ESM loader';
  if (process.platform === 'win32' && url.protocol.length === 2) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') => {
  return `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`;
}, Error);
E('ERR_WORKER_PATH', (filename) => {
  return 'The worker script or module filename must be an absolute path or a relative ' +
    "path starting with './' or '../'." +
    (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED',
  'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_DEBUGGER_ERROR', '%s', Error);
E('ERR_DEBUGGER_STARTUP_ERROR', '%s', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is ' +
  'mutually exclusive with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION',
  'Deserialize main function is already configured.', Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run ' +
  'Node.js', TypeError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND',
  'Cannot specify additional headers after response initiated', Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS',
  'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER',
  '"%s" is an invalid pseudoheader or is used incorrectly', TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK',
  'Maximum number of pending settings acknowledgements', Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION',
  'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS',
  'No stream ID is available because maximum stream ID has been reached', Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101',
  'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS',
  'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY',
  'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) " +
  "set in header", Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING',
  'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  'Import attribute "%s" with value "%s" is not supported', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INSPECTOR_ALREADY_ACTIVATED',
  'Inspector is already activated. Close it with inspector.close() before activating it ' +
  'again.', Error);
E('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error);
E('ERR_INSPECTOR_CLOSED', 'Session was closed', Error);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error);
E('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_LOADER_CHAIN_INCOMPLETE',
  "\"%s\" did not call the next hook in its chain and did not explicitly signal a short circuit. " +
  "If this is intentional, include `shortCircuit: true` in the hook's return.", Error);
E('ERR_MANIFEST_DEPENDENCY_MISSING',
  'Manifest resource %s does not list %s as a dependency specifier for conditions: %s', Error);
E('ERR_MANIFEST_INTEGRITY_MISMATCH',
  'Manifest resource %s has multiple entries but integrity lists do not match', SyntaxError);
E('ERR_MANIFEST_INVALID_RESOURCE_FIELD',
  'Manifest resource %s has invalid property value for %s', TypeError);
E('ERR_MANIFEST_INVALID_SPECIFIER',
  'Manifest resource %s has invalid dependency mapping %s', TypeError);
E('ERR_MANIFEST_TDZ', 'Manifest initialization has not yet run', Error);
E('ERR_MANIFEST_UNKNOWN_ONERROR', 'Manifest specified unknown error behavior "%s".', SyntaxError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS',
  'byte_offset + byte_length should be less than or equal to the size in bytes of the array ' +
  'passed in', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
  'start offset of %s should be a multiple of %s', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError);
E('ERR_NETWORK_IMPORT_BAD_RESPONSE', "import '%s' received a bad response: %s", Error);
E('ERR_NETWORK_IMPORT_DISALLOWED', "import of '%s' by %s is not supported: %s", Error);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
  'Operation cannot be invoked when not in a single-executable application', Error);
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
  'Cannot find asset %s for the single executable application', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already ' +
  'active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not ' +
  'hierarchical.', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE',
  'At least one valid performance entry type is required', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated', Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_MESSAGING_ERRORED',
  'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

// --- libuv and system errors ----------------------------------------------------------

let uvErrorMap;
function uvErrmapGet(name) {
  if (uvErrorMap === undefined) uvErrorMap = lazyUv().getErrorMap();
  return uvErrorMap.get(name);
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

function getSystemErrorName(err) {
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// An fs-style error from a negative libuv code:
// `ENOENT: no such file or directory, open 'x'` with errno, code, syscall, path, dest.
function uvException(ctx) {
  const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path != null) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest != null) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = makeError(Error, message, uvException);
  // Node's key order: errno, code, the rest of ctx, path, dest (even when empty).
  if (ctx.errno !== undefined) err.errno = ctx.errno;
  err.code = code;
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest' || prop === 'errno' ||
        prop === 'code') {
      continue;
    }
    err[prop] = ctx[prop];
  }
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// `connect ECONNREFUSED: connection refused 127.0.0.1:80`
function uvExceptionWithHostPort(err, syscall, address, port) {
  const { 0: code, 1: uvmsg } = uvErrmapGet(err) || uvUnmappedError;
  const message = `${syscall} ${code}: ${uvmsg}`;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = makeError(Error, `${message}${details}`, uvExceptionWithHostPort);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// `read ENOTCONN` / `write EPIPE original`
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = makeError(Error, message, errnoException);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

// `connect ECONNREFUSED 127.0.0.1:80` (+ ` - Local (additional)`)
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = makeError(Error, `${syscall} ${code}${details}`, exceptionWithHostPort);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// `getaddrinfo ENOTFOUND example.org`; `code` is a c-ares code name or a negative uv code.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    const uv = lazyUv();
    if (code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME) {
      code = 'ENOTFOUND';
    } else {
      code = getSystemErrorName(code);
    }
  }
  const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
  const ex = makeError(Error, message, dnsException);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

function connResetException(msg) {
  const ex = makeError(Error, msg, connResetException);
  ex.code = 'ECONNRESET';
  return ex;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// An Error with extra own properties, e.g. genericNodeError('msg', { code: 'X' }).
function genericNodeError(message, errorProperties) {
  const err = makeError(Error, message, genericNodeError);
  Object.assign(err, errorProperties);
  return err;
}

// Combines a secondary error into a primary one (streams' destroy paths).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    Error.captureStackTrace(err, aggregateTwoErrors);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}

// --- stack formatting -----------------------------------------------------------------

// Internal code may ask for one error's stack to be formatted by a function of its own.
const overrideStackTrace = new WeakMap();

function errorHeader(error) {
  if (error !== null && (typeof error === 'object' || typeof error === 'function') &&
      error[kIsNodeError] === true) {
    return `${error.name} [${error.code}]: ${error.message}`;
  }
  try {
    return Error.prototype.toString.call(error);
  } catch {
    try {
      return `${error}`;
    } catch {
      return '<error>';
    }
  }
}

function defaultPrepareStackTrace(error, trace) {
  const header = errorHeader(error);
  if (trace.length === 0) return header;
  return `${header}\n    at ${trace.join('\n    at ')}`;
}

// V8's PrepareStackTraceCallback: (context global, error, CallSite[]) -> stack value.
function prepareStackTraceCallback(globalThis, error, trace) {
  const override = overrideStackTrace.get(error);
  if (override !== undefined) {
    overrideStackTrace.delete(error);
    return override(error, trace);
  }
  const userPrepare = globalThis.Error && globalThis.Error.prepareStackTrace;
  if (typeof userPrepare === 'function') return userPrepare(error, trace);
  if (globalThis.Error !== Error && typeof Error.prepareStackTrace === 'function') {
    return Error.prepareStackTrace(error, trace);
  }
  return defaultPrepareStackTrace(error, trace);
}

// For reporting uncaught exceptions: beforeInspector(error) gives the (possibly enhanced)
// stack, afterInspector(error) the full inspected form printed to stderr.
const fatalExceptionStackEnhancers = {
  beforeInspector(error) {
    if (typeof error[kEnhanceStackBeforeInspector] !== 'function') return error.stack;
    try {
      // Setting error.stack makes inspect() show the enhanced form.
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // keep the plain stack
    }
    return error.stack;
  },
  afterInspector(error) {
    const originalStack = error.stack;
    let useColors = false;
    try {
      const stderr = process.stderr;
      useColors = Boolean(stderr && stderr.isTTY &&
                          typeof stderr.hasColors === 'function' && stderr.hasColors());
    } catch {
      // no usable stderr: plain text
    }
    try {
      const inspect = lazyInspect();
      return inspect(error, {
        colors: useColors,
        customInspect: false,
        depth: Math.max(inspect.defaultOptions.depth, 5),
      });
    } catch {
      return originalStack;
    }
  },
};

// Installs prepareStackTraceCallback into V8 (bootstrap calls this once); from then on Node
// error headers are formatted lazily.
function setupPrepareStackTrace() {
  internalBinding('errors').setPrepareStackTraceCallback(prepareStackTraceCallback);
  lazyStackHeaders = true;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  codes,
  connResetException,
  ConnResetException: connResetException,
  defaultPrepareStackTrace,
  determineSpecificType,
  dnsException,
  DNSException: dnsException,
  E,
  errnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  ExceptionWithHostPort: exceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorName,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  fatalExceptionStackEnhancers,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  overrideStackTrace,
  prepareStackTraceCallback,
  setupPrepareStackTrace,
  SystemError,
  uvErrmapGet,
  uvException,
  UVException: uvException,
  uvExceptionWithHostPort,
  UVExceptionWithHostPort: uvExceptionWithHostPort,
};
