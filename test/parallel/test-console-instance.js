'use strict';
// new console.Console(): its arguments, Node's validation errors, and instanceof.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function makeStream(out) {
  const stream = new EventEmitter();
  stream.write = (chunk) => { out.push(chunk); return true; };
  return stream;
}

assert.strictEqual(console.Console, Console);
assert.strictEqual(require('node:console'), console);
assert.strictEqual(typeof Console, 'function');
assert.strictEqual(Console.length, 1);

const writableError = (name) => ({
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  name: 'TypeError',
  message: `Console expects a writable stream instance for ${name}`,
});
const w = makeStream([]);
for (const args of [[], [null], [{}], [{ write: 1 }], [5], ['x'], [{ stdout: {} }]]) {
  assert.throws(() => new Console(...args), writableError('stdout'));
}
for (const args of [[w, {}], [w, null], [w, 0], [w, 1], [{ stdout: w, stderr: null }],
                    [{ stdout: w, stderr: { write: 'no' } }]]) {
  assert.throws(() => new Console(...args), writableError('stderr'));
}

for (const colorMode of ['x', 1, null, 'true']) {
  assert.throws(() => new Console({ stdout: w, colorMode }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'colorMode' must be one of: 'auto', true, false. Received " +
      require('util').inspect(colorMode),
  });
}

assert.throws(() => new Console({ stdout: w, groupIndentation: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "groupIndentation" argument must be of type number. ' +
    "Received type string ('x')",
});
for (const [value, range] of [[1001, '>= 0 && <= 1000'], [-1, '>= 0 && <= 1000'],
                              [1.5, 'an integer']]) {
  assert.throws(() => new Console({ stdout: w, groupIndentation: value }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "groupIndentation" is out of range. It must be ${range}. ` +
      `Received ${value}`,
  });
}

for (const [inspectOptions, received] of [[1, 'type number (1)'], [null, 'null'],
                                          [[], 'an instance of Array']]) {
  assert.throws(() => new Console({ stdout: w, inspectOptions }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "options.inspectOptions" property must be of type object. Received ${received}`,
  });
}
for (const colorMode of [true, false, 'auto']) {
  assert.throws(() => new Console({ stdout: w, colorMode, inspectOptions: { colors: true } }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    name: 'TypeError',
    message: 'Option "options.inspectOptions.color" cannot be used in combination with ' +
      'option "colorMode"',
  });
}
new Console({ stdout: w, inspectOptions: { colors: true } });
new Console({ stdout: w, colorMode: true, inspectOptions: { depth: 1 } });

// The first failing check wins: stdout, stderr, colorMode, groupIndentation, inspectOptions.
assert.throws(() => new Console({ stdout: w, stderr: 5, colorMode: 'x' }), writableError('stderr'));
assert.throws(() => new Console({ stdout: w, colorMode: 'x', groupIndentation: 'x' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Console({ stdout: w, groupIndentation: 'x', inspectOptions: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /groupIndentation/ });

// Positional form: stdout, stderr (default: stdout), ignoreErrors.
{
  const out = [];
  const err = [];
  const c = new Console(makeStream(out), makeStream(err));
  c.log('to out');
  c.error('to err');
  assert.deepStrictEqual([out, err], [['to out\n'], ['to err\n']]);
  assert.strictEqual(c._ignoreErrors, true);
  assert.strictEqual(new Console(w, w, false)._ignoreErrors, false);
  assert.strictEqual(new Console(w, w, 0)._ignoreErrors, false);
  assert.strictEqual(new Console(w, w, 'yes')._ignoreErrors, true);
}
{
  const out = [];
  const c = new Console(makeStream(out));
  c.error('to out');
  assert.deepStrictEqual(out, ['to out\n']);
  assert.strictEqual(c._stdout, c._stderr);
}
{
  // A function with a write method is a stream too.
  const out = [];
  const fn = Object.assign(function() {}, makeStream(out));
  fn.write = (chunk) => out.push(chunk);
  fn.listenerCount = () => 1;
  fn.removeListener = () => {};
  new Console(fn).log('fn');
  assert.deepStrictEqual(out, ['fn\n']);
}

// Without new, and instanceof.
{
  const c = Console(w);
  assert.ok(c instanceof Console);
  assert.ok(console instanceof Console);
  assert.strictEqual({} instanceof Console, false);
  assert.strictEqual(5 instanceof Console, false);
  assert.throws(() => null instanceof Console, TypeError);
  assert.strictEqual(Object.getPrototypeOf(c), Console.prototype);
  assert.notStrictEqual(Object.getPrototypeOf(console), Console.prototype);
  assert.strictEqual(Object.prototype.toString.call(c), '[object console]');
  assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
}

// A subclass works, and its own methods are the ones bound.
{
  const out = [];
  class MyConsole extends Console {
    log(...args) { super.log('mine:', ...args); }
  }
  const c = new MyConsole({ stdout: makeStream(out) });
  assert.ok(c instanceof MyConsole);
  assert.ok(c instanceof Console);
  const { log } = c;
  log('a');
  c.count();
  assert.deepStrictEqual(out, ['mine: a\n', 'mine: default: 1\n']);
}

// The options object's getters are read once each, in this order.
{
  const read = [];
  new Console({
    get stdout() { read.push('stdout'); return w; },
    get stderr() { read.push('stderr'); return w; },
    get ignoreErrors() { read.push('ignoreErrors'); return true; },
    get colorMode() { read.push('colorMode'); return undefined; },
    get inspectOptions() { read.push('inspectOptions'); return undefined; },
    get groupIndentation() { read.push('groupIndentation'); return undefined; },
  });
  assert.deepStrictEqual(read, ['stdout', 'stderr', 'ignoreErrors', 'colorMode',
                                'inspectOptions', 'groupIndentation']);
}
