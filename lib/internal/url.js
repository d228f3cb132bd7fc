'use strict';
// The WHATWG URL Standard: the URL and URLSearchParams classes with Node 20's API, errors and
// util.inspect output, and the file-URL helpers the fs and module loader code use.
//
// The parser is C (src/url.c, internalBinding('url'), with Node's interface): one call parses
// and serializes, returning the href and leaving the offsets of its components in
// urlComponents. A URL keeps its href and those offsets in a URLContext (as Node's, which
// util.inspect shows with showHidden); the getters slice the href, and a setter hands the
// href, the setter and the value back to C, which parses and runs the setter's state override.

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

const bindingUrl = internalBinding('url');
const { urlComponents } = bindingUrl;

// Scheme types, numbered as ada (Node's URL parser) numbers them; src/url.c sets them.
const SCHEME_HTTP = 0;
const SCHEME_NOT_SPECIAL = 1;
const SCHEME_HTTPS = 2;
const SCHEME_FILE = 6;

// The setters, numbered as Node numbers them: keep in sync with SET_* in src/url.c.
const kProtocol = 0;
const kHost = 1;
const kHostname = 2;
const kPort = 3;
const kUsername = 4;
const kPassword = 5;
const kPathname = 6;
const kSearch = 7;
const kHash = 8;
const kHref = 9;

// -- percent-encoding, for URLSearchParams and pathToFileURL() --

// The application/x-www-form-urlencoded percent-encode set (ASCII; anything above U+007E is
// in it too).
const formEncodeSet = new Uint8Array(128);
{
  for (let c = 0; c < 0x20; c++) formEncodeSet[c] = 1;
  for (const c of ' "#<>?`{}/:;=@[\\]^|$%&+,!\'()~\x7f') formEncodeSet[c.charCodeAt(0)] = 1;
}

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// The UTF-8 bytes of the code point at str[i] (a lone surrogate is U+FFFD), percent-encoded;
// `nextIndex` gets the index after it.
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

// -- the URL class --

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

// The href the binding returned, with the offsets it left in urlComponents (keep the order
// in sync with src/url.c).
function updateContext(ctx, href) {
  ctx.href = href;
  ctx.protocol_end = urlComponents[0];
  ctx.username_end = urlComponents[1];
  ctx.host_start = urlComponents[2];
  ctx.host_end = urlComponents[3];
  ctx.port = urlComponents[4];
  ctx.pathname_start = urlComponents[5];
  ctx.search_start = urlComponents[6];
  ctx.hash_start = urlComponents[7];
  ctx.scheme_type = urlComponents[8];
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

// The query of a context, without its '?' ('' when it has none).
function queryOf(ctx) {
  if (ctx.search_start === OMITTED) return '';
  return ctx.href.slice(ctx.search_start + 1,
                        ctx.hash_start === OMITTED ? ctx.href.length : ctx.hash_start);
}

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

// Makes new URL() take the href the binding just returned (its second argument) as it is.
const kFromHref = Symbol('kFromHref');

// Set by the URL class: lets URLSearchParams reach the URL it belongs to.
let markSearchParamsModified;
let isURLInstance;

class URL {
  #context = new URLContext();
  #searchParams;
  #searchParamsModified = false;

  constructor(input, base = undefined) {
    if (input === kFromHref) {
      // URL.parse(): already parsed.
      updateContext(this.#context, base);
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    updateContext(this.#context, bindingUrl.parse(input, base, true));
  }

  static {
    markSearchParamsModified = (url) => { url.#searchParamsModified = true; };
    isURLInstance = (obj) => obj !== null && typeof obj === 'object' && #context in obj;
  }

  // A change through searchParams reaches the href when it is next read.
  #ensureSearchParamsUpdated() {
    if (!this.#searchParamsModified) return;
    this.#searchParamsModified = false;
    const href = bindingUrl.update(this.#context.href, kSearch, this.#searchParams.toString());
    if (href !== false) updateContext(this.#context, href);
  }

  // A setter other than search's: the query it keeps is the one searchParams still has.
  #set(action, value) {
    const href = bindingUrl.update(this.#context.href, action, `${value}`);
    if (href !== false) updateContext(this.#context, href);
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
    value = `${value}`;
    const href = bindingUrl.update(ctx.href, kHref, value);
    if (href === false) throw new ERR_INVALID_URL(value);
    this.#searchParamsModified = false;
    updateContext(ctx, href);
    if (this.#searchParams !== undefined) setSearchParamsList(this.#searchParams, queryOf(ctx));
  }

  get origin() {
    const ctx = this.#context;
    const href = ctx.href;
    switch (ctx.scheme_type) {
      case SCHEME_NOT_SPECIAL: {
        if (href.slice(0, ctx.protocol_end) !== 'blob:') return 'null';
        const inner = new URLContext();
        const innerHref = bindingUrl.parse(href.slice(ctx.pathname_start, pathnameEnd(ctx)),
                                           undefined, false);
        if (innerHref === undefined) return 'null';
        updateContext(inner, innerHref);
        if (inner.scheme_type === SCHEME_HTTP || inner.scheme_type === SCHEME_HTTPS) {
          return innerHref.slice(0, inner.protocol_end) + '//' +
            innerHref.slice(hostnameStart(inner), inner.pathname_start);
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
    this.#set(kProtocol, value);
  }

  get username() {
    const ctx = this.#context;
    if (ctx.username_end <= ctx.protocol_end + 2) return '';
    return ctx.href.slice(ctx.protocol_end + 2, ctx.username_end);
  }

  set username(value) {
    this.#set(kUsername, value);
  }

  get password() {
    const ctx = this.#context;
    if (ctx.host_start <= ctx.username_end) return '';
    return ctx.href.slice(ctx.username_end + 1, ctx.host_start);
  }

  set password(value) {
    this.#set(kPassword, value);
  }

  get host() {
    const ctx = this.#context;
    const start = hostnameStart(ctx);
    // An empty host is '' even with a port (as ada has it).
    if (start === ctx.host_end) return '';
    return ctx.href.slice(start, ctx.port === OMITTED ? ctx.host_end : ctx.pathname_start);
  }

  set host(value) {
    this.#set(kHost, value);
  }

  get hostname() {
    const ctx = this.#context;
    return ctx.href.slice(hostnameStart(ctx), ctx.host_end);
  }

  set hostname(value) {
    this.#set(kHostname, value);
  }

  get port() {
    const ctx = this.#context;
    return ctx.port === OMITTED ? '' : `${ctx.port}`;
  }

  set port(value) {
    this.#set(kPort, value);
  }

  get pathname() {
    const ctx = this.#context;
    return ctx.href.slice(ctx.pathname_start, pathnameEnd(ctx));
  }

  set pathname(value) {
    this.#set(kPathname, value);
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
    const href = bindingUrl.update(ctx.href, kSearch, `${value}`);
    this.#searchParamsModified = false;
    updateContext(ctx, href);
    if (this.#searchParams !== undefined) setSearchParamsList(this.#searchParams, queryOf(ctx));
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams();
      attachSearchParams(params, this);
      setSearchParamsList(params, queryOf(this.#context));
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
    this.#set(kHash, value);
  }

  toJSON() {
    this.#ensureSearchParamsUpdated();
    return this.#context.href;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = bindingUrl.parse(input, base, false);
    if (href === undefined) return null;
    return new URL(kFromHref, href);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return bindingUrl.canParse(url, base);
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
    if (c > 0x7e || formEncodeSet[c] === 1) break;
  }
  if (i === len) return str;
  let out = str.slice(0, i);
  let last = i;
  while (i < len) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if (formEncodeSet[c] === 1) {
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
  return bindingUrl.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return bindingUrl.domainToUnicode(`${domain}`);
}

// url.format() of a URL's href, with components left out as asked.
function formatURLHref(href, fragment, unicode, search, auth) {
  return bindingUrl.format(href, fragment, unicode, search, auth);
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
  pathToFileURL,
  resolveObjectURL,
  toPathIfFileURL,
  toUSVString,
  urlToHttpOptions,
};
