'use strict';
// The bootstrap: makes `process` an EventEmitter with Node's methods, installs the globals
// (most of them lazily: a script that never touches `console` never loads it), and wires the
// task queue, timers and the uncaught-exception handler to C. src/main.c requires it once,
// after lib/internal/bootstrap/realm.js; it exports the exit hooks main.c calls.

require('internal/errors').setupPrepareStackTrace();

// Node 20 defines these before V8 does (timers and others key methods on them).
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol.for('nodejs.asyncDispose') });
}
const EventEmitter = require('events');
const { getOptionValue } = require('internal/options');

// -- process: an EventEmitter whose prototype is named `process`, as in Node --
{
  const processCtor = function process() {};
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: processCtor, writable: true, configurable: true },
  });
  processCtor.prototype = proto;
  Object.setPrototypeOf(process, proto);
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', writable: true, enumerable: false, configurable: false,
  });
  EventEmitter.call(process);
}

const pm = internalBinding('process_methods');
const perThread = require('internal/process/per_thread');
const wrapped = perThread.wrapProcessMethods(pm, { emitExit: emitExitOnce });

process._exiting = false;
perThread.defineExitCodeProperty(process);

{
  // config.gypi as configure wrote it (node-gyp reads process.config.variables).
  const deepFreeze = (o) => {
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') deepFreeze(v);
    return Object.freeze(o);
  };
  const config = deepFreeze(JSON.parse(internalBinding('builtins').config));
  Object.defineProperty(process, 'config', {
    value: config, writable: false, enumerable: true, configurable: true,
  });
}
// What this runtime has: no inspector and no TLS yet.
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
  tls_ocsp: false, tls: false, cached_builtins: true,
  require_module: getOptionValue('--experimental-require-module'),
};
process.moduleLoadList = [];
process._rawDebug = function _rawDebug(...args) {
  const { format } = require('internal/util/inspect');
  internalBinding('fs').writeStringSync(2, `${format(...args)}\n`);
};

for (const name of Object.keys(wrapped)) {
  if (name !== 'getTitle' && name !== 'setTitle') process[name] = wrapped[name];
}

Object.defineProperty(process, 'ppid', {
  enumerable: true, configurable: true, get() { return pm.getppid(); },
});
{
  let title;
  const initial = getOptionValue('--title');
  if (initial) wrapped.setTitle(initial);
  Object.defineProperty(process, 'title', {
    enumerable: true,
    configurable: true,
    get() { return title === undefined ? wrapped.getTitle() : title; },
    set(value) {
      title = `${value}`;
      wrapped.setTitle(title);
    },
  });
}

// Set only when given, as Node does (read-only then).
for (const [option, name] of [['--no-deprecation', 'noDeprecation'],
                              ['--throw-deprecation', 'throwDeprecation'],
                              ['--trace-deprecation', 'traceDeprecation'],
                              ['--trace-warnings', 'traceProcessWarnings'],
                              ['--no-warnings', 'noProcessWarnings']]) {
  if (getOptionValue(option)) {
    Object.defineProperty(process, name, {
      value: true, writable: false, enumerable: true, configurable: true,
    });
  }
}

{
  const { emitWarning } = require('internal/process/warning');
  process.emitWarning = emitWarning;
}

if (process.env.NODE_DEBUG) {
  require('internal/util/debuglog').initializeDebugEnv(process.env.NODE_DEBUG);
}

// -- the task queue and timers --
const { nextTick, runNextTicks } = require('internal/process/task_queues').setupTaskQueue();
process.nextTick = nextTick;
process._tickCallback = runNextTicks;
{
  const { getTimerCallbacks } = require('internal/timers');
  const { processImmediate, processTimers } = getTimerCallbacks(runNextTicks);
  internalBinding('timers').setupTimers(processImmediate, processTimers);
}

// -- uncaught exceptions --
{
  const execution = require('internal/process/execution');
  internalBinding('errors').setFatalExceptionHandler(execution.createOnGlobalUncaughtException());
  process.setUncaughtExceptionCaptureCallback = execution.setUncaughtExceptionCaptureCallback;
  process.hasUncaughtExceptionCaptureCallback = execution.hasUncaughtExceptionCaptureCallback;
}

require('internal/process/signals').setupSignalHandlers();

if (!getOptionValue('--no-warnings') && process.env.NODE_NO_WARNINGS !== '1') {
  process.on('warning', require('internal/process/warning').onWarning);
}

// -- stdio, created on first use --
function defineStdio(name, fd, create) {
  let stream;
  Object.defineProperty(process, name, {
    enumerable: true,
    configurable: true,
    get() {
      if (stream === undefined) stream = require('internal/process/stdio')[create](fd);
      return stream;
    },
    set(value) { stream = value; },
  });
}
defineStdio('stdout', 1, 'createWritableStdioStream');
defineStdio('stdin', 0, 'createStdin');
defineStdio('stderr', 2, 'createWritableStdioStream');
// the old way to read stdin: resumed at once
process.openStdin = function() {
  process.stdin.resume();
  return process.stdin;
};

// -- globals --
// As Node's lazy globals: accessors named `get <name>`/`set <name>` that load the value on first
// read, after which (or after an assignment) the global is a plain writable data property.
function defineLazyGlobal(name, load, enumerable = false) {
  const set = function(newValue) {
    Object.defineProperty(globalThis, name, {
      value: newValue, writable: true, enumerable, configurable: true,
    });
  };
  let value;
  const get = function() {
    if (value === undefined) {
      value = load();
      set(value);
    }
    return value;
  };
  Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(set, 'name', { value: `set ${name}` });
  Object.defineProperty(globalThis, name, { get, set, enumerable, configurable: true });
}

function defineValueGlobal(name, value, enumerable = true) {
  Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
}

defineValueGlobal('global', globalThis);
Object.defineProperty(globalThis, 'process', {
  enumerable: false,
  configurable: true,
  get() { return process; },
  set(value) { Object.defineProperty(globalThis, 'process', { value, writable: true, enumerable: true, configurable: true }); },
});
{
  // V8's own console carries profile/timeStamp/context/createTask: keep them.
  const v8Console = globalThis.console;
  let consoleObject;
  Object.defineProperty(globalThis, 'console', {
    enumerable: false,
    configurable: true,
    get() {
      if (consoleObject === undefined) {
        consoleObject = require('internal/console/global');
        if (v8Console !== undefined) {
          require('internal/console/constructor').addVMConsoleMethods(consoleObject, v8Console);
        }
      }
      return consoleObject;
    },
    set(value) { consoleObject = value; },
  });
}

{
  const timers = require('timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                      'setImmediate', 'clearImmediate']) {
    defineValueGlobal(name, timers[name]);
  }
  defineValueGlobal('queueMicrotask', require('internal/process/task_queues').queueMicrotask);
  // structuredClone is a data property in Node: a small function that loads the real one.
  let clone;
  defineValueGlobal('structuredClone', function structuredClone(...args) {
    if (clone === undefined) clone = require('internal/structured_clone').structuredClone;
    return clone(...args);
  });
}

{
  // Buffer is an accessor, as in Node; the module loads on first use.
  let BufferValue;
  let bufferLoaded = false;
  Object.defineProperty(globalThis, 'Buffer', {
    enumerable: false,
    configurable: true,
    get() {
      if (!bufferLoaded) {
        BufferValue = require('buffer').Buffer;
        bufferLoaded = true;
      }
      return BufferValue;
    },
    set(value) {
      BufferValue = value;
      bufferLoaded = true;
    },
  });
  const { defineLazyProperties, exposeLazyInterfaces } = require('internal/util');
  defineLazyProperties(globalThis, 'buffer', ['atob', 'btoa']);
  exposeLazyInterfaces(globalThis, 'internal/blob', ['Blob']);
  exposeLazyInterfaces(globalThis, 'internal/file', ['File']);
}

const lazyGlobals = [
  ['TextEncoder', () => require('internal/encoding').TextEncoder],
  ['TextDecoder', () => require('internal/encoding').TextDecoder],
  // Node has EventTarget, Event and CustomEvent as data properties from start-up; here they
  // are lazy like the rest, and become data properties on first use.
  ['EventTarget', () => require('internal/event_target').EventTarget],
  ['Event', () => require('internal/event_target').Event],
  ['CustomEvent', () => require('internal/event_target').CustomEvent],
  ['AbortController', () => require('internal/abort_controller').AbortController],
  ['AbortSignal', () => require('internal/abort_controller').AbortSignal],
  ['URL', () => require('internal/url').URL],
  ['URLSearchParams', () => require('internal/url').URLSearchParams],
];
for (const [name, load] of lazyGlobals) defineLazyGlobal(name, load);
defineLazyGlobal('performance', () => require('internal/perf/performance').performance, true);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList',
                    'PerformanceResourceTiming']) {
  defineLazyGlobal(name, () => require('internal/perf/performance')[name]);
}
{
  const { exposeLazyInterfaces } = require('internal/util');
  exposeLazyInterfaces(globalThis, 'stream/web', [
    'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
    'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
    'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream',
  ]);
}
{
  // Node defines this one with anonymous accessors.
  const expose = (value) => {
    Object.defineProperty(globalThis, 'DOMException', {
      value, writable: true, enumerable: false, configurable: true,
    });
  };
  const get = () => {
    const { DOMException } = require('internal/per_context/domexception');
    expose(DOMException);
    return DOMException;
  };
  const set = (value) => expose(value);
  Object.defineProperty(get, 'name', { value: '' });
  Object.defineProperty(set, 'name', { value: '' });
  Object.defineProperty(globalThis, 'DOMException', {
    get, set, enumerable: false, configurable: true,
  });
}

// -- exit --
function emitBeforeExit() {
  if (process._exiting) return;
  const code = process.exitCode;
  process.emit('beforeExit', code === undefined || code === null ? 0 : +code);
}

// Emits 'exit' once. process.exit() hands listeners process.exitCode as it is.
function emitExitOnce() {
  if (process._exiting) return;
  process._exiting = true;
  const code = process.exitCode;
  process.emit('exit', code === undefined || code === null ? 0 : code);
}

// The end of the loop (src/main.c): the exit code is a number by then.
function emitExit() {
  if (!process._exiting) {
    const code = process.exitCode;
    process._exiting = true;
    process.emit('exit', code === undefined || code === null ? 0 : +code);
  }
  const code = process.exitCode;
  return (code === undefined || code === null ? 0 : +code) | 0;
}

module.exports = { emitBeforeExit, emitExit };
