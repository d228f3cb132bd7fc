// Flags: --expose-internals
'use strict';
// cares_wrap.getaddrinfo(req, hostname, family, hints, order): req.oncomplete(status,
// addresses) from the thread pool; 'localhost' resolves without a network, an invalid name
// fails with a getaddrinfo code, bad arguments give EINVAL at once.
const common = require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/bootstrap/realm');
const cares = internalBinding('cares_wrap');
const { UV_EINVAL, UV_EAI_NONAME, UV_EAI_NODATA, UV_EAI_AGAIN, UV_EAI_FAIL } =
  internalBinding('uv');

function lookup(host, family, hints, order, cb) {
  const req = new cares.GetAddrInfoReqWrap();
  req.oncomplete = common.mustCall(function(status, addresses) {
    assert.strictEqual(this, req);
    cb(status, addresses);
  });
  assert.strictEqual(cares.getaddrinfo(req, host, family, hints, order), 0);
}

lookup('localhost', 4, 0, cares.DNS_ORDER_VERBATIM, (status, addresses) => {
  assert.strictEqual(status, 0);
  assert.ok(addresses.length >= 1);
  for (const a of addresses) assert.match(a, /^127\.\d+\.\d+\.\d+$/);
});
lookup('127.0.0.1', 0, cares.AI_ADDRCONFIG, cares.DNS_ORDER_IPV6_FIRST, (status, addresses) => {
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(addresses, ['127.0.0.1']);
});
lookup('::1', 6, 0, cares.DNS_ORDER_IPV4_FIRST, (status, addresses) => {
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(addresses, ['::1']);
});
lookup('no-such-host.invalid', 0, 0, cares.DNS_ORDER_VERBATIM, (status, addresses) => {
  assert.ok([UV_EAI_NONAME, UV_EAI_NODATA, UV_EAI_AGAIN, UV_EAI_FAIL].includes(status),
            `status ${status}`);
  assert.deepStrictEqual(addresses, []);
});

const req = new cares.GetAddrInfoReqWrap();
assert.strictEqual(cares.getaddrinfo(req, 'localhost', 5, 0, 0), UV_EINVAL);
assert.strictEqual(cares.getaddrinfo(req, 42, 0, 0, 0), UV_EINVAL);
assert.strictEqual(cares.getaddrinfo(null, 'localhost', 0, 0, 0), UV_EINVAL);
assert.strictEqual(cares.AI_ADDRCONFIG, 32);
assert.strictEqual(cares.AI_V4MAPPED, 8);
