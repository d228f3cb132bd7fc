'use strict';
// The child's environment: options.env (own and inherited keys, values turned into strings,
// undefined values left out) or else process.env; NUL bytes refused.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function childEnv(options) {
  const ret = spawnSync('env', { encoding: 'utf8', ...options });
  assert.strictEqual(ret.status, 0);
  return ret.stdout.split('\n').filter(Boolean).filter((l) => !l.startsWith('NODE_V8_COVERAGE='));
}

assert.deepStrictEqual(childEnv({ env: {} }), []);
assert.deepStrictEqual(
  childEnv({ env: { A: 'x', B: null, C: 5, D: {}, E: undefined, F: '' } }),
  ['A=x', 'B=null', 'C=5', 'D=[object Object]', 'F=']);
// Keys are passed as they are.
assert.deepStrictEqual(childEnv({ env: { 'A=B': 'c', '': 'e' } }), ['A=B=c', '=e']);
// Inherited keys come after own keys.
assert.deepStrictEqual(childEnv({ env: { __proto__: { P: 'inherited' }, Q: 'own' } }),
                       ['Q=own', 'P=inherited']);

// Without options.env (or with a falsy one), the child gets process.env, as it is now.
process.env.SPAWN_SYNC_ENV_TEST = 'from parent';
for (const env of [undefined, null]) {
  assert.ok(childEnv({ env }).includes('SPAWN_SYNC_ENV_TEST=from parent'));
}
delete process.env.SPAWN_SYNC_ENV_TEST;
assert.ok(!childEnv({}).some((l) => l.startsWith('SPAWN_SYNC_ENV_TEST=')));

// Values that cannot become strings throw before anything runs.
assert.throws(() => spawnSync('env', { env: { A: Symbol('s') } }), TypeError);

for (const env of [{ A: 'a\0' }, { 'A\0': 'a' }]) {
  assert.throws(() => spawnSync('env', { env }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The property 'options\.env\['A(\x00)?'\]' must be a string without null bytes\./,
  });
}
