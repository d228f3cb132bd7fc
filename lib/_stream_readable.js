'use strict';
// Legacy module id: require('_stream_readable') is stream.Readable.

module.exports = require('stream').Readable;
