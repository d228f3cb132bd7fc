'use strict';

// util.inspect() and util.format(): turn any JavaScript value into the text Node 20 prints.
// console.*, assert and the REPL all go through here, so the plain-object and plain-array paths
// and format('%s %d') are kept free of per-call closures and per-key regular expressions.

const {
  constants: { kPending, kRejected, ALL_PROPERTIES, ONLY_ENUMERABLE },
  getConstructorName: internalConstructorName,
  getExternalValue,
  getOwnNonIndexProperties,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
} = internalBinding('util');

const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = require('internal/util/types');

// Intrinsics captured once so that user code patching prototypes cannot change the output.
const {
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  hasOwn,
  is: objectIs,
  keys: objectKeys,
} = Object;
const isArray = Array.isArray;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const functionToString = Function.prototype.toString;
const errorToString = Error.prototype.toString;
const regExpToString = RegExp.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const dateToISOString = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const setSize = getOwnPropertyDescriptor(Set.prototype, 'size').get;
const setValues = Set.prototype.values;
const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size').get;
const mapEntries = Map.prototype.entries;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayLength = getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const symbolToString = Symbol.prototype.toString;
const typedArrayConstructors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Global constructors Node treats as "built in" (the ECMAScript ones present before Node adds
// its own globals): their prototype properties are not listed with showHidden, and their
// toString() is not used by format('%s').
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef',
]);

// How a property is printed: as an object property ("key: value"), as an array item (value
// only), or as an extra named property of an array-like (keyed; its list may be grouped).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Kinds of preview lists (WeakMap/WeakSet contents, iterators, map entry iterators).
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

// Strings shorter than this are never split at their line breaks.
const kMinLineWidth = 16;

let validatorsModule;
function lazyValidators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

// ---------------------------------------------------------------------------------------------
// Colours

const colors = { __proto__: null };
{
  const table = [
    'reset', 0, 0, 'bold', 1, 22, 'dim', 2, 22, 'italic', 3, 23, 'underline', 4, 24,
    'blink', 5, 25, 'inverse', 7, 27, 'hidden', 8, 28, 'strikethrough', 9, 29,
    'doubleunderline', 21, 24,
    'black', 30, 39, 'red', 31, 39, 'green', 32, 39, 'yellow', 33, 39, 'blue', 34, 39,
    'magenta', 35, 39, 'cyan', 36, 39, 'white', 37, 39,
    'bgBlack', 40, 49, 'bgRed', 41, 49, 'bgGreen', 42, 49, 'bgYellow', 43, 49,
    'bgBlue', 44, 49, 'bgMagenta', 45, 49, 'bgCyan', 46, 49, 'bgWhite', 47, 49,
    'framed', 51, 54, 'overlined', 53, 55,
    'gray', 90, 39, 'redBright', 91, 39, 'greenBright', 92, 39, 'yellowBright', 93, 39,
    'blueBright', 94, 39, 'magentaBright', 95, 39, 'cyanBright', 96, 39, 'whiteBright', 97, 39,
    'bgGray', 100, 49, 'bgRedBright', 101, 49, 'bgGreenBright', 102, 49,
    'bgYellowBright', 103, 49, 'bgBlueBright', 104, 49, 'bgMagentaBright', 105, 49,
    'bgCyanBright', 106, 49, 'bgWhiteBright', 107, 49,
  ];
  for (let i = 0; i < table.length; i += 3) colors[table[i]] = [table[i + 1], table[i + 2]];
  const aliases = [
    'grey', 'gray', 'blackBright', 'gray', 'bgGrey', 'bgGray', 'bgBlackBright', 'bgGray',
    'faint', 'dim', 'crossedout', 'strikethrough', 'strikeThrough', 'strikethrough',
    'crossedOut', 'strikethrough', 'conceal', 'hidden', 'swapColors', 'inverse',
    'swapcolors', 'inverse', 'doubleUnderline', 'doubleunderline',
  ];
  for (let i = 0; i < aliases.length; i += 2) {
    const target = aliases[i + 1];
    Object.defineProperty(colors, aliases[i], {
      __proto__: null,
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
}

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// The SGR sequences our own stylize emits: ESC [ one or two digits m.
function removeColors(str) {
  if (str.indexOf('\u001b') === -1) return str;
  let out = '';
  let last = 0;
  let i = str.indexOf('\u001b');
  while (i !== -1) {
    let end = -1;
    if (str.charCodeAt(i + 1) === 91 /* [ */ && isDigit(str.charCodeAt(i + 2))) {
      if (str.charCodeAt(i + 3) === 109 /* m */) end = i + 4;
      else if (isDigit(str.charCodeAt(i + 3)) && str.charCodeAt(i + 4) === 109) end = i + 5;
    }
    if (end === -1) {
      i = str.indexOf('\u001b', i + 1);
      continue;
    }
    out += str.slice(last, i);
    last = end;
    i = str.indexOf('\u001b', end);
  }
  return last === 0 ? str : out + str.slice(last);
}

function isDigit(code) {
  return code >= 48 && code <= 57;
}

// ANSI/VT escape sequences as terminals understand them: an ESC or CSI introducer, optional
// intermediate characters, then either an OSC-style string ended by BEL or a CSI parameter
// list ended by a final byte.
const kVTSequence = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*(?:' +
    '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
      '\\u0007)' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))',
  'g');

function stripVTControlCharacters(str) {
  lazyValidators().validateString(str, 'str');
  return removeVTSequences(str);
}

function removeVTSequences(str) {
  if (str.indexOf('\u001b') === -1 && str.indexOf('\u009b') === -1) return str;
  return str.replace(kVTSequence, '');
}

// ---------------------------------------------------------------------------------------------
// Terminal column width, as ICU reports it to Node for each code point: 0 for controls, marks
// and format characters, 2 for East Asian wide/fullwidth and emoji presentation, else 1 (a
// sequence joined by U+200D counts each of its parts, as Node does). The table lists runs
// "<distance from the previous run's start, base 36><width>" from U+007F on.

const kWidthTable =
  '3j0 x1 gw0 341 7n0 71 7b0 191 10 11 10 21 10 21 10 11 1k0 61 a0 b1 10 11 1a0 l1 g0 11 ' +
  '2t0 81 10 61 20 21 10 41 x0 11 10 11 u0 r1 2j0 b1 1m0 91 90 11 o0 41 10 91 10 31 10 51 ' +
  '170 31 1g0 21 50 91 160 1l1 1j0 11 10 11 40 81 40 11 30 71 a0 21 t0 11 1m0 11 40 41 80 ' +
  '11 k0 21 q0 11 20 21 1l0 11 40 21 40 21 20 31 30 11 u0 21 30 11 b0 21 1l0 11 40 51 10 21 ' +
  '40 11 k0 21 m0 61 10 11 1m0 11 20 11 10 41 80 11 70 21 b0 21 u0 11 1p0 11 c0 11 1e0 11 ' +
  '30 11 1j0 11 10 31 50 31 10 41 70 21 b0 21 t0 11 1m0 11 20 11 60 11 50 21 k0 21 s0 21 ' +
  '1l0 21 40 41 80 11 k0 21 t0 11 200 11 70 31 10 11 2i0 11 20 71 c0 81 2q0 11 20 91 b0 71 ' +
  '210 21 r0 11 10 11 10 11 1j0 e1 10 51 10 21 50 b1 10 101 90 11 2u0 41 10 61 10 21 20 21 ' +
  'p0 21 40 31 g0 41 d0 11 20 21 60 11 f0 11 2q2 2o1 e50 31 qa0 31 t0 21 u0 21 u0 21 1s0 21 ' +
  '10 71 80 11 20 b1 90 11 190 51 390 21 y0 11 3a0 31 40 21 90 11 60 31 630 21 20 11 1m0 11 ' +
  '10 71 10 11 10 11 20 81 60 a1 20 11 1c0 1a1 20 c1 k0 41 1c0 11 10 51 10 11 50 11 140 91 ' +
  'c0 21 w0 41 20 21 10 31 1k0 11 10 21 30 11 10 31 1m0 81 20 21 480 31 10 d1 10 71 40 11 ' +
  '60 11 30 21 5i0 1s1 ej0 51 q0 51 1d0 51 10 a1 2o0 x1 fd2 21 d2 21 5a2 41 32 11 22 11 eh2 ' +
  '21 l2 21 q2 81 g2 c1 172 11 a2 61 32 11 d2 11 82 21 h2 21 52 21 82 11 52 11 l2 11 72 21 ' +
  '12 11 42 11 22 11 72 11 42 21 s2 11 z2 11 12 11 42 31 12 11 1p2 31 o2 11 e2 11 nv2 21 ' +
  '1f2 11 42 11 bd0 31 3x0 11 2o0 w1 3k2 q1 12 2h1 c2 5y1 q2 271 22 2e1 22 2v1 52 171 12 ' +
  '2m1 12 2e1 92 1c1 12 141 82 mkd1 32 1j1 bs0 41 10 a1 w0 21 280 21 7k0 11 30 11 40 11 p0 ' +
  '21 50 11 470 21 q0 i1 d0 11 120 81 p0 b1 e2 t1 30 31 1c0 11 20 41 20 21 130 11 1v0 61 20 ' +
  '21 20 21 c0 11 80 11 1b0 11 1f0 11 10 31 20 21 50 21 10 11 160 21 80 11 6m0 11 20 11 40 ' +
  '11 i2 8mc1 6l82 e81 u0 11 kh0 g2 a1 60 g2 z1 12 j1 12 41 430 11 12 2o1 3j2 71 i0 31 e90 ' +
  '11 6a0 11 450 51 1ae0 31 10 21 50 41 140 31 40 11 4l0 21 fx0 41 1t0 51 8t0 21 250 61 1y0 ' +
  'b1 1d0 41 3f0 11 1i0 f1 150 11 20 21 a0 31 1d0 41 20 21 20 11 40 11 a0 11 1e0 31 100 51 ' +
  '10 81 1q0 11 c0 21 1g0 91 a0 41 20 11 2n0 31 20 11 10 21 60 11 20 11 4d0 11 30 81 l0 21 ' +
  '1l0 21 30 11 110 71 30 51 1y0 61 d0 11 10 11 10 11 e0 21 2d0 81 20 31 10 11 n0 11 2c0 61 ' +
  '10 11 40 21 10 21 6m0 41 60 21 10 21 r0 21 2d0 81 20 11 10 21 2y0 11 10 11 20 61 10 11 ' +
  '2t0 11 10 11 20 41 10 51 770 91 10 21 740 21 10 11 40 11 400 41 20 21 40 11 w0 a1 140 61 ' +
  '20 41 80 11 90 61 20 31 1a0 d1 10 21 5i0 11 10 31 10 11 5l0 71 10 61 10 11 2a0 m1 20 71 ' +
  '10 21 10 21 3e0 61 30 11 10 21 10 71 10 11 200 21 30 11 10 11 9n0 21 b0 21 1g0 51 50 11 ' +
  '10 11 n0 11 4450 h1 60 f1 8ug0 c1 30 31 1xc0 51 1n0 71 t40 11 1r0 41 252 51 b2 71 92 ' +
  '5p21 152 w1 2p2 371 6pp2 41 12 71 12 21 12 831 f2 11 t2 31 22 11 e2 41 82 b01 1wh0 21 10 ' +
  '41 3mk0 1a1 20 n1 f40 31 90 g1 20 71 u0 41 440 31 572 2f1 92 n1 1ah0 1j1 40 1e1 80 11 e0 ' +
  '11 m0 51 10 f1 11s0 71 10 h1 20 71 10 21 10 51 2s0 11 4g0 71 af0 11 1p0 41 e40 41 720 21 ' +
  '6r0 11 20 11 70 21 50 11 d60 71 310 71 1bt2 11 5m2 11 5a2 11 22 a1 232 t1 d2 181 42 91 ' +
  '72 21 e2 61 4a2 x1 c2 91 12 1y1 12 m1 c2 171 42 51 c2 h1 32 11 32 1z1 12 11 12 571 22 ' +
  '1r1 d2 41 12 o1 i2 11 q2 21 d2 11 2e2 2d1 1c2 1y1 62 11 32 31 22 41 32 41 b2 21 72 91 ' +
  '6b2 c1 42 11 7v2 1b1 12 a1 12 551 342 d1 32 b1 32 1l1 12 11 42 g1 22 c1 42 a1 zr2 1eke1 ' +
  '22 1eke1 e1oj0 11 u0 2o1 3k0 6o1';
let widthStarts;
let widthValues;

function decodeWidthTables() {
  const runs = kWidthTable.split(' ');
  widthStarts = new Int32Array(runs.length);
  widthValues = new Uint8Array(runs.length);
  let start = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    start += parseInt(run.slice(0, -1), 36);
    widthStarts[i] = start;
    widthValues[i] = run.charCodeAt(run.length - 1) - 48;
  }
}

function codePointWidth(code) {
  let lo = 0;
  let hi = widthStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (widthStarts[mid] <= code) lo = mid;
    else hi = mid - 1;
  }
  return widthValues[lo];
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeVTSequences(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) return width + wideStringWidth(str.slice(i).normalize('NFC'));
    if (code >= 32) width++;
  }
  return width;
}

function wideStringWidth(str) {
  if (widthStarts === undefined) decodeWidthTables();
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      const low = str.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
        i++;
      }
    }
    if (code < 127) {
      if (code >= 32) width++;
    } else {
      width += codePointWidth(code);
    }
  }
  return width;
}

// ---------------------------------------------------------------------------------------------
// Entry point

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // The legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const names = objectKeys(opts);
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (hasOwn(inspectDefaultOptions, name) || name === 'stylize') {
          ctx[name] = opts[name];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are handed through to custom inspect functions untouched.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = inspectCustom;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    lazyValidators().validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

// The options object a custom inspect function receives.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // An object from another realm (or behind a proxy) must not get hold of our objects.
    Object.setPrototypeOf(ret, null);
    const names = objectKeys(ret);
    for (let i = 0; i < names.length; i++) {
      const v = ret[names[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete ret[names[i]];
    }
    const stylize = ctx.stylize;
    ret.stylize = Object.setPrototypeOf((text, styleType) => {
      let styled;
      try {
        styled = `${stylize(text, styleType)}`;
      } catch {
        // Fall back to the plain text below.
      }
      return typeof styled === 'string' ? styled : text;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------------------------
// Values

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const custom = value[inspectCustom];
    // Skip util.inspect itself and prototype objects (whose method is meant for instances).
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = custom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // A tag that is an own property is printed as a property already; only show inherited ones.
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string') {
    tag = '';
  } else if (tag !== '') {
    const ownTag = ctx.showHidden ?
      hasOwn(value, Symbol.toStringTag) :
      propertyIsEnumerable.call(value, Symbol.toStringTag);
    if (ownTag) tag = '';
  }

  let keys;
  let base = '';
  let braces;
  let formatter = formatNothing;
  let extra;
  let extrasType = kObjectType;
  let plain = true;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;

  if (Symbol.iterator in value || constructor === null) {
    plain = false;
    if (isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      extra = constructor !== null ? value : setValues.call(value);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      extra = constructor !== null ? value : mapEntries.call(value);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filter);
      let fallback = '';
      extra = value;
      if (constructor === null) {
        // Without a prototype the elements cannot be read; copy into a fresh typed array.
        fallback = typedArrayTag.call(value);
        extra = new typedArrayConstructors[fallback](value);
      }
      const size = typedArrayLength.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatIterator;
      extra = braces;
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatIterator;
      extra = braces;
    } else {
      plain = true;
    }
  }

  if (plain) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = regExpToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime.call(value)) ?
        dateToString.call(value) :
        dateToISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tag,
                               isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      // The buffer goes last as it is the only entry that is not a primitive.
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = formatNamespaceObject;
      extra = keys;
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (isExternal(value)) {
          const address = getExternalValue(value).toString(16);
          return ctx.stylize(`[External: ${address}]`, 'special');
        }
        return `${getPrefix(constructor, tag, nullPrototypeName(value, constructor, tag))}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, nullPrototypeName(value, constructor, tag))}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, nullPrototypeName(value, constructor, tag)).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const indentationLvl = ctx.indentationLvl;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes, extra);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the items are sorted.
      const start = output.length - keys.length;
      const tail = output.slice(start).sort(comparator);
      for (let i = 0; i < tail.length; i++) output[start + i] = tail[i];
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const used = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = used;
  // Past about 128 MiB of output at one level, stop descending: the final string would
  // otherwise approach V8's maximum string length and block the process for a long time.
  if (used > 2 ** 27) ctx.depth = -1;
  return res;
}

function formatNothing() {
  return [];
}

let stackOverflowSample;
function isStackOverflowError(err) {
  if (stackOverflowSample === undefined) {
    try {
      const overflow = () => overflow();
      overflow();
    } catch (e) {
      stackOverflowSample = e;
    }
    if (stackOverflowSample === undefined) return false;
  }
  return err !== null && typeof err === 'object' &&
    err.name === stackOverflowSample.name && err.message === stackOverflowSample.message;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// What an object without prototype is called: V8's class name for it ("Array", "Map", "Foo"
// for an instance of class Foo), which for plain objects is their Symbol.toStringTag; a name
// that is just the tag (already shown on its own) becomes "Object".
function nullPrototypeName(value, constructor, tag) {
  if (constructor !== null) return 'Object';
  const name = internalConstructorName(value);
  return name === tag ? 'Object' : name;
}

function getIteratorBraces(type, tag) {
  const name = `${type} Iterator`;
  if (tag !== name) tag = tag === '' ? name : `${tag}] [${name}`;
  return [`[${tag}] {`, '}'];
}

function safeInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the closest constructor on the prototype chain whose prototype the object
// really inherits from; null for objects without prototype. Objects whose chain has no such
// constructor are described as "<internal name> <description of the prototype>".
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  let current = obj;
  while (current) {
    const descriptor = getOwnPropertyDescriptor(current, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && safeInstanceof(obj, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== current || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    current = getPrototypeOf(current);
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto === null) return null;

  const internalName = internalConstructorName(obj);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${internalName} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const described = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${internalName} <${described}>`;
  }
  return `${internalName} <${protoName}>`;
}

// With showHidden, list the non-function properties that user-defined prototypes (up to three
// levels, stopping at built-in ones) add to `main`; they are printed dimmed after its own.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let level = 0;
  let names;
  let shadowed;
  do {
    if (level !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (level === 0) {
      shadowed = new Set();
    } else {
      for (let i = 0; i < names.length; i++) shadowed.add(names[i]);
    }
    names = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (let i = 0; i < names.length; i++) {
      const key = names[i];
      if (key === 'constructor' || hasOwn(main, key) || (level !== 0 && shadowed.has(key))) {
        continue;
      }
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const text = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    ctx.seen.pop();
  } while (++level !== 3);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = getOwnPropertySymbols(value);
  if (showHidden) {
    keys = getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = objectKeys(value);
    } catch (err) {
      // Module namespaces throw for bindings still in their temporal dead zone.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = getOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

let urlModule;
function lazyURL() {
  if (urlModule === undefined) {
    try {
      urlModule = require('url');
    } catch {
      urlModule = null;
    }
  }
  return urlModule;
}

// URL instances (even without their custom inspect) print as their href.
function isURL(value) {
  if (typeof value.href !== 'string') return false;
  const url = lazyURL();
  return url !== null && typeof url.URL === 'function' && value instanceof url.URL;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

// ---------------------------------------------------------------------------------------------
// Functions, boxed primitives

function getFunctionBase(value, constructor, tag) {
  const source = functionToString.call(value);
  if (source.startsWith('class') && source.endsWith('}') && looksLikeClass(source)) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// `source` starts with "class" and ends with "}". A class has its body brace before any
// parenthesis of its heading; a function merely named "class..." has its parameters first.
function looksLikeClass(source) {
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  if (!body.slice(0, brace).includes('(')) return true;
  // Parentheses may also sit in comments of the heading, or the keyword may be followed by a
  // comment directly: check again without comments.
  const heading = stripComments(body);
  const open = heading.indexOf('{');
  return open !== -1 && !heading.slice(0, open).includes('(') && /^\s/.test(heading);
}

// Removes "//...\n" and "/*...*/" comments (neither crossing a \r, U+2028 or U+2029).
function stripComments(text) {
  let out = '';
  let last = 0;
  let i = text.indexOf('/');
  while (i !== -1 && i < text.length - 1) {
    const next = text[i + 1];
    let end = -1;
    if (next === '/') {
      const nl = text.indexOf('\n', i + 2);
      if (nl !== -1 && !hasLineBreakOtherThanLF(text, i + 2, nl)) end = nl + 1;
    } else if (next === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close !== -1 && !hasLineBreakOtherThanLF(text, i + 2, close)) end = close + 2;
    }
    if (end === -1) {
      i = text.indexOf('/', i + 1);
    } else {
      out += text.slice(last, i);
      last = end;
      i = text.indexOf('/', end);
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

function hasLineBreakOtherThanLF(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let valueOf;
  let type;
  if (isNumberObject(value)) {
    valueOf = numberValueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    valueOf = stringValueOf;
    type = 'String';
    // The index properties of a String object only repeat its characters.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    valueOf = booleanValueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    valueOf = bigIntValueOf;
    type = 'BigInt';
  } else {
    valueOf = symbolValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, valueOf.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Errors

function getStackString(err) {
  return err.stack ? String(err.stack) : errorToString.call(err);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);

  // name, message and stack are usually visible in the stack already.
  if (!ctx.showHidden && keys.length !== 0) {
    for (const prop of ['name', 'message', 'stack']) {
      const index = keys.indexOf(prop);
      if (index !== -1 && stack.includes(err[prop])) keys.splice(index, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // The frames start after the message (which may itself contain "\n    at").
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const framesStart = stack.indexOf('\n    at', pos);
  if (framesStart === -1) {
    stack = `[${stack}]`;
  } else {
    let text = stack.slice(0, framesStart);
    const lines = getStackFrames(ctx, err, stack.slice(framesStart + 1));
    if (ctx.colors) {
      // Grey out Node's own frames, underline package names, grey the working directory.
      const cwd = safeCwd();
      let cwdUrl;
      for (let line of lines) {
        if (isCoreFrame(line)) {
          text += `\n${ctx.stylize(line, 'undefined')}`;
          continue;
        }
        line = markNodeModules(ctx, line);
        if (cwd !== undefined) {
          let marked = markCwd(ctx, line, cwd);
          if (marked === line) {
            if (cwdUrl === undefined) cwdUrl = fileURLOf(cwd);
            if (cwdUrl !== null) marked = markCwd(ctx, line, cwdUrl);
          }
          line = marked;
        }
        text += `\n${line}`;
      }
    } else {
      text += `\n${lines.join('\n')}`;
    }
    stack = text;
  }

  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// Rewrite the first line of a stack that looks ordinary so it names the real class, e.g.
// "Error: x" of a `class Foo extends Error` instance becomes "Foo [Error]: x".
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function getStackFrames(ctx, err, frameText) {
  const frames = frameText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing getter: nothing to compare against.
  }
  // Frames shared with the cause's trailing frames are collapsed into one line.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const note = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(note, 'undefined'));
      }
    }
  }
  return frames;
}

// The first run of more than three equal consecutive entries of `a` that also occurs in `b`
// with more than three entries left in `b` from where it starts.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    const maxLen = Math.min(a.length - i, rest);
    let len = 1;
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

let builtinIds;
function isBuiltinId(id) {
  if (builtinIds === undefined) {
    builtinIds = null;
    try {
      const ids = internalBinding('builtins').builtinIds;
      if (isArray(ids)) builtinIds = new Set(ids);
    } catch {
      // No list of built-ins: every node: frame counts as one.
    }
  }
  return builtinIds === null || builtinIds.has(id);
}

// "    at fn (node:internal/x:1:2)" or "    at node:internal/x:1:2" of an existing built-in.
const kCoreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function isCoreFrame(line) {
  const match = kCoreFrame.exec(line);
  return match !== null && isBuiltinId(match[1]);
}

// "file:///dir" for a directory; null if the url module is not available.
function fileURLOf(dir) {
  const url = lazyURL();
  return url !== null ? url.pathToFileURL(dir).href : null;
}

function safeCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function markNodeModules(ctx, line) {
  let out = '';
  let pos = 0;
  let search = 0;
  for (;;) {
    const found = findNodeModules(line, search);
    if (found === -1) break;
    // The package name: up to the next path separator after "/node_modules/".
    const nameStart = found + 14;
    let nameEnd = -1;
    for (let i = nameStart + 1; i < line.length; i++) {
      const c = line[i];
      if (c === '/' || c === '\\') {
        nameEnd = i;
        break;
      }
    }
    if (nameEnd === -1) break;
    // A scoped package name spans two path segments: "@scope/name".
    if (line[nameStart] === '@') {
      for (let i = nameEnd + 1; i < line.length; i++) {
        const c = line[i];
        if (c === '/' || c === '\\') {
          nameEnd = i;
          break;
        }
      }
    }
    out += line.slice(pos, nameStart) + ctx.stylize(line.slice(nameStart, nameEnd), 'module');
    pos = nameEnd;
    search = nameEnd;
  }
  return pos === 0 ? line : out + line.slice(pos);
}

function findNodeModules(line, from) {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if ((c === '/' || c === '\\') && line.startsWith('node_modules', i + 1)) {
      const after = line[i + 13];
      if (after === '/' || after === '\\') return i;
    }
  }
  return -1;
}

function markCwd(ctx, line, cwd) {
  let start = line.indexOf(cwd);
  if (start === -1) return line;
  let length = cwd.length;
  if (line.slice(start - 7, start) === 'file://') {
    length += 7;
    start -= 7;
  }
  const from = line[start - 1] === '(' ? start - 1 : start;
  const to = from !== start && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = start + length + 1;
  let out = line.slice(0, from) + ctx.stylize(line.slice(from, cwdEnd), 'undefined') +
    line.slice(cwdEnd, to);
  if (to === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry lists

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  const remaining = length - shown;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Holes collapse into "<n empty items>"; each such run counts as one of the shown entries.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  // The first `i` keys are the indexes 0..i-1 already printed.
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!isArrayIndexString(key)) break;
      const empty = n - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`,
                              'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function isArrayIndexString(key) {
  const len = key.length;
  if (len === 0) return false;
  const first = key.charCodeAt(0);
  if (first === 48) return len === 1;
  for (let i = 0; i < len; i++) {
    if (!isDigit(key.charCodeAt(i))) return false;
  }
  return true;
}

function formatTypedArray(ctx, value, recurseTimes, elements) {
  const length = typedArrayLength.call(value);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = elements.length - shown;
  const output = new Array(shown);
  if (shown > 0) {
    const bigint = typeof elements[0] !== 'number';
    for (let i = 0; i < shown; i++) {
      output[i] = bigint ?
        formatBigInt(ctx.stylize, elements[i], ctx.numericSeparator) :
        formatNumber(ctx.stylize, elements[i], ctx.numericSeparator);
    }
  }
  if (remaining > 0) output[shown] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are prototype getters; the buffer goes last.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, elements[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  // Node reads the bytes with Buffer#hexSlice(0, end): the end is truncated to an integer,
  // and a negative one is rejected unless there are no bytes at all.
  let shown = Math.min(ctx.maxArrayLength, bytes.length);
  if (bytes.length !== 0) {
    shown = Math.trunc(shown) || 0;
    if (shown < 0) {
      const err = new RangeError('Index out of range');
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
  }
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    const b = bytes[i];
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

// `value` is the Set itself or, for a Set without prototype, its values() iterator. The size
// is read from it, so for an iterator (no size) the limit is NaN and every entry is shown.
function formatSet(ctx, set, recurseTimes, value) {
  const length = value.size;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - shown;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= shown) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// Like formatSet; `value` is the Map or its entries() iterator.
function formatMap(ctx, map, recurseTimes, value) {
  const length = value.size;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - shown;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= shown) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // A weak collection's order is arbitrary: sort for a stable output.
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - shown;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  // Entries are laid out flat: [key1, value1, key2, value2, ...].
  const length = entries.length / 2;
  const remaining = length - maxArrayLength;
  const shown = Math.min(maxArrayLength, length);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < shown; i++) {
      output[i] = `${formatValue(ctx, entries[i * 2], recurseTimes)} => ` +
        formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < shown; i++) {
      const pair = [
        formatValue(ctx, entries[i * 2], recurseTimes),
        formatValue(ctx, entries[i * 2 + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType,
                                       recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatIterator(ctx, value, recurseTimes, braces) {
  const { 0: entries, 1: isKeyValue } = previewEntries(value, true);
  if (isKeyValue) {
    // An entries() iterator: "[Map Iterator] {" becomes "[Map Entries] {".
    if (braces[0].endsWith(' Iterator] {')) {
      braces[0] = `${braces[0].slice(0, -12)} Entries] {`;
    }
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = getPromiseDetails(value);
  if (state === kPending) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(ctx, value, recurseTimes, keys) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // A binding in its temporal dead zone: format a stand-in property to get the key and
      // the layout right, then replace its value.
      const text = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      output[i] = text.slice(0, text.lastIndexOf(' ') + 1) +
        ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The properties are done; keep formatRaw from listing them again.
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------------------------
// Properties

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let separator = ' ';
  desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const getters = ctx.getters;
    if (getters && (getters === true ||
                    (getters === 'get' && desc.set === undefined) ||
                    (getters === 'set' && desc.set !== undefined))) {
      try {
        const got = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (got === null) {
          str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof got === 'object') {
          str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, got, ctx);
          str = `${s(`[${label}:`, 'special')} ${primitive}${s(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;

  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeControls(String(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeControls(key)}]`;
  } else if (isIdentifierKey(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${separator}${str}`;
}

// Keys printed without quotes: /^[a-zA-Z_][a-zA-Z_0-9]*$/.
function isIdentifierKey(key) {
  const len = key.length;
  if (len === 0) return false;
  for (let i = 0; i < len; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 ||
          (i !== 0 && c >= 48 && c <= 57))) {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Primitives

// How each character that needs escaping is written; '' for those that never do.
const escapes = [];
{
  const named = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };
  for (let c = 0; c < 160; c++) {
    if (named[c] !== undefined) {
      escapes.push(named[c]);
    } else if (c < 32 || c >= 127) {
      escapes.push(`\\x${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`);
    } else {
      escapes.push('');
    }
  }
}

// Escapes control characters, the backslash, lone surrogates and the quote character
// `quote` (a char code, or -1 for none). Returns `str` itself when nothing needs escaping.
function escapeString(str, quote) {
  let result = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 32 || c === 92 || c === quote || (c > 126 && c < 160)) {
      result += str.slice(last, i) + escapes[c];
      last = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${c.toString(16)}`;
      last = i + 1;
    }
  }
  if (last === 0) return str;
  return last < len ? result + str.slice(last) : result;
}

// Escaping for symbol descriptions and hidden keys, which are not quoted: the single quote
// is escaped as in strings.
function escapeControls(str) {
  return escapeString(str, 39);
}

// Quote a string the way Node does: single quotes, unless the string contains single quotes
// and no double quotes (then double quotes), or contains both but no backtick and no "${"
// (then backticks). Only the chosen quote is escaped.
const kNeedsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const kNeedsEscapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

function strEscape(str) {
  let quote = 39;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = 34;
    else if (!str.includes('`') && !str.includes('${')) quote = 96;
  }
  // Most strings need no escaping at all; the regular expression finds that out fastest.
  const escaped = (quote === 39 ? kNeedsEscape : kNeedsEscapeNoQuote).test(str) ?
    escapeString(str, quote === 39 ? 39 : -1) : str;
  if (quote === 39) return `'${escaped}'`;
  if (quote === 34) return `"${escaped}"`;
  return `\`${escaped}\``;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true && value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4 && value.includes('\n')) {
      // Long multi-line strings are printed one line per literal, joined with " +".
      const separator = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
      let out = '';
      let start = 0;
      while (start < value.length) {
        let end = value.indexOf('\n', start);
        end = end === -1 ? value.length : end + 1;
        if (start !== 0) out += separator;
        out += fn(strEscape(value.slice(start, end)), 'string');
        start = end;
      }
      return out + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  // Only symbols are left; anything else (a getter's function value) throws here, as in Node.
  return fn(symbolToString.call(value), 'symbol');
}

// Digits grouped by three from the decimal point: "1234567" -> "1_234_567".
function addNumericSeparator(digits) {
  const start = digits.startsWith('-') ? 1 : 0;
  let i = digits.length;
  if (i < start + 4) return digits;
  let result = '';
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return digits.slice(0, i) + result;
}

// Fraction digits grouped by three from the decimal point: "1234567" -> "123_456_7".
function addNumericSeparatorEnd(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : result + digits.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (objectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const integerText = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || integerText.includes('e')) return fn(integerText, 'number');
    return fn(addNumericSeparator(integerText), 'number');
  }
  if (Number.isNaN(number)) return fn(integerText, 'number');
  // Node splits the full text at its first '.', even for exponent forms without one.
  const text = String(number);
  const dot = text.indexOf('.');
  return fn(`${addNumericSeparator(text.slice(0, dot))}.${
    addNumericSeparatorEnd(text.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${addNumericSeparator(text)}n`, 'bigint');
}

// ---------------------------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry adds at least one separator character.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Multi-line bases (like errors) never share a line with their properties.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put the innermost `compact` levels on one line when they fit (ctx.currentDepth is the
      // depth of the object formatted last, so only objects close to the leaves qualify).
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace (like "Set {") would misalign the entries: start on a new line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Lay out many short array entries in aligned columns (numbers right-aligned).
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry does not take part in the grouping.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and no entry is much longer than the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    // Aim for a roughly square block given characters 2.5 times higher than wide.
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Colour codes take no room on screen: pad by the visible width.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

// ---------------------------------------------------------------------------------------------
// util.format()

function formatWithOptions(inspectOptions, ...args) {
  const validators = lazyValidators();
  validators.validateObject(inspectOptions, 'inspectOptions',
                            validators.kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function numericSeparatorOf(options) {
  const value = options !== undefined && options !== null ? options.numericSeparator : undefined;
  return value ?? inspectDefaultOptions.numericSeparator;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let piece;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              piece = formatNumber(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'bigint') {
              piece = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              piece = String(arg);
            } else {
              piece = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            piece = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              piece = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'symbol') {
              piece = 'NaN';
            } else {
              piece = formatNumber(stylizeNoColor, Number(arg),
                                   numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 79: // 'O'
            piece = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            piece = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              piece = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'symbol') {
              piece = 'NaN';
            } else {
              piece = formatNumber(stylizeNoColor, Number.parseInt(arg),
                                   numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            piece = typeof arg === 'symbol' ? 'NaN' :
              formatNumber(stylizeNoColor, Number.parseFloat(arg),
                           numericSeparatorOf(inspectOptions));
            break;
          }
          case 99: // 'c': CSS is ignored outside browsers
            a += 1;
            piece = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder: left as it is.
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// Whether `%s` should inspect the object rather than call its toString(): true when the
// toString() in use is one of the built-in ones (which says nothing useful).
function hasBuiltInToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value[Symbol.toPrimitive] === 'function' &&
      !isBuiltInMethod(value, Symbol.toPrimitive)) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  return isBuiltInMethod(value, 'toString');
}

// Whether the `key` method `value` inherits comes from a prototype of a built-in constructor.
function isBuiltInMethod(value, key) {
  if (hasOwn(value, key)) return false;
  let pointer = value;
  do {
    pointer = getPrototypeOf(pointer);
  } while (!hasOwn(pointer, key));
  const descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
function firstLine(err) {
  const message = String(err.message);
  const end = message.indexOf('\n');
  return end === -1 ? message : message.slice(0, end);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circular) {
        circularErrorMessage = firstLine(circular);
      }
    }
    if (err.name === 'TypeError' && firstLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

module.exports = {
  format,
  formatWithOptions,
  getStringWidth,
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  isError,
  stripVTControlCharacters,
  stylizeWithColor,
};
