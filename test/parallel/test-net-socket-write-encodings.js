'use strict';
// socket.write(string, encoding) for every encoding Buffer knows, and setDefaultEncoding:
// the peer gets Buffer.from(string, encoding); an unknown encoding throws.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const text = 'h\u00e9llo \u20ac \ud83d\ude00';
const encodings = ['utf8', 'utf-8', 'UTF8', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le',
                   'hex', 'base64', 'base64url'];
const inputs = encodings.map((e) => {
  if (e === 'hex') return 'deadbeef';
  return e.startsWith('base64') ? 'aGVsbG8' : text;
});
const expected = Buffer.concat(encodings.map((e, i) => Buffer.from(inputs[i], e)));

const server = net.createServer(common.mustCall((conn) => {
  const chunks = [];
  conn.on('data', (d) => chunks.push(d));
  conn.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks),
                           Buffer.concat([expected, Buffer.from('abcd', 'hex')]));
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    encodings.forEach((e, i) => client.write(inputs[i], e));
    client.setDefaultEncoding('hex');
    client.end('abcd');
  }));
  assert.throws(() => client.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
}));
