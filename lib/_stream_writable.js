'use strict';
// Legacy module id: require('_stream_writable') is stream.Writable.

module.exports = require('stream').Writable;
