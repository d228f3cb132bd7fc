'use strict';
// UTS #46 processing (ToASCII, ToUnicode) as the URL Standard asks for it and as Node 20 (ada)
// does it: nontransitional, UseSTD3ASCIIRules, CheckHyphens and VerifyDnsLength off,
// CheckJoiners and CheckBidi on, with Unicode 15.0 data (lib/internal/idna_table.js, made by
// tools/gen-idna-table.py). Also the Punycode (RFC 3492) codec both need.

const table = require('internal/idna_table');

// -- decoding the tables (see tools/gen-idna-table.py), once, on first use --

const KIND_VALID = 0;
const KIND_IGNORED = 1;
const KIND_DISALLOWED = 2;
const KIND_OFFSET = 3;
const KIND_STRING = 4;

let digitValue;
function readNumbers(str) {
  if (digitValue === undefined) {
    digitValue = new Int8Array(128).fill(-1);
    const cont = 'ghijklmnopqrstuvwxyz0123456789+/';
    const end = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
    for (let i = 0; i < 32; i++) {
      digitValue[cont.charCodeAt(i)] = i;
      digitValue[end.charCodeAt(i)] = 32 + i;
    }
  }
  const out = [];
  let n = 0;
  let shift = 1;
  for (let i = 0; i < str.length; i++) {
    const d = digitValue[str.charCodeAt(i)];
    if (d >= 32) {
      out.push(n + (d - 32) * shift);
      n = 0;
      shift = 1;
    } else {
      n += d * shift;
      shift *= 32;
    }
  }
  return out;
}

let mapStarts;
let mapKinds;
let mapData;
let mapStrings;
let markRanges;
let viramaRanges;
let joinLeftRanges;
let joinRightRanges;
let bidiRanges;

function decodeRanges(str, withValue) {
  const nums = readNumbers(str);
  const step = withValue ? 3 : 2;
  const count = nums.length / step;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const values = withValue ? new Uint8Array(count) : null;
  let prev = 0;
  for (let i = 0, j = 0; i < count; i++, j += step) {
    prev += nums[j];
    starts[i] = prev;
    ends[i] = prev + nums[j + 1] - 1;
    if (withValue) values[i] = nums[j + 2];
  }
  return { starts, ends, values };
}

function loadTables() {
  const nums = readNumbers(table.mapping);
  const starts = [];
  const kinds = [];
  const data = [];
  const strings = [];
  let start = 0;
  for (let i = 0; i < nums.length;) {
    start += nums[i++];
    const kind = nums[i++];
    starts.push(start);
    kinds.push(kind);
    if (kind === KIND_OFFSET) {
      const z = nums[i++];
      data.push(z & 1 ? -(z + 1) / 2 : z / 2);
    } else if (kind === KIND_STRING) {
      const count = nums[i++];
      data.push(strings.length);
      strings.push(String.fromCodePoint(...nums.slice(i, i + count)));
      i += count;
    } else {
      data.push(0);
    }
  }
  mapStarts = Int32Array.from(starts);
  mapKinds = Uint8Array.from(kinds);
  mapData = Int32Array.from(data);
  mapStrings = strings;
  markRanges = decodeRanges(table.marks, false);
  viramaRanges = decodeRanges(table.virama, false);
  joinLeftRanges = decodeRanges(table.joinLeft, false);
  joinRightRanges = decodeRanges(table.joinRight, false);
  bidiRanges = decodeRanges(table.bidi, true);
}

// Index of the last entry whose start is <= cp.
function lastAtOrBefore(starts, cp) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rangeIndex(ranges, cp) {
  const { starts, ends } = ranges;
  if (starts.length === 0 || cp < starts[0]) return -1;
  const i = lastAtOrBefore(starts, cp);
  return cp <= ends[i] ? i : -1;
}

function isMark(cp) {
  return rangeIndex(markRanges, cp) !== -1;
}

function isVirama(cp) {
  return rangeIndex(viramaRanges, cp) !== -1;
}

// Joining_Type L or D, resp. R or D.
function joinsLeft(cp) {
  return rangeIndex(joinLeftRanges, cp) !== -1;
}

function joinsRight(cp) {
  return rangeIndex(joinRightRanges, cp) !== -1;
}

// Indexes in table.bidiClasses.
const BIDI_L = 0;
const BIDI_R = 1;
const BIDI_AL = 2;
const BIDI_AN = 3;
const BIDI_EN = 4;
const BIDI_NSM = 10;
function bidiClass(cp) {
  if (cp < 0x80) return asciiBidi[cp];
  const i = rangeIndex(bidiRanges, cp);
  return i === -1 ? BIDI_L : bidiRanges.values[i];
}
// ES 5, CS 6, ET 7, ON 8, BN 9, B 11, S 12, WS 13 for the ASCII range.
const asciiBidi = new Uint8Array(128);
{
  const set = (from, to, cls) => { for (let c = from; c <= to; c++) asciiBidi[c] = cls; };
  set(0, 0x1f, 9);
  set(0x09, 0x09, 12);
  set(0x0a, 0x0a, 11);
  set(0x0b, 0x0b, 12);
  set(0x0c, 0x0c, 13);
  set(0x0d, 0x0d, 11);
  set(0x1c, 0x1e, 11);
  set(0x1f, 0x1f, 12);
  set(0x20, 0x20, 13);
  set(0x21, 0x22, 8);
  set(0x23, 0x25, 7);
  set(0x26, 0x2a, 8);
  set(0x2b, 0x2b, 5);
  set(0x2c, 0x2c, 6);
  set(0x2d, 0x2d, 5);
  set(0x2e, 0x2f, 6);
  set(0x30, 0x39, BIDI_EN);
  set(0x3a, 0x3a, 6);
  set(0x3b, 0x40, 8);
  set(0x5b, 0x60, 8);
  set(0x7b, 0x7e, 8);
  set(0x7f, 0x7f, 9);
}

// -- Punycode (RFC 3492) --

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >>> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return -1;
}

// Punycode to code points; null when the input is not valid Punycode.
function punycodeDecode(input) {
  const output = [];
  // (As ada: a delimiter at the very start is skipped too.)
  const delimiter = input.lastIndexOf('-');
  const basicEnd = delimiter < 0 ? 0 : delimiter;
  for (let i = 0; i < basicEnd; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = delimiter + 1; pos < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit < 0) return null;
      if (digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > MAX_INT - n) return null;
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return output;
}

function digitChar(d) {
  return d < 26 ? 0x61 + d : 0x30 + d - 26;
}

// Code points to Punycode; null on overflow.
function punycodeEncode(cps) {
  let out = '';
  for (let j = 0; j < cps.length; j++) if (cps[j] < 0x80) out += String.fromCharCode(cps[j]);
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < cps.length) {
    let m = MAX_INT;
    for (let j = 0; j < cps.length; j++) if (cps[j] >= n && cps[j] < m) m = cps[j];
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (let j = 0; j < cps.length; j++) {
      const c = cps[j];
      if (c < n && ++delta > MAX_INT) return null;
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          out += String.fromCharCode(digitChar(t + ((q - t) % (BASE - t))));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += String.fromCharCode(digitChar(q));
        bias = adapt(delta, handled + 1, handled === basicCount);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// -- UTS #46 --

function codePoints(str) {
  const cps = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cps.push((c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000);
        i++;
        continue;
      }
    }
    cps.push(c);
  }
  return cps;
}

// The mapping step; null when a disallowed code point is met.
function mapDomain(domain) {
  if (mapStarts === undefined) loadTables();
  let out = '';
  for (let i = 0; i < domain.length; i++) {
    let cp = domain.charCodeAt(i);
    if (cp < 0x80) {
      out += String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp);
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < domain.length) {
      const d = domain.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + d - 0xdc00 + 0x10000;
        i++;
      }
    }
    const e = lastAtOrBefore(mapStarts, cp);
    switch (mapKinds[e]) {
      case KIND_VALID: out += String.fromCodePoint(cp); break;
      case KIND_IGNORED: break;
      case KIND_OFFSET: out += String.fromCodePoint(cp + mapData[e]); break;
      case KIND_STRING: out += mapStrings[mapData[e]]; break;
      default: return null;
    }
  }
  return out;
}

function isValidCodePoint(cp) {
  if (cp < 0x80) return !(cp >= 0x41 && cp <= 0x5a);
  return mapKinds[lastAtOrBefore(mapStarts, cp)] === KIND_VALID;
}

// ContextJ (RFC 5892, appendix A) for U+200C and U+200D, as ada checks it: a ZWNJ needs a
// virama before it, or some L/D-joining character before and some R/D-joining one after it
// (with no regard to what lies between); the first joiner settles the label: true (its
// other checks skipped) or false; undefined when there is no joiner.
function checkJoiners(cps) {
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c !== 0x200c && c !== 0x200d) continue;
    if (i > 0 && isVirama(cps[i - 1])) return true;
    if (c === 0x200d) return false;
    if (i === 0 || i + 1 >= cps.length) return false;
    let before = false;
    for (let j = 0; j < i && !before; j++) before = joinsLeft(cps[j]);
    let after = false;
    for (let j = i + 1; j < cps.length && !after; j++) after = joinsRight(cps[j]);
    return before && after;
  }
  return undefined;
}

// RFC 5893's bidi rule, per label, with ada's reading of it: a label that starts with an L
// character is left-to-right and what comes before its last character other than an NSM must
// not be R, AL or AN; any other label with an R, AL or AN character is right-to-left: only R, AL, AN, EN,
// ES, CS, ET, ON, BN and NSM, ending (before any NSM) in R, AL, EN or AN, never both EN and AN.
const RTL_ALLOWED = 0b11111111110; // R AL AN EN ES CS ET ON BN NSM
const LTR_ALLOWED = ~0b1110; // all but R AL AN
function checkBidi(cps) {
  const n = cps.length;
  const classes = new Uint8Array(n);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    classes[i] = bidiClass(cps[i]);
    seen |= 1 << classes[i];
  }
  let last = n - 1;
  while (last >= 0 && classes[last] === BIDI_NSM) last--;
  if (classes[0] === BIDI_L) {
    for (let i = 0; i < last; i++) if (!(LTR_ALLOWED & (1 << classes[i]))) return false;
    return true;
  }
  if (!(seen & ((1 << BIDI_R) | (1 << BIDI_AL) | (1 << BIDI_AN)))) return true;
  if (seen & ~RTL_ALLOWED) return false;
  if (last < 0) return false;
  const end = classes[last];
  if (end !== BIDI_R && end !== BIDI_AL && end !== BIDI_EN && end !== BIDI_AN) return false;
  if ((seen & (1 << BIDI_EN)) && (seen & (1 << BIDI_AN))) return false;
  return true;
}

function isValidLabel(cps) {
  if (cps.length === 0) return true;
  if (isMark(cps[0])) return false;
  const joiners = checkJoiners(cps);
  if (joiners !== undefined) return joiners;
  return checkBidi(cps);
}

function isASCII(str) {
  for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) >= 0x80) return false;
  return true;
}

function startsWithACE(label) {
  return label.length >= 4 && label.charCodeAt(2) === 0x2d && label.charCodeAt(3) === 0x2d &&
    (label.charCodeAt(0) | 0x20) === 0x78 && (label.charCodeAt(1) | 0x20) === 0x6e;
}

// Decodes an 'xn--' label and checks it; the code points, or null.
function decodeACELabel(label) {
  if (!isASCII(label)) return null;
  const cps = punycodeDecode(label.slice(4));
  if (cps === null || cps.length === 0) return null;
  const str = String.fromCodePoint(...cps);
  if (str.normalize('NFC') !== str) return null;
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === 0x2e || !isValidCodePoint(cps[i])) return null;
  }
  return isValidLabel(cps) ? cps : null;
}

// The labels of a mapped, normalized domain, each checked: an array of
// { ascii, cps } (cps null for labels kept as they are), or null on error.
function processLabels(domain) {
  const labels = domain.split('.');
  const out = new Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (startsWithACE(label)) {
      const cps = decodeACELabel(label);
      if (cps === null) return null;
      out[i] = { ascii: label, cps };
    } else if (isASCII(label)) {
      out[i] = { ascii: label, cps: null };
    } else {
      const cps = codePoints(label);
      if (!isValidLabel(cps)) return null;
      const encoded = punycodeEncode(cps);
      if (encoded === null) return null;
      out[i] = { ascii: `xn--${encoded}`, cps };
    }
  }
  return out;
}

function prepare(domain) {
  let mapped = mapDomain(domain);
  if (mapped === null) return null;
  if (!isASCII(mapped)) mapped = mapped.normalize('NFC');
  return processLabels(mapped);
}

// UTS #46 ToASCII; '' on error (as ada's to_ascii).
function toASCII(domain) {
  const labels = prepare(`${domain}`);
  if (labels === null) return '';
  let out = labels[0].ascii;
  for (let i = 1; i < labels.length; i++) out += `.${labels[i].ascii}`;
  return out;
}

// UTS #46 ToUnicode of an ASCII domain ToASCII made: 'xn--' labels decoded where valid.
function toUnicode(domain) {
  const labels = `${domain}`.split('.');
  for (let i = 0; i < labels.length; i++) {
    if (startsWithACE(labels[i])) {
      if (mapStarts === undefined) loadTables();
      const cps = decodeACELabel(labels[i]);
      if (cps !== null) labels[i] = String.fromCodePoint(...cps);
    }
  }
  return labels.join('.');
}

module.exports = {
  punycodeDecode,
  punycodeEncode,
  toASCII,
  toUnicode,
};
