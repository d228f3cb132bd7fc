'use strict';
// Built-ins: builtinModules (public, scheme-free ids, sorted, frozen), isBuiltin(), the node:
// prefix, scheme-only ids, and resolution returning the request unchanged.
require('../common');
const assert = require('assert');
const Module = require('module');

const list = Module.builtinModules;
assert(Array.isArray(list));
assert(Object.isFrozen(list));
assert.deepStrictEqual([...list].sort(), list);
for (const id of ['fs', 'path', 'path/posix', 'module', 'events']) assert(list.includes(id), id);
for (const id of list) {
  assert(!id.startsWith('internal/'), id);
  assert(!id.startsWith('node:'), id);
  assert.strictEqual(Module.isBuiltin(id), true, id);
  assert.strictEqual(Module.isBuiltin(`node:${id}`), true, id);
}
assert(!list.includes('test'));

assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('node:internal/errors'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.isBuiltin('node:nope'), false);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.strictEqual(Module.isBuiltin(''), false);

assert.strictEqual(require('node:path'), require('path'));
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.strictEqual(require.resolve.paths('fs'), null);
assert.strictEqual(require.resolve.paths('node:fs'), null);

assert.throws(() => require('node:nope'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  name: 'Error',
  message: 'No such built-in module: node:nope',
});
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require.resolve('node:nope'), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module 'node:nope'/,
});

// require.cache can stand in for a built-in, but not for a node: request.
const real = require('os');
require.cache.os = { loaded: true, exports: 'fake' };
assert.strictEqual(require('os'), 'fake');
assert.strictEqual(require('node:os'), real);
delete require.cache.os;
assert.strictEqual(require('os'), real);
