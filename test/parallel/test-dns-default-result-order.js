'use strict';
// The default order of dns.lookup's addresses: 'verbatim', --dns-result-order (checked at
// start-up), dns.setDefaultResultOrder (shared with dns/promises).
require('../common');
const assert = require('assert');
const dns = require('dns');
const { spawnSync } = require('child_process');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.promises.setDefaultResultOrder('ipv6first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
dns.setDefaultResultOrder('verbatim');

const script = 'process.stdout.write(require("dns").getDefaultResultOrder())';
for (const order of ['ipv4first', 'ipv6first', 'verbatim']) {
  const child = spawnSync(process.execPath, [`--dns-result-order=${order}`, '-e', script]);
  assert.strictEqual(child.status, 0, child.stderr.toString());
  assert.strictEqual(child.stdout.toString(), order);
}
const env = { ...process.env, NODE_OPTIONS: '--dns-result-order=ipv4first' };
const fromEnv = spawnSync(process.execPath, ['-e', script], { env });
assert.strictEqual(fromEnv.stdout.toString(), 'ipv4first');

const bad = spawnSync(process.execPath, ['--dns-result-order=first', '-e', '0']);
assert.strictEqual(bad.status, 1);
assert(bad.stderr.toString().includes(
  "TypeError [ERR_INVALID_ARG_VALUE]: The argument '--dns-result-order' must be one of: " +
  "'verbatim', 'ipv4first', 'ipv6first'. Received 'first'"), bad.stderr.toString());
