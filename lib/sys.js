'use strict';
// The old name of util (DEP0025): the same module, with a deprecation warning on first load.

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');

module.exports = require('util');
