'use strict';
// AssertionError, the error every failing assert.* call throws, and the messages Node 20
// generates for it: the "+ actual - expected" line diff, the one-line forms and the
// "not ..." forms.

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Escape sequences used when stderr is a terminal with colors; empty otherwise.
let blue = '';
let green = '';
let red = '';
let white = '';

const readableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Below this many characters for both sides together, primitives are shown as `a !== b`.
const kMaxShortLength = 12;
// Longest "not equal" listing before it is cut, and where the cut goes.
const kMaxListedLines = 50;
const kListedLinesKept = 46;

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

function refreshColors() {
  const stderr = process.stderr;
  if (!stderr.isTTY) return;
  if (typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    red = '\u001b[31m';
    white = '\u001b[39m';
  } else {
    blue = green = red = white = '';
  }
}

function stripColors(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[\d\d?m/g, '');
}

function inspectValue(value) {
  return lazyInspect()(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A stand-in for an error that inspects without its stack, so that two errors are diffed by
// their contents only.
function errorWithoutStack(source) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(copy, 'message', { value: source.message });
  return copy;
}

function cutListing(lines) {
  if (lines.length > kMaxListedLines) {
    lines.length = kListedLinesKept + 1;
    lines[kListedLinesKept] = `${blue}...${white}`;
  }
  return lines.join('\n');
}

// A caret under the first difference of two one-line renderings (colors removed), when
// both fit on one terminal line and the difference is past their first characters.
function mismatchCaret(actualLine, expectedLine) {
  const width = process.stderr.isTTY ? process.stderr.columns : 80;
  if (actualLine.length + expectedLine.length >= width) return '';
  let column = 0;
  while (actualLine[column] === expectedLine[column]) column++;
  return column > 2 ? `\n  ${' '.repeat(column)}^` : '';
}

function diffMessage(actual, expected, operator, customMessage) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  let caret = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    // Lengths are measured without colors (util.inspect.defaultOptions.colors may be set).
    const colored = Boolean(lazyInspect().defaultOptions && lazyInspect().defaultOptions.colors);
    const actualRaw = colored ? stripColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colored ? stripColors(expectedLines[0]) : expectedLines[0];
    if (actualRaw.length + expectedRaw.length <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        const title = customMessage ? `${customMessage}` : readableOperator[operator];
        return `${title}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      caret = mismatchCaret(actualRaw, expectedRaw);
    }
  }

  // Identical lines at the end are cut off: the last three are kept, and the first of a
  // longer run is shown above a "..." marker.
  let tail = '';
  let tailRunTop = '';
  let tailRun = 0;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (tailRun++ < 3) {
      tail = `\n  ${line}${tail}`;
    } else {
      tailRunTop = line;
    }
  }

  const lineCount = Math.max(actualLines.length, expectedLines.length);
  if (lineCount === 0) {
    return `${readableOperator.notIdentical}\n\n${cutListing(actualText.split('\n'))}\n`;
  }

  let skipped = false;
  if (tailRun >= 5) {
    tail = `\n${blue}...${white}${tail}`;
    skipped = true;
  }
  if (tailRunTop !== '') tail = `\n  ${tailRunTop}${tail}`;

  const title = customMessage ? `${customMessage}` : readableOperator[operator];
  const header = `${title}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedNote = ` ${blue}...${white} Lines skipped`;

  // The side with more lines; its extra lines are printed as additions or removals.
  const longer = actualLines.length < lineCount ? expectedLines : actualLines;
  const shorterLength = longer === actualLines ? expectedLines.length : actualLines.length;

  let out = '';
  // Removed lines are held back so that a run of changes reads "+ + - -", not "+ - + -".
  let held = '';
  let printed = 0;
  let sameRun = 0;

  // Shows the end of a run of identical lines that is too long to have been printed as it
  // went: up to five lines in full, more as "..." plus the last two. Node takes them from the
  // actual side before a changed line and from the longer side before an extra line, which
  // shows when they differ by a trailing comma.
  const closeSameRun = (index, source) => {
    if (sameRun > 2) {
      if (sameRun > 3) {
        if (sameRun > 4) {
          if (sameRun === 5) {
            out += `\n  ${source[index - 3]}`;
            printed++;
          } else {
            out += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        out += `\n  ${source[index - 2]}`;
        printed++;
      }
      out += `\n  ${source[index - 1]}`;
      printed++;
    }
    sameRun = 0;
  };

  for (let i = 0; i < lineCount; i++) {
    if (i >= shorterLength) {
      closeSameRun(i, longer);
      if (longer === actualLines) {
        out += `\n${green}+${white} ${longer[i]}`;
      } else {
        held += `\n${red}-${white} ${longer[i]}`;
      }
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that differs only by a trailing comma (the last element on one side) counts
      // as identical.
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        closeSameRun(i, actualLines);
        out += `\n${green}+${white} ${actualLine}`;
        held += `\n${red}-${white} ${expectedLine}`;
        printed += 2;
      } else {
        out += held;
        held = '';
        sameRun++;
        if (sameRun <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > kMaxListedLines && i < lineCount - 2) {
      return `${header}${skippedNote}\n${out}\n${blue}...${white}${held}\n${blue}...${white}`;
    }
  }

  return `${header}${skipped ? skippedNote : ''}\n${out}${held}${tail}${caret}`;
}

function notEqualMessage(actual, operator) {
  let base = readableOperator[operator];
  if (operator === 'notStrictEqual' &&
      (isObjectLike(actual) || typeof actual === 'function')) {
    base = readableOperator.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${cutListing(lines)}\n`;
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function otherMessage(actual, expected, operator) {
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  const known = readableOperator[operator];
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    return truncate(`${known}\n\n${actualText}`, 1024);
  }
  const left = truncate(actualText, 512);
  const right = truncate(expectedText, 512);
  if (operator === 'deepEqual') {
    return `${known}\n\n${left}\n\nshould loosely deep-equal\n\n${right}`;
  }
  const unequal = readableOperator[`${operator}Unequal`];
  if (unequal) {
    return `${unequal}\n\n${left}\n\nshould not loosely deep-equal\n\n${right}`;
  }
  return `${left} ${operator} ${right}`;
}

function stackTraceLimitIsWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable :
    desc.set !== undefined;
}

// Long strings are shortened when an AssertionError itself is inspected.
function shortenForInspection(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  // Node keeps the part after the first 512 characters here.
  if (text.length > 512) return `${text.slice(512)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    const { validateObject } = require('internal/validators');
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Older name of stackStartFn, still accepted.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    // The stack is captured once below, starting at stackStartFn; not here.
    const limit = Error.stackTraceLimit;
    const limitWritable = stackTraceLimitIsWritable();
    if (limitWritable) Error.stackTraceLimit = 0;

    const showsDiff = operator === 'deepStrictEqual' || operator === 'strictEqual';
    if (message != null && !showsDiff) {
      super(String(message));
    } else {
      refreshColors();
      if (message == null && isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        // Compare copies, so that the message holds no stack traces.
        actual = errorWithoutStack(actual);
        expected = errorWithoutStack(expected);
      }
      if (showsDiff) {
        // A custom message replaces the first line of the diff.
        super(diffMessage(actual, expected, operator, message));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        super(notEqualMessage(actual, operator));
      } else {
        super(otherMessage(actual, expected, operator));
      }
    }

    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Format the stack now, while the name still carries the code, as Node shows it.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [customInspectSymbol](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shortenForInspection(this.actual);
    if (typeof this.expected === 'string') this.expected = shortenForInspection(this.expected);
    // actual and expected are shown at depth 0 only: the message already has them in full.
    const result = lazyInspect()(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = AssertionError;
