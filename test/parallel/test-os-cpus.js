'use strict';
// os.cpus(): one {model, speed, times: {user, nice, sys, idle, irq}} per logical CPU.
require('../common');
const assert = require('assert');
const os = require('os');
const { spawnSync } = require('child_process');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus));
const online = spawnSync('getconf', ['_NPROCESSORS_ONLN'], { encoding: 'utf8' });
if (online.status === 0) assert.strictEqual(cpus.length, Number(online.stdout));
assert.ok(cpus.length >= 1);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.ok(Number.isInteger(cpu.speed) && cpu.speed >= 0);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const value of Object.values(cpu.times)) {
    assert.ok(Number.isInteger(value) && value >= 0);
  }
}
assert.ok(os.availableParallelism() <= cpus.length);
