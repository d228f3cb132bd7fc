'use strict';
// An unref()'d server does not keep the process alive (before or after listen), ref()
// undoes it; both return the server.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const before = net.createServer();
assert.strictEqual(before.unref(), before);
before.listen(0);
const after = net.createServer().listen(0, common.mustCall(() => {
  assert.strictEqual(after.unref(), after);
  assert.strictEqual(after.ref(), after);
  after.unref();
}));
// nothing else keeps the loop going: the process exits with both still listening
process.on('exit', () => {
  assert.strictEqual(before.listening, true);
  assert.strictEqual(after.listening, true);
});
