'use strict';
// common.mustCall / mustCallAtLeast: counting, wrapper shape, and the report at exit.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const commonPath = require.resolve('../common');

function runChild(body) {
  const script = `const common = require(${JSON.stringify(commonPath)});\n${body}`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

// The wrapper calls through, keeping `this`, arguments, return value, name and length.
{
  const receiver = {};
  const wrapped = common.mustCall(function add(a, b) {
    assert.strictEqual(this, receiver);
    return a + b;
  });
  assert.strictEqual(wrapped.name, 'add');
  assert.strictEqual(wrapped.length, 2);
  assert.strictEqual(wrapped.call(receiver, 2, 3), 5);
}

// A number alone is the expected count of a no-op function.
{
  const twice = common.mustCall(2);
  twice();
  twice();
  common.mustCall()();
  common.mustCallAtLeast(1)();
  const atLeastTwice = common.mustCallAtLeast(() => {}, 2);
  atLeastTwice();
  atLeastTwice();
  atLeastTwice();
}

assert.throws(() => common.mustCall(() => {}, 'x'),
              { name: 'TypeError', message: 'Invalid exact value: x' });
assert.throws(() => common.mustCallAtLeast(() => {}, null),
              { name: 'TypeError', message: 'Invalid minimum value: null' });

// Too few calls: a report on stdout and exit code 1.
{
  const child = runChild('common.mustCall(function foo() {});');
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stdout,
               /^Mismatched foo function calls\. Expected exactly 1, actual 0\.\n {4}at /);
}

// Too many calls, anonymous function.
{
  const child = runChild('const f = common.mustCall(2); f(); f(); f();');
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stdout, /^Mismatched noop function calls\. Expected exactly 2, actual 3\./);
}

{
  const child = runChild('common.mustCall((() => () => {})(), 0)();');
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stdout,
               /^Mismatched <anonymous> function calls\. Expected exactly 0, actual 1\./);
}

{
  const child = runChild('common.mustCallAtLeast(() => {}, 2)();');
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stdout, /Expected at least 2, actual 1\./);
}

// Calls made before exit (from timers) count; a test that already failed is not reported on.
{
  const child = runChild('setTimeout(common.mustCall(), 1);');
  assert.strictEqual(child.status, 0, child.stdout + child.stderr);
  assert.strictEqual(child.stdout, '');
}
{
  const child = runChild('common.mustCall(); process.exitCode = 3;');
  assert.strictEqual(child.status, 3);
  assert.strictEqual(child.stdout, '');
}
