'use strict';
// `assert/strict`: assert in strict mode, where equal and deepEqual are the strict versions.

module.exports = require('assert').strict;
