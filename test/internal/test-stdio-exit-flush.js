'use strict';
// Our guarantee beyond Node's: writes to a stdout or stderr pipe that are still pending when
// the process exits (process.exit(), an uncaught exception) are written out before it ends,
// in order: what libuv holds first, then what the Writable still buffers.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

function check(code, expectedStatus, expectedOut) {
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  // nothing is read for a while: the child's writes pile up in the pipe and behind it
  child.stdout.pause();
  setTimeout(() => child.stdout.resume(), 200);
  child.stdout.on('data', (d) => chunks.push(d));
  child.on('close', common.mustCall((status) => {
    assert.strictEqual(status, expectedStatus);
    const out = Buffer.concat(chunks).toString('latin1');
    assert.strictEqual(out.length, expectedOut.length);
    if (out !== expectedOut) { let i = 0; while (out[i] === expectedOut[i]) i++; assert.fail(`differs at ${i}: ${JSON.stringify(out.slice(i - 5, i + 20))}`); }
  }));
}

const big = 'x'.repeat(4 * 1024 * 1024);
check(`process.stdout.write('x'.repeat(${big.length})); process.exit(3)`, 3, big);

// many writes: the first goes to libuv, the others wait in the Writable
let many = '';
for (let i = 0; i < 200; i++) many += `${i}`.padEnd(1000, i % 2 ? 'a' : 'b');
check(`
  for (let i = 0; i < 200; i++) process.stdout.write(String(i).padEnd(1000, i % 2 ? 'a' : 'b'));
  process.exit();
`, 0, many);

check(`process.stdout.write('y'.repeat(1 << 20)); throw new Error('boom');`, 1,
      'y'.repeat(1 << 20));
