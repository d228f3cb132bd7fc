'use strict';
// console.trace(): "Trace: <formatted message>" and the stack from its caller, on stderr.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const makeStream = (name) => Object.assign(new EventEmitter(), {
  write(chunk) { out.push([name, chunk]); return true; },
});
const c = new Console(makeStream('out'), makeStream('err'));

function callerOfTrace() {
  c.trace('message %d', 1, { a: 2 });
}
callerOfTrace();
assert.strictEqual(out.length, 1);
assert.strictEqual(out[0][0], 'err');
const lines = out[0][1].split('\n');
assert.strictEqual(lines[0], 'Trace: message 1 { a: 2 }');
assert.match(lines[1], /^ {4}at callerOfTrace \(.*test-console-trace\.js:\d+:\d+\)$/);
assert.strictEqual(lines.at(-1), '');
assert.ok(!out[0][1].includes('node:internal/console'));

out.length = 0;
c.trace();
assert.match(out[0][1], /^Trace\n {4}at /);

out.length = 0;
c.group();
c.trace('x');
assert.match(out[0][1], /^ {2}Trace: x\n {6}at /);

// It goes through this.error.
const seen = [];
c.error = (text) => seen.push(text);
c.trace('via error');
assert.strictEqual(seen.length, 1);
assert.match(seen[0], /^Trace: via error\n {4}at /);

// The global console writes to stderr.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-e', 'console.trace("here", 1)'],
                        { encoding: 'utf8' });
assert.strictEqual(child.stdout, '');
assert.match(child.stderr, /^Trace: here 1\n {4}at /);
