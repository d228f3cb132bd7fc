'use strict';
// Build time only (node_mkcodecache --build-code-cache): runs what a typical start-up runs,
// so that the functions it calls are compiled and go into the built-ins' code caches
// (src/mkcodecache/builder.c). Returns { id: compiled module function }.

function exercise() {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  for (const id of BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList()) {
    try {
      require(id);
    } catch {
      // a module that needs what the build machine lacks is cached from its source alone
    }
  }
  const { Console } = require('internal/console/constructor');
  const sink = new (require('events'))();
  sink.write = () => true;
  const con = new Console({ stdout: sink, stderr: sink });
  con.log('%s %d %j', 'a', 1, { b: [1, 2, { c: new Map([[1, 2]]) }] });
  con.error(new Error('e'));
  const { Module } = require('internal/modules/cjs/loader');
  Module._nodeModulePaths(process.cwd());
  Module._resolveFilename('path', null, false);
  const path = require('path');
  path.resolve('a', '../b');
  path.join('a', 'b');
  const t = setTimeout(() => {}, 1000);
  clearTimeout(t);
  const i = setImmediate(() => {});
  clearImmediate(i);
  process.nextTick(() => {});
  Promise.resolve().then(() => {});
  new (require('events'))().on('x', () => {}).emit('x');
  require('util').inspect({ a: 1 });
  Buffer.from('abc').toString('hex');
}

function run() {
  exercise();
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const compiled = { __proto__: null };
  for (const [id, mod] of BuiltinModule.map()) {
    if (typeof mod.fn === 'function') compiled[id] = mod.fn;
  }
  return compiled;
}

module.exports = { run };
