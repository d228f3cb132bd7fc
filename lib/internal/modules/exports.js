'use strict';
// package.json "exports" and "imports" resolution (the algorithm of Node's ESM resolver, which
// require() shares), worked on file paths rather than URL objects.
//
// Targets are resolved the way Node resolves them against the package.json URL: a target's
// text after the package directory is URL path text, so `?` and `#` end it, `\` is a
// separator and percent-escapes are decoded by finalize() at the end. The package directory
// itself is escaped first (as pathToFileURL would) so that those rules never apply to it.

const path = require('path');
const {
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_INVALID_PACKAGE_CONFIG,
  ERR_INVALID_PACKAGE_TARGET,
  ERR_INVALID_URL_SCHEME,
  ERR_MODULE_NOT_FOUND,
  ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_PACKAGE_PATH_NOT_EXPORTED,
} = require('internal/errors').codes;
const packageJsonReader = require('internal/modules/package_json_reader');

// Everything a resolution inside one package needs: `pjsonPath` (its package.json), `pkgDir`
// (its directory with a trailing separator), `base` (the requiring file, for messages; may be
// undefined), `conditions` (a Set) and `builtins` ({ isBuiltin(id) }) and `isDirectory(p)`.
function makeContext(pjsonPath, base, conditions, env) {
  return {
    pjsonPath,
    pkgDir: pjsonPath.slice(0, pjsonPath.length - 'package.json'.length),
    base,
    conditions,
    env,
  };
}

function escapePathForURL(p) {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    switch (c) {
      case '%': out += '%25'; break;
      case '\\': out += '%5C'; break;
      case '\n': out += '%0A'; break;
      case '\r': out += '%0D'; break;
      case '\t': out += '%09'; break;
      case '?': out += '%3F'; break;
      case '#': out += '%23'; break;
      default: out += c;
    }
  }
  return out;
}

// The resolved location as URL path text: the escaped package directory followed by `rest`
// (URL path text from a target), cut at a query or fragment, with `\` read as `/`.
function joinTarget(ctx, rest) {
  let out = escapePathForURL(ctx.pkgDir);
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '?' || c === '#') break;
    out += c === '\\' ? '/' : c;
  }
  return out;
}

function isSegmentSeparator(c) {
  return c === '/' || c === '\\';
}

function decodeSegmentForCheck(seg) {
  if (!seg.includes('%')) return seg.toLowerCase();
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    if (seg[i] === '%' && i + 2 < seg.length &&
        isHex(seg.charCodeAt(i + 1)) && isHex(seg.charCodeAt(i + 2))) {
      out += String.fromCharCode(parseInt(seg.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out += seg[i];
    }
  }
  return out.toLowerCase();
}

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// How the `/`- or `\`-separated segments of `s` break the rules: 2 when one is `.`, `..` or
// `node_modules` (percent-encoded or not, any case), 1 when the only fault is an empty
// segment (deprecated but allowed), 0 when none.
function segmentFault(s) {
  let fault = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isSegmentSeparator(s[i])) continue;
    const seg = s.slice(start, i);
    start = i + 1;
    if (seg.length === 0) {
      fault = 1;
      continue;
    }
    const d = decodeSegmentForCheck(seg);
    if (d === '.' || d === '..' || d === 'node_modules') return 2;
  }
  return fault;
}

function fieldName(isImports) {
  return isImports ? 'imports' : 'exports';
}

function invalidTarget(ctx, key, target, isImports) {
  if (target !== null && typeof target === 'object') target = JSON.stringify(target, null, '');
  else target = `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(ctx.pkgDir, key, target, isImports, ctx.base);
}

function emitSegmentDeprecation(ctx, target, request, match, isImports, isTarget) {
  if (process.noDeprecation) return;
  const checked = isTarget ? target : request;
  let double = false;
  for (let i = 1; i < checked.length; i++) {
    if (isSegmentSeparator(checked[i]) && isSegmentSeparator(checked[i - 1])) {
      double = true;
      break;
    }
  }
  process.emitWarning(
    `Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} ` +
    `resolving "${target}" for module request "${request}" ` +
    `${request !== match ? `matched to "${match}" ` : ''}in the "${fieldName(isImports)}" ` +
    `field module resolution of the package at ${ctx.pjsonPath}` +
    `${ctx.base ? ` imported from ${ctx.base}` : ''}.`,
    'DeprecationWarning',
    'DEP0166',
  );
}

function replaceStars(s, subpath) {
  return s.split('*').join(subpath);
}

function looksLikeURL(s) {
  const colon = s.indexOf(':');
  if (colon < 1) return false;
  const first = s.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let i = 1; i < colon; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ||
      c === 43 || c === 45 || c === 46;
    if (!ok) return false;
  }
  return true;
}

function resolveTargetString(ctx, target, subpath, match, pattern, isImports, isPathMap) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(ctx, match, target, isImports);
  }
  if (!target.startsWith('./')) {
    if (isImports && !target.startsWith('../') && !target.startsWith('/') &&
        !looksLikeURL(target)) {
      const specifier = pattern ? replaceStars(target, subpath) : target + subpath;
      return packageResolve(specifier, ctx);
    }
    throw invalidTarget(ctx, match, target, isImports);
  }

  const targetFault = segmentFault(target.slice(2));
  if (targetFault === 2) throw invalidTarget(ctx, match, target, isImports);
  if (targetFault === 1 && !isPathMap) {
    const resolvedTarget = pattern ? replaceStars(target, subpath) : target;
    const request = pattern ? match.replace('*', subpath) : match + subpath;
    emitSegmentDeprecation(ctx, resolvedTarget, request, match, isImports, true);
  }

  if (subpath === '') return joinTarget(ctx, target.slice(2));

  const subpathFault = segmentFault(subpath);
  if (subpathFault !== 0) {
    const request = pattern ? match.replace('*', subpath) : match + subpath;
    if (subpathFault === 2) {
      const reason = `request is not a valid match in pattern "${match}" for the ` +
        `"${fieldName(isImports)}" resolution of ${ctx.pjsonPath}`;
      throw new ERR_INVALID_MODULE_SPECIFIER(request, reason, ctx.base);
    }
    if (!isPathMap) {
      const resolvedTarget = pattern ? replaceStars(target, subpath) : target;
      emitSegmentDeprecation(ctx, resolvedTarget, request, match, isImports, false);
    }
  }
  if (pattern) {
    const escapedDir = escapePathForURL(ctx.pkgDir);
    const whole = replaceStars(joinTarget(ctx, target.slice(2)), subpath);
    const dir = replaceStars(escapedDir, subpath);
    return dir + joinTarget({ pkgDir: '' }, whole.slice(dir.length));
  }
  return joinTarget(ctx, target.slice(2) + subpath);
}

// Returns the resolved location (URL path text), null when the target is null (or resolves to
// null), undefined when no condition matched.
function resolveTarget(ctx, target, subpath, match, pattern, isImports, isPathMap) {
  if (typeof target === 'string') {
    return resolveTargetString(ctx, target, subpath, match, pattern, isImports, isPathMap);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (let i = 0; i < target.length; i++) {
      let result;
      try {
        result = resolveTarget(ctx, target[i], subpath, match, pattern, isImports, isPathMap);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastError = null;
        continue;
      }
      return result;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw new ERR_INVALID_PACKAGE_CONFIG(ctx.pjsonPath, ctx.base,
                                             '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || ctx.conditions.has(key)) {
        const result = resolveTarget(ctx, target[key], subpath, match, pattern, isImports,
                                     isPathMap);
        if (result === undefined) continue;
        return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx, match, target, isImports);
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF && Number.isInteger(n);
}

// `exports` given as a target for '.' only: a string, an array, or an object of conditions.
function isMainSugar(exports, ctx) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let sugar = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const conditionKey = key === '' || key[0] !== '.';
    if (i === 0) {
      sugar = conditionKey;
    } else if (sugar !== conditionKey) {
      throw new ERR_INVALID_PACKAGE_CONFIG(
        ctx.pjsonPath, ctx.base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return sugar;
}

// Node's order of preference between two pattern keys: 1 when `b` is the more specific one.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase !== bBase) return aBase > bBase ? -1 : 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length !== b.length) return a.length > b.length ? -1 : 1;
  return 0;
}

// The best pattern key of `map` for `name`: [key, the part '*' stands for], or undefined.
function bestPattern(map, name) {
  let best = '';
  let bestSubpath;
  const keys = Object.getOwnPropertyNames(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const star = key.indexOf('*');
    if (star === -1 || !name.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (name.length >= key.length && name.endsWith(trailer) &&
        patternKeyCompare(best, key) === 1 && key.lastIndexOf('*') === star) {
      best = key;
      bestSubpath = name.slice(star, name.length - trailer.length);
    }
  }
  return best ? [best, bestSubpath] : undefined;
}

const warnedTrailingSlash = new Set();

function notExported(ctx, subpath) {
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(ctx.pkgDir, subpath, ctx.base);
}

// Resolves `subpath` ('.' or './x') through the "exports" of the package whose package.json
// data is `pkg`.
function packageExportsResolve(ctx, subpath, pkg) {
  let exports = pkg.exports;
  if (isMainSugar(exports, ctx)) exports = { '.': exports };

  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*') &&
      !subpath.endsWith('/')) {
    const result = resolveTarget(ctx, exports[subpath], '', subpath, false, false, false);
    if (result == null) throw notExported(ctx, subpath);
    return result;
  }

  const best = bestPattern(exports, subpath);
  if (best !== undefined) {
    const [key, star] = best;
    if (subpath.endsWith('/')) {
      const id = `${ctx.pjsonPath}|${key}`;
      if (!warnedTrailingSlash.has(id) && !process.noDeprecation) {
        warnedTrailingSlash.add(id);
        process.emitWarning(
          `Use of deprecated trailing slash pattern mapping "${key}" in the "exports" field ` +
          `module resolution of the package at ${ctx.pjsonPath}` +
          `${ctx.base ? ` imported from ${ctx.base}` : ''}. ` +
          'Mapping specifiers ending in "/" is no longer supported.',
          'DeprecationWarning',
          'DEP0155',
        );
      }
    }
    const result = resolveTarget(ctx, exports[key], star, key, true, false,
                                 subpath.endsWith('/'));
    if (result == null) throw notExported(ctx, subpath);
    return result;
  }
  throw notExported(ctx, subpath);
}

// Resolves an internal `#name` through the "imports" of the package scope of `base`.
function packageImportsResolve(name, base, conditions, env) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           base);
  }
  const scope = packageJsonReader.readPackageScope(base);
  let pkgDir;
  if (scope) {
    const ctx = makeContext(scope.data.pjsonPath, base, conditions, env);
    pkgDir = ctx.pkgDir;
    const imports = scope.data.imports;
    if (imports) {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const result = resolveTarget(ctx, imports[name], '', name, false, true, false);
        if (result != null) return result;
      } else {
        const best = bestPattern(imports, name);
        if (best !== undefined) {
          const result = resolveTarget(ctx, imports[best[0]], best[1], best[0], true, true,
                                       false);
          if (result != null) return result;
        }
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgDir, base);
}

// A bare specifier (from the ES module loader, or that an "imports" target names), resolved as
// Node's ESM resolver does (node_modules lookup, "exports", then "main" with its legacy
// fallbacks). A built-in resolves to its node: URL when `env.builtinURL` is given (the ES
// module loader), else it is an error (require() wants a file path).
function packageResolve(specifier, ctx) {
  const env = ctx.env;
  if (env.isBuiltin(specifier)) {
    if (env.builtinURL !== undefined) return env.builtinURL(specifier);
    throw new ERR_INVALID_URL_SCHEME('file');
  }
  const base = ctx.base;
  let name;
  let valid = true;
  const slash = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (slash === -1 || specifier.length === 0) {
      valid = false;
    } else {
      const next = specifier.indexOf('/', slash + 1);
      name = next === -1 ? specifier : specifier.slice(0, next);
    }
  } else {
    name = slash === -1 ? specifier : specifier.slice(0, slash);
  }
  if (valid && (name[0] === '.' || name.includes('\\') || name.includes('%'))) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const subpath = `.${specifier.slice(name.length)}`;

  const self = packageJsonReader.readPackageScope(base);
  if (self && self.data.name === name && self.data.exports != null) {
    const selfCtx = makeContext(self.data.pjsonPath, base, ctx.conditions, env);
    return packageExportsResolve(selfCtx, subpath, self.data);
  }

  let dir = path.dirname(base);
  for (;;) {
    const pkgDir = dir === '/' ? `/node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (!dir.endsWith('/node_modules') && env.isDirectory(pkgDir)) {
      const pjsonPath = `${pkgDir}/package.json`;
      const pkg = packageJsonReader.read(pjsonPath);
      const pkgCtx = makeContext(pjsonPath, base, ctx.conditions, env);
      if (pkg.exports != null) return packageExportsResolve(pkgCtx, subpath, pkg);
      if (subpath === '.') return legacyMainResolve(pkgCtx, pkg);
      return joinTarget(pkgCtx, subpath.slice(2));
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(name, base, null);
}

const mainSuffixes = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const indexFiles = ['./index.js', './index.json', './index.node'];

function legacyMainResolve(ctx, pkg) {
  const env = ctx.env;
  if (pkg.main !== undefined) {
    for (let i = 0; i < mainSuffixes.length; i++) {
      const candidate = joinTarget(ctx, stripDotSlash(pkg.main + mainSuffixes[i]));
      if (env.isFile(decodeURLPath(candidate))) return candidate;
    }
  }
  for (let i = 0; i < indexFiles.length; i++) {
    const candidate = joinTarget(ctx, indexFiles[i].slice(2));
    if (env.isFile(decodeURLPath(candidate))) return candidate;
  }
  // Node 20 raises this one from C++: a plain Error with a code, naming the last file tried.
  const err = new Error(`Cannot find package '${ctx.pkgDir}index.js' imported from ${ctx.base}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  throw err;
}

function stripDotSlash(s) {
  return s.startsWith('./') ? s.slice(2) : s;
}

// URL path text (from the functions above) to a file path, as fileURLToPath does.
function decodeURLPath(p) {
  return p.includes('%') ? decodeURIComponent(p) : p;
}

// Whether URL path text names an encoded separator, which Node refuses.
function hasEncodedSeparator(p) {
  for (let i = p.indexOf('%'); i !== -1; i = p.indexOf('%', i + 1)) {
    const a = p[i + 1];
    const b = p[i + 2];
    if ((a === '2' && (b === 'f' || b === 'F')) || (a === '5' && (b === 'c' || b === 'C'))) {
      return true;
    }
  }
  return false;
}

// URL href of URL path text, for messages.
function toHref(p) {
  return `file://${p}`;
}

module.exports = {
  makeContext,
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  decodeURLPath,
  hasEncodedSeparator,
  toHref,
};
