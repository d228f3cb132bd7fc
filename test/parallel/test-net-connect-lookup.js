'use strict';
// Host names: 'localhost' resolves without a network, the 'lookup' event reports
// (err, address, family, host), a custom lookup gets Node's options, and a name that does
// not resolve fails with getaddrinfo's error.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((conn) => conn.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let pending = 3;
  const done = () => {
    if (--pending === 0) server.close();
  };

  const byName = net.connect({ port, host: 'localhost', family: 4 });
  byName.on('lookup', common.mustCall((err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  byName.on('connect', common.mustCall(() => byName.destroy()));
  byName.on('close', done);

  const custom = net.connect({
    port,
    host: 'example.invalid',
    family: 'IPv4',
    lookup: common.mustCall((host, options, cb) => {
      assert.strictEqual(host, 'example.invalid');
      assert.deepStrictEqual(options, { family: 4, hints: 0 });
      cb(null, '127.0.0.1', 4);
    }),
  });
  custom.on('connect', common.mustCall(() => custom.destroy()));
  custom.on('close', done);

  const all = net.connect({
    port,
    host: 'example.invalid',
    lookup: common.mustCall((host, options, cb) => {
      assert.deepStrictEqual(options, { family: undefined, hints: 32, all: true });
      cb(null, [{ address: '127.0.0.1', family: 4 }]);
    }),
  });
  all.on('connect', common.mustCall(() => all.destroy()));
  all.on('close', done);
}));

const bad = net.connect({ port: 80, host: 'no-such-host.invalid' });
bad.on('lookup', common.mustCall((err, address, family, host) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(host, 'no-such-host.invalid');
}));
bad.on('error', common.mustCall((err) => {
  assert.match(err.code, /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL)$/);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, `getaddrinfo ${err.code} no-such-host.invalid`);
}));

const invalid = net.connect({
  port: 80,
  host: 'x.invalid',
  lookup: (h, o, cb) => cb(null, [{ address: 'nope', family: 4 }]),
});
invalid.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS');
}));
