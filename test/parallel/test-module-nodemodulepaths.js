'use strict';
// Module._nodeModulePaths(): one node_modules per ancestor directory, nearest first, none
// inside a node_modules folder itself; Module.globalPaths from HOME and the install prefix.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

if (process.platform !== 'win32') {
  assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
  assert.deepStrictEqual(Module._nodeModulePaths('/a/b'),
                         ['/a/b/node_modules', '/a/node_modules', '/node_modules']);
  assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b'), [
    '/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules',
  ]);
  assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/node_modules/c'), [
    '/a/node_modules/node_modules/c/node_modules', '/a/node_modules', '/node_modules',
  ]);
  assert.deepStrictEqual(Module._nodeModulePaths('/x/node_modules'),
                         ['/x/node_modules', '/node_modules']);
  assert.deepStrictEqual(Module._nodeModulePaths('/a//b/../c/'),
                         ['/a/c/node_modules', '/a/node_modules', '/node_modules']);
  assert.deepStrictEqual(Module._nodeModulePaths('rel'),
                         Module._nodeModulePaths(path.resolve('rel')));
  // Segments merely containing the name do count.
  assert.deepStrictEqual(Module._nodeModulePaths('/node_modulesx'),
                         ['/node_modulesx/node_modules', '/node_modules']);

  const expectedTail = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
  assert.deepStrictEqual(Module.globalPaths.slice(-1), expectedTail);
  if (process.env.HOME) {
    assert.deepStrictEqual(Module.globalPaths.slice(-3, -1), [
      path.resolve(process.env.HOME, '.node_modules'),
      path.resolve(process.env.HOME, '.node_libraries'),
    ]);
  }
  // The module's own lookup list ends with the global folders.
  assert.deepStrictEqual(module.paths,
                         Module._nodeModulePaths(__dirname));
  assert.deepStrictEqual(require.resolve.paths('x'),
                         module.paths.concat(Module.globalPaths));
}
