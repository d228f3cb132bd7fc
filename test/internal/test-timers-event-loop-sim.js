// Flags: --expose-internals
'use strict';
// Runs the test/parallel tests of timers, nextTick, queueMicrotask and unhandled rejections
// against our lib/ code, through the simulated event loop of event-loop-sim.js (each in its
// own process), so that our implementation is held to the orders those tests record from
// Node 20 before our binary runs them.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const parallel = path.join(__dirname, '..', 'parallel');
const sim = path.join(__dirname, 'event-loop-sim.js');
require('./event-loop-sim'); // loads lib/ through the harness: tools/test.py runs us under Node

// Not for the simulation: compares with the real globals, or runs real child processes.
const skip = new Set([
  'test-timers-module.js',
  'test-process-unhandled-rejection-exit.js',
]);
const patterns = [/^test-timers-/, /^test-next-tick-/, /^test-promise-/,
                  /^test-process-unhandled-/, /^test-event-loop-order-/];
const files = fs.readdirSync(parallel)
  .filter((name) => name.endsWith('.js') && !skip.has(name) &&
                    patterns.some((re) => re.test(name)))
  .sort();
assert(files.length > 20, `only ${files.length} tests found`);

const runs = files.map((name) => [name]);
// The reason texts once more, worked out by lib/ instead of the errors binding.
runs.push(['test-process-unhandled-rejection-reason-text.js', '--no-detail-string']);

const failures = [];
for (const [name, ...flags] of runs) {
  const child = spawnSync(process.execPath,
                          ['--expose-internals', sim, ...flags, path.join(parallel, name)],
                          { encoding: 'utf8', env: { ...process.env, NODE_SKIP_FLAG_CHECK: '1' } });
  if (child.status !== 0) {
    failures.push(`${name} ${flags.join(' ')} (exit ${child.status}):\n${child.stderr}`);
  }
}
assert.deepStrictEqual(failures, []);
