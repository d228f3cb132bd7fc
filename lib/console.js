'use strict';
// require('console'): the global console object, with console.Console.

module.exports = require('internal/console/global');
