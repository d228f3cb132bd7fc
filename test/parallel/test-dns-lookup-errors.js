'use strict';
// A name the resolver does not find: Node's DNS error (ENOTFOUND, or EAI_AGAIN where no
// resolver answers) with errno, code, syscall 'getaddrinfo' and hostname, from the callback
// form and the promise form.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

const host = 'no-such-host.invalid';
function check(err, hostname = host) {
  assert(err instanceof Error);
  assert(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL'].includes(err.code), err.code);
  assert.strictEqual(typeof err.errno, 'number');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, hostname);
  assert.strictEqual(err.message, `getaddrinfo ${err.code} ${hostname}`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
}

dns.lookup(host, common.mustCall((err, address, family) => {
  check(err);
  assert.strictEqual(address, undefined);
  assert.strictEqual(family, undefined);
}));
dns.lookup(host, { all: true }, common.mustCall((err, addresses) => {
  check(err);
  assert.strictEqual(addresses, undefined);
}));
dns.promises.lookup(host).then(common.mustNotCall(), common.mustCall(check));

// util.promisify uses lookup's own promise form: { address, family }.
require('util').promisify(dns.lookup)('localhost', 4).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: '127.0.0.1', family: 4 });
}));
