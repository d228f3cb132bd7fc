'use strict';
// The format of a module from its URL, as Node 20 decides it: by extension (.mjs, .cjs, .json),
// by the nearest package.json "type" for .js and extensionless files, by MIME type for data:
// URLs; node: URLs are built-ins.

const { ERR_UNKNOWN_FILE_EXTENSION } = require('internal/errors').codes;
const { fileURLPathname, fileURLToPath, schemeOf } = require('internal/modules/esm/file_url');

const extensionFormats = {
  __proto__: null,
  '.cjs': 'commonjs',
  '.json': 'json',
  '.mjs': 'module',
};

// The extension of a URL path ('' for none, or for a name that only starts with a dot).
function extensionOf(pathname) {
  for (let i = pathname.length - 1; i > 0; i--) {
    if (pathname[i] === '/') return '';
    if (pathname[i] === '.') return pathname[i - 1] === '/' ? '' : pathname.slice(i);
  }
  return '';
}

function packageType(url) {
  const { readPackageScope } = require('internal/modules/package_json_reader');
  const scope = readPackageScope(fileURLToPath(url));
  return scope ? scope.data.type : 'none';
}

function mimeToFormat(mime) {
  if (/^\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?$/i.test(mime)) {
    return 'module';
  }
  if (mime === 'application/json') return 'json';
  return null;
}

// The data: URL's body: [mime, isBase64, body], or null when it has no MIME type.
function parseDataURL(url) {
  let pathname = url.slice(5);
  const end = pathname.search(/[?#]/);
  if (end !== -1) pathname = pathname.slice(0, end);
  const match = /^([^/]+\/[^,;]+)(?:[^,]*?)(;base64)?,([\s\S]*)$/.exec(pathname);
  return match === null ? null : [match[1], match[2] !== undefined, match[3]];
}

function fileFormat(url, ignoreErrors) {
  const ext = extensionOf(fileURLPathname(url));
  if (ext === '.js' || ext === '') return packageType(url) === 'module' ? 'module' : 'commonjs';
  const format = extensionFormats[ext];
  if (format !== undefined) return format;
  if (ignoreErrors) return undefined;
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, fileURLToPath(url));
}

// The format of the module at `url` (whose source, for a data: URL, has been read): 'module',
// 'commonjs', 'json' or 'builtin'; an unknown data: MIME type is returned as it is, for the
// translator to refuse.
function defaultGetFormat(url) {
  const scheme = schemeOf(url);
  if (scheme === 'node') return 'builtin';
  if (scheme === 'data') {
    const data = parseDataURL(url);
    const mime = data === null ? null : data[0];
    return mimeToFormat(mime) ?? mime;
  }
  return fileFormat(url, false);
}

// The format of a resolved file: URL, or undefined where loading must decide (or fail).
function getFormatOfResolved(url) {
  const scheme = schemeOf(url);
  if (scheme === 'node') return 'builtin';
  if (scheme !== 'file') return undefined;
  return fileFormat(url, true);
}

module.exports = {
  defaultGetFormat,
  getFormatOfResolved,
  parseDataURL,
  packageType,
};
