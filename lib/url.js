'use strict';
// The url module: the WHATWG URL API (lib/internal/url.js) and the legacy API, url.parse(),
// url.format(), url.resolve() and the Url class, whose grammar is Node's own (not the URL
// Standard's) and is kept with its quirks, as Node 20 has it.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { encodeStr, hexTable } = require('internal/querystring');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  formatURLHref,
  isURLInstance,
  pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');

let querystring;
function lazyQuerystring() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

let idnaToASCII;
// Node hands the hostname to C++ and back: the result ends at its first NUL.
function toASCII(hostname) {
  if (idnaToASCII === undefined) idnaToASCII = internalBinding('encoding_binding').toASCII;
  const ascii = idnaToASCII(hostname);
  const nul = ascii.indexOf('\0');
  return nul === -1 ? ascii : ascii.slice(0, nul);
}

function removeTabsAndNewlines(str) {
  if (str.indexOf('\t') === -1 && str.indexOf('\n') === -1 && str.indexOf('\r') === -1) {
    return str;
  }
  return str.replace(/[\t\n\r]/g, '');
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// javascript: has no host and its path is not escaped; the slashed protocols always get '//'
// (and a '/' path when they have a host).
const { hostlessProtocol, slashedProtocol, unsafeProtocol } = require('internal/url');

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path and query with no host, hash or whitespace: parsed without more ado.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

let urlParseWarned = false;
let invalidPortWarned = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!urlParseWarned && require('internal/options').getOptionValue('--pending-deprecation')) {
    urlParseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that ' +
                        'have security implications. Use the WHATWG URL API instead. CVEs ' +
                        'are not issued for `url.parse()` vulnerabilities.',
                        'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isWhitespace(c) {
  return c < 33 || c === 0xa0 || c === 0xfeff;
}

// The input without leading and trailing whitespace, its backslashes turned into slashes up
// to the first '?' or '#'; whether it has a '#' (anywhere) and an '@' (before those).
function prepareInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let hasAt = false;
  let hasHash = false;
  let split = url.length;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x23) {
      hasHash = true;
      if (split === url.length) split = i;
      break;
    }
    if (c === 0x3f && split === url.length) {
      split = i;
      hasHash = url.indexOf('#', i + 1) !== -1;
      break;
    }
    if (c === 0x40) hasAt = true;
  }
  let rest = url.slice(start, end);
  if (rest.indexOf('\\') !== -1 && split > start) {
    const head = rest.slice(0, split - start);
    if (head.indexOf('\\') !== -1) rest = head.split('\\').join('/') + rest.slice(split - start);
  }
  return { rest, hasAt, hasHash };
}

// Characters escaped in the path, query and hash of a parsed URL (all but javascript:).
const autoEscapeChars = {
  0x09: '%09', 0x0a: '%0A', 0x0d: '%0D', 0x20: '%20', 0x22: '%22', 0x27: '%27', 0x3c: '%3C',
  0x3e: '%3E', 0x5c: '%5C', 0x5e: '%5E', 0x60: '%60', 0x7b: '%7B', 0x7c: '%7C', 0x7d: '%7D',
};

function autoEscapeStr(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const escaped = autoEscapeChars[rest.charCodeAt(i)];
    if (escaped !== undefined) {
      out += rest.slice(last, i) + escaped;
      last = i + 1;
    }
  }
  return last === 0 ? rest : out + rest.slice(last);
}

// In the host part: characters RFC 2396 never allows there (tabs and newlines are dropped
// before).
function isNonHostChar(c) {
  switch (c) {
    case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b: case 0x3c: case 0x3e: case 0x5c:
    case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
      return true;
    default:
      return false;
  }
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
}

// Cuts the hostname at its first character a hostname cannot have (/ \ # ? :), moving the
// remainder to the path; a ':' there is an invalid port (DEP0170, once).
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 0x2f || c === 0x5c || c === 0x23 || c === 0x3f || c === 0x3a) {
      if (c === 0x3a && !invalidPortWarned) {
        invalidPortWarned = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will ` +
                            'throw an error.', 'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

function setQuery(self, search, parseQueryString) {
  self.search = search;
  self.query = parseQueryString ? lazyQuerystring().parse(search.slice(1)) : search.slice(1);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const prepared = prepareInput(url);
  let rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        setQuery(this, simple[2], parseQueryString);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // user@server is always a host; so is //host when slashes denote one.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23) {
      this.hash = rest.slice(i);
      hash = i;
      break;
    }
    if (c === 0x3f && question === -1) question = i;
  }
  if (question !== -1) {
    setQuery(this, rest.slice(question, hash === -1 ? rest.length : hash), parseQueryString);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// The auth, host and port at the start of rest: they are set on self; what follows them is
// returned. Any '@' before the first character ending the host ends the auth (the last one
// wins), so that http://a@b@c/ has the auth 'a@b'.
function parseAuthority(self, rest, url) {
  // Tabs and newlines are dropped up to the end of the host.
  let hostEnd = 0;
  while (hostEnd < rest.length) {
    const c = rest.charCodeAt(hostEnd);
    if (c === 0x23 || c === 0x2f || c === 0x3f) break;
    hostEnd++;
  }
  const head = removeTabsAndNewlines(rest.slice(0, hostEnd));
  if (head.length !== hostEnd) rest = head + rest.slice(hostEnd);
  let nonHost = -1;
  let atSign = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23 || c === 0x2f || c === 0x3f) {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (c === 0x40) {
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && isNonHostChar(c)) {
      nonHost = i;
    }
  }
  let hostStart = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    hostStart = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(hostStart);
    rest = '';
  } else {
    self.host = rest.slice(hostStart, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6Hostname = isIpv6Hostname(hostname);
  if (!ipv6Hostname) rest = splitHostname(self, rest, hostname, url);

  if (self.hostname.length > hostnameMaxLen) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6Hostname) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // Only what toASCII() itself brought in can be empty or forbidden here: that is no
      // host to correct but an attempt at spoofing one.
      self.hostname = toASCII(self.hostname);
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6Hostname) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// What format() leaves unescaped in the auth.
const noEscapeAuth = new Int8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\'()*-._~:') {
  noEscapeAuth[c.charCodeAt(0)] = 1;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURLInstance(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURLHref(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// '#' and '?' in a pathname are escaped.
function escapePathname(pathname) {
  let out = '';
  let last = 0;
  for (let i = 0; i < pathname.length; i++) {
    const c = pathname.charCodeAt(i);
    if (c === 0x23 || c === 0x3f) {
      out += pathname.slice(last, i) + (c === 0x23 ? '%23' : '%3F');
      last = i + 1;
    }
  }
  return last === 0 ? pathname : out + pathname.slice(last);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, noEscapeAuth, hexTable)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (hostname.includes(':') && !isIpv6Hostname(hostname) ?
      `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = lazyQuerystring().stringify(this.query);
  }
  let search = this.search || (query && (`?${query}`)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';
  pathname = escapePathname(pathname);

  // Only the slashed protocols get '//' (others only when they had it).
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.split('#').join('%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function setPath(result) {
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// For the protocols without slashes (mailto:...), the host is the first path segment: it
// goes back to the host, with any auth in it split off.
function takeHostFromPath(result, segment) {
  result.hostname = result.host = segment;
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  // The hash always comes from relative, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // //host/path keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: unknown ones replace everything; for the slashed ones, there must
    // be a host (the first segment of the path when none was given), but file: has none.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && relative.protocol !== 'file' && relative.protocol !== 'file:' &&
        !hostlessProtocol.has(relative.protocol)) {
      const segments = (relative.pathname || '').split('/');
      while (segments.length && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    setPath(result);
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // Without slashes, ../ may climb into the host: it becomes the first segment for now.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // The last segment of the source gives way to the relative path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query.
    if (noLeadingSlashes) takeHostFromPath(result, srcPath.shift());
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') +
        (result.search ? result.search : '');
    }
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in . or .. gets a trailing slash; one ending in anything else does not.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  // Single dots go; double dots take their parent with them. What climbs above the root is
  // counted in `up`.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    takeHostFromPath(result, isAbsolute ? '' : (srcPath.length ? srcPath.shift() : ''));
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') +
      (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
