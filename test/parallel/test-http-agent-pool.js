'use strict';
// An Agent with maxSockets 1 queues requests and serves them on one kept-alive socket
// (reusedSocket for a later one), keeps it in freeSockets afterwards, and names pools host:port:.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.end(req.url);
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const name = agent.getName({ host: 'localhost', port });
  assert.strictEqual(name, `localhost:${port}:`);
  assert.strictEqual(agent.getName({ host: 'h', port: 1, localAddress: 'l', family: 6 }),
                     'h:1:l:6');

  const order = [];
  const socketsSeen = new Set();
  let done = 0;
  for (let i = 0; i < 3; i++) {
    const req = http.get({ port, agent, path: `/${i}` }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => body += d);
      res.on('end', common.mustCall(() => {
        order.push(body);
        // the queued requests get the socket handed over, not taken from the free list
        assert.strictEqual(req.reusedSocket, false);
        socketsSeen.add(req.socket);
        if (++done === 3) {
          setImmediate(common.mustCall(() => {
            assert.deepStrictEqual(order, ['/0', '/1', '/2']);
            assert.strictEqual(agent.freeSockets[name].length, 1);
            assert.strictEqual(agent.sockets[name], undefined);
            assert.strictEqual(socketsSeen.size, 1);
            const again = http.get({ port, agent, path: '/3' }, common.mustCall((res) => {
              assert.strictEqual(again.reusedSocket, true);
              assert.strictEqual(again.socket, [...socketsSeen][0]);
              res.resume();
              res.on('end', common.mustCall(() => {
                agent.destroy();
                server.close();
              }));
            }));
          }));
        }
      }));
    }));
    if (i === 2) {
      // two waiting behind the one socket
      assert.strictEqual(agent.requests[name].length, 2);
    }
  }
}));
