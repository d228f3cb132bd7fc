'use strict';
// The os module's plain facts: their types and values, EOL and devNull, the module's keys, and
// the functions that convert to their result.
require('../common');
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir',
  'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir',
  'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
]);

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
for (const name of ['EOL', 'devNull']) {
  const desc = Object.getOwnPropertyDescriptor(os, name);
  assert.strictEqual(desc.writable, false);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
}
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);

assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(typeof os.release(), 'string');
assert.ok(os.release().length > 0);
assert.strictEqual(typeof os.version(), 'string');
assert.ok(os.version().length > 0);
assert.strictEqual(typeof os.machine(), 'string');
assert.ok(os.machine().length > 0);

const hostname = os.hostname();
assert.strictEqual(typeof hostname, 'string');
assert.ok(hostname.length > 0);

const totalmem = os.totalmem();
const freemem = os.freemem();
assert.ok(Number.isInteger(totalmem) && totalmem > 0);
assert.ok(Number.isInteger(freemem) && freemem > 0);
assert.ok(freemem <= totalmem);

const uptime = os.uptime();
assert.strictEqual(typeof uptime, 'number');
assert.ok(uptime > 0);

const parallelism = os.availableParallelism();
assert.ok(Number.isInteger(parallelism) && parallelism >= 1);

const loadavg = os.loadavg();
assert.ok(Array.isArray(loadavg));
assert.strictEqual(loadavg.length, 3);
for (const n of loadavg) assert.ok(typeof n === 'number' && n >= 0);
assert.notStrictEqual(os.loadavg(), loadavg);

// These convert to their result, as they did when they were properties.
assert.strictEqual(`${os.hostname}`, hostname);
assert.strictEqual(`${os.arch}`, process.arch);
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(`${os.type}`, os.type());
assert.strictEqual(`${os.release}`, os.release());
assert.strictEqual(`${os.version}`, os.version());
assert.strictEqual(`${os.machine}`, os.machine());
assert.strictEqual(`${os.endianness}`, 'LE');
assert.strictEqual(`${os.homedir}`, os.homedir());
assert.strictEqual(`${os.tmpdir}`, os.tmpdir());
assert.strictEqual(+os.totalmem, totalmem);
assert.strictEqual(+os.availableParallelism, parallelism);
assert.strictEqual(typeof +os.freemem, 'number');
assert.strictEqual(typeof +os.uptime, 'number');
for (const name of ['cpus', 'loadavg', 'networkInterfaces', 'userInfo', 'getPriority',
                    'setPriority']) {
  assert.strictEqual(os[name][Symbol.toPrimitive], undefined);
}

// Names and lengths as Node's.
assert.strictEqual(os.freemem.name, 'getFreeMem');
assert.strictEqual(os.totalmem.name, 'getTotalMem');
assert.strictEqual(os.availableParallelism.name, 'getAvailableParallelism');
assert.strictEqual(os.release.name, 'getOSRelease');
assert.strictEqual(os.type.name, 'getOSType');
assert.strictEqual(os.version.name, 'getOSVersion');
assert.strictEqual(os.machine.name, 'getMachine');
assert.strictEqual(os.getPriority.length, 1);
assert.strictEqual(os.setPriority.length, 2);
assert.strictEqual(os.userInfo.length, 1);
