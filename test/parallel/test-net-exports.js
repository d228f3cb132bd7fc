'use strict';
// The net module's exports, Socket and Server prototypes as Node 20 has them.
require('../common');
const assert = require('assert');
const net = require('net');

assert.deepStrictEqual(Object.keys(net), [
  '_createServerHandle', '_normalizeArgs', '_setSimultaneousAccepts', 'BlockList',
  'SocketAddress', 'connect', 'createConnection', 'createServer', 'isIP', 'isIPv4', 'isIPv6',
  'Server', 'Socket', 'Stream', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
  'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout',
]);
assert.strictEqual(net.connect, net.createConnection);
assert.strictEqual(require('node:net'), net);
for (const name of ['_listen2', 'listen', 'listening', 'address', 'getConnections', 'close',
                    '_emitCloseIfDrained', 'ref', 'unref']) {
  assert.ok(Object.prototype.hasOwnProperty.call(net.Server.prototype, name), name);
}
for (const name of ['_unrefTimer', '_final', 'setTimeout', '_onTimeout', 'setNoDelay',
                    'setKeepAlive', 'address', '_connecting', 'pending', 'readyState',
                    'bufferSize', '_read', 'end', 'resetAndDestroy', 'pause', 'resume', 'read',
                    'destroySoon', '_destroy', '_reset', '_getpeername', 'bytesRead',
                    'remoteAddress', 'remoteFamily', 'remotePort', '_getsockname',
                    'localAddress', 'localPort', 'localFamily', '_writeGeneric', '_writev',
                    '_write', '_bytesDispatched', 'bytesWritten', 'connect', 'ref', 'unref',
                    '_handle']) {
  assert.ok(Object.prototype.hasOwnProperty.call(net.Socket.prototype, name), name);
}
const descriptor = (name) => Object.getOwnPropertyDescriptor(net.Socket.prototype, name);
assert.strictEqual(descriptor('remoteAddress').enumerable, true);
assert.strictEqual(descriptor('remoteAddress').configurable, false);
assert.strictEqual(descriptor('readyState').enumerable, false);
assert.strictEqual(typeof descriptor('_handle').set, 'function');
assert.strictEqual(typeof net.Server.prototype[Symbol.asyncDispose], 'function');
assert.strictEqual(Object.getPrototypeOf(net.Server.prototype), require('events').prototype);
