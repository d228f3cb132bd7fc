'use strict';
// server.close() also closes idle kept-alive connections (Node 19+), but lets a request in
// progress finish; closeAllConnections() closes everything.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let pending;
const server = http.createServer((req, res) => {
  if (req.url === '/wait') {
    pending = res;
    server.close(common.mustCall());
    // the idle connection is gone, the busy one still answers
    setImmediate(() => res.end('late'));
    return;
  }
  res.end('ok');
});

server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const port = server.address().port;
  http.get({ port, agent, path: '/' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        // one free socket in the agent now; a second request on a second socket
        assert.strictEqual(Object.values(agent.freeSockets).flat().length, 1);
        const idle = Object.values(agent.freeSockets).flat()[0];
        idle.on('close', common.mustCall());
        const req = http.get({ port, path: '/wait', agent: new http.Agent() },
                             common.mustCall((res) => {
                               let body = '';
                               res.setEncoding('utf8');
                               res.on('data', (d) => body += d);
                               res.on('end', common.mustCall(() => {
                                 assert.strictEqual(body, 'late');
                                 assert.ok(pending);
                                 agent.destroy();
                               }));
                             }));
        req.end();
      });
    }));
  }));
}));
