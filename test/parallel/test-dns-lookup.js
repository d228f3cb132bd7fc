'use strict';
// dns.lookup: `localhost` (from the hosts file, no network needed) in every form of the
// options; IP literals and empty names answered without a lookup, always asynchronously; the
// request object it returns; the constants and the default order.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.V4MAPPED, 8);
assert.strictEqual(dns.ALL, 16);
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.NODATA, 'ENODATA');
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');

let sync = true;
const req = dns.lookup('localhost', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
assert.strictEqual(req.constructor.name, 'GetAddrInfoReqWrap');
assert.strictEqual(req.hostname, 'localhost');
assert.strictEqual(req.family, 4);

dns.lookup('localhost', { family: 'IPv4', all: true }, common.mustSucceed((addresses) => {
  assert(Array.isArray(addresses));
  assert(addresses.length >= 1);
  for (const entry of addresses) assert.deepStrictEqual(entry, { address: '127.0.0.1', family: 4 });
}));

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert(address === '127.0.0.1' || address === '::1');
  assert.strictEqual(family, address === '::1' ? 6 : 4);
}));

for (const options of [{ order: 'ipv4first' }, { verbatim: false }, { hints: dns.ADDRCONFIG },
                       { order: 'ipv6first', family: 4 }, { hints: dns.V4MAPPED, family: 4 }]) {
  dns.lookup('localhost', options, common.mustSucceed((address, family) => {
    assert.strictEqual(typeof address, 'string');
    assert(family === 4 || family === 6);
  }));
}

// IP literals: the address itself (with its own family, whatever family was asked).
assert.deepStrictEqual(dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
})), {});
dns.lookup('::1', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
}));
dns.lookup('10.0.0.1', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '10.0.0.1', family: 4 }]);
}));

// No name: no address (a DEP0118 warning).
common.expectWarning('DeprecationWarning',
                     'The provided hostname "" is not a valid hostname, and is supported in ' +
                     'the dns module solely for compatibility.', 'DEP0118');
dns.lookup('', common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup(null, 6, common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));
dns.lookup(undefined, { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, []);
}));
sync = false;
