'use strict';
// Legacy module id: require('_stream_duplex') is stream.Duplex.

module.exports = require('stream').Duplex;
