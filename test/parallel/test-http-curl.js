'use strict';
// curl (HTTP/1.1) against the server: keep-alive across URLs on one connection, a chunked
// upload, HEAD, and Expect: 100-continue with a body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { execFile } = require('child_process');
const fs = require('fs');

const curl = '/usr/bin/curl';
if (!fs.existsSync(curl)) common.skip('needs curl');

const sockets = new Set();
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', () => {
    res.setHeader('X-Method', req.method);
    res.end(`${req.url} ${req.headers['transfer-encoding'] || '-'} ${body.length}`);
  });
});

function run(args) {
  return new Promise((resolve, reject) => {
    execFile(curl, ['-s', '--http1.1', ...args], (err, stdout, stderr) => {
      if (err) reject(err);
      else resolve(stdout);
    });
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  assert.strictEqual(await run([`${base}/a`, `${base}/b`, `${base}/c`]), '/a - 0/b - 0/c - 0');
  assert.strictEqual(sockets.size, 1);

  assert.strictEqual(
    await run(['-H', 'Transfer-Encoding: chunked', '--data-binary', 'x'.repeat(100000),
               `${base}/up`]),
    '/up chunked 100000');

  const head = await run(['-I', `${base}/h`]);
  assert.match(head, /^HTTP\/1\.1 200 OK\r\n/);
  assert.match(head, /\r\nX-Method: HEAD\r\n/);

  let continued = false;
  server.once('checkContinue', common.mustCall((req, res) => {
    continued = true;
    res.writeContinue();
    server.emit('request', req, res);
  }));
  assert.strictEqual(
    await run(['-H', 'Expect: 100-continue', '--data-binary', 'y'.repeat(2000), `${base}/e`]),
    '/e - 2000');
  assert.ok(continued);
  server.close();
}));
