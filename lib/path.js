'use strict';
// path: POSIX and Windows path manipulation, with Node 20's results for every input
// (including its quirks around UNC roots, drive-relative paths and reserved device names).

const { validateObject, validateString } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46; // '.'
const COLON = 58; // ':'

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Does `path` start with a drive specifier such as `C:`?
function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

// Collapses `.` and `..` segments and repeated separators of a root-less path, joining the
// remaining segments with `sep`. A `..` that has nothing left to remove is kept only when
// `keepLeadingUps` is set (relative paths); for rooted paths it is dropped.
function collapseSegments(path, keepLeadingUps, sep, isSep) {
  let out = '';
  let ups = 0; // leading '..' segments in `out`
  let kept = 0; // ordinary segments in `out` after those
  const len = path.length;
  let i = 0;
  while (i <= len) {
    let j = i;
    while (j < len && !isSep(path.charCodeAt(j))) j++;
    const segLen = j - i;
    if (segLen === 0 || (segLen === 1 && path.charCodeAt(i) === DOT)) {
      // empty or '.': nothing to add
    } else if (segLen === 2 && path.charCodeAt(i) === DOT && path.charCodeAt(i + 1) === DOT) {
      if (kept > 0) {
        kept--;
        const cut = out.lastIndexOf(sep);
        out = kept === 0 && ups === 0 ? '' : out.slice(0, cut < 0 ? 0 : cut);
      } else if (keepLeadingUps) {
        out = out.length === 0 ? '..' : `${out}${sep}..`;
        ups++;
      }
    } else {
      const seg = path.slice(i, j);
      out = out.length === 0 ? seg : `${out}${sep}${seg}`;
      kept++;
    }
    i = j + 1;
  }
  return out;
}

// Named as in Node, where path.format.name is 'bound _format'.
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? (ext[0] === '.' ? ext : `.${ext}`) : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Index where the last segment of path[from, len) begins and where it ends (trailing
// separators excluded): [start, end]; end is -1 when there is no segment.
function lastSegment(path, from, isSep) {
  let end = -1;
  let i = path.length - 1;
  for (; i >= from; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (end !== -1) break;
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return [i + 1 > from ? i + 1 : from, end];
}

// Where the extension of the segment path[start, end) begins, or -1: the last dot, unless it
// is the segment's first character or the segment is '..'.
function extensionStart(path, start, end) {
  for (let i = end - 1; i > start; i--) {
    if (path.charCodeAt(i) === DOT) {
      if (i === start + 1 && end === start + 2 && path.charCodeAt(start) === DOT) return -1;
      return i;
    }
  }
  return -1;
}

function basenameOf(path, suffix, from, isSep) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const [start, end] = lastSegment(path, from, isSep);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Node matches the suffix backwards over the name's characters only; when the name runs
    // out first (or there is no name), its result keeps the trailing separators.
    if (end === -1) return path.slice(from);
    const baseLen = end - start;
    if (baseLen > suffix.length) {
      if (path.endsWith(suffix, end)) return path.slice(start, end - suffix.length);
    } else if (baseLen < suffix.length && suffix.endsWith(path.slice(start, end))) {
      return path.slice(start);
    }
    return path.slice(start, end);
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

function parseFrom(path, root, isSep) {
  const ret = { root, dir: '', base: '', ext: '', name: '' };
  const rootEnd = root.length;
  const [start, end] = lastSegment(path, rootEnd, isSep);
  if (end !== -1) {
    ret.base = path.slice(start, end);
    let dot = extensionStart(path, start, end);
    // Node's posix.parse() counts a name at index 1 of an absolute path from index 0, so for
    // `/..` it finds the extension '.'.
    if (dot === -1 && isSep === isPosixSep && start === 1 && rootEnd === 1 && end === 3 &&
        path.charCodeAt(1) === DOT && path.charCodeAt(2) === DOT) {
      dot = 2;
    }
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(start, dot);
      ret.ext = path.slice(dot, end);
    }
  }
  // `start` is where the last segment begins; the directory is everything before it less one
  // separator.
  if (start > 0 && start !== rootEnd) ret.dir = path.slice(0, start - 1);
  else ret.dir = root;
  return ret;
}

// ---------------------------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = resolved.length === 0 ? p : `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === SLASH;
    }
    resolved = collapseSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = collapseSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are normalized absolute paths: compare them segment by segment.
    const a = from === '/' ? [] : from.slice(1).split('/');
    const b = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    let out = '';
    for (let i = common; i < a.length; i++) out += out.length === 0 ? '..' : '/..';
    for (let i = common; i < b.length; i++) out += out.length === 0 ? b[i] : `/${b[i]}`;
    return out;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    let end = -1;
    let seenName = false;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (seenName) {
          end = i;
          break;
        }
      } else {
        seenName = true;
      }
    }
    if (end === -1) return rooted ? '/' : '.';
    if (rooted && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    return basenameOf(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const [start, end] = lastSegment(path, 0, isPosixSep);
    if (end === -1) return '';
    const dot = extensionStart(path, start, end);
    return dot === -1 ? '' : path.slice(dot, end);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    if (path.length === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
    return parseFrom(path, path.charCodeAt(0) === SLASH ? '/' : '', isPosixSep);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------------------------
// Windows

// Names that Windows maps to devices whatever the directory: `CON:x` must not be read as a
// drive-relative path by normalize(), so Node prefixes such results with `.\`.
const reservedDeviceNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// For a path starting with two separators: the end of `\\server\share` when both parts are
// there (`end`), and whether the path ends right after the share (`whole`). null otherwise.
function uncRoot(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === len || j === 2) return null;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, share: path.slice(shareStart, j), end: j, whole: j === len };
}

// Root of a Windows path as resolve() and normalize() see it: `device` ('C:', '\\srv\shr'
// or ''), `rootEnd` and `absolute`.
function winRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = uncRoot(path);
      if (unc !== null) {
        if (isDosDevicePrefix(unc.server)) {
          return { device: `\\\\${unc.server}`, rootEnd: 3, absolute: true };
        }
        return { device: `\\\\${unc.server}\\${unc.share}`, rootEnd: unc.end, absolute: true };
      }
      return { device: '', rootEnd: 0, absolute: true };
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (hasDrive(path)) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      return { device: path.slice(0, 2), rootEnd: 3, absolute: true };
    }
    return { device: path.slice(0, 2), rootEnd: 2, absolute: false };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

// Length of the root of a Windows path as dirname() and parse() see it (a UNC root includes
// its trailing separator; a path that is only `\\server\share` is all root).
function winRootLength(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = uncRoot(path);
      if (unc !== null) return unc.whole ? len : unc.end + 1;
    }
    return 1;
  }
  if (hasDrive(path)) return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  return 0;
}

// `\\?\` and `\\.\` start Win32 device namespace paths: for normalize() and resolve() the
// root is just that prefix, and what follows is an ordinary absolute path.
function isDosDevicePrefix(server) {
  return server === '?' || server === '.';
}

function isReservedDevice(path, colon) {
  return reservedDeviceNames.has(path.slice(0, colon).toUpperCase());
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = process.cwd();
      } else {
        // The current directory of that drive, as cmd.exe keeps it in `=C:` variables.
        p = process.env[`=${device}`] || process.cwd();
        if (p === undefined ||
            (p.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             p.charCodeAt(2) === BACKSLASH)) {
          p = `${device}\\`;
        }
      }
      const root = winRoot(p);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${p.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = collapseSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return code === SLASH ? '\\' : path;
    let device;
    let rootEnd = 0;
    let absolute = false;
    let reserved = false;
    if (isWinSep(code)) {
      absolute = true;
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        rootEnd = 0;
        const unc = uncRoot(path);
        if (unc !== null && isDosDevicePrefix(unc.server)) {
          device = `\\\\${unc.server}`;
          rootEnd = 3;
        } else if (unc !== null) {
          if (unc.whole) return `\\\\${unc.server}\\${unc.share}\\`;
          device = `\\\\${unc.server}\\${unc.share}`;
          rootEnd = unc.end;
        }
      }
    } else if (hasDrive(path)) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isWinSep(path.charCodeAt(2))) {
        absolute = true;
        rootEnd = 3;
      }
    } else {
      // Node 20 looks at what precedes the first colon; without a colon, at all but the last
      // character (so `CONx` and `NUL/` are guarded too).
      const colon = path.indexOf(':');
      if (isReservedDevice(path, colon)) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
        reserved = true;
      }
    }
    let tail = rootEnd < len ? collapseSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (reserved) return `.\\${device}${tail}`;
    if (device === undefined) {
      // A relative result must not turn into something Windows reads as a drive or a stream:
      // `x/../c:y` or `a:` at the end of a segment.
      if (!absolute && path.includes(':') && needsDotPrefix(tail, path)) return `.\\${tail}`;
      return absolute ? `\\${tail}` : tail;
    }
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // A UNC root may only come from the first argument: `join('\\\\server', 'share')` must not
    // make one, so leading separators are collapsed unless the first argument itself starts
    // like `\\server`.
    let collapse = true;
    let seps = 0;
    if (isWinSep(first.charCodeAt(0))) {
      seps++;
      if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
        seps++;
        if (first.length > 2) {
          if (isWinSep(first.charCodeAt(2))) seps++;
          else collapse = false;
        }
      }
    }
    if (collapse) {
      while (seps < joined.length && isWinSep(joined.charCodeAt(seps))) seps++;
      if (seps >= 2) joined = `\\${joined.slice(seps)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const a = fromOrig.toLowerCase();
    const b = toOrig.toLowerCase();
    if (a === b) return '';

    // Leading backslashes are skipped, and trailing ones (a UNC root) ignored.
    let aStart = 0;
    while (aStart < a.length && a.charCodeAt(aStart) === BACKSLASH) aStart++;
    let aEnd = a.length;
    while (aEnd - 1 > aStart && a.charCodeAt(aEnd - 1) === BACKSLASH) aEnd--;
    let bStart = 0;
    while (bStart < b.length && b.charCodeAt(bStart) === BACKSLASH) bStart++;
    let bEnd = b.length;
    while (bEnd - 1 > bStart && b.charCodeAt(bEnd - 1) === BACKSLASH) bEnd--;
    const aLen = aEnd - aStart;
    const bLen = bEnd - bStart;
    const shorter = aLen < bLen ? aLen : bLen;

    let i = 0;
    let lastSep = -1; // offset of the last separator both share
    while (i < shorter) {
      const c = a.charCodeAt(aStart + i);
      if (c !== b.charCodeAt(bStart + i)) break;
      if (c === BACKSLASH) lastSep = i;
      i++;
    }
    if (i !== shorter) {
      // Different devices: nothing relative to say.
      if (lastSep === -1) return toOrig;
    } else {
      if (bLen > shorter) {
        if (b.charCodeAt(bStart + i) === BACKSLASH) return toOrig.slice(bStart + i + 1);
        // `from` is a drive root such as `C:\`.
        if (i === 2) return toOrig.slice(bStart + i);
      }
      if (aLen > shorter) {
        if (a.charCodeAt(aStart + i) === BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }

    let ups = '';
    for (let k = aStart + lastSep + 1; k <= aEnd; k++) {
      if (k === aEnd || a.charCodeAt(k) === BACKSLASH) ups += ups.length === 0 ? '..' : '\\..';
    }
    let rest = bStart + lastSep;
    if (ups.length > 0) return `${ups}${toOrig.slice(rest, bEnd)}`;
    if (toOrig.charCodeAt(rest) === BACKSLASH) rest++;
    return toOrig.slice(rest, bEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c = resolved.charCodeAt(2);
        if (c !== 63 /* ? */ && c !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    let rootEnd = -1;
    const code = path.charCodeAt(0);
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = uncRoot(path);
        if (unc !== null) {
          if (unc.whole) return path;
          rootEnd = unc.end + 1;
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    const from = rootEnd === -1 ? 0 : rootEnd;
    let end = -1;
    let seenName = false;
    for (let i = len - 1; i >= from; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (seenName) {
          end = i;
          break;
        }
      } else {
        seenName = true;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, suffix, hasDrive(path) ? 2 : 0, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const from = hasDrive(path) ? 2 : 0;
    const [start, end] = lastSegment(path, from, isWinSep);
    if (end === -1) return '';
    const dot = extensionStart(path, start, end);
    return dot === -1 ? '' : path.slice(dot, end);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
    if (len === 1) {
      if (isWinSep(path.charCodeAt(0))) return { root: path, dir: path, base: '', ext: '', name: '' };
      return { root: '', dir: '', base: path, ext: '', name: path };
    }
    if (hasDrive(path) && (len === 2 || (len === 3 && isWinSep(path.charCodeAt(2))))) {
      return { root: path, dir: path, base: '', ext: '', name: '' };
    }
    return parseFrom(path, path.slice(0, winRootLength(path)), isWinSep);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// The `.\` guard of win32.normalize() for results without a device: the collapsed tail starts
// with a drive (`c:`), or some colon of the original path ends a segment (`a:` or `a:\b`).
function needsDotPrefix(tail, path) {
  if (hasDrive(tail)) return true;
  const len = path.length;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
