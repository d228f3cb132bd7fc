'use strict';
// console.clear(): on a TTY (unless TERM=dumb), moves the cursor to the top left and erases
// the screen below it; otherwise does nothing.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function clearOn(extra) {
  const out = [];
  const stdout = Object.assign(new EventEmitter(), {
    write(chunk) { out.push(chunk); return true; },
  }, extra);
  new Console(stdout).clear();
  return out;
}

const term = process.env.TERM;
process.env.TERM = 'xterm';
assert.deepStrictEqual(clearOn({}), []);
assert.deepStrictEqual(clearOn({ isTTY: false }), []);
assert.deepStrictEqual(clearOn({ isTTY: true }), ['\x1b[1;1H', '\x1b[0J']);
process.env.TERM = 'dumb';
assert.deepStrictEqual(clearOn({ isTTY: true }), []);
if (term === undefined) delete process.env.TERM;
else process.env.TERM = term;

// The global console's stdout is a pipe here.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-e', 'console.log(1); console.clear(); console.log(2)'],
                        { encoding: 'utf8' });
assert.strictEqual(child.stdout, '1\n2\n');
