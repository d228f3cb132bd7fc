'use strict';
// os: the host, its CPUs, memory, network interfaces and users, from internalBinding('os')
// (src/os.c), and os.constants from internalBinding('constants').os.

const {
  getAvailableParallelism,
  getCPUs,
  getFreeMem,
  getHomeDirectory: _getHomeDirectory,
  getHostname: _getHostname,
  getInterfaceAddresses: _getInterfaceAddresses,
  getLoadAvg,
  getOSInformation: _getOSInformation,
  getPriority: _getPriority,
  getTotalMem,
  getUptime: _getUptime,
  getUserInfo,
  isBigEndian,
  setPriority: _setPriority,
} = internalBinding('os');
const {
  codes: { ERR_SYSTEM_ERROR },
  hideStackFrames,
  uvErrmapGet,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { getCIDR, normalizeEncoding } = require('internal/util');

// The binding leaves {errno, syscall} in ctx; ERR_SYSTEM_ERROR takes
// {errno, code, message, syscall}.
function systemErrorContext(ctx) {
  const [code, message] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  return { errno: ctx.errno, code, message, syscall: ctx.syscall };
}

// A binding call (taking only ctx) that returns undefined on failure, as one that throws
// ERR_SYSTEM_ERROR.
function checked(fn) {
  return hideStackFrames(() => {
    const ctx = {};
    const ret = fn(ctx);
    if (ret === undefined) throw new ERR_SYSTEM_ERROR(systemErrorContext(ctx));
    return ret;
  });
}

const getHomeDirectory = checked(_getHomeDirectory);
const getHostname = checked(_getHostname);
const getInterfaceAddresses = checked(_getInterfaceAddresses);
const getUptime = checked(_getUptime);

const { 0: type, 1: version, 2: release, 3: machine } = checked(_getOSInformation)();

function getOSRelease() { return release; }
function getOSType() { return type; }
function getOSVersion() { return version; }
function getMachine() { return machine; }

function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return isBigEndian ? 'BE' : 'LE'; }

// Node keeps the older `${os.hostname}` style working: these convert to their result.
for (const fn of [getFreeMem, getHostname, getOSVersion, getOSType, getOSRelease, getMachine,
                  getHomeDirectory, getTotalMem, getUptime, getAvailableParallelism, arch,
                  platform, endianness]) {
  fn[Symbol.toPrimitive] = () => fn();
}

const avgValues = new Float64Array(3);

function loadavg() {
  getLoadAvg(avgValues);
  return [avgValues[0], avgValues[1], avgValues[2]];
}

function cpus() {
  const data = getCPUs() || [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

// TMPDIR, TMP, TEMP, else /tmp; without a trailing slash unless it is the root.
function tmpdir() {
  const path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function networkInterfaces() {
  const data = getInterfaceAddresses();
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    // IPv6 only; the binding gives -1 for IPv4.
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (_setPriority(pid, priority, ctx) !== 0) {
    throw new ERR_SYSTEM_ERROR(systemErrorContext(ctx));
  }
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = _getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(systemErrorContext(ctx));
  return priority;
}

let FastBuffer;

// options.encoding: 'buffer' gives Buffers; another known encoding decodes the bytes with
// it; anything else (non-strings included) means UTF-8, as in Node.
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const requested = options === null ? undefined : options.encoding;
  let encoding;
  if (typeof requested === 'string') {
    encoding = requested.toLowerCase() === 'buffer' ? 'buffer' : normalizeEncoding(requested);
  }
  const raw = encoding !== undefined && encoding !== 'utf8';
  const ctx = {};
  const user = getUserInfo(raw ? { encoding: 'buffer' } : undefined, ctx);
  if (user === undefined) throw new ERR_SYSTEM_ERROR(systemErrorContext(ctx));
  if (raw) {
    if (FastBuffer === undefined) ({ FastBuffer } = require('internal/buffer'));
    for (const key of ['username', 'homedir', 'shell']) {
      const bytes = user[key];
      if (bytes == null) continue;
      const buf = new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      user[key] = encoding === 'buffer' ? buf : buf.toString(encoding);
    }
  }
  return user;
}

// Node's os.constants: the numbers read-only, the groups replaceable, nothing frozen.
function readOnlyCopy(source) {
  const copy = { __proto__: null };
  for (const key of Object.keys(source)) {
    Object.defineProperty(copy, key, {
      value: source[key], writable: false, enumerable: true, configurable: false,
    });
  }
  return copy;
}

function buildConstants() {
  const source = internalBinding('constants').os;
  const constants = { __proto__: null };
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value === 'object' && value !== null) {
      constants[key] = readOnlyCopy(value);
    } else {
      Object.defineProperty(constants, key, {
        value, writable: false, enumerable: true, configurable: false,
      });
    }
  }
  return constants;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    configurable: false,
    enumerable: true,
    value: buildConstants(),
  },
  EOL: {
    configurable: true,
    enumerable: true,
    writable: false,
    value: '\n',
  },
  devNull: {
    configurable: true,
    enumerable: true,
    writable: false,
    value: '/dev/null',
  },
});
