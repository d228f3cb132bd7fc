'use strict';
// How the default 'warning' listener prints: "(node:PID) [CODE] Name: message", the detail
// on the next line, and once per process the hint about --trace-warnings (or
// --trace-deprecation when the first one is a deprecation), through the global console.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

function run(code, args = []) {
  const child = spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  const clean = (text) => text.replaceAll(`(node:${child.pid})`, '(node:PID)');
  return { stdout: clean(child.stdout), stderr: clean(child.stderr) };
}

const argv0 = path.basename(process.execPath, '.exe');
const hint = (flag) => `(Use \`${argv0} ${flag} ...\` to show where the warning was created)\n`;

{
  const { stdout, stderr } = run(`
    process.emitWarning('plain');
    process.emitWarning('typed', 'CustomWarning');
    process.emitWarning('coded', 'CustomWarning', 'CODE1');
    process.emitWarning('with detail', { type: 'MyType', code: 'MY_CODE', detail: 'details' });
    process.emitWarning(new TypeError('an error'));
    const custom = new Error('m');
    custom.toString = () => 'custom toString';
    process.emitWarning(custom);
    const broken = new Error('m2');
    broken.toString = 5;
    process.emitWarning(broken);
    process.emit('warning', 'not an error');
    process.emit('warning', { name: 'Warning', message: 'not an Error object' });
    process.emitWarning('dep', 'DeprecationWarning', 'DEP0XXX');
    console.log('sync end');
  `);
  assert.strictEqual(stdout, 'sync end\n');
  assert.strictEqual(stderr,
                     '(node:PID) Warning: plain\n' +
                     hint('--trace-warnings') +
                     '(node:PID) CustomWarning: typed\n' +
                     '(node:PID) [CODE1] CustomWarning: coded\n' +
                     '(node:PID) [MY_CODE] MyType: with detail\ndetails\n' +
                     '(node:PID) TypeError: an error\n' +
                     '(node:PID) custom toString\n' +
                     '(node:PID) Error: m2\n' +
                     '(node:PID) [DEP0XXX] DeprecationWarning: dep\n');
}

{
  // A deprecation first: the hint names --trace-deprecation.
  const { stderr } = run(`
    process.emitWarning('dep', 'DeprecationWarning', 'DEP1');
    process.emitWarning('w');
  `);
  assert.strictEqual(stderr,
                     '(node:PID) [DEP1] DeprecationWarning: dep\n' +
                     hint('--trace-deprecation') +
                     '(node:PID) Warning: w\n');
}

{
  // Through the global console: group indentation applies, and so does a replacement of
  // console.error made before the first warning.
  const { stdout, stderr } = run(`
    console.group('G');
    process.emitWarning('in group');
  `);
  assert.strictEqual(stdout, 'G\n');
  assert.strictEqual(stderr, `  (node:PID) Warning: in group\n  ${hint('--trace-warnings')}`);
}
{
  const { stdout, stderr } = run(`
    console.error = (message) => console.log('HOOK', message);
    process.emitWarning('hooked');
  `);
  assert.strictEqual(stdout, `HOOK (node:PID) Warning: hooked\n${hint('--trace-warnings')}`);
  assert.strictEqual(stderr, '');
}
{
  const { stdout, stderr } = run(`
    process.stderr.write = (chunk) => { process.stdout.write('STDERR ' + chunk); return true; };
    process.emitWarning('via stderr');
  `);
  assert.strictEqual(stdout, `STDERR (node:PID) Warning: via stderr\n${hint('--trace-warnings')}`);
  assert.strictEqual(stderr, '');
}

{
  // User listeners run after the default one; emitting 'warning' directly prints too.
  const { stdout, stderr } = run(`
    process.on('warning', (w) => process.stderr.write('listener ' + w.message + '\\n'));
    process.emit('warning', new Error('direct'));
  `);
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr,
                     `(node:PID) Error: direct\n${hint('--trace-warnings')}listener direct\n`);
}
