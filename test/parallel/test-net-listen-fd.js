'use strict';
// listen({ fd }) on a listening socket inherited as fd 3, and new net.Socket({ fd }) on a
// pipe (the child's stdin), in a child process.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const server = net.createServer((conn) => conn.end('via fd 3'));
  server.listen({ fd: 3 }, () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let data = '';
    client.on('data', (d) => data += d);
    client.on('end', () => {
      const stdin = new net.Socket({ fd: 0, readable: true, writable: false });
      let input = '';
      stdin.on('data', (d) => input += d);
      stdin.on('end', () => {
        process.stdout.write(`${data}|${input}|${stdin.readyState}`);
        server.close();
      });
    });
  });
  return;
}

const server = net.createServer(common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const child = spawnSync(process.execPath, [__filename, 'child'], {
    input: 'piped in',
    stdio: ['pipe', 'pipe', 'inherit', server._handle.fd],
  });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout.toString(), 'via fd 3|piped in|closed');
  server.close();
}));

assert.throws(() => new net.Socket({ fd: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket({ fd: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
