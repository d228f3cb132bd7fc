'use strict';

// The public `util/types` module (the same object as require('util').types).

module.exports = require('internal/util/types');
