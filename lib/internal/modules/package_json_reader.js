'use strict';
// Reads package.json files for the module loaders: each path is read and parsed once, and only
// the fields resolution needs are kept.

const path = require('path');

// jsonPath -> result; package.json files are assumed not to change while the process runs,
// as Node assumes.
const cache = new Map();

let fsBinding;

function readFile(jsonPath) {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  const content = fsBinding.readFileUtf8(path.toNamespacedPath(jsonPath));
  return typeof content === 'string' ? content : undefined;
}

// { exists, pjsonPath, name, main, exports, imports, type } for the package.json at `jsonPath`.
// `type` is 'commonjs', 'module' or 'none'; the other fields are undefined when absent (and
// `name`/`main` when not strings). Invalid JSON throws a SyntaxError naming the file.
function read(jsonPath) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  const result = {
    __proto__: null,
    exists: false,
    pjsonPath: jsonPath,
    main: undefined,
    name: undefined,
    type: 'none',
    exports: undefined,
    imports: undefined,
  };
  const text = readFile(jsonPath);
  if (text !== undefined) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
    result.exists = true;
    if (parsed !== null && typeof parsed === 'object') {
      const has = (key) => Object.prototype.hasOwnProperty.call(parsed, key);
      if (has('name') && typeof parsed.name === 'string') result.name = parsed.name;
      if (has('main') && typeof parsed.main === 'string') result.main = parsed.main;
      if (has('exports')) result.exports = parsed.exports;
      if (has('imports')) result.imports = parsed.imports;
      if (has('type') && (parsed.type === 'commonjs' || parsed.type === 'module')) {
        result.type = parsed.type;
      }
    }
  }
  cache.set(jsonPath, result);
  return result;
}

// The package.json of the directory `requestPath`.
function readPackage(requestPath) {
  return read(path.resolve(requestPath, 'package.json'));
}

// The nearest package.json above `checkPath` (a file path, or a directory path ending in a
// separator), not looking past a node_modules directory: { data, path: its directory } or
// false.
function readPackageScope(checkPath) {
  const sep = path.sep;
  const rootSep = checkPath.indexOf(sep);
  let cut;
  do {
    cut = checkPath.lastIndexOf(sep);
    checkPath = checkPath.slice(0, cut);
    if (checkPath.endsWith(`${sep}node_modules`)) return false;
    const data = read(`${checkPath}${sep}package.json`);
    if (data.exists) return { data, path: checkPath };
  } while (cut > rootSep);
  return false;
}

// The package.json that decides the format of the file `checkPath`: its data, or undefined.
function getNearestParentPackageJSONType(checkPath) {
  const scope = readPackageScope(checkPath);
  return scope ? scope.data.type : 'none';
}

module.exports = {
  read,
  readPackage,
  readPackageScope,
  getNearestParentPackageJSONType,
};
