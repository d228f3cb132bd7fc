'use strict';
// The WHATWG URL Standard: the URL parser and serializer (a single pass over the input, no
// regular expressions), the URL and URLSearchParams classes with Node 20's API, errors and
// util.inspect output, and the file-URL helpers the fs and module loader code use.
//
// A URL keeps its href and the offsets of its components in a URLContext (as Node's, which
// util.inspect shows with showHidden); the getters slice the href. A setter turns the context
// back into a URL record, runs the parser from the state the standard names, and serializes.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

let idna;
function lazyIdna() {
  if (idna === undefined) idna = require('internal/idna');
  return idna;
}

// -- character classes and percent-encoding --

// Scheme types, numbered as ada (Node's URL parser) numbers them.
const SCHEME_HTTP = 0;
const SCHEME_NOT_SPECIAL = 1;
const SCHEME_HTTPS = 2;
const SCHEME_WS = 3;
const SCHEME_FTP = 4;
const SCHEME_WSS = 5;
const SCHEME_FILE = 6;

function schemeTypeOf(scheme) {
  switch (scheme) {
    case 'http': return SCHEME_HTTP;
    case 'https': return SCHEME_HTTPS;
    case 'ws': return SCHEME_WS;
    case 'wss': return SCHEME_WSS;
    case 'ftp': return SCHEME_FTP;
    case 'file': return SCHEME_FILE;
    default: return SCHEME_NOT_SPECIAL;
  }
}

function defaultPortOf(type) {
  switch (type) {
    case SCHEME_HTTP:
    case SCHEME_WS: return 80;
    case SCHEME_HTTPS:
    case SCHEME_WSS: return 443;
    case SCHEME_FTP: return 21;
    default: return -1;
  }
}

// Percent-encode sets (the ASCII part; anything above U+007E is in every set).
const C0_SET = 1;
const FRAGMENT_SET = 2;
const QUERY_SET = 4;
const SPECIAL_QUERY_SET = 8;
const PATH_SET = 16;
const USERINFO_SET = 32;
const COMPONENT_SET = 64;
const FORM_SET = 128;

const encodeSets = new Uint8Array(128);
{
  const add = (mask, chars) => {
    for (let i = 0; i < chars.length; i++) encodeSets[chars.charCodeAt(i)] |= mask;
  };
  for (let c = 0; c < 0x20; c++) encodeSets[c] = 0xff;
  encodeSets[0x7f] = 0xff;
  const fragment = ' "<>`';
  const query = ' "#<>';
  const specialQuery = `${query}'`;
  const path = `${query}?\`{}`;
  const userinfo = `${path}/:;=@[\\]^|`;
  const component = `${userinfo}$%&+,`;
  const form = `${component}!'()~`;
  add(FRAGMENT_SET, fragment);
  add(QUERY_SET, query);
  add(SPECIAL_QUERY_SET, specialQuery);
  add(PATH_SET, path);
  add(USERINFO_SET, userinfo);
  add(COMPONENT_SET, component);
  add(FORM_SET, form);
}

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// The UTF-8 bytes of the code point at str[i] (a lone surrogate is U+FFFD), percent-encoded;
// `next` gets the index after it.
let nextIndex = 0;
function encodeCodePointAt(str, i) {
  let c = str.charCodeAt(i);
  nextIndex = i + 1;
  if (c < 0x800) {
    return hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = c <= 0xdbff && i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) {
      c = 0x10000 + ((c & 0x3ff) << 10) + (d & 0x3ff);
      nextIndex = i + 2;
      return hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
        hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
    }
    c = 0xfffd;
  }
  return hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] +
    hexTable[0x80 | (c & 0x3f)];
}

// str[start, end) percent-encoded with the set `mask`.
function encodeRange(str, start, end, mask) {
  let i = start;
  for (; i < end; i++) {
    const c = str.charCodeAt(i);
    if (c > 0x7e || (encodeSets[c] & mask) !== 0) break;
  }
  if (i === end) return start === 0 && end === str.length ? str : str.slice(start, end);
  let out = str.slice(start, i);
  let last = i;
  while (i < end) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if ((encodeSets[c] & mask) !== 0) {
        out += str.slice(last, i) + hexTable[c];
        last = i + 1;
      }
      i++;
    } else {
      out += str.slice(last, i) + encodeCodePointAt(str, i);
      i = last = nextIndex;
    }
  }
  return out + str.slice(last, end);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

// Percent-decodes str into bytes (a code unit above U+007F gives its UTF-8 bytes).
function percentDecodeBytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x25 && i + 2 < str.length) {
      const hi = hexValue(str.charCodeAt(i + 1));
      const lo = hexValue(str.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else {
      const enc = encodeCodePointAt(str, i);
      for (let j = 0; j < enc.length; j += 3) bytes.push(parseInt(enc.slice(j + 1, j + 3), 16));
      i = nextIndex - 1;
    }
  }
  return bytes;
}

// UTF-8 decode without BOM, with replacement (the Encoding Standard's decoder).
function utf8Decode(bytes) {
  let out = '';
  let chunk = [];
  const flush = () => {
    out += String.fromCharCode.apply(null, chunk);
    chunk = [];
  };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let cp = 0xfffd;
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    }
    i++;
    if (b >= 0x80 && need === 0) {
      cp = 0xfffd;
    } else {
      for (let k = 0; k < need; k++) {
        const n = bytes[i];
        if (i >= bytes.length || n < lower || n > upper) {
          cp = 0xfffd;
          break;
        }
        lower = 0x80;
        upper = 0xbf;
        cp = (cp << 6) | (n & 0x3f);
        i++;
      }
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length > 8000) flush();
  }
  flush();
  return out;
}

function percentDecodeString(str) {
  return utf8Decode(percentDecodeBytes(str));
}

// -- hosts --

const FORBIDDEN_HOST = new Uint8Array(128);
const FORBIDDEN_DOMAIN = new Uint8Array(128);
{
  for (const c of '\0\t\n\r #/:<>?@[\\]^|') FORBIDDEN_HOST[c.charCodeAt(0)] = 1;
  FORBIDDEN_DOMAIN.set(FORBIDDEN_HOST);
  for (let c = 0; c < 0x20; c++) FORBIDDEN_DOMAIN[c] = 1;
  FORBIDDEN_DOMAIN[0x25] = 1;
  FORBIDDEN_DOMAIN[0x7f] = 1;
}

function parseIPv4Number(str, start, end) {
  if (start === end) return NaN;
  let radix = 10;
  if (end - start >= 2 && str.charCodeAt(start) === 0x30) {
    if ((str.charCodeAt(start + 1) | 0x20) === 0x78) {
      radix = 16;
      start += 2;
    } else {
      radix = 8;
      start += 1;
    }
  }
  if (start === end) return 0;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = str.charCodeAt(i);
    let d;
    if (radix === 16) {
      d = hexValue(c);
    } else {
      d = c - 0x30;
      if (d < 0 || d >= radix) d = -1;
    }
    if (d < 0) return NaN;
    value = value * radix + d;
  }
  return value;
}

function endsInNumber(str) {
  let end = str.length;
  if (end > 0 && str.charCodeAt(end - 1) === 0x2e) end--;
  const start = str.lastIndexOf('.', end - 1) + 1;
  if (start >= end) return false;
  // Both a number and 0x... start with a digit.
  const first = str.charCodeAt(start);
  if (first < 0x30 || first > 0x39) return false;
  let digits = true;
  for (let i = start; i < end && digits; i++) {
    const c = str.charCodeAt(i);
    digits = c >= 0x30 && c <= 0x39;
  }
  if (digits) return true;
  return !Number.isNaN(parseIPv4Number(str, start, end));
}

// The serialized IPv4 address, or null.
function parseIPv4(str) {
  const parts = str.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  const n = parts.length;
  if (n > 4) return null;
  const numbers = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = parseIPv4Number(parts[i], 0, parts[i].length);
    if (Number.isNaN(v)) return null;
    numbers[i] = v;
  }
  for (let i = 0; i < n - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[n - 1] >= 256 ** (5 - n)) return null;
  let ipv4 = numbers[n - 1];
  for (let i = 0; i < n - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return `${ipv4 >>> 24}.${(ipv4 >>> 16) & 255}.${(ipv4 >>> 8) & 255}.${ipv4 & 255}`;
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// The eight pieces of the IPv6 address in str[start, end), or null.
function parseIPv6(str, start, end) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = -1;
  let p = start;
  const at = (i) => (i < end ? str.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (p < end) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== -1) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && hexValue(at(p)) >= 0) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < end) {
        let piece = -1;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const number = at(p) - 0x30;
          if (piece === -1) piece = number;
          else if (piece === 0) return null;
          else piece = piece * 10 + number;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (p >= end) return null;
    } else if (p < end) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i < 7) out += ':';
  }
  return out;
}

// Domain to ASCII (beStrict false) and the checks the host parser makes on its result.
function domainToASCIIOrNull(domain) {
  // ASCII without 'xn--' labels only needs lowercasing (and no forbidden code point).
  let lower = true;
  let i = 0;
  for (; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) break;
    if (FORBIDDEN_DOMAIN[c] === 1) return null;
    if (c >= 0x41 && c <= 0x5a) {
      lower = false;
    } else if (c === 0x2d && i >= 3 && domain.charCodeAt(i - 1) === 0x2d &&
               (i === 3 || domain.charCodeAt(i - 4) === 0x2e) &&
               (domain.charCodeAt(i - 3) | 0x20) === 0x78 &&
               (domain.charCodeAt(i - 2) | 0x20) === 0x6e) {
      break;
    }
  }
  if (i === domain.length) {
    if (domain === '') return null;
    return lower ? domain : domain.toLowerCase();
  }
  const ascii = lazyIdna().toASCII(domain);
  if (ascii === '') return null;
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    if (c < 0x80 && FORBIDDEN_DOMAIN[c] === 1) return null;
  }
  return ascii;
}

// The host parser: the serialized host, or null on failure.
function parseHost(input, special) {
  if (input.charCodeAt(0) === 0x5b) {
    if (input.charCodeAt(input.length - 1) !== 0x5d) return null;
    const address = parseIPv6(input, 1, input.length - 1);
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (!special) {
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c < 0x80 && FORBIDDEN_HOST[c] === 1) return null;
    }
    return encodeRange(input, 0, input.length, C0_SET);
  }
  const domain = input.indexOf('%') === -1 ? input : percentDecodeString(input);
  const ascii = domainToASCIIOrNull(domain);
  if (ascii === null) return null;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// -- the URL record and the parser --

class URLRecord {
  constructor() {
    this.scheme = '';
    this.type = SCHEME_NOT_SPECIAL;
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = [];     // a string when the path is opaque
    this.query = null;
    this.fragment = null;
    // Set for ada's reading of a relative URL against an opaque path (see parseURL()): the
    // first segment keeps no leading '/'.
    this.bareSegments = false;
    // The serialized path, when parsePathQuickly() made the whole path.
    this.serializedPath = undefined;
  }
}

function isSpecial(url) {
  return url.type !== SCHEME_NOT_SPECIAL;
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function isAlpha(c) {
  c |= 0x20;
  return c >= 0x61 && c <= 0x7a;
}

function isSchemeChar(c) {
  return isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e;
}

// A Windows drive letter: an ASCII letter then ':' or (unless normalized) '|'.
function isWindowsDriveLetter(str, normalizedOnly) {
  if (str.length !== 2 || !isAlpha(str.charCodeAt(0))) return false;
  const c = str.charCodeAt(1);
  return c === 0x3a || (!normalizedOnly && c === 0x7c);
}

function startsWithWindowsDriveLetter(str, p, end) {
  if (end - p < 2 || !isAlpha(str.charCodeAt(p))) return false;
  const c = str.charCodeAt(p + 1);
  if (c !== 0x3a && c !== 0x7c) return false;
  if (end - p === 2) return true;
  const d = str.charCodeAt(p + 2);
  return d === 0x2f || d === 0x5c || d === 0x3f || d === 0x23;
}

function shortenPath(url) {
  const path = url.path;
  if (url.type === SCHEME_FILE && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  if (url.bareSegments && path.length === 1) return;
  path.pop();
}

function isSlash(c, special) {
  return c === 0x2f || (special && c === 0x5c);
}

// Leading and trailing C0 controls and spaces go, and tabs and newlines anywhere.
function cleanInput(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  if (start !== 0 || end !== input.length) input = input.slice(start, end);
  return removeTabsAndNewlines(input);
}

const tabOrNewlinePattern = /[\t\n\r]/;
function removeTabsAndNewlines(input) {
  if (!tabOrNewlinePattern.test(input)) return input;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) {
      let out = input.slice(0, i);
      for (; i < input.length; i++) {
        const d = input.charCodeAt(i);
        if (d !== 0x09 && d !== 0x0a && d !== 0x0d) out += input[i];
      }
      return out;
    }
  }
  return input;
}

// Index of the ':' ending a scheme at the start of input, or -1.
function schemeEnd(input) {
  if (input.length === 0 || !isAlpha(input.charCodeAt(0))) return -1;
  for (let i = 1; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x3a) return i;
    if (!isSchemeChar(c)) return -1;
  }
  return -1;
}

function lowerASCII(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return str.toLowerCase();
  }
  return str;
}

function copyAuthority(url, base) {
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
}

// The basic URL parser without a state override: a URLRecord, or null on failure.
function parseURL(input, base) {
  input = cleanInput(input);
  const url = new URLRecord();
  const len = input.length;
  const colon = schemeEnd(input);
  if (colon > 0) {
    url.scheme = lowerASCII(input.slice(0, colon));
    url.type = schemeTypeOf(url.scheme);
    const p = colon + 1;
    if (url.type === SCHEME_FILE) return parseFile(url, input, p, base);
    if (url.type !== SCHEME_NOT_SPECIAL) {
      if (base !== null && base.scheme === url.scheme &&
          !(input.charCodeAt(p) === 0x2f && input.charCodeAt(p + 1) === 0x2f)) {
        return parseRelative(url, input, p, base);
      }
      let q = p;
      while (q < len && isSlash(input.charCodeAt(q), true)) q++;
      return parseAuthority(url, input, q);
    }
    if (input.charCodeAt(p) === 0x2f) {
      if (input.charCodeAt(p + 1) === 0x2f) return parseAuthority(url, input, p + 2);
      return parsePath(url, input, p + 1);
    }
    url.path = '';
    return parseOpaquePath(url, input, p);
  }
  // No scheme: relative to base.
  if (base === null) return null;
  if (hasOpaquePath(base)) {
    if (input.charCodeAt(0) === 0x23) {
      url.scheme = base.scheme;
      url.type = base.type;
      url.path = base.path;
      url.query = base.query;
      url.fragment = encodeRange(input, 1, len, FRAGMENT_SET);
      return url;
    }
    // Node 20 (ada) resolves an input with a fragment against an opaque path as if its
    // '/'-separated parts were segments, the first of which stays: sc:o + a/b#f is sc:o/a/b#f.
    if (input.indexOf('#') === -1) return null;
    url.scheme = base.scheme;
    url.type = base.type;
    url.bareSegments = true;
    const segmented = new URLRecord();
    segmented.scheme = base.scheme;
    segmented.type = base.type;
    segmented.path = base.path.split('/');
    segmented.query = base.query;
    return parseRelative(url, input, 0, segmented);
  }
  url.scheme = base.scheme;
  url.type = base.type;
  if (base.type === SCHEME_FILE) return parseFile(url, input, 0, base);
  return parseRelative(url, input, 0, base);
}

function parseRelative(url, input, p, base) {
  const special = isSpecial(url);
  const c = input.charCodeAt(p);
  if (isSlash(c, special)) {
    url.bareSegments = false;
    const d = input.charCodeAt(p + 1);
    if (isSlash(d, special)) {
      if (special) {
        let q = p + 2;
        while (q < input.length && isSlash(input.charCodeAt(q), true)) q++;
        return parseAuthority(url, input, q);
      }
      return parseAuthority(url, input, p + 2);
    }
    copyAuthority(url, base);
    return parsePath(url, input, p + 1);
  }
  copyAuthority(url, base);
  url.path = base.path.slice();
  if (p >= input.length) {
    url.query = base.query;
    return url;
  }
  if (c === 0x3f) return parseQuery(url, input, p + 1);
  url.query = base.query;
  if (c === 0x23) {
    url.fragment = encodeRange(input, p + 1, input.length, FRAGMENT_SET);
    return url;
  }
  url.query = null;
  shortenPath(url);
  return parsePath(url, input, p);
}

// From the authority state (p after the slashes) to the end.
function parseAuthority(url, input, p) {
  const special = isSpecial(url);
  const len = input.length;
  let end = p;
  let at = -1;
  for (; end < len; end++) {
    const c = input.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) break;
    if (c === 0x40) at = end;
  }
  let hostStart = p;
  if (at !== -1) {
    let colon = input.indexOf(':', p);
    if (colon === -1 || colon > at) colon = at;
    url.username = encodeRange(input, p, colon, USERINFO_SET);
    if (colon < at) url.password = encodeRange(input, colon + 1, at, USERINFO_SET);
    hostStart = at + 1;
    if (hostStart === end) return null;
  }
  if (!parseHostAndPort(url, input, hostStart, end)) return null;
  return parsePathStart(url, input, end);
}

// Host state and port state over input[start, end) (no state override).
function parseHostAndPort(url, input, start, end) {
  const special = isSpecial(url);
  let inBrackets = false;
  let colon = -1;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x5b) inBrackets = true;
    else if (c === 0x5d) inBrackets = false;
    else if (c === 0x3a && !inBrackets) {
      colon = i;
      break;
    }
  }
  const hostEnd = colon === -1 ? end : colon;
  if (hostEnd === start && (colon !== -1 || special)) return false;
  const host = parseHost(input.slice(start, hostEnd), special);
  if (host === null) return false;
  url.host = host;
  if (colon !== -1) {
    const port = parsePort(input, colon + 1, end);
    if (port === -2) return false;
    if (port !== -1) url.port = port === defaultPortOf(url.type) ? null : port;
  }
  return true;
}

// Digits in input[start, end): the port, -1 when empty, -2 when not a valid port.
function parsePort(input, start, end) {
  if (start === end) return -1;
  let port = 0;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (!isDigit(c)) return -2;
    port = port * 10 + c - 0x30;
    if (port > 65535) return -2;
  }
  return port;
}

function parsePathStart(url, input, p) {
  const c = input.charCodeAt(p);
  if (isSpecial(url)) {
    return parsePath(url, input, isSlash(c, true) ? p + 1 : p);
  }
  if (p >= input.length) return url;
  if (c === 0x3f) return parseQuery(url, input, p + 1);
  if (c === 0x23) {
    url.fragment = encodeRange(input, p + 1, input.length, FRAGMENT_SET);
    return url;
  }
  return parsePath(url, input, c === 0x2f ? p + 1 : p);
}

function singleDot(input, s, e) {
  const n = e - s;
  if (n === 1) return input.charCodeAt(s) === 0x2e;
  return n === 3 && isPercent2e(input, s);
}

function isPercent2e(input, s) {
  return input.charCodeAt(s) === 0x25 && input.charCodeAt(s + 1) === 0x32 &&
    (input.charCodeAt(s + 2) | 0x20) === 0x65;
}

function doubleDot(input, s, e) {
  const n = e - s;
  if (n === 2) return input.charCodeAt(s) === 0x2e && input.charCodeAt(s + 1) === 0x2e;
  if (n === 4) {
    return (input.charCodeAt(s) === 0x2e && isPercent2e(input, s + 1)) ||
      (isPercent2e(input, s) && input.charCodeAt(s + 3) === 0x2e);
  }
  return n === 6 && isPercent2e(input, s) && isPercent2e(input, s + 3);
}

// The path state from p (the start of a segment) to the end of the path; `override` is
// true for the pathname setter ('?' and '#' are then part of the path).
function parsePath(url, input, p, override = false) {
  if (!override && parsePathQuickly(url, input, p)) return url;
  const special = isSpecial(url);
  const len = input.length;
  const path = url.path;
  for (;;) {
    let q = p;
    let c = -1;
    for (; q < len; q++) {
      c = input.charCodeAt(q);
      if (c === 0x2f || (special && c === 0x5c) || (!override && (c === 0x3f || c === 0x23))) break;
    }
    if (q === len) c = -1;
    const slash = c === 0x2f || (special && c === 0x5c);
    if (doubleDot(input, p, q)) {
      // Node 20 (ada) adds no empty segment when '..' leaves a path that is not special as
      // it was (empty).
      const length = path.length;
      shortenPath(url);
      if (!slash && (special || path.length !== length)) path.push('');
    } else if (singleDot(input, p, q)) {
      if (!slash) path.push('');
    } else {
      let segment = encodeRange(input, p, q, PATH_SET);
      if (url.type === SCHEME_FILE && path.length === 0 && isWindowsDriveLetter(segment, false)) {
        segment = `${segment[0]}:`;
      }
      path.push(segment);
    }
    if (c === -1) return url;
    if (c === 0x3f) return parseQuery(url, input, q + 1);
    if (c === 0x23) {
      url.fragment = encodeRange(input, q + 1, len, FRAGMENT_SET);
      return url;
    }
    p = q + 1;
  }
}

const QUICK_PLAIN = 0;
const QUICK_SLASH = 1;
const QUICK_END = 2;
const QUICK_DOT = 3;
const QUICK_OTHER = 4;
const quickPathChars = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((encodeSets[c] & PATH_SET) !== 0 || c === 0x5c) quickPathChars[c] = QUICK_OTHER;
}
quickPathChars[0x2f] = QUICK_SLASH;
quickPathChars[0x3f] = QUICK_END;
quickPathChars[0x23] = QUICK_END;
quickPathChars[0x2e] = QUICK_DOT;
quickPathChars[0x25] = QUICK_DOT;

// The common path: nothing to encode, no dot segments, no backslashes: its segments are
// taken as they are (then the query and fragment). False when the path needs parsePath().
function parsePathQuickly(url, input, p) {
  const len = input.length;
  let q = p;
  let segmentStart = true;
  for (; q < len; q++) {
    const c = input.charCodeAt(q);
    const kind = c < 0x80 ? quickPathChars[c] : QUICK_OTHER;
    if (kind === QUICK_PLAIN) {
      segmentStart = false;
    } else if (kind === QUICK_SLASH) {
      segmentStart = true;
    } else if (kind === QUICK_END) {
      break;
    } else if (kind === QUICK_DOT && !segmentStart) {
      segmentStart = false;
    } else {
      // To encode, a backslash, or what could start a dot segment ('.', '%2e').
      return false;
    }
  }
  const text = input.slice(p, q);
  const segments = text.indexOf('/') === -1 ? [text] : text.split('/');
  const path = url.path;
  if (url.type === SCHEME_FILE && path.length === 0 && isWindowsDriveLetter(segments[0], false)) {
    return false;
  }
  if (path.length === 0) {
    url.path = segments;
    url.serializedPath = url.bareSegments ? text : `/${text}`;
  } else {
    for (let i = 0; i < segments.length; i++) path.push(segments[i]);
  }
  if (q === len) return true;
  if (input.charCodeAt(q) === 0x3f) parseQuery(url, input, q + 1);
  else url.fragment = encodeRange(input, q + 1, len, FRAGMENT_SET);
  return true;
}

function parseOpaquePath(url, input, p) {
  const len = input.length;
  let q = p;
  for (; q < len; q++) {
    const c = input.charCodeAt(q);
    if (c === 0x3f || c === 0x23) break;
  }
  url.path = encodeRange(input, p, q, C0_SET);
  if (q === len) return url;
  if (input.charCodeAt(q) === 0x3f) return parseQuery(url, input, q + 1);
  url.fragment = encodeRange(input, q + 1, len, FRAGMENT_SET);
  return url;
}

function parseQuery(url, input, p) {
  const len = input.length;
  let hash = input.indexOf('#', p);
  if (hash === -1) hash = len;
  url.query = encodeRange(input, p, hash, isSpecial(url) ? SPECIAL_QUERY_SET : QUERY_SET);
  if (hash < len) url.fragment = encodeRange(input, hash + 1, len, FRAGMENT_SET);
  return url;
}

function parseFile(url, input, p, base) {
  url.scheme = 'file';
  url.type = SCHEME_FILE;
  url.host = '';
  const len = input.length;
  const c = input.charCodeAt(p);
  const baseIsFile = base !== null && base.type === SCHEME_FILE;
  if (c === 0x2f || c === 0x5c) {
    const d = input.charCodeAt(p + 1);
    if (d === 0x2f || d === 0x5c) return parseFileHost(url, input, p + 2);
    if (baseIsFile) {
      url.host = base.host;
      if (!startsWithWindowsDriveLetter(input, p + 1, len) && base.path.length > 0 &&
          isWindowsDriveLetter(base.path[0], true)) {
        url.path.push(base.path[0]);
      }
    }
    return parsePath(url, input, p + 1);
  }
  if (baseIsFile) {
    url.host = base.host;
    url.path = base.path.slice();
    url.query = base.query;
    if (p >= len) return url;
    if (c === 0x3f) return parseQuery(url, input, p + 1);
    if (c === 0x23) {
      url.fragment = encodeRange(input, p + 1, len, FRAGMENT_SET);
      return url;
    }
    url.query = null;
    if (!startsWithWindowsDriveLetter(input, p, len)) shortenPath(url);
    else url.path = [];
    return parsePath(url, input, p);
  }
  if (p >= len) {
    url.path.push('');
    return url;
  }
  return parsePath(url, input, p);
}

function parseFileHost(url, input, p) {
  const len = input.length;
  let end = p;
  for (; end < len; end++) {
    const c = input.charCodeAt(end);
    if (c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) break;
  }
  if (end - p === 2 && isWindowsDriveLetter(input.slice(p, end), false)) {
    return parsePath(url, input, p);
  }
  if (end > p) {
    let host = parseHost(input.slice(p, end), true);
    if (host === null) return null;
    if (host === 'localhost') host = '';
    url.host = host;
  }
  const c = input.charCodeAt(end);
  return parsePath(url, input, c === 0x2f || c === 0x5c ? end + 1 : end);
}

// -- serializing: the href and its offsets --

const OMITTED = 4294967295;  // ada's "no such component" (uint32_t(-1)), as inspect shows it

class URLContext {
  constructor() {
    this.href = '';
    this.protocol_end = 0;
    this.username_end = 0;
    this.host_start = 0;
    this.host_end = 0;
    this.pathname_start = 0;
    this.search_start = 0;
    this.hash_start = 0;
    this.port = 0;
    this.scheme_type = 1;
  }

  get hasPort() {
    return this.port !== OMITTED;
  }

  get hasSearch() {
    return this.search_start !== OMITTED;
  }

  get hasHash() {
    return this.hash_start !== OMITTED;
  }
}

function serializePath(url) {
  const path = url.path;
  if (typeof path === 'string') return path;
  if (url.serializedPath !== undefined) return url.serializedPath;
  if (url.bareSegments) return path.join('/');
  if (path.length === 1) return `/${path[0]}`;
  return path.length === 0 ? '' : `/${path.join('/')}`;
}

function updateContext(ctx, url) {
  let href = `${url.scheme}:`;
  ctx.protocol_end = href.length;
  if (url.host !== null) {
    href += '//';
    ctx.username_end = href.length;
    if (url.username !== '' || url.password !== '') {
      href += url.username;
      ctx.username_end = href.length;
      if (url.password !== '') href += `:${url.password}`;
      ctx.host_start = href.length;
      href += '@';
    } else {
      ctx.host_start = href.length;
    }
    href += url.host;
    ctx.host_end = href.length;
    if (url.port !== null) href += `:${url.port}`;
  } else {
    ctx.username_end = ctx.host_start = ctx.host_end = href.length;
    if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '' &&
        !url.bareSegments) {
      href += '/.';
    }
  }
  ctx.pathname_start = href.length;
  href += serializePath(url);
  if (url.query !== null) {
    ctx.search_start = href.length;
    href += `?${url.query}`;
  } else {
    ctx.search_start = OMITTED;
  }
  if (url.fragment !== null) {
    ctx.hash_start = href.length;
    href += `#${url.fragment}`;
  } else {
    ctx.hash_start = OMITTED;
  }
  ctx.href = href;
  ctx.port = url.port === null ? OMITTED : url.port;
  ctx.scheme_type = url.type;
  return ctx;
}

function pathnameEnd(ctx) {
  if (ctx.search_start !== OMITTED) return ctx.search_start;
  if (ctx.hash_start !== OMITTED) return ctx.hash_start;
  return ctx.href.length;
}

function hostnameStart(ctx) {
  return ctx.host_start < ctx.host_end && ctx.href.charCodeAt(ctx.host_start) === 0x40 ?
    ctx.host_start + 1 : ctx.host_start;
}

// The URL record a context serializes.
function recordOf(ctx) {
  const href = ctx.href;
  const url = new URLRecord();
  url.scheme = href.slice(0, ctx.protocol_end - 1);
  url.type = ctx.scheme_type;
  const hasHost = href.charCodeAt(ctx.protocol_end) === 0x2f &&
    href.charCodeAt(ctx.protocol_end + 1) === 0x2f;
  if (hasHost) {
    url.username = href.slice(ctx.protocol_end + 2, ctx.username_end);
    if (ctx.host_start > ctx.username_end) {
      url.password = href.slice(ctx.username_end + 1, ctx.host_start);
    }
    url.host = href.slice(hostnameStart(ctx), ctx.host_end);
    url.port = ctx.port === OMITTED ? null : ctx.port;
  }
  const pathname = href.slice(ctx.pathname_start, pathnameEnd(ctx));
  if (!hasHost && pathname.charCodeAt(0) !== 0x2f) {
    url.path = pathname;
  } else {
    url.path = pathname === '' ? [] : pathname.slice(1).split('/');
  }
  if (ctx.search_start !== OMITTED) {
    url.query = href.slice(ctx.search_start + 1,
                           ctx.hash_start !== OMITTED ? ctx.hash_start : href.length);
  }
  if (ctx.hash_start !== OMITTED) url.fragment = href.slice(ctx.hash_start + 1);
  return url;
}

// -- state overrides (the setters) --

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.type === SCHEME_FILE;
}

// The protocol setter: scheme start state with an override. True when url changed.
function setScheme(url, value) {
  value = removeTabsAndNewlines(value);
  if (value.length === 0 || !isAlpha(value.charCodeAt(0))) return false;
  let end = 1;
  while (end < value.length && isSchemeChar(value.charCodeAt(end))) end++;
  if (end < value.length && value.charCodeAt(end) !== 0x3a) return false;
  const scheme = value.slice(0, end).toLowerCase();
  const type = schemeTypeOf(scheme);
  if ((url.type === SCHEME_NOT_SPECIAL) !== (type === SCHEME_NOT_SPECIAL)) return false;
  if ((includesCredentials(url) || url.port !== null) && type === SCHEME_FILE) return false;
  if (url.type === SCHEME_FILE && url.host === '') return false;
  url.scheme = scheme;
  url.type = type;
  if (url.port === defaultPortOf(type)) url.port = null;
  return true;
}

// The host and hostname setters: host state (or hostname state) with an override.
function setHost(url, value, hostnameOnly) {
  if (hasOpaquePath(url)) return false;
  const input = removeTabsAndNewlines(value);
  const len = input.length;
  const special = isSpecial(url);
  if (url.type === SCHEME_FILE) {
    let end = 0;
    while (end < len) {
      const c = input.charCodeAt(end);
      if (c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) break;
      end++;
    }
    if (end === 0) {
      url.host = '';
      return true;
    }
    let host = parseHost(input.slice(0, end), true);
    if (host === null) return false;
    if (host === 'localhost') host = '';
    url.host = host;
    return true;
  }
  let inBrackets = false;
  let p = 0;
  for (; p < len; p++) {
    const c = input.charCodeAt(p);
    if (c === 0x3a && !inBrackets) break;
    if (c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) break;
    if (c === 0x5b) inBrackets = true;
    else if (c === 0x5d) inBrackets = false;
  }
  if (p < len && input.charCodeAt(p) === 0x3a) {
    if (hostnameOnly) return false;
    // Node 20 (ada) lets a URL that is not special have an empty host here, and takes no
    // port for a URL that had no host.
    if (p === 0 && (special || url.host === null)) return false;
    const hadHost = url.host !== null;
    const host = parseHost(input.slice(0, p), special);
    if (host === null) return false;
    url.host = host;
    if (hadHost) {
      // (ada looks for digits up to the fragment, past the end of the port.)
      const hash = input.indexOf('#', p + 1);
      setPortAsNode(url, input.slice(p + 1, hash === -1 ? len : hash));
    }
    return true;
  }
  if (p === 0) {
    if (special) return false;
    if (includesCredentials(url) || url.port !== null) return false;
    // Node 20 (ada) gives a URL without a host an empty one only when its path starts with
    // an empty segment (sc:/.//p).
    if (url.host === null && !(url.path.length > 1 && url.path[0] === '')) return false;
  }
  const host = parseHost(input.slice(0, p), special);
  if (host === null) return false;
  url.host = host;
  return true;
}

// The port as Node 20 (ada) sets it, from the port setter or after the host in the host
// setter: a value without digits, or starting with a control, a space or '-', changes
// nothing; one not starting with a digit clears the port; else its leading digits are the
// port (unless above 65535). False when nothing changed.
function setPortAsNode(url, input) {
  const c = input.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39) && (c <= 0x20 || c === 0x2d || !/[0-9]/.test(input))) {
    return false;
  }
  if (!isDigit(c)) {
    url.port = null;
    return true;
  }
  return setPortFrom(url, input, 0);
}

// Port state with an override, from input[p]: digits up to the first other character.
function setPortFrom(url, input, p) {
  let end = p;
  while (end < input.length && isDigit(input.charCodeAt(end))) end++;
  if (end === p) return false;
  const port = parsePort(input, p, end);
  if (port < 0) return false;
  url.port = port === defaultPortOf(url.type) ? null : port;
  return true;
}

function setPathname(url, value) {
  if (hasOpaquePath(url)) return false;
  url.path = [];
  const input = removeTabsAndNewlines(value);
  const c = input.charCodeAt(0);
  if (isSpecial(url)) {
    parsePath(url, input, isSlash(c, true) ? 1 : 0, true);
  } else if (input.length > 0) {
    parsePath(url, input, c === 0x2f ? 1 : 0, true);
  } else if (url.host === null) {
    url.path.push('');
  }
  return true;
}

// A URL with an opaque path loses the trailing spaces of its path when it can no longer end
// in one (its query and fragment both gone).
function stripTrailingSpacesFromOpaquePath(url) {
  if (!hasOpaquePath(url) || url.fragment !== null || url.query !== null) return;
  let end = url.path.length;
  while (end > 0 && url.path.charCodeAt(end - 1) === 0x20) end--;
  url.path = url.path.slice(0, end);
}

// -- the URL class --

let lazyInspectModule;
function lazyInspect() {
  if (lazyInspectModule === undefined) lazyInspectModule = require('internal/util/inspect');
  return lazyInspectModule;
}
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const contextForInspect = Symbol('context');

// USVString conversion: lone surrogates become U+FFFD.
const surrogatePattern = /[\ud800-\udfff]/;
function toUSVString(value) {
  const str = `${value}`;
  // (A regular expression finds none in one-byte strings without looking.)
  const match = surrogatePattern.exec(str);
  return match === null ? str : fixSurrogates(str, match.index);
}

function fixSurrogates(str, from) {
  let out = str.slice(0, from);
  for (let i = from; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += str[i];
    }
  }
  return out;
}

function getConstructorOf(obj) {
  while (obj !== null && obj !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// Parses input against an optional base string: the record, or null.
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = parseURL(base, null);
    if (baseRecord === null) return null;
  }
  return parseURL(input, baseRecord);
}

// Makes new URL() take a parsed record (its second argument) as it is.
const kFromRecord = Symbol('kFromRecord');

// Set by the URL class: lets URLSearchParams reach the URL it belongs to.
let markSearchParamsModified;
let isURLInstance;

class URL {
  #context = new URLContext();
  #searchParams;
  #searchParamsModified = false;

  constructor(input, base = undefined) {
    if (input === kFromRecord) {
      // URL.parse(): already parsed.
      updateContext(this.#context, base);
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const url = parseWithBase(input, base);
    if (url === null) throw new ERR_INVALID_URL(input, base);
    updateContext(this.#context, url);
  }

  static {
    markSearchParamsModified = (url) => { url.#searchParamsModified = true; };
    isURLInstance = (obj) => obj !== null && typeof obj === 'object' && #context in obj;
  }

  // A change through searchParams reaches the href when it is next read.
  #ensureSearchParamsUpdated() {
    if (!this.#searchParamsModified) return;
    this.#searchParamsModified = false;
    const url = recordOf(this.#context);
    const serialized = this.#searchParams.toString();
    url.query = serialized === '' ? null : serialized;
    if (url.query === null) stripTrailingSpacesFromOpaquePath(url);
    updateContext(this.#context, url);
  }

  // The record changed outside the query: the searchParams list follows the new query.
  #update(url, queryChanged) {
    updateContext(this.#context, url);
    if (queryChanged && this.#searchParams !== undefined) {
      this.#searchParamsModified = false;
      setSearchParamsList(this.#searchParams, url.query === null ? '' : url.query);
    }
  }

  [inspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[contextForInspect] = this.#context;
    return `${constructor.name} ${lazyInspect().inspect(obj, opts)}`;
  }

  toString() {
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  get href() {
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  set href(value) {
    const ctx = this.#context;
    value = toUSVString(value);
    const url = parseURL(value, null);
    if (url === null) throw new ERR_INVALID_URL(value);
    this.#searchParamsModified = false;
    updateContext(ctx, url);
    if (this.#searchParams !== undefined) {
      setSearchParamsList(this.#searchParams, url.query === null ? '' : url.query);
    }
  }

  get origin() {
    const ctx = this.#context;
    const href = ctx.href;
    switch (ctx.scheme_type) {
      case SCHEME_NOT_SPECIAL: {
        if (href.slice(0, ctx.protocol_end) !== 'blob:') return 'null';
        const inner = parseURL(href.slice(ctx.pathname_start, pathnameEnd(ctx)), null);
        if (inner === null) return 'null';
        if (inner.type === SCHEME_HTTP || inner.type === SCHEME_HTTPS) {
          return `${inner.scheme}://${inner.host}${inner.port === null ? '' : `:${inner.port}`}`;
        }
        return 'null';
      }
      case SCHEME_FILE:
        return 'null';
      default:
        return href.slice(0, ctx.protocol_end) + '//' +
          href.slice(hostnameStart(ctx), ctx.pathname_start);
    }
  }

  get protocol() {
    const ctx = this.#context;
    return ctx.href.slice(0, ctx.protocol_end);
  }

  set protocol(value) {
    const ctx = this.#context;
    const url = recordOf(ctx);
    if (setScheme(url, toUSVString(value))) this.#update(url, false);
  }

  get username() {
    const ctx = this.#context;
    if (ctx.username_end <= ctx.protocol_end + 2) return '';
    return ctx.href.slice(ctx.protocol_end + 2, ctx.username_end);
  }

  set username(value) {
    const url = recordOf(this.#context);
    if (cannotHaveCredentialsOrPort(url)) return;
    value = toUSVString(value);
    url.username = encodeRange(value, 0, value.length, USERINFO_SET);
    this.#update(url, false);
  }

  get password() {
    const ctx = this.#context;
    if (ctx.host_start <= ctx.username_end) return '';
    return ctx.href.slice(ctx.username_end + 1, ctx.host_start);
  }

  set password(value) {
    const url = recordOf(this.#context);
    if (cannotHaveCredentialsOrPort(url)) return;
    value = toUSVString(value);
    url.password = encodeRange(value, 0, value.length, USERINFO_SET);
    this.#update(url, false);
  }

  get host() {
    const ctx = this.#context;
    const start = hostnameStart(ctx);
    // An empty host is '' even with a port (as ada has it).
    if (start === ctx.host_end) return '';
    return ctx.href.slice(start, ctx.port === OMITTED ? ctx.host_end : ctx.pathname_start);
  }

  set host(value) {
    const url = recordOf(this.#context);
    if (setHost(url, toUSVString(value), false)) this.#update(url, false);
  }

  get hostname() {
    const ctx = this.#context;
    return ctx.href.slice(hostnameStart(ctx), ctx.host_end);
  }

  set hostname(value) {
    const url = recordOf(this.#context);
    if (setHost(url, toUSVString(value), true)) this.#update(url, false);
  }

  get port() {
    const ctx = this.#context;
    return ctx.port === OMITTED ? '' : `${ctx.port}`;
  }

  set port(value) {
    const url = recordOf(this.#context);
    if (cannotHaveCredentialsOrPort(url)) return;
    value = toUSVString(value);
    const input = removeTabsAndNewlines(value);
    if (input === '') url.port = null;
    else if (!setPortAsNode(url, input)) return;
    this.#update(url, false);
  }

  get pathname() {
    const ctx = this.#context;
    return ctx.href.slice(ctx.pathname_start, pathnameEnd(ctx));
  }

  set pathname(value) {
    const url = recordOf(this.#context);
    if (setPathname(url, toUSVString(value))) this.#update(url, false);
  }

  get search() {
    this.#ensureSearchParamsUpdated();
    const ctx = this.#context;
    if (ctx.search_start === OMITTED) return '';
    const end = ctx.hash_start === OMITTED ? ctx.href.length : ctx.hash_start;
    return end - ctx.search_start <= 1 ? '' : ctx.href.slice(ctx.search_start, end);
  }

  set search(value) {
    const ctx = this.#context;
    const url = recordOf(ctx);
    value = toUSVString(value);
    this.#searchParamsModified = false;
    if (value === '') {
      url.query = null;
      stripTrailingSpacesFromOpaquePath(url);
      this.#update(url, true);
      return;
    }
    const input = removeTabsAndNewlines(value.charCodeAt(0) === 0x3f ? value.slice(1) : value);
    url.query = encodeRange(input, 0, input.length,
                            isSpecial(url) ? SPECIAL_QUERY_SET : QUERY_SET);
    updateContext(ctx, url);
    if (this.#searchParams !== undefined) {
      setSearchParamsList(this.#searchParams,
                          value.charCodeAt(0) === 0x3f ? value.slice(1) : value);
    }
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams();
      attachSearchParams(params, this);
      const ctx = this.#context;
      if (ctx.search_start !== OMITTED) {
        const end = ctx.hash_start === OMITTED ? ctx.href.length : ctx.hash_start;
        setSearchParamsList(params, ctx.href.slice(ctx.search_start + 1, end));
      }
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const ctx = this.#context;
    if (ctx.hash_start === OMITTED || ctx.hash_start === ctx.href.length - 1) return '';
    return ctx.href.slice(ctx.hash_start);
  }

  set hash(value) {
    const url = recordOf(this.#context);
    value = toUSVString(value);
    if (value === '') {
      url.fragment = null;
      stripTrailingSpacesFromOpaquePath(url);
    } else {
      const input = removeTabsAndNewlines(value.charCodeAt(0) === 0x23 ? value.slice(1) : value);
      url.fragment = encodeRange(input, 0, input.length, FRAGMENT_SET);
    }
    this.#update(url, false);
  }

  toJSON() {
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const url = parseWithBase(input, base);
    if (url === null) return null;
    return new URL(kFromRecord, url);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return parseWithBase(url, base) !== null;
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = require('crypto').randomUUID();
    objectURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = URL.parse(`${url}`);
    if (parsed === null || parsed.protocol !== 'blob:') return;
    const pathname = parsed.pathname;
    if (pathname.startsWith('nodedata:')) objectURLs.delete(pathname.slice(9));
  }
}

// The Blobs URL.createObjectURL() registered, by id.
const objectURLs = new Map();

// The Blob a 'blob:nodedata:<id>' URL stands for (for buffer.resolveObjectURL), or undefined.
function resolveObjectURL(url) {
  const parsed = URL.parse(`${url}`);
  if (parsed === null || parsed.protocol !== 'blob:') return undefined;
  const pathname = parsed.pathname;
  if (!pathname.startsWith('nodedata:')) return undefined;
  return objectURLs.get(pathname.slice(9));
}

function defineEnumerable(proto, names) {
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    descriptor.enumerable = true;
    Object.defineProperty(proto, name, descriptor);
  }
}

defineEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username',
                                 'password', 'host', 'hostname', 'port', 'pathname', 'search',
                                 'searchParams', 'hash', 'toJSON']);
defineEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// -- URLSearchParams --

// The application/x-www-form-urlencoded serializer's encoding of one name or value.
function encodeFormComponent(str) {
  let i = 0;
  const len = str.length;
  for (; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c > 0x7e || (encodeSets[c] & FORM_SET) !== 0) break;
  }
  if (i === len) return str;
  let out = str.slice(0, i);
  let last = i;
  while (i < len) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if ((encodeSets[c] & FORM_SET) !== 0) {
        out += str.slice(last, i) + (c === 0x20 ? '+' : hexTable[c]);
        last = i + 1;
      }
      i++;
    } else {
      out += str.slice(last, i) + encodeCodePointAt(str, i);
      i = last = nextIndex;
    }
  }
  return out + str.slice(last);
}

function decodeFormComponent(str, start, end) {
  let i = start;
  for (; i < end; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x2b || c === 0x25) break;
  }
  if (i === end) return str.slice(start, end);
  let plain = str.slice(start, end);
  if (plain.indexOf('+') !== -1) plain = plain.split('+').join(' ');
  return plain.indexOf('%') === -1 ? plain : percentDecodeString(plain);
}

// The application/x-www-form-urlencoded parser, appending to a flat [name, value, ...] list.
function parseFormInto(list, input) {
  const len = input.length;
  let start = 0;
  while (start < len) {
    let amp = input.indexOf('&', start);
    if (amp === -1) amp = len;
    if (amp > start) {
      let eq = input.indexOf('=', start);
      if (eq === -1 || eq > amp) eq = amp;
      list.push(decodeFormComponent(input, start, eq),
                eq < amp ? decodeFormComponent(input, eq + 1, amp) : '');
    }
    start = amp + 1;
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${encodeFormComponent(list[i])}=${encodeFormComponent(list[i + 1])}`;
  }
  return out;
}

let attachSearchParams;
let setSearchParamsList;
let listOf;
let isURLSearchParams;

function removeColors(str) {
  return str.replace(/\u001b\[\d\d?m/g, '');
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    const list = this.#list;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === URLSearchParams.prototype[Symbol.iterator] && #list in init) {
        const other = init.#list;
        for (let i = 0; i < other.length; i++) list.push(other[i]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const entry = Array.from(pair);
          if (entry.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(toUSVString(entry[0]), toUSVString(entry[1]));
        }
      } else {
        // A record: own enumerable keys; keys equal once converted keep the first place and
        // the last value.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at + 1] = value;
          } else {
            seen.set(name, list.length);
            list.push(name, value);
          }
        }
      }
    } else {
      init = toUSVString(init);
      parseFormInto(list, init.charCodeAt(0) === 0x3f ? init.slice(1) : init);
    }
  }

  static {
    attachSearchParams = (params, url) => { params.#url = url; };
    setSearchParamsList = (params, query) => {
      params.#list = parseFormInto([], query);
    };
    listOf = (params) => params.#list;
    isURLSearchParams = (obj) => obj !== null && typeof obj === 'object' && #list in obj;
  }

  #update() {
    if (this.#url !== null) markSearchParamsModified(this.#url);
  }

  [inspectCustom](recurseTimes, ctx) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const { inspect } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const entries = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const entry = `${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`;
      entries.push(entry);
      length += removeColors(entry).length + 2;
    }
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    if (entries.length !== 0) return `${name} { ${entries.join(', ')} }`;
    return `${name} {}`;
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    let kept = 0;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && list[i + 1] === value) continue;
        list[kept++] = list[i];
        list[kept++] = list[i + 1];
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) continue;
        list[kept++] = list[i];
        list[kept++] = list[i + 1];
      }
    }
    list.length = kept;
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        if (found) continue;
        found = true;
        list[kept++] = name;
        list[kept++] = value;
        continue;
      }
      list[kept++] = list[i];
      list[kept++] = list[i + 1];
    }
    list.length = kept;
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; strings compare by UTF-16 code units, as the
    // standard asks.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0)));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, KIND_ENTRIES);
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, KIND_KEYS);
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, KIND_VALUES);
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeForm(this.#list);
  }
}

defineEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has',
                                             'set', 'sort', 'entries', 'forEach', 'keys',
                                             'values', 'toString']);
Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.toStringTag]: { value: 'URLSearchParams', configurable: true },
  [Symbol.iterator]: {
    value: URLSearchParams.prototype.entries, writable: true, configurable: true,
  },
});

const KIND_KEYS = 0;
const KIND_VALUES = 1;
const KIND_ENTRIES = 2;

// Iterates the live list: entries added or removed meanwhile are seen.
class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (!(this !== null && typeof this === 'object' && #params in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = listOf(this.#params);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const kind = this.#kind;
    const value = kind === KIND_KEYS ? list[index] :
      (kind === KIND_VALUES ? list[index + 1] : [list[index], list[index + 1]]);
    return { value, done: false };
  }

  [inspectCustom](recurseTimes, ctx) {
    if (!(this !== null && typeof this === 'object' && #params in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const { inspect } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = listOf(this.#params);
    const kind = this.#kind;
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) {
      items.push(kind === KIND_KEYS ? list[i] :
        (kind === KIND_VALUES ? list[i + 1] : [list[i], list[i + 1]]));
    }
    // Laid out on several lines when the items, shown as one array, would be.
    const multiline = inspect(items, innerOpts).includes('\n');
    const shown = items.map((item) => inspect(item, innerOpts));
    const body = multiline ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
defineEnumerable(URLSearchParamsIterator.prototype, ['next']);
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});

// -- helpers for other modules --

// A URL, or an object shaped like one (not a legacy url.parse() result).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostThroughSetter(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = hostThroughSetter(`${domain}`);
  return host === '' ? '' : lazyIdna().toUnicode(host);
}

// What the hostname setter of 'ws://x' makes of domain ('' when it refuses it), as Node's
// domainToASCII() does.
function hostThroughSetter(domain) {
  const url = new URLRecord();
  url.scheme = 'ws';
  url.type = SCHEME_WS;
  url.host = 'x';
  url.path = [''];
  return setHost(url, domain, true) ? url.host : '';
}

// url.format() of a URL's href, with components left out as asked.
function formatURLHref(href, fragment, unicode, search, auth) {
  const url = parseURL(href, null);
  if (url === null) return '';
  if (!fragment) url.fragment = null;
  if (unicode && url.host !== null && url.host !== '') url.host = lazyIdna().toUnicode(url.host);
  if (!search) url.query = null;
  if (!auth) {
    url.username = '';
    url.password = '';
  }
  return updateContext(new URLContext(), url).href;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

const isWindows = process.platform === 'win32';

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) ||  // 2f 2F /
          (pathname[n + 1] === '5' && third === 99)) {   // 5c 5C \
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.split('/').join('\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // A UNC path: \\server\share\...
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// The characters pathToFileURL() escapes besides controls and non-ASCII: those that would
// end or change the path, and a few more, as Node 20 does.
const FILE_PATH_ESCAPES = new Uint8Array(128);
{
  for (let c = 0; c <= 0x20; c++) FILE_PATH_ESCAPES[c] = 1;
  for (const c of '"#%<>?[\\]^`{|}~\x7f') FILE_PATH_ESCAPES[c.charCodeAt(0)] = 1;
}

function encodePathChars(filepath, windows) {
  let out = '';
  let last = 0;
  for (let i = 0; i < filepath.length;) {
    const c = filepath.charCodeAt(i);
    if (c < 0x80) {
      if (windows && c === 0x5c) {
        out += `${filepath.slice(last, i)}/`;
        last = i + 1;
      } else if (FILE_PATH_ESCAPES[c] === 1) {
        out += filepath.slice(last, i) + hexTable[c];
        last = i + 1;
      }
      i++;
    } else {
      out += filepath.slice(last, i) + encodeCodePointAt(filepath, i);
      i = last = nextIndex;
    }
  }
  return out + filepath.slice(last);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    // A UNC path: \\server\share\... (or \\?\UNC\server\share\...).
    const outURL = new URL('file://');
    const prefixLength = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostnameEnd = filepath.indexOf('\\', prefixLength);
    if (hostnameEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    outURL.hostname = domainToASCII(filepath.slice(prefixLength, hostnameEnd));
    outURL.pathname = encodePathChars(filepath.slice(hostnameEnd), true);
    return outURL;
  }
  const path = require('path');
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator: keep it.
  const lastChar = filepath.charCodeAt(filepath.length - 1);
  if ((lastChar === 0x2f || (windows && lastChar === 0x5c)) &&
      resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  let encoded = encodePathChars(resolved, windows);
  if (encoded.charCodeAt(0) !== 0x2f) encoded = `/${encoded}`;
  return new URL(`file://${encoded}`);
}

// A file URL (or URL-like object) becomes its path; anything else is returned as it is.
function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// Protocols the legacy url module treats apart (lib/url.js).
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
                                 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

module.exports = {
  URL,
  URLSearchParams,
  encodeStr: require('internal/querystring').encodeStr,
  hostlessProtocol,
  slashedProtocol,
  unsafeProtocol,
  domainToASCII,
  domainToUnicode,
  encodeFormComponent,
  fileURLToPath,
  formatURLHref,
  isURL,
  isURLInstance,
  isURLSearchParams,
  parseURL,
  pathToFileURL,
  resolveObjectURL,
  toPathIfFileURL,
  toUSVString,
  urlToHttpOptions,
};
