'use strict';
// server[Symbol.asyncDispose]() closes a listening server (resolving once closed) and
// resolves at once for one that is not listening.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, common.mustCall(async () => {
  server.on('close', common.mustCall());
  await server[Symbol.asyncDispose]();
  assert.strictEqual(server.listening, false);
  assert.strictEqual(await net.createServer()[Symbol.asyncDispose](), undefined);
}));
