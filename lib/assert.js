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
        const name = (actual.constructor && actual.constructor.name) || actual.name;
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
    if (error && error.name) details += ` (${error.name})`;
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

function readSource(file) {
  if (file.startsWith('file:')) {
    const { fileURLToPath } = require('url');
    file = fileURLToPath(file);
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

function skipTemplate(code, pos) {
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

// Finds the innermost call expression that contains the character at `offset` of `code`
// (the call whose callee the stack frame points at) and returns its text and start.
function findCallAt(code, offset) {
  const tokens = [];
  let prev;
  let pos = 0;
  let at = -1;
  // Tokens up to the one at the frame position.
  while (at === -1) {
    const token = readToken(code, pos, prev);
    if (token === undefined || token.start > offset) return;
    tokens.push(token);
    if (token.end > offset) at = tokens.length - 1;
    prev = token;
    pos = token.end;
  }

  const next = () => {
    const token = readToken(code, pos, prev);
    if (token !== undefined) {
      tokens.push(token);
      prev = token;
      pos = token.end;
    }
    return token;
  };
  const tokenAt = (index) => (index < tokens.length ? tokens[index] : next());
  // Index of the token closing the bracket opened at `index`.
  const closing = (index) => {
    const stack = [closers[tokens[index].value]];
    for (let i = index + 1; ; i++) {
      const token = tokenAt(i);
      if (token === undefined) return -1;
      if (token.type !== 'punct') continue;
      if (closers[token.value] !== undefined) {
        stack.push(closers[token.value]);
      } else if (token.value === ')' || token.value === ']' || token.value === '}') {
        if (stack.pop() !== token.value) return -1;
        if (stack.length === 0) return i;
      }
    }
  };
  // Index of the first token of the operand that ends at `index`.
  const operandStart = (index) => {
    const value = tokens[index].value;
    if (tokens[index].type === 'punct' && (value === ')' || value === ']')) {
      const opener = value === ')' ? '(' : '[';
      let depth = 0;
      for (let i = index; i >= 0; i--) {
        if (tokens[i].type !== 'punct') continue;
        if (tokens[i].value === value) depth++;
        if (tokens[i].value === opener && --depth === 0) return i;
      }
      return -1;
    }
    return index;
  };

  // Forward: over the callee (a member chain) to the argument list. V8 points at the callee's
  // last name, or at the argument list itself when the callee is not a plain name.
  const first = tokens[at];
  let callOpen = -1;
  let i = at;
  if (first.type === 'punct') {
    if (first.value === '(' && endsOperand(tokens[at - 1])) {
      callOpen = at;
    } else {
      if (closers[first.value] === undefined) return;
      i = closing(at);
      if (i === -1) return;
    }
  }
  for (i++; callOpen === -1;) {
    const token = tokenAt(i);
    if (token === undefined || token.type !== 'punct') return;
    if (token.value === '(') {
      callOpen = i;
    } else if (token.value === '[') {
      i = closing(i);
      if (i === -1) return;
      i++;
    } else if (token.value === '.' || token.value === '?.') {
      const after = tokenAt(i + 1);
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
  const callClose = closing(callOpen);
  if (callClose === -1) return;

  // Backward: to the start of the object the callee is a member of, if any.
  let start = at;
  for (;;) {
    const before = tokens[start - 1];
    if (before === undefined) break;
    const startValue = tokens[start].value;
    if (tokens[start].type === 'punct' && (startValue === '(' || startValue === '[') &&
        endsOperand(before)) {
      const s = operandStart(start - 1);
      if (s === -1) return;
      start = s;
    } else if (before.type === 'punct' && (before.value === '.' || before.value === '?.') &&
               endsOperand(tokens[start - 2])) {
      const s = operandStart(start - 2);
      if (s === -1) return;
      start = s;
    } else {
      break;
    }
  }
  if (start !== at && tokens[start - 1] !== undefined && tokens[start - 1].value === 'new' &&
      tokens[start - 1].type === 'name') {
    start--;
  }

  const from = tokens[start].start;
  return { text: code.slice(from, tokens[callClose].end), start: from };
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
