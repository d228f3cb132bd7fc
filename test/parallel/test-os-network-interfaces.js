'use strict';
// os.networkInterfaces(): name -> [{address, netmask, family, mac, internal, cidr, scopeid}],
// scopeid for IPv6 only; the loopback interface as the kernel has it.
require('../common');
const assert = require('assert');
const os = require('os');

const interfaces = os.networkInterfaces();
assert.strictEqual(Object.getPrototypeOf(interfaces), Object.prototype);
assert.notStrictEqual(os.networkInterfaces(), interfaces);

for (const [name, entries] of Object.entries(interfaces)) {
  assert.strictEqual(typeof name, 'string');
  assert.ok(Array.isArray(entries) && entries.length > 0);
  for (const entry of entries) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys);
    assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof entry.internal, 'boolean');
    if (entry.family === 'IPv4') {
      assert.match(entry.address, /^\d+\.\d+\.\d+\.\d+$/);
      assert.match(entry.netmask, /^\d+\.\d+\.\d+\.\d+$/);
    } else {
      assert.match(entry.address, /:/);
      assert.ok(Number.isInteger(entry.scopeid) && entry.scopeid >= 0);
    }
    if (entry.cidr !== null) {
      assert.ok(entry.cidr.startsWith(`${entry.address}/`));
    }
  }
}

const loopback = Object.values(interfaces).flat()
  .find((e) => e.family === 'IPv4' && e.address === '127.0.0.1');
if (loopback) {
  assert.deepStrictEqual(loopback, {
    address: '127.0.0.1',
    netmask: '255.0.0.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal: true,
    cidr: '127.0.0.1/8',
  });
}
const loopback6 = Object.values(interfaces).flat()
  .find((e) => e.family === 'IPv6' && e.address === '::1');
if (loopback6) {
  assert.deepStrictEqual(loopback6, {
    address: '::1',
    netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    family: 'IPv6',
    mac: '00:00:00:00:00:00',
    internal: true,
    cidr: '::1/128',
    scopeid: 0,
  });
}
