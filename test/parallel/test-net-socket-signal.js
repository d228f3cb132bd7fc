'use strict';
// The signal option: aborting destroys the socket with an AbortError (cause: the reason); an
// already aborted signal destroys it right away; a bad signal throws.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((conn) => conn.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const controller = new AbortController();
  const client = net.connect({ port, host: '127.0.0.1', signal: controller.signal });
  client.on('connect', common.mustCall(() => controller.abort('enough')));
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'enough');
  }));
  client.on('close', common.mustCall(() => {
    const early = net.connect({ port, host: '127.0.0.1', signal: AbortSignal.abort() });
    early.on('connect', common.mustNotCall());
    early.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
    early.once('close', common.mustCall(() => server.close()));
  }));
}));
assert.throws(() => new net.Socket({ signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
