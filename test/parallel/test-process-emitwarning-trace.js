'use strict';
// --trace-warnings (and process.traceProcessWarnings): each warning is printed with its
// stack, the detail after it, and no hint.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, code) {
  const child = spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  return child.stderr.replaceAll(`(node:${child.pid})`, '(node:PID)');
}

const code = `
  function warner() {
    process.emitWarning('w', { code: 'CODE', detail: 'the detail' });
  }
  warner();
  process.nextTick(() => process.emitWarning('d', 'DeprecationWarning', 'DEP1'));
`;
for (const stderr of [run(['--trace-warnings'], code),
                      run([], `process.traceProcessWarnings = true; ${code}`)]) {
  const lines = stderr.split('\n');
  assert.strictEqual(lines[0], '(node:PID) [CODE] Warning: w');
  assert.match(lines[1], /^ {4}at warner /);
  const detail = lines.indexOf('the detail');
  assert.ok(detail > 1);
  assert.ok(lines.slice(2, detail).every((line) => line.startsWith('    at ')));
  assert.strictEqual(lines[detail + 1], '(node:PID) [DEP1] DeprecationWarning: d');
  assert.match(lines[detail + 2], /^ {4}at /);
  assert.doesNotMatch(stderr, /\(Use `/);
}
