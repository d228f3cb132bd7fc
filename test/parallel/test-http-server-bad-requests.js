'use strict';
// Malformed requests: the default clientError answer (400, or 431 for a head over
// maxHeaderSize) and the close; smuggling shapes (Content-Length with Transfer-Encoding)
// refused; the parser's error as the 'clientError' event gives it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function exchange(server, request) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => socket.write(request));
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => out += d);
    socket.on('error', () => {});
    socket.on('close', () => resolve(out));
  });
}

const bad = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const tooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

(async () => {
  const server = http.createServer({ maxHeaderSize: 1024 }, common.mustNotCall());
  await new Promise((resolve) => server.listen(0, resolve));
  assert.strictEqual(await exchange(server, 'BLAH\r\n\r\n'), bad);
  assert.strictEqual(await exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n' +
                                    'Transfer-Encoding: chunked\r\n\r\n'), bad);
  assert.strictEqual(await exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n' +
                                    'Content-Length: 1\r\nContent-Length: 2\r\n\r\n'), bad);
  assert.strictEqual(await exchange(server, 'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n'), bad);
  assert.strictEqual(await exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX: ' +
                                    'a'.repeat(2000) + '\r\n\r\n'), tooLarge);
  server.close();

  // a 'clientError' listener gets the parser's error and answers itself
  const server2 = http.createServer(common.mustNotCall());
  const errors = [];
  server2.on('clientError', common.mustCall((err, socket) => {
    errors.push(err);
    socket.end('HTTP/1.1 400 Bad Request\r\nX-Mine: 1\r\n\r\n');
  }, 2));
  await new Promise((resolve) => server2.listen(0, resolve));
  const request = 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n' +
                  'Transfer-Encoding: chunked\r\n\r\n';
  assert.strictEqual(await exchange(server2, request),
                     'HTTP/1.1 400 Bad Request\r\nX-Mine: 1\r\n\r\n');
  assert.strictEqual(errors[0].code, 'HPE_INVALID_TRANSFER_ENCODING');
  assert.strictEqual(errors[0].message,
                     'Parse Error: Transfer-Encoding can\'t be present with Content-Length');
  // llhttp stops right after the second header's name
  assert.strictEqual(errors[0].bytesParsed, request.indexOf('chunked') - 1);
  assert.strictEqual(errors[0].rawPacket.toString(), request);
  await exchange(server2, 'GET /\x01 HTTP/1.1\r\n\r\n');
  assert.strictEqual(errors[1].code, 'HPE_INVALID_URL');
  assert.strictEqual(errors[1].message, 'Parse Error: Invalid char in url path');
  server2.close();
})().then(common.mustCall());
