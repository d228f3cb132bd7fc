'use strict';
// Legacy module id: require('_stream_passthrough') is stream.PassThrough.

module.exports = require('stream').PassThrough;
