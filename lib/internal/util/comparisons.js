'use strict';
// Deep equality as Node 20 defines it, for assert.deepEqual() / assert.deepStrictEqual() and
// util.isDeepStrictEqual(). Loose mode compares primitives with ==, strict mode with Object.is
// semantics plus prototype checks. The order of the checks below is observable (getters,
// proxies, odd objects) and follows Node 20.

let typesBinding;
let utilBinding;

function types() {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  return typesBinding;
}

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const tagOf = (value) => Object.prototype.toString.call(value);

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isFloatArray(value) {
  const tag = typedArrayTag.call(value);
  return tag === 'Float32Array' || tag === 'Float64Array';
}

// Node recognises WHATWG URL objects by shape (legacy url.parse() results have `auth` and
// `path`, URL instances have neither).
function isURL(value) {
  return Boolean(value && value.href && value.protocol &&
                 value.auth === undefined && value.path === undefined);
}

function isErrorLike(value) {
  return types().isNativeError(value) || value instanceof Error;
}

// Enumerable own keys that are not array indices; symbols only in strict mode.
function nonIndexKeys(obj, strict) {
  if (utilBinding === undefined) utilBinding = internalBinding('util');
  const keys = utilBinding.getOwnNonIndexProperties(obj, utilBinding.constants.ONLY_ENUMERABLE);
  return strict ? keys : keys.filter((key) => typeof key !== 'symbol');
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameMemory(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

function sameBufferContents(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameMemory(a, 0, b, 0, a.byteLength);
}

// Compares `length` bytes of two buffers, four at a time where both offsets allow it. The
// byte views are made first: like Node, this throws for a detached buffer.
function sameMemory(bufferA, offsetA, bufferB, offsetB, length) {
  const bytesA = new Uint8Array(bufferA, offsetA, length);
  const bytesB = new Uint8Array(bufferB, offsetB, length);
  let i = 0;
  if (length >= 64 && offsetA % 4 === 0 && offsetB % 4 === 0) {
    const words = length >>> 2;
    const x = new Int32Array(bufferA, offsetA, words);
    const y = new Int32Array(bufferB, offsetB, words);
    for (let w = 0; w < words; w++) {
      if (x[w] !== y[w]) return false;
    }
    i = words << 2;
  }
  for (; i < length; i++) {
    if (bytesA[i] !== bytesB[i]) return false;
  }
  return true;
}

// Loose comparison of float arrays: element-wise !==, so -0 equals 0 and NaN never matches.
function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxedValue(a, b) {
  const t = types();
  if (t.isNumberObject(a)) {
    return t.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (t.isStringObject(a)) {
    return t.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (t.isBooleanObject(a)) {
    return t.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (t.isBigIntObject(a)) {
    return t.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (t.isSymbolObject(a)) {
    return t.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  require('internal/assert').fail(`Unknown boxed type ${a}`);
}

// What compareKeyed() compares besides the own keys.
const PLAIN = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

function looseEqualPrimitives(a, b) {
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function deepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    const aIsObject = a !== null && typeof a === 'object';
    const bIsObject = b !== null && typeof b === 'object';
    if (!aIsObject) return !bIsObject && looseEqualPrimitives(a, b);
    if (!bIsObject) return false;
  }

  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;

  const t = types();
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeyed(a, b, strict, memos, ARRAY, keys);
  }
  if (tag === '[object Object]') {
    return compareKeyed(a, b, strict, memos, PLAIN);
  }
  if (t.isDate(a)) {
    if (!t.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (t.isRegExp(a)) {
    if (!t.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isErrorLike(a)) {
    // The stack is left out on purpose: it differs between otherwise identical errors.
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    if (!deepEqual(a.cause, b.cause, strict, memos)) return false;
    if (!deepEqual(a.errors, b.errors, strict, memos)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!strict && isFloatArray(a)) {
      if (!sameFloatElements(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeyed(a, b, strict, memos, PLAIN, keys);
  } else if (t.isSet(a)) {
    if (!t.isSet(b) || a.size !== b.size) return false;
    return compareKeyed(a, b, strict, memos, SET);
  } else if (t.isMap(a)) {
    if (!t.isMap(b) || a.size !== b.size) return false;
    return compareKeyed(a, b, strict, memos, MAP);
  } else if (t.isAnyArrayBuffer(a)) {
    if (!t.isAnyArrayBuffer(b) || !sameBufferContents(a, b)) return false;
  } else if (t.isBoxedPrimitive(a)) {
    if (!sameBoxedValue(a, b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || t.isSet(b) || t.isMap(b) ||
             t.isDate(b) || t.isRegExp(b) || t.isAnyArrayBuffer(b) ||
             t.isBoxedPrimitive(b) || isErrorLike(b)) {
    return false;
  }
  return compareKeyed(a, b, strict, memos, PLAIN);
}

// Compares own enumerable keys (given, or collected here for PLAIN/SET/MAP) and then the
// contents (entries, elements, key values), guarding against cycles.
function compareKeyed(a, b, strict, memos, kind, givenKeys) {
  let keys = givenKeys;
  if (keys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
  }

  for (let i = 0; i < keys.length; i++) {
    if (!hasOwn(b, keys[i])) return false;
  }

  if (strict && givenKeys === undefined) {
    const symbolsA = Object.getOwnPropertySymbols(a);
    if (symbolsA.length !== 0) {
      let enumerableInA = 0;
      for (const key of symbolsA) {
        if (isEnumerable(a, key)) {
          if (!isEnumerable(b, key)) return false;
          keys.push(key);
          enumerableInA++;
        } else if (isEnumerable(b, key)) {
          return false;
        }
      }
      const symbolsB = Object.getOwnPropertySymbols(b);
      if (symbolsA.length !== symbolsB.length &&
          countEnumerable(b, symbolsB) !== enumerableInA) {
        return false;
      }
    } else {
      const symbolsB = Object.getOwnPropertySymbols(b);
      if (symbolsB.length !== 0 && countEnumerable(b, symbolsB) !== 0) return false;
    }
  }

  if (keys.length === 0 &&
      (kind === PLAIN || (kind === ARRAY && a.length === 0) || a.size === 0)) {
    return true;
  }

  // Cycles, as Node 20 detects them: the first pair is remembered as it is, and so is the
  // first pair below it; deeper than that, the objects on the current path are kept in one
  // set for both sides (that second pair stays in it). A pair whose two objects are both in
  // the set counts as equal, so structures that unroll to the same infinite tree are equal
  // (a self-referencing object equals a two-object cycle of the same shape).
  if (memos === undefined) {
    memos = {
      path: undefined,
      rootA: a,
      rootB: b,
      childA: undefined,
      childB: undefined,
      inChild: false,
    };
    return compareContents(a, b, strict, keys, memos, kind);
  }
  if (memos.path === undefined) {
    if (!memos.inChild) {
      if (memos.rootA === a && memos.rootB === b) return true;
      memos.childA = a;
      memos.childB = b;
      memos.inChild = true;
      const equal = compareContents(a, b, strict, keys, memos, kind);
      memos.inChild = false;
      return equal;
    }
    memos.path = new Set([memos.rootA, memos.rootB, memos.childA, memos.childB]);
  }
  const path = memos.path;
  const size = path.size;
  path.add(a);
  path.add(b);
  if (path.size === size) return true;
  const equal = compareContents(a, b, strict, keys, memos, kind);
  path.delete(a);
  path.delete(b);
  return equal;
}

function countEnumerable(obj, keys) {
  let count = 0;
  for (const key of keys) {
    if (isEnumerable(obj, key)) count++;
  }
  return count;
}

function compareContents(a, b, strict, keys, memos, kind) {
  if (kind === SET) {
    if (!setsEqual(a, b, strict, memos)) return false;
  } else if (kind === MAP) {
    if (!mapsEqual(a, b, strict, memos)) return false;
  } else if (kind === ARRAY) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !deepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        return sparseTailEqual(a, b, strict, memos, i);
      }
    }
  }
  for (const key of keys) {
    if (!deepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// Arrays with a hole at `hole`: every own key of `a` from that point of Object.keys(a) on
// (later indices and named keys) must be in `b` with an equal value, and the key counts must
// match. The named keys are covered here, so the caller's key loop is not run (as in Node).
function sparseTailEqual(a, b, strict, memos, hole) {
  const keysA = Object.keys(a);
  for (let i = hole; i < keysA.length; i++) {
    const key = keysA[i];
    if (!hasOwn(b, key) || !deepEqual(a[key], b[key], strict, memos)) return false;
  }
  return keysA.length === Object.keys(b).length;
}

// Loose mode: which primitive could be == to `prim` while being a different Set/Map key.
// Returns true when many could (numbers, numeric strings, booleans, bigints), false when none
// can, or the single candidate (null for undefined, undefined for null).
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+prim);
    case 'number':
      return !Number.isNaN(prim);
    default:
      return true;
  }
}

function takeMatch(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (deepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function setsEqual(a, b, strict, memos) {
  // Values of `a` that need a pairwise search in `b`; created on first need.
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pending === null) pending = new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      const alt = looseCounterpart(value);
      if (alt === false) return false;
      if (alt !== true && !(b.has(alt) && !a.has(alt))) return false;
      if (pending === null) pending = new Set();
      pending.add(value);
    }
  }
  if (pending === null) return true;

  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeMatch(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeMatch(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeMatchingEntry(candidates, map, key, value, strict, memos) {
  for (const candidate of candidates) {
    if (deepEqual(key, candidate, strict, memos) &&
        deepEqual(value, map.get(candidate), strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapsEqual(a, b, strict, memos) {
  // Keys of `a` whose entry needs a pairwise search in `b`; created on first need.
  let pending = null;
  for (const [key, valueA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
      continue;
    }
    const valueB = b.get(key);
    if ((valueB === undefined && !b.has(key)) || !deepEqual(valueA, valueB, strict, memos)) {
      if (strict) return false;
      if (!mayHaveLooseEntry(a, b, key, valueA, memos)) return false;
      if (pending === null) pending = new Set();
      pending.add(key);
    }
  }
  if (pending === null) return true;

  for (const [key, valueB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeMatchingEntry(pending, a, key, valueB, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !deepEqual(a.get(key), valueB, false, memos)) &&
               !takeMatchingEntry(pending, a, key, valueB, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mayHaveLooseEntry(a, b, key, valueA, memos) {
  const alt = looseCounterpart(key);
  if (alt === true || alt === false) return alt;
  const valueB = b.get(alt);
  if ((valueB === undefined && !b.has(alt)) || !deepEqual(valueA, valueB, false, memos)) {
    return false;
  }
  return !a.has(alt) && deepEqual(valueA, valueB, false, memos);
}

function isDeepEqual(a, b) {
  return deepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
