'use strict';
// new net.Socket(options): callable without new, net.Stream is the same class, a Duplex;
// object modes are refused; readable/writable false; the allowHalfOpen default.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const stream = require('stream');

assert.strictEqual(net.Stream, net.Socket);
const s = net.Socket();
assert.ok(s instanceof net.Socket);
assert.ok(s instanceof stream.Duplex);
assert.strictEqual(s.allowHalfOpen, false);
assert.strictEqual(s.connecting, false);
assert.strictEqual(s._handle, null);
assert.strictEqual(s.server, null);
assert.strictEqual(s._server, null);
assert.strictEqual(s.bufferSize, undefined);
assert.strictEqual(s.bytesRead, 0);
assert.strictEqual(s.bytesWritten, 0);
assert.strictEqual(new net.Socket({ allowHalfOpen: true }).allowHalfOpen, true);

for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
  assert.throws(() => new net.Socket({ [key]: true }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The property 'options.${key}' is not supported. Received true`,
  });
}

const readOnly = new net.Socket({ readable: true, writable: false });
assert.strictEqual(readOnly.writable, false);
const writeOnly = new net.Socket({ readable: false, writable: true });
assert.strictEqual(writeOnly.readable, false);
assert.strictEqual(writeOnly.readyState, 'writeOnly');
common.mustCall()();
