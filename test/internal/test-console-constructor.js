// Flags: --expose-internals
'use strict';
// Runs the same scenarios on Node's Console and on ours (lib/internal/console/constructor.js),
// each over fake streams that record what is written, and checks that the writes, warnings
// and errors are the same.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { createLoader } = require('./console-process-loader');

const ours = createLoader().require('internal/console/constructor');
const { Console: NodeConsole } = require('console');

function makeStream(name, log, extra = {}) {
  const stream = new EventEmitter();
  stream.write = function(chunk, cb) {
    log.push([name, chunk, typeof cb]);
    return true;
  };
  return Object.assign(stream, extra);
}

// Runs fn(console, streams) with process.emitWarning and process.hrtime replaced, and
// returns everything observable.
function run(Console, fn, { options = {}, stdoutExtra, stderrExtra } = {}) {
  const log = [];
  const stdout = makeStream('out', log, stdoutExtra);
  const stderr = makeStream('err', log, stderrExtra);
  const { emitWarning, hrtime } = process;
  process.emitWarning = (...args) => log.push(['warning', ...args]);
  let clock = 0;
  process.hrtime = (start) => {
    const now = [5 + clock++ * 61, 234567891];
    if (!start) return now;
    return [now[0] - start[0], now[1] - start[1]];
  };
  try {
    const console = new Console({ stdout, stderr, ...options });
    fn(console, { stdout, stderr });
  } catch (err) {
    log.push(['threw', err.name, err.code, err.message]);
  } finally {
    process.emitWarning = emitWarning;
    process.hrtime = hrtime;
  }
  return log;
}

function same(name, fn, settings) {
  const expected = run(NodeConsole, fn, settings);
  const actual = run(ours.Console, fn, settings);
  assert.deepStrictEqual(actual, expected, `scenario: ${name}`);
}

class Custom {
  constructor() { this.x = 1; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }
}

same('log formats', (c) => {
  c.log();
  c.log('plain');
  c.log('%s|%d|%i|%f|%j|%o|%O|%c|%%|%x', 'str', 42.5, 42.5, '1.5', { a: [1] }, { b: 2 },
        { c: 3 }, 'color: red', 'extra');
  c.log({ a: 1, b: 'two', c: [1, 2, 3], d: new Map([[1, 2]]) }, Symbol('s'), 10n, null);
  c.log('%s', Symbol('x'), undefined, () => {});
  c.log(new Custom());
  c.log('multi\nline', 'second');
});

same('all methods to their stream', (c) => {
  c.info('info', 1);
  c.debug('debug', 2);
  c.dirxml('dirxml', [3]);
  c.warn('warn', { w: 1 });
  c.error('error %d', 4);
});

same('dir', (c) => {
  c.dir({ a: { b: { c: { d: 1 } } } });
  c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
  c.dir(new Custom());
  c.dir('str', { colors: true });
  c.dir([1, 2, 3], { maxArrayLength: 1 });
  c.dir();
});

same('groups', (c) => {
  c.group();
  c.log('one');
  c.group('label', { x: 1 });
  c.log('two\nlines');
  c.error('err\nlines');
  c.groupCollapsed('collapsed');
  c.table([1]);
  c.groupEnd();
  c.groupEnd();
  c.log('one again');
  c.groupEnd();
  c.groupEnd();
  c.log('none');
});

same('groupIndentation 4', (c) => {
  c.group('a');
  c.log('b');
  c.group();
  c.log('c\nd');
}, { options: { groupIndentation: 4 } });

same('groupIndentation 0', (c) => {
  c.group('a');
  c.log('b');
}, { options: { groupIndentation: 0 } });

same('count', (c) => {
  c.count();
  c.count();
  c.count('default');
  c.count(undefined);
  c.count('x');
  c.count(1);
  c.count('1');
  c.count({});
  c.count(null);
  c.countReset();
  c.count();
  c.countReset('nope');
  c.countReset(1);
  c.countReset('1');
  c.count(1);
  c.countReset(null);
});

same('time', (c) => {
  c.time();
  c.time();
  c.timeLog();
  c.timeLog('default', 'data', { a: 1 });
  c.timeEnd();
  c.timeEnd();
  c.timeLog('missing');
  c.time(1);
  c.timeEnd('1');
  c.time({});
  c.timeEnd('[object Object]');
  c.time('hour');
  for (let i = 0; i < 70; i++) c.timeLog('hour');
  c.timeEnd('hour');
});

same('assert', (c) => {
  c.assert(true, 'nothing');
  c.assert(1);
  c.assert(false);
  c.assert(0, 'msg');
  c.assert('', 'a %s %d', 'b', 5);
  c.assert(null, { obj: 1 });
  c.assert(undefined, 'first', 'second', { third: 3 });
  c.assert(NaN, 5);
});

same('trace header', (c, { stderr }) => {
  const { write } = stderr;
  stderr.write = function(chunk, cb) {
    const lines = chunk.split('\n');
    assert.match(lines[1], /^ {4}at /);
    return write.call(this, lines[0], cb);
  };
  c.trace();
  c.trace('message', 1, { a: 2 });
  c.trace('%s!', 'fmt');
  c.group();
  c.trace('indented');
});

same('trace hides console frames', (c, { stderr }) => {
  const { write } = stderr;
  stderr.write = function(chunk, cb) {
    return write.call(this, chunk.split('\n')[1].includes('scenarioFrame') ? 'ok' : chunk, cb);
  };
  (function scenarioFrame() { c.trace('x'); })();
});

same('clear, not a TTY', (c) => { c.log('a'); c.clear(); });
same('clear, TTY', (c) => { c.log('a'); c.clear(); }, { stdoutExtra: { isTTY: true } });
{
  const term = process.env.TERM;
  process.env.TERM = 'dumb';
  same('clear, dumb TTY', (c) => { c.clear(); }, { stdoutExtra: { isTTY: true } });
  if (term === undefined) delete process.env.TERM;
  else process.env.TERM = term;
}

const tty = (depth) => ({ isTTY: true, getColorDepth: () => depth });
const colored = (c) => {
  c.log({ a: 1, s: 'x' }, 5);
  c.error([true, null]);
  c.dir({ n: 1 });
  c.table([{ a: 1 }]);
  c.count('n');
  c.assert(false, 3);
};
const forceColor = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;
same('colour: auto, not a TTY', colored);
same('colour: auto, TTY with 256 colours', colored, { stdoutExtra: tty(8), stderrExtra: tty(8) });
same('colour: auto, TTY with 2 colours', colored, { stdoutExtra: tty(1), stderrExtra: tty(1) });
same('colour: auto, TTY without getColorDepth', colored, { stdoutExtra: { isTTY: true } });
same('colour: true', colored, { options: { colorMode: true } });
same('colour: false on a TTY', colored,
     { options: { colorMode: false }, stdoutExtra: tty(8), stderrExtra: tty(8) });
same('inspectOptions', (c) => {
  c.log({ a: { b: { c: 1 } } }, [1, 2, 3, 4]);
  c.dir({ a: { b: { c: 1 } } });
  c.table([{ a: [1, 2, 3, 4, 5] }]);
}, { options: { inspectOptions: { depth: 0, maxArrayLength: 2 } } });
same('inspectOptions with colors', colored, { options: { inspectOptions: { colors: true } } });
for (const value of ['', '1', '0', '3', 'false']) {
  process.env.FORCE_COLOR = value;
  same(`FORCE_COLOR=${value}`, colored);
}
if (forceColor === undefined) delete process.env.FORCE_COLOR;
else process.env.FORCE_COLOR = forceColor;

{
  // The colour decided on first use is stored in the user's inspectOptions.
  const check = (Console) => {
    const inspectOptions = { depth: 1 };
    run(Console, (c) => c.log(1), { options: { inspectOptions } });
    return inspectOptions;
  };
  assert.deepStrictEqual(check(ours.Console), check(NodeConsole));
}

same('table: not tabular', (c) => {
  c.table('string');
  c.table(5);
  c.table(null);
  c.table(undefined);
  c.table(Symbol('s'));
  c.table(() => {});
});

same('table: arrays and objects', (c) => {
  c.table([]);
  c.table({});
  c.table([1, 'two', null, undefined, 3n, Symbol('s'), true]);
  c.table([[1, 2], [3, 4, 5], []]);
  c.table({ a: { x: 1, y: 2 }, b: { y: 3, z: 4 }, c: 5 });
  c.table([{ a: 1, b: 'xyz' }, { a: 22222 }, 'primitive', [9]]);
  c.table([{ nested: { a: 1, b: 2 } }, { nested: { a: 1, b: 2, c: 3 } }, { nested: [1, 2, 3, 4] }]);
  c.table([{ fn() {}, arrow: () => {}, cls: class Foo {} }]);
  // eslint-disable-next-line no-sparse-arrays
  c.table([1, , 3]);
  c.table([{ [Symbol('k')]: 1, v: 2 }]);
  c.table([() => {}, function named() {}]);
  c.table(new Error('e'));
  c.table([new Date(0), /re/g]);
  c.table(new Uint8Array([1, 2, 3]));
  c.table([{ 'long key name': 1, '': 2 }]);
});

same('table: properties', (c) => {
  const data = [{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }, 7];
  c.table(data, ['a', 'c']);
  c.table(data, ['b']);
  c.table(data, []);
  c.table(data, ['missing']);
  c.table({ x: { a: 1 } }, ['a', 'a']);
  c.table('str', ['a']);
  c.table(data, 'a');
});

same('table: properties validated first', (c) => { c.table(5, {}); });

same('table: maps, sets and iterators', (c) => {
  const map = new Map([['k', { a: 1, b: 2, c: 3 }], [{ obj: 1 }, [1, 2, 3, 4]], [3, 'v']]);
  const set = new Set([1, 'two', { three: 3 }]);
  c.table(map);
  c.table(set);
  c.table(map.entries());
  c.table(map.keys());
  c.table(map.values());
  c.table(set.values());
  c.table(set.entries());
  c.table(new Map());
  c.table(new Set());
  c.table(map, ['a']);
  c.table([map, set]);
});

same('table: string widths', (c) => {
  c.table([{ name: '中文字符', v: '😀😀' }, { name: 'ascii', v: 'e\u0301' }]);
  c.table({ 'ｗｉｄｅ': 1 });
  c.table([['\x1b[31mred\x1b[39m']]);
});

same('ignoreErrors false: one-argument writes', (c) => {
  c.log('a');
  c.error('b');
}, { options: { ignoreErrors: false } });

same('synchronous write errors are swallowed', (c, { stdout }) => {
  stdout.write = () => { throw new Error('boom'); };
  c.log('a');
  stdout.write = () => { throw null; };
  c.log('b');
});

same('write errors propagate without ignoreErrors', (c, { stdout }) => {
  stdout.write = () => { throw new TypeError('boom'); };
  c.log('a');
}, { options: { ignoreErrors: false } });

same('noop error listener while writing', (c, { stdout }) => {
  const seen = [];
  stdout.write = function() {
    seen.push(this.listenerCount('error'));
    this.emit('error', new Error('sync'));
    return true;
  };
  c.log('a');
  stdout.on('error', () => {});
  c.log('b');
  assert.deepStrictEqual(seen, [1, 1]);
  assert.strictEqual(stdout.listenerCount('error'), 1);
});

same('asynchronous write errors get a listener once', (c, { stdout }) => {
  const callbacks = [];
  stdout.write = function(chunk, cb) { callbacks.push(cb); return true; };
  stdout._writableState = { errorEmitted: false };
  c.log('a');
  callbacks[0](null);
  assert.strictEqual(stdout.listenerCount('error'), 0);
  callbacks[0](new Error('later'));
  assert.strictEqual(stdout.listenerCount('error'), 1);
  stdout.emit('error', new Error('later'));
  assert.strictEqual(stdout.listenerCount('error'), 0);
  stdout._writableState.errorEmitted = true;
  callbacks[0](new Error('again'));
  assert.strictEqual(stdout.listenerCount('error'), 0);
});

same('stack overflow is not swallowed', (c, { stdout }) => {
  stdout.write = () => {
    const err = new RangeError('Maximum call stack size exceeded');
    throw err;
  };
  c.log('a');
});

same('methods are bound', (c) => {
  const { log, warn, group, groupEnd, count, table } = c;
  group('g');
  log('x');
  warn('y');
  groupEnd();
  count();
  table([1]);
});

same('methods call each other through the instance', (c) => {
  c.log = (...args) => c.warn('LOG', ...args);
  c.count('a');
  c.table([1]);
  c.group('grouped');
  c.time('t');
  c.timeEnd('t');
  c.warn = (...args) => c.error('WARN', ...args);
  c.assert(false, 'm');
  c.error = (...args) => c.info('ERROR', ...args.map((a) => a.split('\n')[0]));
  c.trace('tr');
});

function sameError(name, make) {
  const describe = (Console) => {
    try {
      make(Console);
      return 'no error';
    } catch (err) {
      return [err.name, err.code, err.message, Object.getPrototypeOf(err).constructor.name];
    }
  };
  assert.deepStrictEqual(describe(ours.Console), describe(NodeConsole), `errors: ${name}`);
}

const w = { write() {} };
const constructorCases = [
  [], [null], [{}], [{ write: 1 }], [5], ['x'], [w, {}], [w, null], [w, 0], [w, 1],
  [{ stdout: w, stderr: null }], [{ stdout: w, stderr: 1 }], [{ stdout: w, colorMode: 'x' }],
  [{ stdout: w, colorMode: 1 }], [{ stdout: w, colorMode: null }],
  [{ stdout: w, groupIndentation: 'x' }], [{ stdout: w, groupIndentation: 1001 }],
  [{ stdout: w, groupIndentation: -1 }], [{ stdout: w, groupIndentation: 1.5 }],
  [{ stdout: w, groupIndentation: 1000 }], [{ stdout: w, groupIndentation: null }],
  [{ stdout: w, inspectOptions: 1 }], [{ stdout: w, inspectOptions: null }],
  [{ stdout: w, inspectOptions: [] }], [{ stdout: w, inspectOptions: () => {} }],
  [{ stdout: w, inspectOptions: { colors: true }, colorMode: true }],
  [{ stdout: w, inspectOptions: { colors: false }, colorMode: 'auto' }],
  [{ stdout: w, inspectOptions: { colors: undefined }, colorMode: true }],
  [{ stdout: w, inspectOptions: { colors: true } }],
  [{ stdout: w, colorMode: 'x', groupIndentation: 'x', inspectOptions: 1 }],
  [{ stdout: w, groupIndentation: 'x', inspectOptions: 1 }],
  [{ stdout: w, stderr: 5, colorMode: 'x' }],
  [{ stdout: w, ignoreErrors: 'x' }],
  [w, w, false, 'ignored'],
];
for (const args of constructorCases) {
  sameError(JSON.stringify(args), (Console) => new Console(...args));
}

{
  // Shape of an instance and of the class.
  const shape = (Console) => {
    const c = new Console({ write() {} });
    const keys = Reflect.ownKeys(c).map((key) => {
      const d = Object.getOwnPropertyDescriptor(c, key);
      const kind = typeof d.value === 'function' ?
        `fn ${d.value.name}/${d.value.length} ${'prototype' in d.value}` : typeof d.value;
      return [String(key), d.enumerable, d.writable, d.configurable, kind];
    });
    const proto = Reflect.ownKeys(Console.prototype).map((key) => {
      const d = Object.getOwnPropertyDescriptor(Console.prototype, key);
      return [String(key), d.enumerable, typeof d.value === 'function' &&
        `${d.value.name}/${d.value.length}`];
    });
    const aliases = ['debug', 'info', 'dirxml'].every((k) =>
      Console.prototype[k] === Console.prototype.log) &&
      Console.prototype.error === Console.prototype.warn &&
      Console.prototype.groupCollapsed === Console.prototype.group;
    return {
      keys,
      proto,
      aliases,
      name: Console.name,
      length: Console.length,
      tag: Object.prototype.toString.call(c),
      instance: c instanceof Console,
      plain: ({}) instanceof Console,
      withoutNew: Console({ write() {} }) instanceof Console,
      hasInstance: Object.getOwnPropertyDescriptor(Console, Symbol.hasInstance).writable,
      ignoreErrors: [new Console(w, w, 0)._ignoreErrors, new Console(w, w, 'x')._ignoreErrors],
      sameStreams: c._stdout === c._stderr,
    };
  };
  assert.deepStrictEqual(shape(ours.Console), shape(NodeConsole));
  assert.throws(() => null instanceof ours.Console, TypeError);
}

{
  // A subclass's methods are the ones bound.
  const make = (Console) => {
    class Mine extends Console {
      log(...args) { super.log('mine:', ...args); }
    }
    const log = [];
    const m = new Mine(makeStream('out', log));
    const { log: boundLog } = m;
    boundLog('x');
    m.count();
    return [log, m instanceof Mine, m.log.name];
  };
  assert.deepStrictEqual(make(ours.Console), make(NodeConsole));
}

{
  const { formatTime } = ours;
  const nodeFormatTime = require('internal/console/constructor').formatTime;
  const values = [0, 0.0004, 0.0005, 0.5, 1, 1.2345, 999.9994, 999.9995, 999.9999, 1000,
                  1000.0004, 1234.5678, 59999.9994, 59999.9996, 60000, 61234.5, 3599999.4,
                  3599999.9999, 3600000, 3661234.5678, 360000000, 0.1 + 0.2, 86400000 * 3];
  for (let i = 0; i < 2000; i++) values.push(Math.random() * 10 ** (Math.random() * 8));
  for (const v of values) assert.strictEqual(formatTime(v), nodeFormatTime(v), `${v}`);
}
