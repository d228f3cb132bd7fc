'use strict';
// Happy eyeballs: with several addresses from lookup, families alternate, a refused address
// moves on to the next (connectionAttempt / connectionAttemptFailed events,
// autoSelectFamilyAttemptedAddresses), and when all fail the error is an AggregateError of
// each attempt's error, with the first one's code.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const lookup = (addresses) => (host, options, cb) => {
  assert.strictEqual(options.all, true);
  process.nextTick(cb, null, addresses);
};

const server = net.createServer((conn) => conn.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const events = [];
  const client = net.connect({
    host: 'example.invalid',
    port,
    lookup: lookup([{ address: '::1', family: 6 }, { address: '::1', family: 6 },
                    { address: '127.0.0.1', family: 4 }]),
    autoSelectFamily: true,
  });
  client.on('connectionAttempt', (address, p, family) => {
    events.push(['attempt', address, p, family]);
  });
  client.on('connectionAttemptFailed', (address, p, family, err) => {
    events.push(['failed', address, p, family, err.syscall]);
  });
  client.on('connect', common.mustCall(() => {
    assert.deepStrictEqual(events, [
      ['attempt', '::1', port, 6],
      ['failed', '::1', port, 6, 'connect'],
      ['attempt', '127.0.0.1', port, 4],
    ]);
    assert.deepStrictEqual(client.autoSelectFamilyAttemptedAddresses,
                           [`::1:${port}`, `127.0.0.1:${port}`]);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    client.destroy();
    allFail(port);
  }));
}));

function allFail(port) {
  server.close(common.mustCall(() => {
    const client = net.connect({
      host: 'example.invalid',
      port,
      lookup: lookup([{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]),
    });
    client.on('error', common.mustCall((err) => {
      assert.ok(err instanceof AggregateError);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errors.length, 2);
      assert.strictEqual(err.errors[0].message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.errors[0].address, '127.0.0.1');
      assert.strictEqual(err.errors[1].address, '::1');
    }));
  }));
}
