'use strict';
// dns.lookup's and dns.lookupService's argument checks, with Node's error codes and messages.
require('../common');
const assert = require('assert');
const dns = require('dns');

const noop = () => {};
const typeError = (message) => ({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message });
const valueError = (message) => ({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message });

assert.throws(() => dns.lookup(5, noop),
              typeError('The "hostname" argument must be of type string. ' +
                        'Received type number (5)'));
assert.throws(() => dns.lookup('a', 3, noop),
              valueError("The argument 'family' must be one of: 0, 4, 6. Received 3"));
assert.throws(() => dns.lookup('a', 4),
              typeError('The "callback" argument must be of type function. Received undefined'));
assert.throws(() => dns.lookup('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('a', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('a', 'x', noop),
              typeError('The "options" argument must be of type object or integer. ' +
                        "Received type string ('x')"));
assert.throws(() => dns.lookup('a', 'x'),
              typeError('The "callback" argument must be of type function. ' +
                        "Received type string ('x')"));
assert.throws(() => dns.lookup('a', { family: 3 }, noop),
              valueError("The property 'options.family' must be one of: 0, 4, 6. Received 3"));
assert.throws(() => dns.lookup('a', { family: 'IPv5' }, noop), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('a', { hints: 1234 }, noop),
              valueError("The argument 'hints' is invalid. Received 1234"));
assert.throws(() => dns.lookup('a', { hints: 'x' }, noop),
              typeError('The "options.hints" property must be of type number. ' +
                        "Received type string ('x')"));
assert.throws(() => dns.lookup('a', { all: 1 }, noop),
              typeError('The "options.all" property must be of type boolean. ' +
                        'Received type number (1)'));
assert.throws(() => dns.lookup('a', { verbatim: 'yes' }, noop), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('a', { order: 'x' }, noop),
              valueError("The property 'options.order' must be one of: 'verbatim', " +
                         "'ipv4first', 'ipv6first'. Received 'x'"));

assert.throws(() => dns.lookupService('127.0.0.1', 22), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dns.lookupService(5, 22, noop),
              valueError("The argument 'address' is invalid. Received 5"));
assert.throws(() => dns.lookupService('example.com', 22, noop),
              valueError("The argument 'address' is invalid. Received 'example.com'"));
assert.throws(() => dns.lookupService('127.0.0.1', 'x', noop), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: "Port should be >= 0 and < 65536. Received type string ('x').",
});
assert.throws(() => dns.lookupService('127.0.0.1', 70000, noop), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => dns.lookupService('127.0.0.1', 22, 5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => dns.setDefaultResultOrder('x'),
              valueError("The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', " +
                         "'ipv6first'. Received 'x'"));

// dns/promises checks its arguments when called (a throw, not a rejection).
const { promises } = dns;
assert.strictEqual(require('dns/promises'), promises);
assert.throws(() => promises.lookup(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => promises.lookup('a', 3), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => promises.lookup('a', 'x'),
              typeError('The "options" argument must be of type object or integer. ' +
                        "Received type string ('x')"));
assert.throws(() => promises.lookupService('x', 2), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => promises.lookupService('127.0.0.1'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address" and "port" arguments must be specified',
});
