'use strict';
// Node 20's ES module resolution: relative and absolute specifiers as URLs against the
// importing module's URL (no extension or index searching), bare specifiers through
// node_modules and package.json "exports" and "imports" (shared with require(), in
// internal/modules/exports.js), node: built-ins and data: URLs; the file a file: URL names must
// exist and not be a directory. Errors carry Node's codes and messages, with the CommonJS hint
// ("Did you mean to import ...?").

const path = require('path');
const {
  ERR_INPUT_TYPE_NOT_ALLOWED,
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_MODULE_NOT_FOUND,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_RESOLVE_REQUEST,
} = require('internal/errors').codes;
const { getOptionValue } = require('internal/options');
const { canBeRequiredWithoutScheme } = require('internal/modules/helpers');
const {
  fileURLPathname,
  fileURLToPath,
  pathToFileURL,
  resolveURL,
  schemeOf,
} = require('internal/modules/esm/file_url');

let defaultConditions;
function getDefaultConditions() {
  if (defaultConditions === undefined) {
    const addons = getOptionValue('--addons') !== false ? ['node-addons'] : [];
    defaultConditions = new Set(['node', 'import', ...addons,
                                 ...(getOptionValue('--conditions') || [])]);
  }
  return defaultConditions;
}

let fsBinding;
function stat(filename) {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  return fsBinding.internalModuleStat(filename);
}

const resolverEnv = {
  isBuiltin: canBeRequiredWithoutScheme,
  isDirectory: (p) => stat(p) === 1,
  isFile: (p) => stat(p) === 0,
  builtinURL: (id) => `node:${id}`,
};

// './x', '../x', '.', '..' and '/x': resolved as URLs against the parent.
function isRelativeOrAbsolutePath(specifier) {
  if (specifier[0] === '/') return true;
  if (specifier[0] !== '.') return false;
  if (specifier.length === 1 || specifier[1] === '/') return true;
  return specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/');
}

function isRelativeSpecifier(specifier) {
  return specifier[0] === '.' && isRelativeOrAbsolutePath(specifier);
}

// URL path text that internal/modules/exports.js returns (or a node: URL it made) as an href.
function exportsResultToURL(result) {
  return result.startsWith('node:') ? result : resolveURL(result, 'file:///');
}

function basePath(base) {
  try {
    return fileURLToPath(base);
  } catch {
    return base;
  }
}

// The file a file: URL names must exist and not be a directory; it is realpath'd unless
// symlinks are preserved (its query and fragment kept).
function finalizeResolution(resolved, base, preserveSymlinks) {
  const pathname = fileURLPathname(resolved);
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      pathname, 'must not include encoded "/" or "\\" characters', basePath(base));
  }
  const filename = fileURLToPath(resolved);
  // As Node 20 does, a path with a trailing slash is checked as the root directory.
  const rc = stat(filename.endsWith('/') ? filename.slice(-1) : filename);
  if (rc === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(filename, basePath(base), resolved);
  if (rc !== 0) throw new ERR_MODULE_NOT_FOUND(filename, basePath(base), resolved);
  if (preserveSymlinks) return resolved;
  const real = require('internal/modules/cjs/loader').toRealPath(filename);
  let tail = '';
  const q = resolved.search(/[?#]/);
  if (q !== -1) tail = resolved.slice(q);
  return pathToFileURL(real) + tail;
}

function moduleResolve(specifier, base, conditions, preserveSymlinks) {
  const baseScheme = schemeOf(base);
  let resolved;
  if (isRelativeOrAbsolutePath(specifier)) {
    resolved = resolveURL(specifier, base);
    if (resolved === null) throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
  } else if (baseScheme === 'file' && specifier[0] === '#') {
    const { packageImportsResolve } = require('internal/modules/exports');
    resolved = exportsResultToURL(
      packageImportsResolve(specifier, fileURLToPath(base), conditions, resolverEnv));
  } else if (schemeOf(specifier) !== undefined) {
    resolved = resolveURL(specifier, undefined);
  } else if (baseScheme !== 'file' && !canBeRequiredWithoutScheme(specifier)) {
    throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
  } else if (canBeRequiredWithoutScheme(specifier)) {
    resolved = `node:${specifier}`;
  } else {
    const { makeContext, packageResolve } = require('internal/modules/exports');
    const parentPath = fileURLToPath(base);
    const ctx = makeContext(`${path.dirname(parentPath)}/package.json`, parentPath, conditions,
                            resolverEnv);
    resolved = exportsResultToURL(packageResolve(specifier, ctx));
  }
  if (schemeOf(resolved) !== 'file') return resolved;
  return finalizeResolution(resolved, base, preserveSymlinks);
}

// What require() would have found for the specifier, as a specifier to suggest; false when
// nothing.
function resolveAsCommonJS(specifier, parentURL) {
  try {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = fileURLToPath(parentURL);
    const tmpModule = new Module(parent, null);
    tmpModule.paths = Module._nodeModulePaths(parent);
    let found = Module._resolveFilename(specifier, tmpModule, false);
    if (isRelativeSpecifier(specifier)) {
      // Both as URL path text: the hint is what to write in an import.
      const parentDir = parentURL.slice('file://'.length, parentURL.lastIndexOf('/'));
      found = path.posix.relative(parentDir, fileURLPathname(pathToFileURL(found)));
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (specifier[0] !== undefined && specifier[0] !== '/' && specifier[0] !== '.') {
      const slash = specifier.indexOf('/');
      const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
      const needle = `/node_modules/${pkg}/`;
      const index = found.lastIndexOf(needle);
      if (index !== -1) {
        found = `${pkg}/${found.slice(index + needle.length).split('/')
          .map(encodeURIComponent).join('/')}`;
      } else {
        found = pathToFileURL(found);
      }
    }
    return found;
  } catch {
    return false;
  }
}

function decorateErrorWithCommonJSHints(error, specifier, parentURL) {
  const found = resolveAsCommonJS(specifier, parentURL);
  if (found && found !== specifier) {
    const hint = `Did you mean to import ${JSON.stringify(found)}?`;
    const lines = error.stack.split('\n');
    error.stack = [lines[0], hint, ...lines.slice(1)].join('\n');
    error.message += `\n${hint}`;
  }
}

// { url, format } for `specifier` imported from `parentURL` (undefined for the main entry).
// format is undefined where loading decides it (or fails).
function defaultResolve(specifier, parentURL) {
  const scheme = schemeOf(specifier);
  if (scheme === 'data') return { url: resolveURL(specifier, undefined), format: undefined };
  if (scheme === 'node') return { url: specifier, format: 'builtin' };
  const isMain = parentURL === undefined;
  if (isMain) {
    parentURL = pathToFileURL(`${process.cwd()}/`);
    if (getOptionValue('--input-type') !== undefined) throw new ERR_INPUT_TYPE_NOT_ALLOWED();
  }
  const preserveSymlinks = getOptionValue(isMain ? '--preserve-symlinks-main' :
    '--preserve-symlinks');
  let url;
  try {
    url = moduleResolve(specifier, parentURL, getDefaultConditions(), preserveSymlinks);
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      if (specifier.startsWith('file://')) specifier = fileURLToPath(specifier);
      decorateErrorWithCommonJSHints(error, specifier, parentURL);
    }
    throw error;
  }
  const { getFormatOfResolved } = require('internal/modules/esm/get_format');
  return { url, format: getFormatOfResolved(url) };
}

module.exports = {
  defaultResolve,
  getDefaultConditions,
};
