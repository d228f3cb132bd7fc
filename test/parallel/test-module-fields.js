'use strict';
// What a CommonJS module sees: the wrapper arguments, `this`, and module.id/filename/path/
// loaded/children/parent/paths/exports for the main module and a required one.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const dir = tmpdir.resolve('module-fields');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'child.js'), `
module.exports = {
  args: [typeof exports, typeof require, typeof module, __filename, __dirname],
  thisIsExports: this === exports && exports === module.exports,
  id: module.id, filename: module.filename, path: module.path,
  loaded: module.loaded, parent: module.parent, paths: module.paths,
  ownKeys: Object.keys(module),
};
`);

assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(this, module.exports);
assert.deepStrictEqual(Object.keys(module),
                       ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
assert.deepStrictEqual(Object.getOwnPropertyNames(require),
                       ['length', 'name', 'prototype', 'resolve', 'main', 'extensions', 'cache']);

const file = path.join(dir, 'child.js');
const before = module.children.length;
const child = require(file);
assert.deepStrictEqual(child.args, ['object', 'function', 'object', file, dir]);
assert.strictEqual(child.thisIsExports, true);
assert.strictEqual(child.id, file);
assert.strictEqual(child.filename, file);
assert.strictEqual(child.path, dir);
assert.strictEqual(child.loaded, false);
assert.strictEqual(child.parent, module);
assert.deepStrictEqual(child.paths, require('module')._nodeModulePaths(dir));
assert.deepStrictEqual(child.ownKeys,
                       ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);

const childModule = require.cache[file];
assert.strictEqual(childModule.loaded, true);
assert.strictEqual(module.children.length, before + 1);
assert.strictEqual(module.children[module.children.length - 1], childModule);
// A second require does not add the child again.
require(file);
assert.strictEqual(module.children.length, before + 1);

// A module that fails to load leaves neither a cache entry nor a child behind.
fs.writeFileSync(path.join(dir, 'throws.js'), 'throw new Error("boom");');
assert.throws(() => require('./' + path.relative(__dirname, path.join(dir, 'throws.js'))),
              /boom/);
assert.strictEqual(require.cache[path.join(dir, 'throws.js')], undefined);
assert.strictEqual(module.children.length, before + 1);
