'use strict';
// The process methods built on internalBinding('process_methods') (src/process_methods.c):
// argument validation and Node's errors here, the system calls in C. The bootstrap puts
// what wrapProcessMethods() returns on the process object.
//
// The binding, as this file uses it (keep in sync with src/process_methods.c):
//   hrtime()          fills hrtimeBuffer, a Uint32Array(3): seconds (high 32 bits, low 32
//                     bits), nanoseconds
//   hrtimeBigInt()    -> bigint nanoseconds
//   cpuUsage()        -> Float64Array [user, system] in microseconds
//   memoryUsage()     -> Float64Array [rss, heapTotal, heapUsed, external, arrayBuffers]
//   rss()             -> number
//   resourceUsage()   -> Float64Array(16), in the order of kResourceUsageFields
//   kill(pid, signal) -> 0 or a negative libuv code
//   cwd()             -> string or a negative libuv code
//   chdir(path)       -> 0 or a negative libuv code
//   umask(mask?)      -> the previous mask
//   uptime()          -> seconds
//   reallyExit(code), abort(), getuid(), geteuid(), getgid(), getegid(), getgroups(),
//   getTitle(), setTitle(title)

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

let errors;
function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}

const kResourceUsageFields = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
];

// Exit codes: integers, or non-empty strings that read as one ('1', ' 2 ', '0x10', ' ');
// null and undefined mean "not set". Node 20 throws for anything else, judging a numeric
// string by its number.
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  let value = code;
  if (typeof code === 'string' && code !== '' && !Number.isNaN(+code)) value = +code;
  lazyValidators().validateInteger(value, 'code');
}

// process.exitCode as Node defines it: validated on assignment, not configurable.
function defineExitCodeProperty(proc) {
  let exitCode;
  Object.defineProperty(proc, 'exitCode', {
    get() {
      return exitCode;
    },
    set(code) {
      validateExitCode(code);
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });
}

// A signal's number from its name ('SIGTERM'), looked up as a property key as Node does;
// undefined when there is no such signal.
function signalNumber(sig) {
  if (typeof sig === 'symbol') return undefined;
  const name = `${sig}`;
  const signals = internalBinding('constants').os.signals;
  return Object.prototype.hasOwnProperty.call(signals, name) ? signals[name] : undefined;
}

// Emits 'exit' unless it has been emitted already.
function emitExitOnce() {
  if (process._exiting) return;
  process._exiting = true;
  process.emit('exit', process.exitCode || 0);
}

// options.emitExit: the bootstrap's own "emit 'exit' once" (shared with the normal end of
// the process), else emitExitOnce above.
function wrapProcessMethods(binding, options = {}) {
  const emitExit = options.emitExit || emitExitOnce;

  function hrtime(time) {
    binding.hrtime();
    const buffer = binding.hrtimeBuffer;
    const seconds = buffer[0] * 0x100000000 + buffer[1];
    const nanoseconds = buffer[2];
    if (time === undefined) return [seconds, nanoseconds];

    const { validateArray } = lazyValidators();
    validateArray(time, 'time');
    if (time.length !== 2) {
      const { codes } = lazyErrors();
      throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    const diffSeconds = seconds - time[0];
    const diffNanoseconds = nanoseconds - time[1];
    if (diffNanoseconds < 0) return [diffSeconds - 1, diffNanoseconds + 1e9];
    return [diffSeconds, diffNanoseconds];
  }

  function hrtimeBigInt() {
    return binding.hrtimeBigInt();
  }
  hrtime.bigint = hrtimeBigInt;

  function isValidPreviousValue(value) {
    return typeof value === 'number' && value <= Number.MAX_SAFE_INTEGER && value >= 0;
  }

  function cpuUsage(prevValue) {
    if (prevValue) {
      // Validated the way Node does: the type of the object is only looked at when its
      // fields are not usable.
      if (!isValidPreviousValue(prevValue.user)) {
        const { validateObject, validateNumber } = lazyValidators();
        validateObject(prevValue, 'prevValue');
        validateNumber(prevValue.user, 'prevValue.user');
        const { codes } = lazyErrors();
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
      }
      if (!isValidPreviousValue(prevValue.system)) {
        const { validateNumber } = lazyValidators();
        validateNumber(prevValue.system, 'prevValue.system');
        const { codes } = lazyErrors();
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
      }
    }
    const values = binding.cpuUsage();
    if (prevValue) {
      return { user: values[0] - prevValue.user, system: values[1] - prevValue.system };
    }
    return { user: values[0], system: values[1] };
  }

  function memoryUsage() {
    const values = binding.memoryUsage();
    return {
      rss: values[0],
      heapTotal: values[1],
      heapUsed: values[2],
      external: values[3],
      arrayBuffers: values[4],
    };
  }

  function rss() {
    return binding.rss();
  }
  memoryUsage.rss = rss;

  function resourceUsage() {
    const values = binding.resourceUsage();
    const usage = {};
    for (let i = 0; i < kResourceUsageFields.length; i++) {
      usage[kResourceUsageFields[i]] = values[i];
    }
    return usage;
  }

  // process._kill: the raw call, which process.kill() goes through (tests replace it).
  function _kill(pid, signal) {
    return binding.kill(pid, signal);
  }

  function kill(pid, sig) {
    // eslint-disable-next-line eqeqeq
    if (pid != (pid | 0)) {
      const { codes } = lazyErrors();
      throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    }
    let err;
    if (sig === (sig | 0)) {
      // A signal number, 0 included, goes to the system as it is.
      err = process._kill(pid, sig);
    } else {
      sig = sig || 'SIGTERM';
      const number = signalNumber(sig);
      if (!number) {
        const { codes } = lazyErrors();
        throw new codes.ERR_UNKNOWN_SIGNAL(sig);
      }
      err = process._kill(pid, number);
    }
    if (err) throw lazyErrors().errnoException(err, 'kill');
    return true;
  }

  function exit(code) {
    if (arguments.length !== 0) {
      validateExitCode(code);
      process.exitCode = code;
    }
    emitExit();
    // process.reallyExit is looked up now: userland replaces it.
    process.reallyExit(process.exitCode || 0);
  }

  function reallyExit(code) {
    binding.reallyExit(code);
  }

  function abort() {
    binding.abort();
  }

  function wrappedUmask(mask) {
    if (mask !== undefined) {
      mask = lazyValidators().parseFileMode(mask, 'mask');
    }
    return binding.umask(mask);
  }

  // The working directory is asked of the system once, then after each chdir().
  let cachedCwd = '';

  function wrappedCwd() {
    if (cachedCwd === '') {
      const cwd = binding.cwd();
      if (typeof cwd === 'number') {
        throw lazyErrors().uvException({ errno: cwd, syscall: 'uv_cwd' });
      }
      cachedCwd = cwd;
    }
    return cachedCwd;
  }

  function wrappedChdir(directory) {
    lazyValidators().validateString(directory, 'directory');
    const err = binding.chdir(directory);
    if (err < 0) {
      // Node names the directory it was in, or '' when that is gone too.
      const from = binding.cwd();
      throw lazyErrors().uvException({
        errno: err,
        syscall: 'chdir',
        path: typeof from === 'string' ? from : '',
        dest: directory,
      });
    }
    cachedCwd = '';
  }

  function uptime() {
    return binding.uptime();
  }

  function getuid() { return binding.getuid(); }
  function geteuid() { return binding.geteuid(); }
  function getgid() { return binding.getgid(); }
  function getegid() { return binding.getegid(); }
  function getgroups() { return binding.getgroups(); }

  // For the process.title accessor.
  function getTitle() {
    return binding.getTitle();
  }
  function setTitle(title) {
    binding.setTitle(`${title}`);
  }

  return {
    hrtime,
    cpuUsage,
    memoryUsage,
    resourceUsage,
    _kill,
    kill,
    exit,
    reallyExit,
    abort,
    umask: wrappedUmask,
    cwd: wrappedCwd,
    chdir: wrappedChdir,
    uptime,
    getuid,
    geteuid,
    getgid,
    getegid,
    getgroups,
    getTitle,
    setTitle,
  };
}

module.exports = {
  wrapProcessMethods,
  defineExitCodeProperty,
  validateExitCode,
};
