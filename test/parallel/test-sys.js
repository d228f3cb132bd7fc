'use strict';
// `sys` is util under its old name, with the DEP0025 warning once.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning', 'sys is deprecated. Use util instead.', 'DEP0025');
const sys = require('sys');
assert.strictEqual(sys, require('util'));
assert.strictEqual(require('node:sys'), sys);
assert(require('module').builtinModules.includes('sys'));
