'use strict';
// The querystring module: application/x-www-form-urlencoded-like parsing and formatting with
// Node's separators, limits and decoding fallbacks.

const { encodeStr, hexTable, isHexTable } = require('internal/querystring');

let BufferClass;
function lazyBuffer() {
  if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
  return BufferClass;
}

const QueryString = module.exports = {
  unescapeBuffer,
  // `unescape()` is a JS global, so we need to use a different local name
  unescape: qsUnescape,
  // `escape()` is a JS global, so we need to use a different local name
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

// Hex digit values, -1 elsewhere.
const unhexTable = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) unhexTable[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  unhexTable[0x41 + i] = 10 + i;
  unhexTable[0x61 + i] = 10 + i;
}

// %XX sequences become their bytes ('+' a space when decodeSpaces); anything else is kept,
// one byte per code unit.
function unescapeBuffer(s, decodeSpaces) {
  const out = lazyBuffer().allocUnsafe(s.length);
  let n = 0;
  let decodedHex = false;
  const lastPercent = s.length - 2;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
      continue;
    }
    if (c === 0x25 && i < lastPercent) {
      const hi = unhexTable[s.charCodeAt(i + 1)];
      const lo = hi >= 0 ? unhexTable[s.charCodeAt(i + 2)] : -1;
      if (hi >= 0 && lo >= 0) {
        c = hi * 16 + lo;
        decodedHex = true;
        i += 2;
      }
    }
    out[n++] = c;
  }
  return decodedHex ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

// What escape() leaves as it is: the unreserved characters of RFC 3986 and !*'().
const noEscape = new Int8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*\'()') {
  noEscape[c.charCodeAt(0)] = 1;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default escape(): numbers below 1e21 need no escaping.
function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < value.length; j++) {
        if (j) fields += sep;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  const codes = new Array(str.length);
  for (let i = 0; i < str.length; i++) codes[i] = str.charCodeAt(i);
  return codes;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (current.pop) {
    current[current.length] = value;
  } else {
    obj[key] = [current, value];
  }
}

// One pass over qs. Separators may be several characters long; a partial match is dropped at
// the first character that does not continue it. Keys and values are decoded only when a
// valid %XX was seen in them (always with a custom decoder), '+' being a space.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? charCodes(String(sep)) : [0x26];
  const eqCodes = eq ? charCodes(String(eq)) : [0x3d];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // Counted down to 0; -1 (or a fraction) never gets there: no limit.
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = decode !== qsUnescape;
  const plus = customDecode ? '%20' : ' ';

  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valEncoded = customDecode;
  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let hexSeen = 0;  // 1 after '%', 2 after '%X'
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepCodes[sepIdx]) {
      if (++sepIdx < sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valEncoded = customDecode;
      key = value = '';
      hexSeen = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (c === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          hexSeen = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (c === 0x25) {
          hexSeen = 1;
          continue;
        }
        if (hexSeen > 0) {
          if (isHexTable[c] === 1) {
            if (++hexSeen === 3) keyEncoded = true;
            continue;
          }
          hexSeen = 0;
        }
      }
      if (c === 0x2b) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (c === 0x2b) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (c === 0x25) {
        hexSeen = 1;
      } else if (hexSeen > 0) {
        if (isHexTable[c] === 1) {
          if (++hexSeen === 3) valEncoded = true;
        } else {
          hexSeen = 0;
        }
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}
