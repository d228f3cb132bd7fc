'use strict';
// module: the public face of the CommonJS loader (require('module') is Module itself).

const { Module } = require('internal/modules/cjs/loader');
const { canBeRequiredWithoutScheme } = require('internal/modules/helpers');

// Every built-in a user can require without the node: scheme, sorted and frozen as in Node.
Module.builtinModules = Object.freeze(
  internalBinding('builtins').builtinIds.filter((id) => canBeRequiredWithoutScheme(id)).sort());

module.exports = Module;
