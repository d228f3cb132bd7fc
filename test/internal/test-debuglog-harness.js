// Flags: --expose-internals
'use strict';
// Checks our util.debuglog (lib/internal/util/debuglog.js) against Node 20's: child
// processes with various NODE_DEBUG patterns log through each, and stdout/stderr (pids
// aside) must match, colors included. Run: node --expose-internals test/internal/test-debuglog-harness.js
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const util = process.argv[3] === 'ours' ?
    require('./harness').load('util') : require('util');
  process.on('warning', (w) => process.stderr.write(`WARNING ${w.name} ${w.message}\n`));
  for (const section of ['foo', 'FOO', 'foo-bar', 'fo', 'bar', 'tud', 'tudx', 'http', 'http2',
                         'a.b', 'axb', 'x|y', 'te$t', 'ab', 'abc']) {
    const names = [];
    const log = util.debuglog(section, (fn) => names.push(fn.name));
    process.stderr.write(`${section}: enabled=${log.enabled}\n`);
    log('hello %s %d %j', 'w', 42, { a: 1 }, [1, 2], { nested: { x: 1 } });
    log('second');
    process.stderr.write(`${section}: callback=${names.join()} enabled=${log.enabled}\n`);
  }
  return;
}

function run(which, env) {
  const child = spawnSync(process.execPath,
                          ['--expose-internals', '--no-warnings=internal/test/binding',
                           __filename, 'child', which],
                          { encoding: 'utf8', cwd: path.join(__dirname, '..', '..'),
                            env: { ...process.env, ...env } });
  assert.strictEqual(child.status, 0, child.stderr);
  // Node's own modules log under some sections too (MODULE...): keep our sections only.
  const ownLines = child.stderr.split('\n').filter((line) => {
    return !/^(MODULE|ESM|TIMER|STREAM|NET|HTTP(?!2? ?\d)|WORKER)\b/.test(line) &&
      !line.includes('internal/test/binding') && !line.includes('--trace-warnings');
  });
  return ownLines.join('\n').replaceAll(String(child.pid), 'PID');
}

for (const pattern of ['foo', 'FOO-*,tud*', 'a.b,x|y', 'te$t', 'ab*c', '', 'http,http2',
                       'fo*,*ar', 'foo, bar']) {
  for (const forceColor of ['0', '1']) {
    const env = { NODE_DEBUG: pattern, FORCE_COLOR: forceColor };
    assert.strictEqual(run('ours', env), run('node', env), `NODE_DEBUG=${pattern}`);
  }
}
