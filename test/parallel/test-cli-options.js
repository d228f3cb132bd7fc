'use strict';
// The node command line: -e, -p, -c, -r, --, stdin scripts, -v, bad options, NODE_OPTIONS,
// execArgv and the exit codes Node gives for each.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function run(args, options = {}) {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('NODE_OPTIONS' in options.env)) delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, args, {
    input: options.input, env, encoding: 'utf8', cwd: tmpdir.path,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

// -e and --eval, with arguments after the code.
{
  const r = run(['-e', 'console.log(process.argv.length, process.argv.slice(1))', 'a', 'b']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, "3 [ 'a', 'b' ]\n");
  assert.strictEqual(run(['--eval=console.log(6 * 7)']).stdout, '42\n');
  // The public built-ins are globals in -e code.
  assert.strictEqual(run(['-e', 'console.log(typeof path.join, typeof fs.readFileSync)']).stdout,
                     'function function\n');
}

// -p and --print print the completion value (inspected).
{
  assert.strictEqual(run(['-p', '({ a: [1, 2] })']).stdout, '{ a: [ 1, 2 ] }\n');
  assert.strictEqual(run(['--print', '"str"']).stdout, 'str\n');
  assert.strictEqual(run(['-p', 'undefined']).stdout, 'undefined\n');
}

// -e code that throws: the error printed, exit 1.
{
  const r = run(['-e', 'throw new RangeError("boom")']);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /RangeError: boom/);
}

// -c checks the syntax without running the script.
{
  const good = path.join(tmpdir.path, 'good.js');
  const bad = path.join(tmpdir.path, 'bad.js');
  fs.writeFileSync(good, 'console.log("ran");\n');
  fs.writeFileSync(bad, 'let x = ;\n');
  let r = run(['-c', good]);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '');
  r = run(['--check', bad]);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /SyntaxError: Unexpected token ';'/);
  assert.ok(r.stderr.includes(bad), r.stderr);
  // -c together with -e is refused.
  r = run(['-c', '-e', '0']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /either --check or --eval can be used, not both/);
}

// The script from stdin: without a name, and with `-` (arguments after it are the script's).
{
  let r = run([], { input: 'console.log("from stdin", typeof require)' });
  assert.strictEqual(r.stdout, 'from stdin function\n');
  r = run(['-', 'x', 'y'], { input: 'console.log(process.argv.slice(2))' });
  assert.strictEqual(r.stdout, "[ 'x', 'y' ]\n");
}

// `--` ends the options: what follows is the script and its arguments.
{
  const script = path.join(tmpdir.path, 'args.js');
  fs.writeFileSync(script, 'console.log(JSON.stringify(process.argv.slice(2)))');
  const r = run(['--', script, '--version', '-e']);
  assert.strictEqual(r.stdout, '["--version","-e"]\n');
}

// -r / --require preloads modules, in order, before the main script.
{
  const a = path.join(tmpdir.path, 'pre-a.js');
  const b = path.join(tmpdir.path, 'pre-b.js');
  fs.writeFileSync(a, 'globalThis.order = ["a"];');
  fs.writeFileSync(b, 'globalThis.order.push("b");');
  const r = run(['-r', a, '--require', b, '-e', 'console.log(order.join())']);
  assert.strictEqual(r.stdout, 'a,b\n');
}

// -v prints the version; an unknown option is refused with exit code 9.
{
  let r = run(['-v']);
  assert.strictEqual(r.stdout, `${process.version}\n`);
  r = run(['--no-such-option-here']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /bad option: --no-such-option-here/);
}

// execArgv holds the options, not the script or its arguments.
{
  const r = run(['--no-warnings', '--expose-gc', '-e',
                 'console.log(JSON.stringify(process.execArgv), typeof gc)', 'arg']);
  assert.strictEqual(r.stdout, '["--no-warnings","--expose-gc","-e",' +
                     '"console.log(JSON.stringify(process.execArgv), typeof gc)"] function\n');
}

// NODE_OPTIONS: allowed options apply (and are not in execArgv); others are refused.
{
  const code = 'console.log(JSON.stringify(process.execArgv)); process.emitWarning("w")';
  let r = run(['-e', code], { env: { NODE_OPTIONS: '--no-warnings' } });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, `["-e",${JSON.stringify(code)}]\n`);
  assert.strictEqual(r.stderr, '');
  r = run(['-e', '0'], { env: { NODE_OPTIONS: '--expose-internals-nope' } });
  assert.strictEqual(r.status, 9);
  // The first word that is not an option ends the list; `--` is refused.
  r = run(['-e', 'process.emitWarning("w")'], { env: { NODE_OPTIONS: '--no-warnings script.js' } });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stderr, '');
  r = run(['-e', 'process.emitWarning("w")'], { env: { NODE_OPTIONS: 'script.js --no-warnings' } });
  assert.strictEqual(r.status, 0);
  assert.match(r.stderr, /Warning: w/);
  r = run(['-e', '0'], { env: { NODE_OPTIONS: '-- x' } });
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /-- is not allowed in NODE_OPTIONS/);
  // An option that needs a value and has none.
  r = run(['--require']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /--require requires an argument/);
  // ... or whose next argument looks like an option.
  r = run(['--title', '-e', '0']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /--title requires an argument/);
  r = run(['-e', '-1']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /-e requires an argument/);
  assert.strictEqual(run(['--title=-x', '-p', 'process.title']).stdout, '-x\n');
}

// V8 options reach V8.
{
  const r = run(['--stack-size=100', '-e',
                 'let d = 0; function f() { d++; f(); } try { f() } catch { } console.log(d < 5000)']);
  assert.strictEqual(r.stdout, 'true\n');
}

// The features this runtime reports are the ones it has.
assert.strictEqual(typeof process.features.require_module, 'boolean');
common.mustCall()();
