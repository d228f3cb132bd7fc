'use strict';
// common.expectWarning: each expected warning must be emitted, in order, name/message/code.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

common.expectWarning('Warning', 'first', 'CODE1');
common.expectWarning({
  DeprecationWarning: [['old thing', 'DEP0999'], [/^other/, 'DEP0998']],
  ExperimentalWarning: { EXP1: 'exp' },
});
process.emitWarning('first', { code: 'CODE1' });
process.emitWarning('old thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('other thing', 'DeprecationWarning', 'DEP0998');
process.emitWarning('exp', { type: 'ExperimentalWarning', code: 'EXP1' });

// Deprecation warnings must name their code.
assert.throws(() => common.expectWarning('DeprecationWarning', 'no code'),
              { code: 'ERR_ASSERTION' });

// A warning that was not expected, or one that never came, fails the test.
const commonPath = JSON.stringify(require.resolve('../common'));
{
  const child = spawnSync(process.execPath, ['-e', `
    const common = require(${commonPath});
    common.expectWarning('Warning', 'expected');
    process.emitWarning('surprise', 'OtherWarning');`], { encoding: 'utf8' });
  assert.notStrictEqual(child.status, 0);
  assert.match(child.stderr, /"OtherWarning" was triggered without being expected/);
}
{
  const child = spawnSync(process.execPath, ['-e', `
    const common = require(${commonPath});
    common.expectWarning('Warning', 'never emitted');`], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  assert.match(child.stdout,
               /Mismatched <anonymous> function calls\. Expected exactly 1, actual 0/);
}
