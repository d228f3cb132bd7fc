'use strict';
// Runs a program against our timers, nextTick and unhandled-rejection code under /usr/bin/node
// (with --expose-internals): fake 'timers', 'task_queue', 'errors' and 'options' bindings,
// V8's own microtask queue, and a JS event loop that does what src/ does with libuv: the
// timers phase, poll, the check phase, and the nextTick/microtask drain after each call
// into JS (an InternalCallbackScope, in Node's terms).
//
//   node --expose-internals test/internal/event-loop-sim.js program.js
// runs program.js with our setTimeout, setImmediate, process.nextTick, queueMicrotask...
// and exits like node would (1 with the error printed on an uncaught exception). A
// `// Flags: --unhandled-rejections=MODE` line in the program sets that option. With
// --no-detail-string (before the program) the errors binding has no noSideEffectsToString,
// so that lib/ works it out itself.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const EventEmitter = require('events');

// internal/test/binding warns when loaded; that line is not the simulated program's.
const { emitWarning } = process;
process.emitWarning = () => {};
const { internalBinding: nodeBinding } = require('internal/test/binding');
process.emitWarning = emitWarning;
const harness = require('./harness');

class SimExit extends Error {
  constructor(code, error) {
    super(`exit ${code}`);
    this.exitCode = code;
    this.error = error;
  }
}

function createSim({ options = {} } = {}) {
  const realTaskQueue = nodeBinding('task_queue');
  const startTime = Math.floor(performance.now());

  const loop = {
    now: 0,
    timerDue: null,        // loop time the libuv timer fires at; null while not armed
    timerRefed: false,
    idleActive: false,     // the idle handle that keeps poll from blocking for immediates
    processTimers: null,
    processImmediate: null,
    tickCallback: null,
  };

  const simProcess = Object.create(process);
  EventEmitter.call(simProcess);
  simProcess._exiting = false;
  simProcess.exitCode = undefined;

  const immediateInfo = new Uint32Array(3);
  const tickInfo = new Int32Array(2);

  const bindings = {
    timers: {
      setupTimers(processImmediate, processTimers) {
        loop.processImmediate = processImmediate;
        loop.processTimers = processTimers;
      },
      scheduleTimer(ms) {
        loop.timerDue = loop.now + ms;
      },
      toggleTimerRef(value) {
        loop.timerRefed = value;
      },
      toggleImmediateRef(value) {
        loop.idleActive = value;
      },
      // As Node's: brings the loop time up to date first.
      getLibuvNow() {
        updateTime();
        return loop.now;
      },
      immediateInfo,
    },
    task_queue: {
      tickInfo,
      runMicrotasks: realTaskQueue.runMicrotasks,
      enqueueMicrotask: realTaskQueue.enqueueMicrotask,
      setTickCallback(fn) {
        loop.tickCallback = fn;
      },
      setPromiseRejectCallback(fn) {
        // Takes V8's promise events away from Node for the rest of this process.
        realTaskQueue.setPromiseRejectCallback((type, promise, reason) => {
          try {
            fn(type, promise, reason);
          } catch (err) {
            process._rawDebug('Exception in PromiseRejectCallback:', err);
          }
        });
      },
      promiseRejectEvents: realTaskQueue.promiseRejectEvents,
    },
    errors: {
      triggerUncaughtException,
      noSideEffectsToString: options.noSideEffectsToString === false ?
        undefined : nodeBinding('errors').noSideEffectsToString,
    },
    options: {
      getOptionValue(name) {
        return options[name];
      },
    },
  };

  const loader = harness.createLoader({ bindings, process: simProcess });
  const timers = loader.require('timers');

  // What src/ does at start-up.
  const { setupTaskQueue, queueMicrotask } =
    loader.require('internal/process/task_queues');
  const { nextTick, runNextTicks } = setupTaskQueue();
  simProcess.nextTick = nextTick;
  // Warnings are emitted on a later tick of our queue, to the program's listeners and to
  // Node's (which print them, and which test/common listens to).
  simProcess.emitWarning = function emitWarning(warning, type, code) {
    if (type !== null && typeof type === 'object') ({ type, code } = type);
    if (typeof warning === 'string') {
      warning = Object.assign(new Error(warning), { name: type || 'Warning' });
      if (code !== undefined) warning.code = code;
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    nextTick(() => {
      simProcess.emit('warning', warning);
      process.emit('warning', warning);
    });
  };
  const { getTimerCallbacks } = loader.require('internal/timers');
  const callbacks = getTimerCallbacks(runNextTicks);
  bindings.timers.setupTimers(callbacks.processImmediate, callbacks.processTimers);

  // Node's handler for uncaught exceptions (lib/internal/process/execution.js).
  function triggerUncaughtException(err, fromPromise) {
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    simProcess.emit('uncaughtExceptionMonitor', err, type);
    if (!simProcess.emit('uncaughtException', err, type)) {
      throw new SimExit(1, err);
    }
    // As Node: make sure the next loop turn is not empty, so queued ticks get run.
    timers.setImmediate(() => {});
  }

  function reportUncaught(err) {
    if (err instanceof SimExit) throw err;
    triggerUncaughtException(err, false);
  }

  // Closing a callback scope: microtasks, or the tick callback when it has work.
  function drain() {
    if (!tickInfo[0]) {
      realTaskQueue.runMicrotasks();
      if (!tickInfo[0] && !tickInfo[1]) return;
    }
    try {
      loop.tickCallback();
    } catch (err) {
      reportUncaught(err);
    }
  }

  // MakeCallback: the queues are drained after a call that did not throw.
  function makeCallback(fn) {
    try {
      fn();
    } catch (err) {
      reportUncaught(err);
      return;
    }
    drain();
  }

  function updateTime() {
    loop.now = Math.floor(performance.now()) - startTime;
  }

  function runTimers() {
    if (loop.timerDue === null || loop.timerDue > loop.now) return;
    loop.timerDue = null;
    updateTime();
    const now = loop.now;
    let next;
    for (;;) {
      try {
        next = loop.processTimers(now);
        break;
      } catch (err) {
        reportUncaught(err);
      }
    }
    if (next !== 0) {
      const ms = Math.abs(next) - loop.now;
      loop.timerDue = loop.now + (ms > 0 ? ms : 1);
      loop.timerRefed = next > 0;
    } else {
      loop.timerRefed = false;
    }
    drain();
  }

  function runCheck() {
    if (immediateInfo[0] === 0) return;
    do {
      makeCallback(loop.processImmediate);
    } while (immediateInfo[2]);
    if (immediateInfo[1] === 0) loop.idleActive = false;
  }

  function alive() {
    return (loop.timerDue !== null && loop.timerRefed) || loop.idleActive;
  }

  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  function poll() {
    if (loop.idleActive || loop.timerDue === null) return;
    const ms = loop.timerDue - loop.now;
    if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
    updateTime();
  }

  // uv_run(UV_RUN_DEFAULT), then 'beforeExit' while that adds work, then 'exit'.
  function runLoop() {
    for (;;) {
      updateTime();
      runTimers();
      while (alive()) {
        poll();
        runCheck();
        updateTime();
        runTimers();
      }
      makeCallback(() => simProcess.emit('beforeExit', simProcess.exitCode ?? 0));
      if (!alive()) break;
    }
  }

  function exit(code) {
    simProcess._exiting = true;
    simProcess.emit('exit', code);
    return code;
  }

  // Runs `main` as the main script, then the loop; returns the exit code.
  function run(main) {
    try {
      makeCallback(main);
      runLoop();
      const code = simProcess.exitCode ?? 0;
      return exit(code);
    } catch (err) {
      if (!(err instanceof SimExit)) throw err;
      if (err.error !== undefined) {
        process._rawDebug(require('util').inspect(err.error));
      }
      return exit(err.exitCode);
    }
  }

  const globals = {
    setTimeout: timers.setTimeout,
    setInterval: timers.setInterval,
    setImmediate: timers.setImmediate,
    clearTimeout: timers.clearTimeout,
    clearInterval: timers.clearInterval,
    clearImmediate: timers.clearImmediate,
    queueMicrotask,
  };

  return { loader, process: simProcess, globals, run, loop };
}

// Runs a CommonJS file with the simulated globals; returns its exit code.
function runFile(file, simOptions = {}) {
  file = path.resolve(file);
  const source = fs.readFileSync(file, 'utf8');
  const options = { ...simOptions };
  const flags = /^\s*\/\/\s*Flags:(.*)$/m.exec(source);
  if (flags) {
    for (const flag of flags[1].trim().split(/\s+/)) {
      const [name, value] = flag.split('=');
      options[name] = value ?? true;
    }
  }
  const sim = createSim({ options });
  const realRequire = require('module').createRequire(file);
  function simRequire(id) {
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (bare === 'timers' || bare === 'timers/promises') return sim.loader.require(bare);
    return realRequire(id);
  }
  const names = ['exports', 'require', 'module', '__filename', '__dirname', 'process',
                 ...Object.keys(sim.globals)];
  const fn = vm.compileFunction(source, names, { filename: file });
  const module = { exports: {} };
  const args = [module.exports, simRequire, module, file, path.dirname(file), sim.process,
                ...Object.values(sim.globals)];
  return sim.run(() => fn(...args));
}

module.exports = { createSim, runFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const noDetailString = args[0] === '--no-detail-string';
  if (noDetailString) args.shift();
  process.exitCode = runFile(args[0], noDetailString ? { noSideEffectsToString: false } : {});
}
