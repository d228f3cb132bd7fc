'use strict';
// dns.lookupService: the host name and service of an address and port (from the hosts file
// and the services database, when there is one); port as a string too; the request object
// it returns.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

const req = dns.lookupService('127.0.0.1', 80, common.mustSucceed((hostname, service) => {
  assert.strictEqual(typeof hostname, 'string');
  assert(hostname.length > 0);
  assert(['http', '80'].includes(service), service);
}));
assert.strictEqual(req.constructor.name, 'GetNameInfoReqWrap');
assert.strictEqual(req.hostname, '127.0.0.1');
assert.strictEqual(req.port, 80);

dns.lookupService('127.0.0.1', '22', common.mustSucceed((hostname, service) => {
  assert(['ssh', '22'].includes(service), service);
}));

// A port no service has is given back as its number.
dns.lookupService('127.0.0.1', 1, common.mustSucceed((hostname, service) => {
  assert(service === 'tcpmux' || service === '1', service);
}));

require('util').promisify(dns.lookupService)('127.0.0.1', 22).then(common.mustCall((result) => {
  assert.deepStrictEqual(Object.keys(result), ['hostname', 'service']);
  assert(['ssh', '22'].includes(result.service));
}));
