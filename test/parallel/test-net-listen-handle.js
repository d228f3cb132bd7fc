'use strict';
// listen(handle): a server takes over another's bound handle (given as the handle, as an
// object with `_handle`, or as { handle }); clients reach it at the same port.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const forms = [(s) => s._handle, (s) => s, (s) => ({ handle: s._handle })];

function next() {
  const form = forms.shift();
  if (!form) return;
  const first = net.createServer(common.mustNotCall());
  first.listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = first.address();
    const second = net.createServer(common.mustCall((conn) => conn.end('from second')));
    second.listen(form(first), common.mustCall(() => {
      assert.strictEqual(second.address().port, port);
      const client = net.connect(port, '127.0.0.1');
      let data = '';
      client.on('data', (d) => data += d);
      client.on('end', common.mustCall(() => {
        assert.strictEqual(data, 'from second');
        second.close();
        next();
      }));
    }));
  }));
}
next();
