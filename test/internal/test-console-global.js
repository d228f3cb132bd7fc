// Flags: --expose-internals
'use strict';
// The global console (lib/internal/console/global.js): same shape as Node's, streams taken
// from the process object on first write, methods bound, V8's extra methods added.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { createLoader } = require('./console-process-loader');

const written = [];
let stdoutReads = 0;
const fakeProcess = Object.create(process, {
  stdout: {
    get() {
      stdoutReads++;
      const s = new EventEmitter();
      s.write = (chunk) => { written.push(['out', chunk]); return true; };
      return s;
    },
  },
  stderr: {
    value: Object.assign(new EventEmitter(), {
      write(chunk) { written.push(['err', chunk]); return true; },
    }),
  },
});

const loader = createLoader({ process: fakeProcess });
const globalConsole = loader.require('internal/console/global');
const { addVMConsoleMethods, Console } = loader.require('internal/console/constructor');
assert.strictEqual(loader.require('console'), globalConsole);
assert.strictEqual(stdoutReads, 0);

// Same own keys as Node's global console, except those V8's console adds. (Node's inspector
// wraps each method, which makes every length 0: lengths are not compared.)
const vmOnly = ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask'];
const describe = (c) => Reflect.ownKeys(c)
  .filter((k) => !vmOnly.includes(k) && k !== '_stdout' && k !== '_stderr')
  .map((k) => {
    const d = Object.getOwnPropertyDescriptor(c, k);
    return [String(k), d.enumerable, typeof d.value === 'function' ?
      String(d.value.name) : typeof d.value];
  });
assert.deepStrictEqual(describe(globalConsole), describe(console));
for (const key of ['_stdout', '_stderr']) {
  const d = Object.getOwnPropertyDescriptor(globalConsole, key);
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(typeof d.set, 'function');
  assert.strictEqual(d.enumerable, false);
}
assert.deepStrictEqual(Object.getPrototypeOf(Object.getPrototypeOf(globalConsole)),
                       Object.prototype);
assert.strictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(globalConsole)).length, 0);
assert.ok(globalConsole instanceof Console);
assert.strictEqual(globalConsole.Console, Console);
assert.strictEqual(Object.prototype.toString.call(globalConsole), '[object console]');

const { log, error, group, groupEnd } = globalConsole;
log('a %d', 1);
group('g');
error('b\nc');
groupEnd();
globalConsole.info('d');
assert.strictEqual(stdoutReads, 1);
assert.deepStrictEqual(written, [
  ['out', 'a 1\n'], ['out', 'g\n'], ['err', '  b\n  c\n'], ['out', 'd\n'],
]);

// The setter replaces the stream.
written.length = 0;
globalConsole._stdout = Object.assign(new EventEmitter(), {
  write: (s) => written.push(['replaced', s]),
});
log('e');
assert.deepStrictEqual(written, [['replaced', 'e\n']]);

// V8's console: methods ours lacks are added, ours are kept.
const target = {};
addVMConsoleMethods(target, { log() {}, profile() {}, timeStamp() {}, notAFunction: 1 });
assert.deepStrictEqual(Object.keys(target), ['log', 'profile', 'timeStamp']);
const keep = { log: 1 };
addVMConsoleMethods(keep, { log() {} });
assert.strictEqual(keep.log, 1);
