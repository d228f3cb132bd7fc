'use strict';
// Legacy module id: require('_stream_transform') is stream.Transform.

module.exports = require('stream').Transform;
