'use strict';
// The URL handling that module specifiers need, on href strings: WHATWG resolution of a
// specifier against a file: URL, file: URLs to paths and back (as url.fileURLToPath and
// url.pathToFileURL do), and the scheme of an absolute URL. Other schemes are kept as written
// (their scheme lower-cased), which is all the loader needs of them.

const {
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_URL_SCHEME,
} = require('internal/errors').codes;

// Percent-encode sets, as tables over ASCII (1: encode). Every non-ASCII character is
// encoded as its UTF-8 bytes.
function makeSet(chars) {
  const set = new Uint8Array(128);
  for (let c = 0; c < 0x20; c++) set[c] = 1;
  set[0x7F] = 1;
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}
const controlSet = makeSet('');
const pathSet = makeSet(' "<>`{}');
const querySet = makeSet(' "\'<>');
const opaqueQuerySet = makeSet(' "<>');
const fragmentSet = makeSet(' "<>`');
// What pathToFileURL escapes in a file path, beyond the path set.
const filePathSet = makeSet(' "#%<>?[\\]^`{|}~');

const hex = '0123456789ABCDEF';

function pctByte(b) {
  return `%${hex[b >> 4]}${hex[b & 15]}`;
}

function encodeNonASCII(code) {
  if (code < 0x800) return pctByte(0xC0 | (code >> 6)) + pctByte(0x80 | (code & 63));
  if (code < 0x10000) {
    return pctByte(0xE0 | (code >> 12)) + pctByte(0x80 | ((code >> 6) & 63)) +
      pctByte(0x80 | (code & 63));
  }
  return pctByte(0xF0 | (code >> 18)) + pctByte(0x80 | ((code >> 12) & 63)) +
    pctByte(0x80 | ((code >> 6) & 63)) + pctByte(0x80 | (code & 63));
}

function percentEncode(s, set) {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && set[c] === 0) continue;
    out += s.slice(start, i);
    if (c < 128) {
      out += pctByte(c);
    } else {
      let code = c;
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          code = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          i++;
        }
      }
      // A lone surrogate is written as U+FFFD, as UTF-8 encoding does.
      if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;
      out += encodeNonASCII(code);
    }
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

function isAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// The lower-cased scheme of an absolute URL ('file', 'node', ...), or undefined.
function schemeOf(s) {
  if (s.length === 0 || !isAlpha(s.charCodeAt(0))) return undefined;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) return s.slice(0, i).toLowerCase();
    if (!(isAlpha(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) break;
  }
  return undefined;
}

const specialSchemes = new Set(['ftp', 'file', 'http', 'https', 'ws', 'wss']);

// What the URL parser does to any input first: leading and trailing C0 controls and spaces
// go, and so do tabs and newlines anywhere.
function cleanInput(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  if (start !== 0 || end !== s.length) s = s.slice(start, end);
  if (/[\t\n\r]/.test(s)) s = s.replace(/[\t\n\r]/g, '');
  return s;
}

// A file: URL as its parts: host, path segments (percent-encoded), query and fragment
// (undefined when absent, else without their '?'/'#').
function splitTail(s) {
  let query;
  let fragment;
  const hash = s.indexOf('#');
  if (hash !== -1) {
    fragment = percentEncode(s.slice(hash + 1), fragmentSet);
    s = s.slice(0, hash);
  }
  const q = s.indexOf('?');
  if (q !== -1) {
    query = percentEncode(s.slice(q + 1), querySet);
    s = s.slice(0, q);
  }
  return { path: s, query, fragment };
}

function dotKind(segment) {
  if (segment.length > 6) return 0;
  const s = segment.toLowerCase();
  if (s === '.' || s === '%2e') return 1;
  if (s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e') return 2;
  return 0;
}

// Appends the segments of `path` (separated by '/' or '\') to `segments`, removing dot
// segments as the URL parser does.
function pushSegments(segments, path) {
  const parts = path.split(/[/\\]/);
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const kind = dotKind(parts[i]);
    if (kind === 2) {
      if (segments.length > 0) segments.pop();
      if (last) segments.push('');
    } else if (kind === 1) {
      if (last) segments.push('');
    } else {
      segments.push(percentEncode(parts[i], pathSet));
    }
  }
}

function fileHref(host, segments, query, fragment) {
  let href = `file://${host}/${segments.join('/')}`;
  if (query !== undefined) href += `?${query}`;
  if (fragment !== undefined) href += `#${fragment}`;
  return href;
}

// The parts of a file: href this module produced: { host, segments, query }.
function parseFileHref(href) {
  const rest = href.slice(7);
  const slash = rest.indexOf('/');
  const host = slash === -1 ? rest : rest.slice(0, slash);
  const { path, query } = splitTail(slash === -1 ? '/' : rest.slice(slash));
  return { host, segments: path.slice(1).split('/'), query };
}

// The host of a file: URL: 'localhost' is the empty host. undefined when it is not a host
// (or an international one, which would need IDNA: no file URL has one here).
function fileHost(host) {
  if (/[^\x21-\x7E]|[#%/:<>?@[\\\]^|]/.test(host)) return undefined;
  host = host.toLowerCase();
  return host === 'localhost' ? '' : host;
}

// `//host/path...` after 'file:'.
function parseFileAuthority(rest) {
  let end = 0;
  while (end < rest.length && !'/\\?#'.includes(rest[end])) end++;
  const host = fileHost(rest.slice(0, end));
  if (host === undefined) return null;
  const { path, query, fragment } = splitTail(rest.slice(end));
  const segments = [];
  pushSegments(segments, path.length > 0 ? path.slice(1) : '');
  return fileHref(host, segments, query, fragment);
}

// ':' and the rest of a URL of another scheme (node:fs, data:...): the path keeps all but
// controls and non-ASCII characters.
function encodeOpaque(rest) {
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    fragment = `#${percentEncode(rest.slice(hash + 1), fragmentSet)}`;
    rest = rest.slice(0, hash);
  }
  let query = '';
  const q = rest.indexOf('?');
  if (q !== -1) {
    query = `?${percentEncode(rest.slice(q + 1), opaqueQuerySet)}`;
    rest = rest.slice(0, q);
  }
  return percentEncode(rest, controlSet) + query + fragment;
}

// Resolves the relative reference `input` against the file: URL `base`.
function resolveAgainstFile(input, base) {
  const b = parseFileHref(base);
  if (input.length === 0) return fileHref(b.host, b.segments, b.query, undefined);
  const first = input[0];
  if (first === '/' || first === '\\') {
    const second = input[1];
    if (second === '/' || second === '\\') return parseFileAuthority(input.slice(2));
    const { path, query, fragment } = splitTail(input);
    const segments = [];
    pushSegments(segments, path.slice(1));
    return fileHref(b.host, segments, query, fragment);
  }
  if (first === '?') {
    const { query, fragment } = splitTail(input);
    return fileHref(b.host, b.segments, query, fragment);
  }
  if (first === '#') {
    return fileHref(b.host, b.segments, b.query, splitTail(input).fragment);
  }
  const { path, query, fragment } = splitTail(input);
  const segments = b.segments.slice(0, -1);
  pushSegments(segments, path);
  return fileHref(b.host, segments, query, fragment);
}

// The href of `input` parsed as a URL against the href `base` (which may be undefined), as
// `new URL(input, base).href`; null when it does not parse.
function resolveURL(input, base) {
  input = cleanInput(input);
  const scheme = schemeOf(input);
  if (scheme === 'file') {
    const rest = input.slice(5);
    if (rest[0] === '/' || rest[0] === '\\') {
      if (rest[1] === '/' || rest[1] === '\\') return parseFileAuthority(rest.slice(2));
      return resolveAgainstFile(rest, 'file:///');
    }
    return resolveAgainstFile(rest, base !== undefined && schemeOf(base) === 'file' ?
      base : 'file:///');
  }
  if (scheme !== undefined) {
    if (specialSchemes.has(scheme) && input.length === scheme.length + 1) return null;
    return scheme + encodeOpaque(input.slice(scheme.length));
  }
  if (base === undefined || schemeOf(base) !== 'file') return null;
  return resolveAgainstFile(input, base);
}

// The file path of a file: URL href, as url.fileURLToPath.
function fileURLToPath(href) {
  if (schemeOf(href) !== 'file') throw new ERR_INVALID_URL_SCHEME('file');
  const { host, segments } = parseFileHref(href);
  if (host !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = `/${segments.join('/')}`;
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// The pathname of a file: href (percent-encoded), without query or fragment.
function fileURLPathname(href) {
  return `/${parseFileHref(href).segments.join('/')}`;
}

// A file: URL href for a path (resolved, a trailing separator kept), as url.pathToFileURL.
function pathToFileURL(filepath) {
  let resolved = require('path').resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return `file://${percentEncode(resolved, filePathSet)}`;
}

module.exports = {
  fileURLPathname,
  fileURLToPath,
  pathToFileURL,
  resolveURL,
  schemeOf,
};
