'use strict';
// Requests written on raw sockets and the exact responses: framing (Content-Length,
// chunked, none for HEAD/204/304), keep-alive rules for HTTP/1.0 and Connection: close,
// 400 for HTTP/1.1 without Host, pipelined requests answered in order, trailers, 417.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/204': res.writeHead(204); res.end('ignored'); return;
    case '/304': res.statusCode = 304; res.end(); return;
    case '/chunked': res.write('ab'); res.end('cd'); return;
    case '/trailers':
      res.writeHead(200, { Trailer: 'X-T' });
      res.write('x');
      res.addTrailers({ 'X-T': 'v' });
      res.end();
      return;
    case '/echo': {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => body += d);
      req.on('end', () => res.end(`${body}|${JSON.stringify(req.trailers)}`));
      return;
    }
  }
  res.end(`${req.method} ${req.url} ${req.httpVersion}`);
});

const head = 'HTTP/1.1 200 OK\r\nDate: X\r\n';
const ka = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
const cases = [
  ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', `${head}${ka}Content-Length: 9\r\n\r\nGET / 1.1`],
  ['HEAD / HTTP/1.1\r\nHost: x\r\n\r\n', `${head}${ka}\r\n`],
  ['GET /204 HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 204 No Content\r\nDate: X\r\n${ka}\r\n`],
  ['GET /304 HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 304 Not Modified\r\nDate: X\r\n${ka}\r\n`],
  ['GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n',
   `${head}${ka}Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n`],
  ['GET /chunked HTTP/1.0\r\n\r\n', `${head}Connection: close\r\n\r\nabcd`],
  // an HTTP/1.0 client gets no chunked framing: the body ends with the connection
  ['GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', `${head}Connection: close\r\n\r\nGET / 1.0`],
  ['GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
   `${head}Connection: close\r\nContent-Length: 9\r\n\r\nGET / 1.1`],
  ['GET / HTTP/1.1\r\n\r\n',
   'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: X\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /chunked HTTP/1.1\r\nHost: x\r\n\r\n' +
   'GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
   `${head}${ka}Content-Length: 10\r\n\r\nGET /a 1.1` +
   `${head}${ka}Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n` +
   `${head}Connection: close\r\nContent-Length: 10\r\n\r\nGET /b 1.1`],
  ['GET /trailers HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nTrailer: X-T\r\nDate: X\r\n${ka}Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX-T: v\r\n\r\n`],
  ['POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
   '3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n',
   `${head}${ka}Content-Length: 17\r\n\r\nabcde|{"x-t":"1"}`],
  ['POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi',
   `HTTP/1.1 100 Continue\r\n\r\n${head}${ka}Content-Length: 5\r\n\r\nhi|{}`],
  ['POST /echo HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nContent-Length: 2\r\n\r\nhi',
   `HTTP/1.1 417 Expectation Failed\r\nDate: X\r\n${ka}` +
   'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
];

server.listen(0, common.mustCall(async () => {
  for (const [request, expected] of cases) {
    const got = await new Promise((resolve) => {
      const socket = net.connect(server.address().port, () => socket.write(request));
      let out = '';
      socket.setEncoding('latin1');
      socket.on('data', (d) => {
        out += d;
        // every case's last response is complete once its expected length arrived
        if (out.length >= expected.length) socket.end();
      });
      socket.on('close', () => resolve(out.replace(/Date: .*\r\n/g, 'Date: X\r\n')));
    });
    assert.strictEqual(got, expected, `for ${JSON.stringify(request)}`);
  }
  server.close();
}));
