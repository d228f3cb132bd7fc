// Flags: --expose-internals
'use strict';
// lib/internal/process/warning.js against Node: each scenario runs in a child process twice,
// once with Node's process.emitWarning and default 'warning' listener, once with ours (and
// our global console), and the two outputs must be the same.
require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const os = require('os');
const { spawnSync } = require('child_process');

const scenarios = {
  basics() {
    process.emitWarning('plain');
    process.emitWarning('typed', 'CustomWarning');
    process.emitWarning('coded', 'CustomWarning', 'CODE1');
    process.emitWarning('with detail', { type: 'MyType', code: 'MY_CODE', detail: 'details' });
    process.emitWarning('detail not a string', { detail: 5 });
    process.emitWarning('empty type', { type: '' });
    process.emitWarning('empty type 2', '');
    process.emitWarning('ctor as type', function ctor() {});
    process.emitWarning('ctor as code', 'T', function ctor() {});
    process.emitWarning('ctor not a function', 'T', 'C', 5);
    process.emitWarning(new TypeError('an error'));
    const named = new Error('named');
    named.name = 'Named';
    named.code = 'NAMED_CODE';
    named.detail = 'named detail';
    process.emitWarning(named);
    const custom = new Error('m');
    custom.toString = () => 'custom toString';
    process.emitWarning(custom);
    const broken = new Error('m2');
    broken.toString = 5;
    process.emitWarning(broken);
    process.emit('warning', 'not an error');
    process.emit('warning', { name: 'Warning', message: 'not an error either' });
    process.emitWarning('dep', 'DeprecationWarning', 'DEP0XXX');
    console.log('sync end');
  },

  events() {
    process.on('warning', (w) => {
      console.log('event', w.name, w.code, w.detail, w.message, Object.keys(w),
                  w instanceof Error, w.stack.split('\n')[0]);
    });
    process.emitWarning('a');
    process.emitWarning('b', { type: 'T', code: 'C', detail: 'D' });
    process.emitWarning('dep', 'DeprecationWarning');
    process.nextTick(() => console.log('tick queued after the warnings'));
    console.log('sync end');
  },

  stacks() {
    process.on('warning', (w) => console.log(w.stack.split('\n').slice(0, 3).join('|')));
    function outer() { inner(); }
    function inner() { process.emitWarning('from inner', { ctor: inner }); }
    outer();
    process.emitWarning('top');
    Error.stackTraceLimit = 1;
    process.emitWarning('limited');
  },

  validation() {
    const cases = [
      [], [1], ['a', 1], ['a', 'T', 1], ['a', { type: 1 }], ['a', { code: 1 }], ['a', ['x']],
      ['a', null], [{}], [null, 'T'], [1, 1],
    ];
    for (const args of cases) {
      try {
        process.emitWarning(...args);
        console.log('no error');
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
  },

  deprecation() {
    process.emitWarning('dep first', 'DeprecationWarning', 'DEP1');
    process.emitWarning('then a warning');
    process.emitWarning('dep second', 'DeprecationWarning');
  },

  runtimeFlags() {
    process.emitWarning('before');
    process.nextTick(() => {
      process.traceProcessWarnings = true;
      process.emitWarning('traced');
      process.noDeprecation = true;
      process.emitWarning('silenced', 'DeprecationWarning');
    });
  },

  throwDeprecation() {
    process.on('warning', (w) => console.log('event', w.name));
    process.emitWarning('w');
    process.emitWarning('d', 'DeprecationWarning', 'DEP1');
    console.log('after', process.throwDeprecation);
    process.nextTick(() => console.log('tick'));
  },

  console() {
    console.group('G');
    process.emitWarning('in group');
    setTimeout(() => {
      console.groupEnd();
      console.error = (m) => console.log('HOOK', m);
      process.emitWarning('hooked');
    }, 1);
  },
};

if (process.argv[2] === 'child') {
  const [,,, mode, name] = process.argv;
  // Without Node's warning about internal/test/binding, which would use up the
  // "(Use `node --trace-warnings ...`" hint.
  const { emitWarning } = process;
  process.emitWarning = () => {};
  const { createLoader } = require('./console-process-loader');
  process.emitWarning = emitWarning;
  if (mode === 'ours') {
    const loader = createLoader();
    const warning = loader.require('internal/process/warning');
    globalThis.console = loader.require('internal/console/global');
    process.emitWarning = warning.emitWarning;
    process.removeAllListeners('warning');
    process.on('warning', warning.onWarning);
  }
  scenarios[name]();
  return;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warning-'));

function runBoth(name, flags = [], env = {}) {
  const outputs = ['node', 'ours'].map((mode) => {
    const redirected = path.join(tmp, `${mode}.txt`);
    const fullFlags = flags.map((f) => f.replace('FILE', redirected));
    const fullEnv = { ...process.env };
    for (const [k, v] of Object.entries(env)) fullEnv[k] = v.replace('FILE', redirected);
    const child = spawnSync(process.execPath,
                            ['--expose-internals', ...fullFlags, __filename, 'child', mode, name],
                            { encoding: 'utf8', env: fullEnv });
    let file = '';
    if (fs.existsSync(redirected)) {
      file = fs.readFileSync(redirected, 'utf8');
      fs.unlinkSync(redirected);
    }
    const clean = (s) => s
      .replace(new RegExp(`\\(node:${child.pid}\\)`, 'g'), '(node:PID)')
      .replace(/node:internal\/process\/warning:\d+:\d+/g, 'node:internal/process/warning')
      .replace(/\n(\s+at .*\n)+/g, (frames) => frames.split('\n')
        .filter((l) => !/^\s+at .*(console-process-loader|node:internal)/.test(l)).join('\n'));
    return { status: child.status, stdout: clean(child.stdout), stderr: clean(child.stderr),
             file: clean(file) };
  });
  assert.deepStrictEqual(outputs[1], outputs[0], `${name} ${flags.join(' ')}`);
  return outputs[0];
}

runBoth('basics');
runBoth('basics', ['--trace-warnings']);
runBoth('basics', ['--no-deprecation']);
runBoth('basics', ['--trace-deprecation']);
runBoth('events');
runBoth('events', ['--no-deprecation']);
runBoth('stacks');
runBoth('validation');
runBoth('deprecation');
runBoth('deprecation', ['--trace-deprecation']);
runBoth('deprecation', ['--trace-warnings']);
runBoth('runtimeFlags');
runBoth('console');
const out = runBoth('deprecation', ['--redirect-warnings=FILE']);
assert.match(out.file, /DeprecationWarning: dep first/);
assert.match(runBoth('deprecation', [], { NODE_REDIRECT_WARNINGS: 'FILE' }).file,
             /Warning: then a warning/);
runBoth('deprecation', ['--redirect-warnings=/nonexistent/dir/file']);
runBoth('basics', ['--disable-warning=DEP0XXX', '--disable-warning=CustomWarning',
                   '--disable-warning=NAMED_CODE']);
// The stack and exit code of the thrown DeprecationWarning come from the uncaught-exception
// path; only the output before it is compared.
{
  const outputs = ['node', 'ours'].map((mode) => {
    const child = spawnSync(process.execPath,
                            ['--expose-internals', '--throw-deprecation', __filename, 'child',
                             mode, 'throwDeprecation'], { encoding: 'utf8' });
    return [child.status, child.stdout, /DeprecationWarning: d\n/.test(child.stderr)];
  });
  assert.deepStrictEqual(outputs[1], outputs[0]);
  assert.deepStrictEqual(outputs[0], [1, 'after true\nevent Warning\n', true]);
}
fs.rmSync(tmp, { recursive: true });
