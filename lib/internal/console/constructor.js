'use strict';
// The Console class (console.Console): formatting, groups, timers, counters and tables over
// two writable streams. lib/internal/console/global.js builds the global console from it.

// Keys of state kept on each console; the descriptions match Node's, so that what
// `Reflect.ownKeys(console)` shows is the same.
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// The inspectOptions given to the constructor; kept off the instance as Node does.
const inspectOptionsOf = new WeakMap();

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function noop() {}

// Node's rule for 'auto' colour: FORCE_COLOR decides for every stream; otherwise a TTY
// that reports more than two colours (or cannot say).
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return stream != null && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode: colorModeOption,
    inspectOptions,
    groupIndentation,
  } = options;
  const colorMode = colorModeOption === undefined ? 'auto' : colorModeOption;

  const { codes } = require('internal/errors');
  if (!stdout || typeof stdout.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  const validators = require('internal/validators');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    validators.validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  }
  if (groupIndentation !== undefined) {
    validators.validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validators.validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && colorModeOption !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsOf.set(this, inspectOptions);
  }

  // Own bound copies of the methods, so that `const { log } = console` works. A subclass's
  // overrides are the ones bound.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance[kIsConsole];
  },
});

// Called back by stream.write(): an asynchronous write error would be emitted as 'error'
// and crash the process; console output is best-effort, so give it a listener once.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && !stream._writableState.errorEmitted) {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
    }
  };
}

const hiddenValue = { writable: true, enumerable: false, configurable: true };

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    ...hiddenValue,
    value(stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { ...hiddenValue, value: stdout },
        _stderr: { ...hiddenValue, value: stderr },
      });
    },
  },

  // For the global console: process.stdout and process.stderr are created on first use.
  [kBindStreamsLazy]: {
    ...hiddenValue,
    value(object) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        _stdout: {
          enumerable: false,
          configurable: true,
          get() { return stdout === undefined ? (stdout = object.stdout) : stdout; },
          set(value) { stdout = value; },
        },
        _stderr: {
          enumerable: false,
          configurable: true,
          get() { return stderr === undefined ? (stderr = object.stderr) : stderr; },
          set(value) { stderr = value; },
        },
      });
    },
  },

  [kBindProperties]: {
    ...hiddenValue,
    value(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { ...hiddenValue, value: createWriteErrorHandler(this, kUseStdout) },
        _stderrErrorHandler: { ...hiddenValue, value: createWriteErrorHandler(this, kUseStderr) },
        _ignoreErrors: { ...hiddenValue, value: Boolean(ignoreErrors) },
        _times: { ...hiddenValue, value: new Map() },
        [kCounts]: { ...hiddenValue, value: new Map() },
        [kColorMode]: { ...hiddenValue, value: colorMode },
        [kIsConsole]: { ...hiddenValue, value: true },
        [kGroupIndent]: { ...hiddenValue, value: '' },
        [kGroupIndentWidth]: { ...hiddenValue, value: groupIndentation },
        [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true,
                                value: 'console' },
      });
    },
  },

  [kWriteToConsole]: {
    ...hiddenValue,
    value(streamSymbol, string) {
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      const groupIndent = this[kGroupIndent];
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';

      if (this._ignoreErrors === false) return stream.write(string);

      // A write may fail synchronously (files, TTYs) or later (pipes): a temporary listener
      // keeps a synchronous 'error' from throwing, the callback handles the later one.
      try {
        if (stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
      } catch (err) {
        // Swallowing a stack overflow would hide the real problem from the user.
        if (require('internal/errors').isStackOverflowError(err)) throw err;
      } finally {
        stream.removeListener('error', noop);
      }
    },
  },

  [kGetInspectOptions]: {
    ...hiddenValue,
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = inspectOptionsOf.get(this);
      if (options !== undefined) {
        // As in Node, the first use fixes the colour choice in the user's options object.
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },

  [kFormatForStdout]: {
    ...hiddenValue,
    value(args) {
      return lazyInspect().formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
    },
  },

  [kFormatForStderr]: {
    ...hiddenValue,
    value(args) {
      return lazyInspect().formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
    },
  },
});

// "1.234ms", "1.234s", "1:02.345 (m:ss.mmm)", "1:02:03.456 (h:mm:ss.mmm)".
function formatTime(ms) {
  const kSecond = 1000;
  const kMinute = 60 * kSecond;
  const kHour = 60 * kMinute;
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const pad = (n) => String(n).padStart(2, '0');
    if (hours !== 0) {
      return `${hours}:${pad(minutes)}:${pad(whole)}.${fraction} (h:mm:ss.mmm)`;
    }
    return `${minutes}:${pad(whole)}.${fraction} (m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function logElapsed(console, methodName, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${methodName}()`);
    return false;
  }
  const [seconds, nanoseconds] = process.hrtime(start);
  const elapsed = formatTime(seconds * 1000 + nanoseconds / 1e6);
  if (data === undefined) {
    console.log('%s: %s', label, elapsed);
  } else {
    console.log('%s: %s', label, elapsed, ...data);
  }
  return true;
}

// console.table(): the header names Node prints.
const kIndexKey = '(index)';
const kIterationKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

// Renders columns (arrays of already formatted cells, indexed by row; a hole is an empty
// cell) under their header as Node 20's box-drawn table, cells aligned left.
function renderTable(head, columns) {
  const { getStringWidth } = lazyInspect();
  let rowCount = 0;
  for (const column of columns) rowCount = Math.max(rowCount, column.length);

  const widths = head.map((name) => getStringWidth(name));
  const rows = [];
  for (let r = 0; r < rowCount; r++) rows.push([]);
  for (let c = 0; c < head.length; c++) {
    const column = columns[c];
    for (let r = 0; r < rowCount; r++) {
      const cell = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      rows[r][c] = cell;
      widths[c] = Math.max(widths[c] || 0, getStringWidth(cell));
    }
  }

  const renderRow = (cells) => {
    let line = '│ ';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      line += cell + ' '.repeat(widths[c] - getStringWidth(cell));
      if (c !== cells.length - 1) line += ' │ ';
    }
    return `${line} │`;
  };
  const rules = widths.map((width) => '─'.repeat(width + 2));

  let out = `┌${rules.join('┬')}┐\n${renderRow(head)}\n├${rules.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row)}\n`;
  return `${out}└${rules.join('┴')}┘`;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    const { inspect } = lazyInspect();
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (logElapsed(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logElapsed(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = args.length === 0 ? 'Assertion failed' : `Assertion failed: ${args[0]}`;
      // warn() formats the remaining arguments.
      Reflect.apply(this.warn, this, args);
    }
  },

  // Only a terminal can be cleared: cursor to the top left, then erase below it.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H');
      this._stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) || 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  // Node looks the label up before turning it into a string: countReset(1) after count(1)
  // warns.
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    this[kGroupIndent] =
      this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) {
      require('internal/validators').validateArray(properties, 'properties');
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const { inspect } = lazyInspect();
    const types = internalBinding('types');
    const printTable = (head, columns) => this.log(renderTable(head, columns));
    const cell = (value) => {
      // Objects with many keys collapse to [Object]; arrays are cut after three items.
      const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
        Object.keys(value).length > 2 ? -1 : 0;
      return inspect(value, {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      });
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

    const isMapIterator = types.isMapIterator(tabularData);
    let entriesArePairs = false;
    if (isMapIterator) {
      [tabularData, entriesArePairs] =
        internalBinding('util').previewEntries(tabularData, true);
    }

    if (entriesArePairs || types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      if (isMapIterator) {
        // The preview of a map's entries() is flat: key, value, key, value...
        for (let i = 0; i + 1 < tabularData.length; i += 2) {
          keys.push(cell(tabularData[i]));
          values.push(cell(tabularData[i + 1]));
        }
      } else {
        for (const [key, value] of tabularData) {
          keys.push(cell(key));
          values.push(cell(value));
        }
      }
      return printTable([kIterationKey, kKeyKey, kValuesKey],
                        [indexColumn(keys.length), keys, values]);
    }

    const isSetIterator = types.isSetIterator(tabularData);
    if (isSetIterator) tabularData = internalBinding('util').previewEntries(tabularData);

    if (isSetIterator || isMapIterator || types.isSet(tabularData)) {
      const values = [];
      for (const value of tabularData) values.push(cell(value));
      return printTable([kIterationKey, kValuesKey], [indexColumn(values.length), values]);
    }

    const columnsByKey = { __proto__: null };
    const primitiveValues = [];
    let hasPrimitives = false;
    const indexKeys = Object.keys(tabularData);
    for (let row = 0; row < indexKeys.length; row++) {
      const item = tabularData[indexKeys[row]];
      const isPrimitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && isPrimitive) {
        hasPrimitives = true;
        primitiveValues[row] = cell(item);
        continue;
      }
      for (const key of properties || Object.keys(item)) {
        const column = columnsByKey[key] || (columnsByKey[key] = []);
        column[row] = (isPrimitive && properties) ||
          !Object.prototype.hasOwnProperty.call(item, key) ? '' : cell(item[key]);
      }
    }

    const head = [kIndexKey, ...Object.keys(columnsByKey)];
    const columns = [indexKeys, ...Object.values(columnsByKey)];
    if (hasPrimitives) {
      head.push(kValuesKey);
      columns.push(primitiveValues);
    }
    return printTable(head, columns);
  },
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

Object.assign(Console.prototype, consoleMethods);

// Methods of V8's own console object (profile, profileEnd, timeStamp, context, createTask)
// that ours lacks; the bootstrap passes V8's console before replacing globalThis.console.
function addVMConsoleMethods(target, consoleFromVM) {
  for (const key of Reflect.ownKeys(consoleFromVM)) {
    if (Object.prototype.hasOwnProperty.call(target, key)) continue;
    const desc = Reflect.getOwnPropertyDescriptor(consoleFromVM, key);
    if (typeof desc.value !== 'function') continue;
    Reflect.defineProperty(target, key, { ...desc, enumerable: true });
  }
}

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  formatTime,
  addVMConsoleMethods,
};
