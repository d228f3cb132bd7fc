'use strict';
// os.getPriority() and os.setPriority(): argument checks, the priority constants, changing a
// child's priority, and ERR_SYSTEM_ERROR for a process that does not exist.
require('../common');
const assert = require('assert');
const os = require('os');
const { spawnSync } = require('child_process');

const { priority } = os.constants;
assert.deepStrictEqual({ ...priority }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});

const current = os.getPriority();
assert.ok(Number.isInteger(current) && current >= -20 && current <= 19);
assert.strictEqual(os.getPriority(0), current);
assert.strictEqual(os.getPriority(process.pid), current);
assert.strictEqual(os.getPriority(undefined), current);

// In a child: raising the nice value is always allowed; one argument means this process.
{
  const script = `
    const os = require('os');
    const before = os.getPriority();
    os.setPriority(${priority.PRIORITY_LOW});
    const low = os.getPriority();
    os.setPriority(process.pid, 19);
    console.log(JSON.stringify([before, low, os.getPriority(0), os.setPriority(0, 19) === undefined]));`;
  const ret = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.strictEqual(ret.status, 0, ret.stderr);
  const [before, low, after, result] = JSON.parse(ret.stdout);
  assert.strictEqual(before, current);
  assert.strictEqual(low, 19);
  assert.strictEqual(after, 19);
  assert.strictEqual(result, true);
}

for (const bad of ['x', null, {}, true]) {
  const received = bad === null ? /Received null$/ : /Received/;
  assert.throws(() => os.getPriority(bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: received,
  });
  assert.throws(() => os.setPriority(bad, 0), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => os.setPriority(0, bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "priority" argument must be of type number\./,
  });
}
assert.throws(() => os.setPriority(undefined, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received undefined',
});
assert.throws(() => os.getPriority(1.5), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => os.getPriority(2 ** 33), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be >= -2147483648 && ' +
           '<= 2147483647. Received 8_589_934_592',
});
for (const value of [20, -21, 100]) {
  assert.throws(() => os.setPriority(0, value), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: `The value of "priority" is out of range. It must be >= -20 && <= 19. ` +
             `Received ${value}`,
  });
  assert.throws(() => os.setPriority(value), { code: 'ERR_OUT_OF_RANGE' });
}

// No such process (above any pid the kernel hands out).
const missing = 2147483647;
for (const [fn, syscall] of [[() => os.getPriority(missing), 'uv_os_getpriority'],
                             [() => os.setPriority(missing, 0), 'uv_os_setpriority']]) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message,
                     `A system error occurred: ${syscall} returned ESRCH (no such process)`);
  assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
  assert.deepStrictEqual(err.info,
                         { errno: -3, code: 'ESRCH', message: 'no such process', syscall });
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, syscall);
  assert.match(err.stack, /^SystemError \[ERR_SYSTEM_ERROR\]: A system error occurred/);
  assert.match(err.stack, /test-os-priority\.js/);
}
