'use strict';
// What the header and write methods of a response refuse, with Node's errors; write after
// end reports ERR_STREAM_WRITE_AFTER_END to the callback and as 'error'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.validateHeaderName('a b'),
              { code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError',
                message: 'Header name must be a valid HTTP token ["a b"]' });
assert.throws(() => http.validateHeaderValue('x', 'a\nb'),
              { code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x"]' });
assert.throws(() => http.validateHeaderValue('x', undefined),
              { code: 'ERR_HTTP_INVALID_HEADER_VALUE',
                message: 'Invalid value "undefined" for header "x"' });

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE',
                                           name: 'RangeError',
                                           message: 'Invalid status code: 99' });
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
  res.setHeader('X-A', ['1', '2']);
  res.appendHeader('x-a', '3');
  res.setHeader('Content-Type', 'text/plain');
  assert.deepStrictEqual(res.getHeaderNames(), ['x-a', 'content-type']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-A', 'Content-Type']);
  assert.deepStrictEqual(res.getHeader('X-A'), ['1', '2', '3']);
  assert.strictEqual(res.hasHeader('content-type'), true);
  res.removeHeader('Content-Type');
  assert.strictEqual(res.hasHeader('content-type'), false);
  assert.strictEqual(res.headersSent, false);
  res.end('done');
  assert.strictEqual(res.headersSent, true);
  assert.throws(() => res.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot set headers after they are sent to the client',
  });
  res.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  res.write('more', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.deepStrictEqual(res.headers['x-a'], '1, 2, 3');
    assert.deepStrictEqual(res.rawHeaders.slice(0, 6), ['X-A', '1', 'X-A', '2', 'X-A', '3']);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
