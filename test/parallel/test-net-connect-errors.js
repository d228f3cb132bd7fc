'use strict';
// What connect() rejects synchronously: no port or path, bad ports, bad host types, bad
// local address/port, bad lookup, family, hints, autoSelectFamily options, bad path.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const cases = [
  [{}, { code: 'ERR_MISSING_ARGS', name: 'TypeError',
         message: 'The "options" or "port" or "path" argument must be specified' }],
  [{ port: -1 }, { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
                   message: 'Port should be >= 0 and < 65536. Received type number (-1).' }],
  [{ port: 'x' }, { code: 'ERR_SOCKET_BAD_PORT' }],
  [{ port: true }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.port" property must be one of type number or string. ' +
             'Received type boolean (true)' }],
  [{ port: 80, host: 5 }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "hostname" argument must be of type string. Received type number (5)' }],
  [{ port: 80, localAddress: 'x' }, { code: 'ERR_INVALID_IP_ADDRESS',
                                      message: 'Invalid IP address: x' }],
  [{ port: 80, localPort: 'x' }, { code: 'ERR_INVALID_ARG_TYPE' }],
  [{ port: 80, host: 'localhost', lookup: 1 }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.lookup" property must be of type function. ' +
             'Received type number (1)' }],
  [{ port: 80, host: 'localhost', family: 5 }, {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.family' must be one of: 0, 4, 6. Received 5" }],
  [{ port: 80, host: 'localhost', hints: 12345 }, {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'hints' is invalid. Received 12345" }],
  [{ port: 80, autoSelectFamily: 1 }, { code: 'ERR_INVALID_ARG_TYPE' }],
  [{ port: 80, autoSelectFamilyAttemptTimeout: 0 }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.autoSelectFamilyAttemptTimeout" is out of range. ' +
             'It must be >= 1 && <= 2147483647. Received 0' }],
  [{ path: 5 }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.path" property must be of type string. Received type number (5)' }],
];
for (const [options, expected] of cases) {
  assert.throws(() => net.connect(options), expected, JSON.stringify(options));
}
assert.throws(() => new net.Socket().connect(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => net.connect({ port: 80, onread: {}, objectMode: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.objectMode' is not supported. Received true",
});
common.mustCall()();
