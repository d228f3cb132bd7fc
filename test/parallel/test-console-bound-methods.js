'use strict';
// Console methods are bound to their console, so they work detached, and the aliases
// (debug, info, dirxml -> log; error -> warn; groupCollapsed -> group) share one function.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const methods = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
                 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml',
                 'error', 'groupCollapsed'];
assert.deepStrictEqual(Object.keys(Console.prototype), methods);
for (const name of ['debug', 'info', 'dirxml']) {
  assert.strictEqual(Console.prototype[name], Console.prototype.log);
}
assert.strictEqual(Console.prototype.error, Console.prototype.warn);
assert.strictEqual(Console.prototype.groupCollapsed, Console.prototype.group);

const out = [];
const err = [];
const makeStream = (list) => Object.assign(new EventEmitter(), {
  write(chunk) { list.push(chunk); return true; },
});
const c = new Console(makeStream(out), makeStream(err));

// Own, enumerable, bound copies named after their key.
assert.deepStrictEqual(Object.keys(c), methods);
for (const name of methods) {
  const desc = Object.getOwnPropertyDescriptor(c, name);
  assert.strictEqual(typeof desc.value, 'function');
  assert.strictEqual(desc.writable && desc.enumerable && desc.configurable, true);
  assert.strictEqual(desc.value.name, name);
  assert.notStrictEqual(desc.value, Console.prototype[name]);
  assert.strictEqual('prototype' in desc.value, false);
}
for (const name of methods) assert.strictEqual(typeof console[name], 'function', name);
assert.strictEqual(console.debug.name, 'debug');
assert.strictEqual(console.error.name, 'error');

const { log, info, debug, dirxml, warn, error, group, groupEnd, count, countReset, table,
        assert: check, dir } = c;
log('log');
info('info');
debug('debug');
dirxml('dirxml');
warn('warn');
error('error');
group('group');
dir({ a: 1 });
groupEnd();
count();
countReset();
count();
table([1]);
check(false, 'checked');
assert.deepStrictEqual(out, ['log\n', 'info\n', 'debug\n', 'dirxml\n', 'group\n', '  { a: 1 }\n',
                             'default: 1\n', 'default: 1\n',
                             '┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n' +
                             '│ 0       │ 1      │\n└─────────┴────────┘\n']);
assert.deepStrictEqual(err, ['warn\n', 'error\n', 'Assertion failed: checked\n']);

// The global console's methods work detached too.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-e', `
  const { log, error, group, count } = console;
  group('g');
  log('a');
  error('b');
  count('c');
`], { encoding: 'utf8' });
assert.strictEqual(child.stdout, 'g\n  a\n  c: 1\n');
assert.strictEqual(child.stderr, '  b\n');
