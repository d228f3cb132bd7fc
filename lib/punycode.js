'use strict';
// The deprecated punycode module (DEP0040; Node 20 warns only under --pending-deprecation):
// Punycode (RFC 3492) and its use in domain names, with the API and the errors of the
// punycode.js 2.1.0 library Node bundles.

const { getOptionValue } = require('internal/options');

if (getOptionValue('--pending-deprecation')) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland ' +
                      'alternative instead.', 'DeprecationWarning', 'DEP0040');
}

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;

const errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function error(type) {
  throw new RangeError(errors[type]);
}

// Splits on '@' (keeping what precedes the first one) and on the dots of IDNA2003, then
// maps each label, the last first (which decides the error thrown).
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  for (let i = labels.length - 1; i >= 0; i--) labels[i] = fn(labels[i]);
  return result + labels.join('.');
}

// UTF-16 to code points; a lone surrogate stays a code point of its own.
function ucs2decode(string) {
  const output = [];
  const length = string.length;
  for (let i = 0; i < length; i++) {
    const value = string.charCodeAt(i);
    if (value >= 0xd800 && value <= 0xdbff && i + 1 < length) {
      const next = string.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        output.push(((value & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(value);
  }
  return output;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// A basic code point's digit value; `base` (too big) when it has none.
function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint <= 0x39) return 26 + codePoint - 0x30;
  if (codePoint >= 0x41 && codePoint <= 0x5a) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint <= 0x7a) return codePoint - 0x61;
  return base;
}

function digitToBasic(digit) {
  return digit + 22 + (digit < 26 ? 75 : 0);
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base) {
    delta = Math.floor(delta / (base - tMin));
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const output = [];
  const inputLength = input.length;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  let i = 0;
  let n = initialN;
  let bias = initialBias;
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= inputLength) error('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) error('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) error('overflow');
      w *= base - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > maxInt - n) error('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let output = '';
  for (const value of codePoints) {
    if (value < 0x80) output += String.fromCharCode(value);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += '-';
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < inputLength) {
    let m = maxInt;
    for (const value of codePoints) {
      if (value >= n && value < m) m = value;
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) error('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (const value of codePoints) {
      if (value < n && ++delta > maxInt) error('overflow');
      if (value === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
          if (q < t) break;
          output += String.fromCharCode(digitToBasic(t + ((q - t) % (base - t))));
          q = Math.floor((q - t) / (base - t));
        }
        output += String.fromCharCode(digitToBasic(q));
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

function toUnicode(input) {
  return mapDomain(input, (label) => {
    return label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label;
  });
}

function toASCII(input) {
  return mapDomain(input, (label) => {
    return /[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label;
  });
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: ucs2decode,
    encode: ucs2encode,
  },
  decode,
  encode,
  toASCII,
  toUnicode,
};
