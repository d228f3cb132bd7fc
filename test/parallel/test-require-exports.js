'use strict';
// package.json "exports" and "imports" under require(): conditions, subpath patterns, arrays,
// null targets, self-reference, and the errors Node throws for the rest.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(rel, content) {
  const file = tmpdir.resolve(rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
const pkgDir = tmpdir.resolve('node_modules/pkg');
write('node_modules/pkg/package.json', JSON.stringify({
  name: 'pkg',
  exports: {
    '.': { import: './esm.mjs', require: './main.js', default: './default.js' },
    './feat/*': './lib/f-*.js',
    './feat/private/*': null,
    './arr': ['bad://x', './main.js'],
    './bad': '../outside.js',
    './inv': './lib/../main.js',
    './cond': { 'node-addons': './addons.js', default: './default.js' },
    './nocond': { import: './esm.mjs' },
  },
  imports: {
    '#main': './main.js',
    '#feat/*': './lib/f-*.js',
  },
}));
write('node_modules/pkg/main.js', 'module.exports = "main";');
write('node_modules/pkg/default.js', 'module.exports = "default";');
write('node_modules/pkg/addons.js', 'module.exports = "addons";');
write('node_modules/pkg/lib/f-one.js', 'module.exports = "one";');
write('node_modules/pkg/lib/f-private/x.js', 'module.exports = "private";');
write('node_modules/pkg/lib/self.js',
      'module.exports = [require("pkg"), require("pkg/feat/one"), require("#main"), ' +
      'require("#feat/one")];');
write('node_modules/sugar/package.json', JSON.stringify({ exports: { require: './r.js' } }));
write('node_modules/sugar/r.js', 'module.exports = "sugar";');

const from = tmpdir.resolve('index.js');
write('index.js', '');
const req = require('module').createRequire(from);
const pkgJson = path.join(pkgDir, 'package.json');

assert.strictEqual(req('pkg'), 'main');
assert.strictEqual(req('pkg/feat/one'), 'one');
assert.strictEqual(req.resolve('pkg/feat/one'), path.join(pkgDir, 'lib/f-one.js'));
assert.strictEqual(req('pkg/arr'), 'main');
assert.strictEqual(req('pkg/cond'), 'addons');
assert.strictEqual(req('sugar'), 'sugar');
assert.deepStrictEqual(req('pkg/../pkg/lib/self.js'.replace('pkg/../', './node_modules/')),
                       ['main', 'one', 'main', 'one']);

assert.throws(() => req('pkg/nope'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './nope' is not defined by "exports" in ${pkgJson}`,
});
assert.throws(() => req('pkg/feat/private/x'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('pkg/nocond'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('pkg/bad'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "../outside.js" defined for './bad' in the package ` +
           `config ${pkgJson}; targets must start with "./"`,
});
assert.throws(() => req('pkg/inv'), { code: 'ERR_INVALID_PACKAGE_TARGET' });
assert.throws(() => req('pkg/feat/missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib/f-missing.js')}'`,
  path: pkgJson,
});
assert.throws(() => req('#main'), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module '#main'\nRequire stack:/,
});

const self = require('module').createRequire(path.join(pkgDir, 'lib/self.js'));
assert.throws(() => self('#nope'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#nope" is not defined in package ${pkgJson} ` +
           `imported from ${path.join(pkgDir, 'lib/self.js')}`,
});
assert.throws(() => self('#'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: 'Invalid module "#" is not a valid internal imports specifier name imported from ' +
           path.join(pkgDir, 'lib/self.js'),
});
assert.throws(() => self('pkg/nope'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './nope' is not defined by "exports" in ${pkgJson} ` +
           `imported from ${path.join(pkgDir, 'lib/self.js')}`,
});
