'use strict';
// --no-warnings and NODE_NO_WARNINGS=1: nothing is printed, but 'warning' is still emitted.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = `
  process.on('warning', (w) => console.log('event', w.name, w.message));
  process.emitWarning('w');
  process.emitWarning('d', 'DeprecationWarning', 'DEP1');
  console.log('noProcessWarnings', process.noProcessWarnings);
`;
for (const [args, env, flag] of [[['--no-warnings'], {}, true],
                                 [[], { NODE_NO_WARNINGS: '1' }, undefined]]) {
  const child = spawnSync(process.execPath, [...args, '-e', code],
                          { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, `noProcessWarnings ${flag}\n` +
                                   'event Warning w\nevent DeprecationWarning d\n');
}

// NODE_NO_WARNINGS must be exactly '1'.
const child = spawnSync(process.execPath, ['-e', "process.emitWarning('w')"],
                        { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: 'true' } });
assert.match(child.stderr, /Warning: w/);
