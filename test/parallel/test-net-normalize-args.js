'use strict';
// net._normalizeArgs: (options[, cb]), (path[, cb]), (port[, host][, cb]) to [options, cb].
require('../common');
const assert = require('assert');
const net = require('net');

const cb = () => {};
const check = (args, options, callback) => {
  const result = net._normalizeArgs(args);
  assert.deepStrictEqual([...result], [options, callback]);
};
check([], {}, null);
check([{ port: 1 }], { port: 1 }, null);
check([{ port: 1 }, cb], { port: 1 }, cb);
check([80], { port: 80 }, null);
check(['80'], { port: '80' }, null);
check([80, 'host', cb], { port: 80, host: 'host' }, cb);
check([80, 5, cb], { port: 80 }, cb);
check(['/tmp/sock', cb], { path: '/tmp/sock' }, cb);
check([null], { port: null }, null);
check([cb], { port: cb }, cb);
