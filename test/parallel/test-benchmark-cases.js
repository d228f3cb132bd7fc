// Timeout: 180
'use strict';
// Every benchmark case runs in --test mode and prints one well-formed result line per
// combination of its configs; key=value overrides narrow the combinations.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const benchmarkDir = path.join(__dirname, '..', '..', 'benchmark');
const resultLine = /^(\S+\.js)((?: \w+=(?:"[^"]*"|[-\d.e+]+))*): [\d.e+-]+ (ops\/sec|KiB)$/;

function run(file, args) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', env });
  assert.strictEqual(child.status, 0, `${file} ${args.join(' ')}:\n${child.stdout}${child.stderr}`);
  return child.stdout.trim().split('\n');
}

const cases = [];
for (const dir of fs.readdirSync(benchmarkDir, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const name of fs.readdirSync(path.join(benchmarkDir, dir.name))) {
    const file = path.join(benchmarkDir, dir.name, name);
    if (name.endsWith('.js') && fs.readFileSync(file, 'utf8').includes('createBenchmark(')) {
      cases.push(file);
    }
  }
}
assert.ok(cases.length >= 10, `only ${cases.length} cases found`);

for (const file of cases) {
  const caseName = path.relative(benchmarkDir, file).split(path.sep).join('/');
  const lines = run(file, ['--test']);
  assert.ok(lines.length > 0, caseName);
  const configs = new Set();
  for (const line of lines) {
    const match = resultLine.exec(line);
    assert.ok(match, `${caseName}: unexpected line ${JSON.stringify(line)}`);
    assert.strictEqual(match[1], caseName);
    // --test makes every case quick: n=1 for cases that count iterations.
    if (/ n=/.test(match[2])) assert.match(match[2], / n=1\b/);
    configs.add(match[2]);
  }
  assert.strictEqual(configs.size, lines.length, `${caseName}: a combination ran twice`);
}

// Overrides: one value of a key, or several by repeating it; numbers stay numbers.
const setImmediateCase = path.join(benchmarkDir, 'timers', 'set-immediate.js');
assert.deepStrictEqual(
  run(setImmediateCase, ['type=depth', 'n=10']).map((line) => line.split(':')[0]),
  ['timers/set-immediate.js type="depth" n=10']);
assert.deepStrictEqual(
  run(setImmediateCase, ['--in-process', 'type=depth', 'type=breadth', 'n=5'])
    .map((line) => line.split(':')[0]),
  ['timers/set-immediate.js type="depth" n=5', 'timers/set-immediate.js type="breadth" n=5']);

const unknown = spawnSync(process.execPath, [setImmediateCase, 'size=1'], { encoding: 'utf8' });
assert.notStrictEqual(unknown.status, 0);
assert.match(unknown.stderr, /no config 'size' \(configs: type, n\)/);
