'use strict';
// The argument forms of server.listen(): (port, host, backlog, cb), (port, cb), (cb),
// (null), ({ port, host, backlog }), ({ port: undefined }), a port as a string.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function check(args, expectedHost) {
  const server = net.createServer();
  const done = common.mustCall(() => {
    const { address, port } = server.address();
    assert.ok(port > 0);
    if (expectedHost) assert.strictEqual(address, expectedHost);
    server.close(common.mustCall());
  });
  const last = args[args.length - 1];
  if (typeof last === 'function') {
    args[args.length - 1] = common.mustCall(function() {
      assert.strictEqual(this, server);
      done();
    });
  } else {
    server.on('listening', done);
  }
  assert.strictEqual(server.listen(...args), server);
}

check([0, '127.0.0.1', 5, () => {}], '127.0.0.1');
check([0, '127.0.0.1', () => {}], '127.0.0.1');
check([0, () => {}]);
check([() => {}]);
check([]);
check([null]);
check(['0', '127.0.0.1'], '127.0.0.1');
check([{ port: 0, host: '127.0.0.1', backlog: 1 }], '127.0.0.1');
check([{ port: undefined, host: '127.0.0.1' }, () => {}], '127.0.0.1');
check([{ port: null }]);
check([{ host: 'localhost', port: 0 }], '127.0.0.1');
