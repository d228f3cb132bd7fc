'use strict';
// process.resourceUsage(): getrusage() fields under Node's names, in Node's order.
require('../common');
const assert = require('assert');

const fields = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
];
assert.strictEqual(process.resourceUsage.name, 'resourceUsage');

const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), fields);
for (const field of fields) {
  assert.ok(Number.isInteger(usage[field]) && usage[field] >= 0, `${field}: ${usage[field]}`);
}
// maxRSS is in kilobytes.
assert.ok(usage.maxRSS > 0);
assert.ok(usage.maxRSS * 1024 >= process.memoryUsage.rss() / 2);
assert.ok(usage.minorPageFault > 0);

// The CPU times match process.cpuUsage().
let spent;
const start = process.cpuUsage();
do {
  spent = process.cpuUsage(start);
} while (spent.user + spent.system < 10000);
const later = process.resourceUsage();
const cpu = process.cpuUsage();
assert.ok(later.userCPUTime >= usage.userCPUTime);
assert.ok(later.userCPUTime + later.systemCPUTime >=
          usage.userCPUTime + usage.systemCPUTime + 10000);
assert.ok(Math.abs(cpu.user - later.userCPUTime) < 1e6);
