'use strict';
// net and dgram look host names up through dns.lookup as it is when they need it: a program
// that replaces it is heard by server.listen, net.connect and new dgram sockets.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const net = require('net');
const dgram = require('dgram');

const original = dns.lookup;
const seen = [];
dns.lookup = function(hostname, ...args) {
  seen.push(hostname);
  return original.call(this, hostname, ...args);
};

const server = net.createServer(common.mustCall((socket) => socket.end()));
server.listen(0, 'localhost', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  client.on('lookup', common.mustCall((err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    const socket = dgram.createSocket('udp4');
    socket.bind(0, 'localhost', common.mustCall(() => {
      assert.deepStrictEqual(seen, ['localhost', 'localhost', 'localhost']);
      socket.close();
      server.close();
    }));
  }));
}));
