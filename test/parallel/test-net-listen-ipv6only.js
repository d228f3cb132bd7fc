'use strict';
// listen({ host: '::', ipv6Only: true }): IPv4 clients are refused, and another server can
// take the same port on 0.0.0.0.
const common = require('../common');
if (!common.hasIPv6) common.skip('no IPv6');
const assert = require('assert');
const net = require('net');

const v6 = net.createServer(common.mustNotCall());
v6.listen({ host: '::', port: 0, ipv6Only: true }, common.mustCall(() => {
  const { port } = v6.address();
  const v4 = net.createServer(common.mustCall((conn) => conn.end()));
  v4.listen(port, '0.0.0.0', common.mustCall(() => {
    const client = net.connect(port, '127.0.0.1', common.mustCall(() => {
      client.on('close', common.mustCall(() => {
        v4.close();
        v6.close();
      }));
      client.resume();
    }));
    assert.strictEqual(v4.address().port, port);
  }));
}));
