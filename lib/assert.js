'use strict';
// The `assert` module (Node 20): the assertion functions, assert.strict, AssertionError and
// CallTracker. Failure messages come from internal/assert/assertion_error; deep equality from
// internal/util/comparisons.

const AssertionError = require('internal/assert/assertion_error');
const CallTracker = require('internal/assert/calltracker');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

let comparisons;
function isDeepEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepEqual(a, b);
}
function isDeepStrictEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let typesBinding;
function types() {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  return typesBinding;
}
const isRegExp = (value) => types().isRegExp(value);
const isPromise = (value) => types().isPromise(value);
const isError = (value) => types().isNativeError(value) || value instanceof Error;

// Stands for "the function did not throw / the promise did not reject".
const NO_EXCEPTION = {};

let failWarned = false;

function ok(...args) {
  checkTruthy(ok, args.length, ...args);
}
const assert = ok;

function throwFailure(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let defaultMessage = false;
  if (actual == null && argCount <= 1) {
    defaultMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argCount === 2) operator = '!=';
  }

  if (message instanceof Error) throw message;

  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (defaultMessage) err.generatedMessage = true;
  throw err;
};

assert.AssertionError = AssertionError;

assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    throwFailure({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    throwFailure({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    throwFailure({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    throwFailure({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual,
    });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    throwFailure({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    throwFailure({
      actual,
      expected,
      message,
      operator: 'notDeepStrictEqual',
      stackStartFn: notDeepStrictEqual,
    });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    throwFailure({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    throwFailure({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
};

// A validation object's keys, as compared: RegExp values that match the actual string
// property show the actual value, so that the diff only marks real differences.
function comparisonView(source, keys, actual) {
  const view = new Comparison();
  for (const key of keys) {
    if (!(key in source)) continue;
    if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(source[key]) &&
        RegExp.prototype.exec.call(source[key], actual[key]) !== null) {
      view[key] = actual[key];
    } else {
      view[key] = source[key];
    }
  }
  return view;
}
// Named so that the diff reads "Comparison {".
class Comparison {}

function checkErrorProperty(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: comparisonView(actual, keys),
      expected: comparisonView(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  throwFailure({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function validateThrown(actual, expected, message, fn) {
  let generatedMessage = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const text = String(actual);
      if (RegExp.prototype.exec.call(expected, text) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
                  `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      // Errors are always checked by name and message, which are not enumerable.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        checkErrorProperty(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // Arrow functions have no prototype, and are validation functions.
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
                `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }

  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function callForThrown(fn) {
  const { validateFunction } = require('internal/validators');
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

// Native promises, and objects with both then() and catch() (not bare thenables).
function isPromiseLike(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

async function awaitForRejection(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

function expectFailure(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message',
          `The error message "${actual.message}" is identical to the message.`,
        );
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message',
        `The error "${actual}" is identical to the message.`,
      );
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    throwFailure({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  validateThrown(actual, error, message, stackStartFn);
}

function matchesExpected(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoFailure(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesExpected(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    throwFailure({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${kind}${details}\n` +
               `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectFailure(throws, callForThrown(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectFailure(rejects, await awaitForRejection(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectNoFailure(doesNotThrow, callForThrown(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectNoFailure(doesNotReject, await awaitForRejection(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }

  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
  });

  // Show the frames of the original error below ours, without the frames both share.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const framesStart = origStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = origStack.slice(framesStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function checkMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string === 'string' &&
      (RegExp.prototype.exec.call(regexp, string) !== null) === wantMatch) {
    return;
  }
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
                `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

assert.match = function match(string, regexp, message) {
  checkMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, doesNotMatch);
};

// CallTracker is deprecated (DEP0173): the first construction warns, once.
function deprecateCallTracker() {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173',
                          deprecated);
    }
    if (new.target) return Reflect.construct(CallTracker, args, new.target);
    return Reflect.apply(CallTracker, this, args);
  }
  Object.setPrototypeOf(deprecated, CallTracker);
  deprecated.prototype = CallTracker.prototype;
  return deprecated;
}

assert.CallTracker = deprecateCallTracker();

function checkTruthy(fn, argCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = messageFromSource(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// assert.ok(value) without a message: show the source text of the failing call, read from
// the caller's file at the position its stack frame gives.

const sourceMessageCache = new Map();

function stackTraceLimitIsWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable :
    desc.set !== undefined;
}

// The caller's frame as { file, line, column } (1-based), or undefined when it has no
// readable location (eval code, native frames).
function callerLocation(fn) {
  const writable = stackTraceLimitIsWritable();
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  let stack;
  try {
    if (writable) Error.stackTraceLimit = 1;
    // A user's Error.prepareStackTrace must not change the text parsed here.
    if (prepare !== undefined) Error.prepareStackTrace = undefined;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    stack = holder.stack;
  } finally {
    if (writable) Error.stackTraceLimit = limit;
    if (prepare !== undefined) Error.prepareStackTrace = prepare;
  }
  if (typeof stack !== 'string') return;
  const frame = stack.split('\n').find((line) => line.startsWith('    at '));
  if (frame === undefined) return;
  return parseFrame(frame.slice(7));
}

function parseFrame(text) {
  let location = text;
  if (text.endsWith(')')) {
    // "name (location)"; the name part has no " (" in it, the location may.
    const open = text.indexOf(' (');
    if (open !== -1) location = text.slice(open + 2, -1);
  }
  if (location.startsWith('eval at ')) return;
  const match = /^(.+):(\d+):(\d+)$/.exec(location);
  if (match === null) return;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}

// The path of a file: URL (ES modules are named by their URL in stack frames).
function pathFromFileURL(url) {
  let rest = url.slice('file://'.length);
  if (rest.startsWith('localhost/')) rest = rest.slice('localhost'.length);
  if (!rest.startsWith('/')) return;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

function readSource(file) {
  if (file.startsWith('file:')) {
    file = pathFromFileURL(file);
    if (file === undefined) return;
  }
  let text;
  try {
    text = internalBinding('fs').readFileUtf8(file, 0);
  } catch {
    return;
  }
  return typeof text === 'string' ? text : undefined;
}

function messageFromSource(fn) {
  const location = callerLocation(fn);
  if (location === undefined) return;
  const { file, line, column } = location;
  // Assertions inside built-in modules are not explained with their source.
  if (file.startsWith('node:')) return;
  const key = `${file}\n${line}\n${column}`;
  if (sourceMessageCache.has(key)) return sourceMessageCache.get(key);

  let message;
  const source = readSource(file);
  if (source !== undefined) {
    let lineStart = 0;
    for (let n = 1; n < line && lineStart !== -1; n++) {
      lineStart = source.indexOf('\n', lineStart);
      if (lineStart !== -1) lineStart++;
    }
    if (lineStart !== -1) {
      const found = findCallAt(source.slice(lineStart), column - 1);
      if (found !== undefined) message = formatSourceMessage(found.text, found.start);
    }
  }
  sourceMessageCache.set(key, message);
  return message;
}

const controlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControlCharacter(ch) {
  const code = ch.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function formatSourceMessage(text, column) {
  text = text.replace(controlCharacters, escapeControlCharacter);
  if (text.includes('\n')) {
    // Later lines lose the indentation the first line had.
    const lines = text.split('\n');
    text = lines[0];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      let pos = 0;
      while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
      text += `\n  ${line.slice(pos)}`;
    }
  }
  return `The expression evaluated to a falsy value:\n\n  ${text}\n`;
}

// A small JavaScript tokenizer, enough to find the extent of the call expression that a
// stack frame points into: it knows comments, strings, template literals, regular
// expression literals and brackets.

const punctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
];

// Words after which an expression starts (so `/` begins a regular expression and a bracket
// does not continue the previous operand).
const operatorKeywords = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import',
  'in', 'instanceof', 'let', 'new', 'of', 'return', 'static', 'switch', 'throw', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield',
]);

const identifierStart = /[A-Za-z_$\u0080-\uffff#\\]/;
const identifierPart = /[\w$\u0080-\uffff\\]/;
const numberPattern =
  /(?:0[xXoObB][\da-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?)/y;

// Does `token` end an operand (so that a following `(`, `[` or `.` continues it)?
function endsOperand(token) {
  if (token === undefined) return false;
  switch (token.type) {
    case 'name':
      return !operatorKeywords.has(token.value);
    case 'punct':
      return token.value === ')' || token.value === ']';
    default:
      return true;
  }
}

function regexAllowed(prev) {
  if (prev === undefined) return true;
  if (prev.type === 'name') return operatorKeywords.has(prev.value);
  if (prev.type === 'punct') return prev.value !== ')' && prev.value !== ']' && prev.value !== '}';
  return false;
}

function skipSpaceAndComments(code, pos) {
  while (pos < code.length) {
    const ch = code[pos];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f' ||
        ch === '\u00a0' || ch === '\ufeff' || ch === '\u2028' || ch === '\u2029') {
      pos++;
    } else if (ch === '/' && code[pos + 1] === '/') {
      const end = code.indexOf('\n', pos);
      pos = end === -1 ? code.length : end;
    } else if (ch === '/' && code[pos + 1] === '*') {
      const end = code.indexOf('*/', pos + 2);
      if (end === -1) return -1;
      pos = end + 2;
    } else {
      break;
    }
  }
  return pos;
}

function skipString(code, pos) {
  const quote = code[pos];
  for (let i = pos + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === quote) {
      return i + 1;
    } else if (ch === '\n') {
      return -1;
    }
  }
  return -1;
}

function skipRegExp(code, pos) {
  let inClass = false;
  for (let i = pos + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '\n') {
      return -1;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '/') {
      i++;
      while (i < code.length && identifierPart.test(code[i])) i++;
      return i;
    }
  }
  return -1;
}

// The end of the template literal starting at `pos` (or -1); the ranges of its embedded
// expressions are added to `regions` when given.
function skipTemplate(code, pos, regions) {
  for (let i = pos + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '`') {
      return i + 1;
    } else if (ch === '$' && code[i + 1] === '{') {
      // Skip the embedded expression up to its closing brace.
      let depth = 0;
      let prev;
      let p = i + 2;
      for (;;) {
        const token = readToken(code, p, prev);
        if (token === undefined) return -1;
        if (token.value === '{') depth++;
        if (token.value === '}') {
          if (depth === 0) {
            if (regions !== undefined) regions.push([i + 2, token.start]);
            i = token.end - 1;
            break;
          }
          depth--;
        }
        prev = token;
        p = token.end;
      }
    }
  }
  return -1;
}

// The next token at or after `pos`, or undefined at the end or on malformed input.
function readToken(code, pos, prev) {
  const start = skipSpaceAndComments(code, pos);
  if (start === -1 || start >= code.length) return;
  const ch = code[start];
  let end;
  let type;
  if (ch === '"' || ch === "'") {
    type = 'string';
    end = skipString(code, start);
  } else if (ch === '`') {
    type = 'template';
    end = skipTemplate(code, start);
  } else if (ch === '/' && regexAllowed(prev)) {
    type = 'regexp';
    end = skipRegExp(code, start);
  } else if ((ch >= '0' && ch <= '9') || (ch === '.' && code[start + 1] >= '0' &&
                                          code[start + 1] <= '9')) {
    type = 'number';
    numberPattern.lastIndex = start;
    numberPattern.test(code);
    end = numberPattern.lastIndex;
  } else if (identifierStart.test(ch)) {
    type = 'name';
    end = start + 1;
    while (end < code.length && identifierPart.test(code[end])) end++;
  } else {
    type = 'punct';
    end = start + 1;
    for (const p of punctuators) {
      if (code.startsWith(p, start)) {
        // `a?.5:b` is a conditional, not optional chaining.
        if (p === '?.' && code[start + 2] >= '0' && code[start + 2] <= '9') continue;
        end = start + p.length;
        break;
      }
    }
  }
  if (end === -1) return;
  return { type, value: code.slice(start, end), start, end };
}

const closers = { '(': ')', '[': ']', '{': '}' };

const binaryOperators = new Set([
  '+', '-', '*', '/', '%', '**', '<<', '>>', '>>>', '<', '>', '<=', '>=', '==', '!=', '===',
  '!==', '&', '^', '|', '&&', '||', '??', 'in', 'instanceof',
]);
const assignmentOperators = new Set([
  '=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=',
  '||=', '??=',
]);
const prefixOperators = new Set([
  '!', '~', '+', '-', '++', '--', 'typeof', 'void', 'delete', 'await',
]);
// Words that cannot start an expression.
const statementKeywords = new Set([
  'break', 'case', 'catch', 'const', 'continue', 'debugger', 'default', 'do', 'else', 'export',
  'extends', 'finally', 'for', 'if', 'in', 'instanceof', 'return', 'switch', 'throw', 'try',
  'var', 'while', 'with',
]);

// The token stream of `code` (from the start of the line of the call), read on demand.
function createTokenStream(code, from) {
  const tokens = [];
  const closingCache = new Map();
  let pos = from;
  let prev;
  let done = false;

  const at = (index) => {
    while (!done && index >= tokens.length) {
      const token = readToken(code, pos, prev);
      if (token === undefined) {
        done = true;
        break;
      }
      tokens.push(token);
      prev = token;
      pos = token.end;
    }
    return tokens[index];
  };

  const is = (index, value) => {
    const token = at(index);
    return token !== undefined && token.value === value &&
      (token.type === 'punct' || token.type === 'name');
  };

  // Index of the token closing the bracket opened at `index`, or -1.
  const closing = (index) => {
    const cached = closingCache.get(index);
    if (cached !== undefined) return cached;
    const expected = [closers[at(index).value]];
    let result = -1;
    for (let i = index + 1; ; i++) {
      const token = at(i);
      if (token === undefined) break;
      if (token.type !== 'punct') continue;
      if (closers[token.value] !== undefined) {
        expected.push(closers[token.value]);
      } else if (token.value === ')' || token.value === ']' || token.value === '}') {
        if (expected.pop() !== token.value) break;
        if (expected.length === 0) {
          result = i;
          break;
        }
      }
    }
    closingCache.set(index, result);
    return result;
  };

  // Index of the token opening the bracket closed at `index`, or -1.
  const opening = (index) => {
    const close = at(index).value;
    const open = close === ')' ? '(' : close === ']' ? '[' : '{';
    let depth = 0;
    for (let i = index; i >= 0; i--) {
      if (tokens[i].type !== 'punct') continue;
      if (tokens[i].value === close) depth++;
      if (tokens[i].value === open && --depth === 0) return i;
    }
    return -1;
  };

  const newlineBetween = (a, b) => code.slice(at(a).end, at(b).start).includes('\n');

  return { at, is, closing, opening, newlineBetween, tokens };
}

// A recognizer for JavaScript expressions over the token stream: returns the index after
// the expression starting at `i`, or -1 where parsing it would fail. Bracketed parts
// (arguments, literals, function bodies) are taken as they are.
function createExpressionParser(stream) {
  const { at, is, closing } = stream;

  const skipGroup = (i) => {
    const end = closing(i);
    return end === -1 ? -1 : end + 1;
  };

  function expression(i) {
    i = assignment(i);
    while (i !== -1 && is(i, ',')) i = assignment(i + 1);
    return i;
  }

  function arrowBody(i) {
    return is(i, '{') ? skipGroup(i) : assignment(i);
  }

  function assignment(i) {
    const token = at(i);
    if (token === undefined) return -1;
    if (token.type === 'name' && !statementKeywords.has(token.value) && is(i + 1, '=>')) {
      return arrowBody(i + 2);
    }
    if (token.value === 'async' && token.type === 'name') {
      const next = at(i + 1);
      if (next !== undefined && next.type === 'name' && is(i + 2, '=>')) return arrowBody(i + 3);
      if (is(i + 1, '(')) {
        const after = skipGroup(i + 1);
        if (after !== -1 && is(after, '=>')) return arrowBody(after + 1);
      }
    }
    if (is(i, '(')) {
      const after = skipGroup(i);
      if (after === -1) return -1;
      if (is(after, '=>')) return arrowBody(after + 1);
    }
    const end = conditional(i);
    if (end === -1) return -1;
    const next = at(end);
    if (next !== undefined && next.type === 'punct' && assignmentOperators.has(next.value)) {
      return assignment(end + 1);
    }
    return end;
  }

  function conditional(i) {
    const end = binary(i);
    if (end === -1 || !is(end, '?')) return end;
    const middle = assignment(end + 1);
    if (middle === -1 || !is(middle, ':')) return -1;
    return assignment(middle + 1);
  }

  function binary(i) {
    let end = unary(i);
    for (;;) {
      if (end === -1) return -1;
      const next = at(end);
      if (next === undefined || !binaryOperators.has(next.value) ||
          (next.type !== 'punct' && next.type !== 'name')) {
        return end;
      }
      end = unary(end + 1);
    }
  }

  function unary(i) {
    const token = at(i);
    if (token === undefined) return -1;
    if ((token.type === 'punct' || token.type === 'name') && prefixOperators.has(token.value)) {
      return unary(i + 1);
    }
    const end = leftHandSide(i);
    if (end !== -1 && (is(end, '++') || is(end, '--')) && !stream.newlineBetween(end - 1, end)) {
      return end + 1;
    }
    return end;
  }

  function suffixes(i) {
    for (;;) {
      const token = at(i);
      if (token === undefined) return i;
      if (token.type === 'template') {
        i++;
      } else if (token.type !== 'punct') {
        return i;
      } else if (token.value === '.' || token.value === '?.') {
        const next = at(i + 1);
        if (next === undefined) return -1;
        if (next.type === 'name') {
          i += 2;
        } else if (token.value === '?.' && (next.value === '(' || next.value === '[')) {
          i = skipGroup(i + 1);
          if (i === -1) return -1;
        } else {
          return -1;
        }
      } else if (token.value === '(' || token.value === '[') {
        i = skipGroup(i);
        if (i === -1) return -1;
      } else {
        return i;
      }
    }
  }

  function leftHandSide(i) {
    if (is(i, 'new') && at(i).type === 'name') {
      if (is(i + 1, '.')) return suffixes(i + 3);
      let end = newCallee(i + 1);
      if (end === -1) return -1;
      if (is(end, '(')) end = skipGroup(end);
      return end === -1 ? -1 : suffixes(end);
    }
    const end = primary(i);
    return end === -1 ? -1 : suffixes(end);
  }

  // The constructor in `new X.y[z]`, without an argument list.
  function newCallee(i) {
    if (is(i, 'new') && at(i).type === 'name') {
      const inner = newCallee(i + 1);
      if (inner === -1) return -1;
      return is(inner, '(') ? skipGroup(inner) : inner;
    }
    let end = primary(i);
    for (;;) {
      if (end === -1) return -1;
      const token = at(end);
      if (token === undefined) return end;
      if (token.type === 'template') {
        end++;
      } else if (token.value === '.' && token.type === 'punct') {
        const next = at(end + 1);
        if (next === undefined || next.type !== 'name') return -1;
        end += 2;
      } else if (token.value === '[' && token.type === 'punct') {
        end = skipGroup(end);
      } else {
        return end;
      }
    }
  }

  function primary(i) {
    const token = at(i);
    if (token === undefined) return -1;
    switch (token.type) {
      case 'number':
      case 'string':
      case 'template':
      case 'regexp':
        return i + 1;
      case 'name':
        break;
      default:
        if (token.value === '(') {
          // `()` is only valid as arrow parameters.
          if (is(i + 1, ')')) return -1;
          return skipGroup(i);
        }
        if (token.value === '[' || token.value === '{') return skipGroup(i);
        return -1;
    }
    const word = token.value;
    if (statementKeywords.has(word)) return -1;
    if (word === 'function' || (word === 'async' && is(i + 1, 'function') &&
                                !stream.newlineBetween(i, i + 1))) {
      let j = word === 'async' ? i + 2 : i + 1;
      if (is(j, '*')) j++;
      if (at(j) !== undefined && at(j).type === 'name') j++;
      if (!is(j, '(')) return -1;
      j = skipGroup(j);
      if (j === -1 || !is(j, '{')) return -1;
      return skipGroup(j);
    }
    if (word === 'class') {
      let j = i + 1;
      if (at(j) !== undefined && at(j).type === 'name' && !is(j, 'extends')) j++;
      if (is(j, 'extends')) {
        j = leftHandSide(j + 1);
        if (j === -1) return -1;
      }
      if (!is(j, '{')) return -1;
      return skipGroup(j);
    }
    return i + 1;
  }

  return expression;
}

// Finds the call expression that the stack frame position `offset` of `code` points into
// and returns its text and start, as Node does: starting at each token of the line in turn,
// the first complete expression that covers the position gives the innermost call around
// it. Undefined when there is none (then the plain "value == true" message is used).
function findCallAt(code, offset, from = 0) {
  const stream = createTokenStream(code, from);
  const { at, is, closing, opening } = stream;

  // The token at the frame position.
  let pos = -1;
  for (let i = 0; ; i++) {
    const token = at(i);
    if (token === undefined || token.start > offset) return;
    if (token.end > offset) {
      pos = i;
      break;
    }
  }

  // Inside a template literal: look in the embedded expression that holds the position.
  if (at(pos).type === 'template' && offset > at(pos).start) {
    const regions = [];
    skipTemplate(code, at(pos).start, regions);
    for (const [from, to] of regions) {
      if (from <= offset && offset < to) {
        const found = findCallAt(code.slice(0, to), offset, from);
        return found;
      }
    }
    return;
  }

  // Index of the first token of the operand that ends at `index`.
  const operandStart = (index) => {
    const token = at(index);
    if (token.type === 'punct' && (token.value === ')' || token.value === ']')) {
      return opening(index);
    }
    return index;
  };
  // The first token of the member/call chain whose link starts at `index`.
  const chainStart = (index) => {
    let start = index;
    for (;;) {
      const token = at(start);
      const before = at(start - 1);
      if (before === undefined) return start;
      if (token.type === 'punct' && (token.value === '(' || token.value === '[') &&
          endsOperand(before)) {
        start = operandStart(start - 1);
      } else if (before.type === 'punct' && (before.value === '.' || before.value === '?.') &&
                 endsOperand(at(start - 2))) {
        start = operandStart(start - 2);
      } else {
        return start;
      }
      if (start === -1) return -1;
    }
  };

  // V8 points at the callee's last name, or at the argument list itself when the callee is
  // not a plain name.
  let callOpen = -1;
  let callStart;
  const first = at(pos);
  if (first.type === 'punct' && first.value === '(' && endsOperand(at(pos - 1))) {
    const before = at(pos - 1);
    if (before.type === 'punct' && before.value === ')') {
      const open = opening(pos - 1);
      if (open > 0 && endsOperand(at(open - 1))) {
        // The callee is itself a call ending right at the position: that inner call is the
        // innermost one around it.
        const start = chainStart(open);
        if (start === -1) return;
        return finish(start, pos - 1);
      }
    }
    callOpen = pos;
  } else {
    let i = pos;
    if (first.type === 'punct') {
      if (closers[first.value] === undefined) return;
      i = closing(pos);
      if (i === -1) return;
    }
    for (i++; callOpen === -1;) {
      const token = at(i);
      if (token === undefined || token.type !== 'punct') return;
      if (token.value === '(') {
        callOpen = i;
      } else if (token.value === '[') {
        i = closing(i);
        if (i === -1) return;
        i++;
      } else if (token.value === '.' || token.value === '?.') {
        const after = at(i + 1);
        if (after === undefined) return;
        if (after.type === 'name') {
          i += 2;
        } else if (token.value === '?.' && (after.value === '(' || after.value === '[')) {
          i++;
        } else {
          return;
        }
      } else {
        return;
      }
    }
  }
  const callClose = closing(callOpen);
  if (callClose === -1) return;
  callStart = chainStart(pos);
  if (callStart === -1) return;
  if (callStart !== pos && callStart > 0 && is(callStart - 1, 'new')) callStart--;
  return finish(callStart, callClose);

  function finish(startIndex, endIndex) {
    const from = at(startIndex).start;
    const to = at(endIndex).end;
    // Node only gets here through a complete expression starting at some token of the line
    // up to the position (a trailing comma before `]` spoils every one of them).
    const parse = createExpressionParser(stream);
    for (let t = 0; at(t) !== undefined && at(t).start <= offset; t++) {
      const end = parse(t);
      if (end === -1) continue;
      if (at(t).start <= from && at(end - 1).end >= to) {
        return { text: code.slice(from, to), start: from };
      }
    }
  }
}

assert.strict = function strict(...args) {
  checkTruthy(strict, args.length, ...args);
};
Object.assign(assert.strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
