'use strict';
// dns.promises.lookup and lookupService: the same answers as the callback forms, as
// { address, family }, arrays of them with `all`, and { hostname, service }.
const common = require('../common');
const assert = require('assert');
const dnsPromises = require('dns/promises');

(async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', 4),
                         { address: '127.0.0.1', family: 4 });
  const all = await dnsPromises.lookup('localhost', { family: 4, all: true });
  assert(all.length >= 1);
  for (const entry of all) assert.deepStrictEqual(entry, { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('::1'), { address: '::1', family: 6 });
  assert.deepStrictEqual(await dnsPromises.lookup('127.0.0.1', { all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  const { hostname, service } = await dnsPromises.lookupService('127.0.0.1', 22);
  assert.strictEqual(typeof hostname, 'string');
  assert(hostname.length > 0);
  assert(['ssh', '22'].includes(service), service);
  assert.strictEqual(typeof dnsPromises.getDefaultResultOrder(), 'string');
})().then(common.mustCall());
