'use strict';
// DeprecationWarning and the flags for it: --no-deprecation (and process.noDeprecation)
// drop it before any event, --throw-deprecation throws it on a later tick,
// --trace-deprecation prints its stack.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, code) {
  const child = spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
  const clean = (text) => text.replaceAll(`(node:${child.pid})`, '(node:PID)');
  return { status: child.status, stdout: clean(child.stdout), stderr: clean(child.stderr) };
}

const emitBoth = `
  process.on('warning', (w) => console.log('event', w.name, w.message));
  process.emitWarning('dep', 'DeprecationWarning', 'DEP1');
  process.emitWarning('w');
  console.log('flags', process.noDeprecation, process.throwDeprecation, process.traceDeprecation);
`;

{
  const { status, stdout, stderr } = run(['--no-deprecation'], emitBoth);
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, 'flags true undefined undefined\nevent Warning w\n');
  assert.match(stderr, /^\(node:PID\) Warning: w\n\(Use `.* --trace-warnings \.\.\.` /);
}

{
  // Set at run time.
  const { stdout, stderr } = run([], `
    process.noDeprecation = true;
    ${emitBoth}
  `);
  assert.strictEqual(stdout, 'flags true undefined undefined\nevent Warning w\n');
  assert.doesNotMatch(stderr, /DeprecationWarning/);
}

{
  const { stdout } = run([], emitBoth);
  assert.strictEqual(stdout, 'flags undefined undefined undefined\n' +
                             'event DeprecationWarning dep\nevent Warning w\n');
}

{
  // Thrown from a tick queued after the warnings emitted before it; no event for it.
  const { status, stdout, stderr } = run(['--throw-deprecation'], `
    process.on('warning', (w) => console.log('event', w.name));
    process.emitWarning('w');
    process.emitWarning('d', 'DeprecationWarning', 'DEP1');
    console.log('after', process.throwDeprecation);
    process.nextTick(() => console.log('tick'));
  `);
  assert.strictEqual(status, 1);
  assert.strictEqual(stdout, 'after true\nevent Warning\n');
  assert.match(stderr, /^\(node:PID\) Warning: w\n/);
  assert.match(stderr, /\nDeprecationWarning: d\n {4}at /);
  assert.match(stderr, /code: 'DEP1'/);
}

{
  // --no-deprecation wins over --throw-deprecation.
  const { status } = run(['--throw-deprecation', '--no-deprecation'],
                         "process.emitWarning('d', 'DeprecationWarning')");
  assert.strictEqual(status, 0);
}

{
  const { status, stderr } = run(['--trace-deprecation'], `
    function deprecatedCaller() {
      process.emitWarning('dep', 'DeprecationWarning', 'DEP1');
    }
    deprecatedCaller();
    process.nextTick(() => process.emitWarning('w'));
  `);
  assert.strictEqual(status, 0);
  const lines = stderr.split('\n');
  assert.strictEqual(lines[0], '(node:PID) [DEP1] DeprecationWarning: dep');
  assert.match(lines[1], /^ {4}at deprecatedCaller /);
  // Other warnings have no stack, and get the hint.
  const rest = stderr.slice(stderr.indexOf('(node:PID) Warning: w'));
  assert.match(rest, /^\(node:PID\) Warning: w\n\(Use `.* --trace-warnings \.\.\.` to show where /);
  assert.ok(rest.endsWith(' to show where the warning was created)\n'));
}
