// Flags: --expose-internals
'use strict';
// lib/internal/process/per_thread.js over a fake process_methods binding with our interface
// (built on Node's raw binding where a real system call is wanted): results, and errors
// compared with what Node's process methods throw for the same arguments.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createLoader } = require('./console-process-loader');
const { internalBinding } = require('internal/test/binding');

const raw = internalBinding('process_methods');

const calls = [];
const binding = {
  hrtimeBuffer: new Uint32Array(3),
  hrtime() { this.hrtimeBuffer.set([1, 5, 250]); },
  hrtimeBigInt() { return 123456789n; },
  cpuUsage() { return new Float64Array([1000, 2000]); },
  memoryUsage() { return new Float64Array([1, 2, 3, 4, 5]); },
  rss() { return 42; },
  resourceUsage() { return new Float64Array(16).map((_, i) => i * 10); },
  kill(pid, signal) { return raw._kill(pid, signal); },
  cwd() {
    try {
      return raw.cwd();
    } catch (err) {
      return err.errno;
    }
  },
  chdir(dir) {
    try {
      raw.chdir(dir);
      return 0;
    } catch (err) {
      return err.errno;
    }
  },
  umask(mask) { return raw.umask(mask); },
  uptime() { return 12.5; },
  reallyExit(code) { calls.push(['reallyExit', code]); },
  abort() { calls.push(['abort']); },
  getuid: () => 1, geteuid: () => 2, getgid: () => 3, getegid: () => 4, getgroups: () => [5],
  getTitle: () => 'title',
  setTitle(title) { calls.push(['setTitle', title]); },
};

// The process object our module sees: process._kill, reallyExit, emit and exitCode are
// recorded instead of acting.
const fakeProcess = Object.create(process);
const loader = createLoader({ process: fakeProcess });
const perThread = loader.require('internal/process/per_thread');
const methods = perThread.wrapProcessMethods(binding);
fakeProcess._kill = methods._kill;

function errorOf(fn) {
  try {
    fn();
  } catch (err) {
    return { name: err.name, code: err.code, message: err.message, errno: err.errno,
             syscall: err.syscall, path: err.path, dest: err.dest,
             constructor: Object.getPrototypeOf(err).constructor.name };
  }
  return 'no error';
}

function sameErrors(name, ours, node, argsList) {
  for (const args of argsList) {
    assert.deepStrictEqual(errorOf(() => ours(...args)), errorOf(() => node(...args)),
                           `${name}(${args.map(String).join(', ')})`);
  }
}

// Names and lengths, as Node's.
for (const [key, fn] of Object.entries(methods)) {
  if (!(key in process) || key === 'getTitle' || key === 'setTitle') continue;
  assert.strictEqual(fn.name, process[key].name, key);
  if (!['reallyExit', '_kill', 'abort', 'getuid', 'geteuid', 'getgid', 'getegid',
        'getgroups'].includes(key)) {
    assert.strictEqual(fn.length, process[key].length, key);
  }
}
assert.strictEqual(methods.hrtime.bigint.name, process.hrtime.bigint.name);
assert.strictEqual(methods.memoryUsage.rss.name, process.memoryUsage.rss.name);

// hrtime
assert.deepStrictEqual(methods.hrtime(), [2 ** 32 + 5, 250]);
assert.deepStrictEqual(methods.hrtime([2 ** 32, 100]), [5, 150]);
assert.deepStrictEqual(methods.hrtime([2 ** 32, 300]), [4, 999999950]);
assert.deepStrictEqual(methods.hrtime(['a', 'b']), [NaN, NaN]);
assert.strictEqual(methods.hrtime.bigint(), 123456789n);
sameErrors('hrtime', methods.hrtime, process.hrtime,
           [[1], [null], [[1]], [[1, 2, 3]], [[]], [new Uint32Array(2)], [{ length: 2 }],
            ['ab'], [{}]]);

// cpuUsage
assert.deepStrictEqual(methods.cpuUsage(), { user: 1000, system: 2000 });
assert.deepStrictEqual(methods.cpuUsage(null), { user: 1000, system: 2000 });
assert.deepStrictEqual(methods.cpuUsage({ user: 10, system: 20 }), { user: 990, system: 1980 });
assert.deepStrictEqual(methods.cpuUsage(Object.assign([], { user: 1, system: 2 })),
                       { user: 999, system: 1998 });
sameErrors('cpuUsage', methods.cpuUsage, process.cpuUsage,
           [[1], ['x'], [true], [{}], [[]], [{ user: 1 }], [{ user: -1, system: 1 }],
            [{ user: 1, system: 'x' }], [{ user: 1.5, system: NaN }], [{ user: 1e20, system: 1 }],
            [{ user: Infinity, system: 0 }], [{ user: 2 ** 53, system: 0 }],
            [{ user: '1', system: 0 }], [{ user: 0, system: -0.5 }], [() => {}]]);

// memoryUsage, resourceUsage, uptime
assert.deepStrictEqual(methods.memoryUsage(),
                       { rss: 1, heapTotal: 2, heapUsed: 3, external: 4, arrayBuffers: 5 });
assert.deepStrictEqual(Object.keys(methods.memoryUsage()), Object.keys(process.memoryUsage()));
assert.strictEqual(methods.memoryUsage.rss(), 42);
const usage = methods.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), Object.keys(process.resourceUsage()));
assert.deepStrictEqual(Object.values(usage), Array.from({ length: 16 }, (_, i) => i * 10));
assert.strictEqual(methods.uptime(), 12.5);

// kill: only a pid that does not exist, or signal 0.
const nobody = 99999999;
assert.strictEqual(methods.kill(process.pid, 0), true);
sameErrors('kill', methods.kill, process.kill,
           [[], ['x'], [1.5], [null], [2 ** 32], [true, 'SIGFOO'], [String(nobody)], [nobody, 0],
            [nobody, 'SIGTERM'], [nobody, 999], [nobody, '0'], [nobody, 'constructor'],
            [nobody, 'toString'], [nobody, '__proto__'], [nobody, {}], [nobody, 1.5],
            [nobody, -1], [nobody, ''], [nobody, 'SIGINT'], [nobody, 'sigint'], [nobody, 2],
            [nobody, 'SIGIOT'], [nobody, 'SIGUNUSED'], [nobody, true], [nobody, undefined],
            [nobody, null], [nobody, { toString: () => 'SIGHUP' }], [nobody, Symbol('s')],
            [nobody, [2]], [nobody, 2 ** 31]]);
{
  // process.kill goes through process._kill.
  const seen = [];
  fakeProcess._kill = (pid, sig) => { seen.push([pid, sig]); return 0; };
  methods.kill(12, 'SIGHUP');
  methods.kill('12', 0);
  methods.kill(12);
  methods.kill(12, null);
  assert.deepStrictEqual(seen, [[12, os.constants.signals.SIGHUP], ['12', 0],
                                [12, os.constants.signals.SIGTERM],
                                [12, os.constants.signals.SIGTERM]]);
  fakeProcess._kill = methods._kill;
  const err = errorOf(() => methods.kill(nobody));
  assert.deepStrictEqual([err.code, err.errno, err.syscall, err.message],
                         ['ESRCH', os.constants.errno.ESRCH * -1, 'kill', 'kill ESRCH']);
}

// umask: the sequence of previous masks is the same as with Node's.
{
  const original = process.umask();
  const run = (umask) => {
    process.umask(0o22);
    return [0o777, '0777', '777', '0', 0o1777, undefined, 0o22, 2 ** 32 - 1, '8', -1, 2 ** 32,
            'x', 1.5, {}, null, '0o22', '', true, '12', 0o27]
      .map((mask) => {
        try {
          return umask(mask);
        } catch (err) {
          return [err.name, err.code, err.message];
        }
      });
  };
  const ours = run(methods.umask);
  const node = run(process.umask);
  process.umask(original);
  assert.deepStrictEqual(ours, node);
  assert.strictEqual(methods.umask(), original);
}

// cwd and chdir
{
  const start = process.cwd();
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chdir-')));
  const file = path.join(tmp, 'file');
  fs.writeFileSync(file, '');
  assert.strictEqual(methods.cwd(), start);
  methods.chdir(tmp);
  assert.strictEqual(methods.cwd(), tmp);
  assert.strictEqual(raw.cwd(), tmp);
  methods.chdir('..');
  assert.strictEqual(methods.cwd(), path.dirname(tmp));
  methods.chdir(tmp);
  sameErrors('chdir', methods.chdir, process.chdir,
             [[], [1], [null], [Buffer.from(tmp)], [new URL(`file://${tmp}`)],
              [path.join(tmp, 'nonexistent')], [file], [`${file}/x`]]);
  // The cached value is kept until the next chdir, as in Node.
  assert.strictEqual(methods.cwd(), tmp);
  raw.chdir(start);
  assert.strictEqual(methods.cwd(), tmp);
  methods.chdir(start);
  assert.strictEqual(methods.cwd(), start);

  // The directory we are in is gone.
  const gone = path.join(tmp, 'gone');
  fs.mkdirSync(gone);
  methods.chdir(gone);
  fs.rmdirSync(gone);
  const cwdError = errorOf(() => { methods.chdir(gone); methods.cwd(); });
  assert.strictEqual(cwdError.message, `ENOENT: no such file or directory, chdir '' -> '${gone}'`);
  assert.strictEqual(cwdError.syscall, 'chdir');
  raw.chdir(start);
  // A fresh wrapper, whose first cwd() fails.
  const fresh = perThread.wrapProcessMethods({ ...binding, cwd: () => -2 });
  assert.deepStrictEqual(errorOf(() => fresh.cwd()), {
    name: 'Error', code: 'ENOENT', message: 'ENOENT: no such file or directory, uv_cwd',
    errno: -2, syscall: 'uv_cwd', path: undefined, dest: undefined, constructor: 'Error',
  });
  fs.rmSync(tmp, { recursive: true });
}

// Pass-throughs
assert.deepStrictEqual([methods.getuid(), methods.geteuid(), methods.getgid(),
                        methods.getegid(), methods.getgroups(), methods.getTitle()],
                       [1, 2, 3, 4, [5], 'title']);
methods.setTitle(5);
methods.abort();
assert.deepStrictEqual(calls.splice(0), [['setTitle', '5'], ['abort']]);

// exit
{
  const events = [];
  fakeProcess.emit = (name, ...args) => events.push([name, ...args]);
  fakeProcess.reallyExit = (code) => events.push(['reallyExit', code]);
  perThread.defineExitCodeProperty(fakeProcess);
  const reset = () => {
    fakeProcess._exiting = false;
    fakeProcess.exitCode = undefined;
    events.length = 0;
  };
  const exitWith = (...args) => {
    reset();
    methods.exit(...args);
    return events.slice();
  };
  assert.deepStrictEqual(exitWith(), [['exit', 0], ['reallyExit', 0]]);
  assert.deepStrictEqual(exitWith(3), [['exit', 3], ['reallyExit', 3]]);
  assert.deepStrictEqual(exitWith('1'), [['exit', '1'], ['reallyExit', '1']]);
  assert.deepStrictEqual(exitWith(' 2 '), [['exit', ' 2 '], ['reallyExit', ' 2 ']]);
  assert.deepStrictEqual(exitWith('0x10'), [['exit', '0x10'], ['reallyExit', '0x10']]);
  assert.deepStrictEqual(exitWith(null), [['exit', 0], ['reallyExit', 0]]);
  assert.deepStrictEqual(exitWith(' '), [['exit', ' '], ['reallyExit', ' ']]);
  assert.deepStrictEqual(exitWith('1e3'), [['exit', '1e3'], ['reallyExit', '1e3']]);
  fakeProcess.exitCode = 7;
  fakeProcess._exiting = false;
  events.length = 0;
  methods.exit();
  assert.deepStrictEqual(events, [['exit', 7], ['reallyExit', 7]]);
  fakeProcess._exiting = false;
  fakeProcess.exitCode = 7;
  events.length = 0;
  methods.exit(undefined);
  assert.deepStrictEqual(events, [['exit', 0], ['reallyExit', 0]]);
  // 'exit' is emitted once; a listener's exitCode is used.
  reset();
  fakeProcess.emit = (name) => {
    events.push([name]);
    fakeProcess.exitCode = 9;
    methods.exit(4);
  };
  methods.exit(2);
  assert.deepStrictEqual(events, [['exit'], ['reallyExit', 4], ['reallyExit', 4]]);
  // The bootstrap's hook replaces the default 'exit' emission.
  reset();
  const hooked = perThread.wrapProcessMethods(binding, {
    emitExit: () => events.push(['hook', fakeProcess.exitCode]),
  });
  hooked.exit(5);
  assert.deepStrictEqual(events, [['hook', 5], ['reallyExit', 5]]);
  // The real reallyExit goes to the binding.
  methods.reallyExit(6);
  assert.deepStrictEqual(calls.splice(0), [['reallyExit', 6]]);

  // Validation: the errors Node's exitCode setter throws; nothing is emitted.
  const invalid = [1.5, 'abc', true, '', {}, NaN, 1n, [], '1.5', Infinity, 2 ** 53, 'Infinity',
                   '9007199254740993', '1e400', ' 1.5 ', 'NaN'];
  for (const code of invalid) {
    reset();
    const expected = errorOf(() => { process.exitCode = code; });
    process.exitCode = undefined;
    assert.deepStrictEqual(errorOf(() => methods.exit(code)), expected, String(code));
    assert.deepStrictEqual(errorOf(() => { fakeProcess.exitCode = code; }), expected);
    assert.deepStrictEqual(events, []);
  }
  const exitCodeDescriptor = (obj) => {
    const { enumerable, configurable } = Object.getOwnPropertyDescriptor(obj, 'exitCode');
    return { enumerable, configurable };
  };
  assert.deepStrictEqual(exitCodeDescriptor(fakeProcess), exitCodeDescriptor(process));
}
