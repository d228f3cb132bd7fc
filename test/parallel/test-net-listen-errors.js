'use strict';
// listen() arguments Node rejects, and a second listen() on a listening server.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
assert.throws(() => server.listen({ port: -1 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'options.port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => server.listen(65536), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => server.listen({ host: 'localhost' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: 'The argument \'options\' must have the property "port" or "path". ' +
           "Received { host: 'localhost' }",
});
assert.throws(() => server.listen({ port: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'options' is invalid. Received { port: true }",
});
assert.throws(() => net.createServer('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'x\')',
});
assert.throws(() => net.createServer({ keepAliveInitialDelay: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => server.listen(0), {
    code: 'ERR_SERVER_ALREADY_LISTEN',
    name: 'Error',
    message: 'Listen method has been called more than once without closing.',
  });
  server.close();
}));
