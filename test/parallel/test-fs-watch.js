'use strict';
// fs.watch on a directory and on a file: 'rename' and 'change' with the name, names as
// Buffers, close() and its 'close' event, ref/unref, AbortSignal, and errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('d');
fs.mkdirSync(dir);

{
  // a new file in a watched directory: 'rename' then 'change' for its name
  const watcher = fs.watch(dir);
  assert.strictEqual(watcher.constructor.name, 'FSWatcher');
  assert.strictEqual(watcher.ref(), watcher);
  const seen = [];
  watcher.on('change', (eventType, filename) => {
    assert.strictEqual(typeof filename, 'string');
    seen.push(`${eventType}:${filename}`);
    if (seen.includes('rename:a') && seen.includes('change:a')) {
      watcher.close();
      watcher.close();
    }
  });
  watcher.on('close', common.mustCall(() => {
    assert.strictEqual(seen[0], 'rename:a');
    testBuffers();
  }));
  fs.writeFileSync(tmpdir.resolve('d', 'a'), 'x');
}

function testBuffers() {
  const watcher = fs.watch(dir, { encoding: 'buffer' }, common.mustCallAtLeast((type, name) => {
    assert.ok(Buffer.isBuffer(name));
    assert.strictEqual(name.toString(), 'b');
    watcher.close();
  }, 1));
  watcher.on('close', common.mustCall(testFile));
  fs.writeFileSync(tmpdir.resolve('d', 'b'), 'x');
}

function testFile() {
  // a file: its own name
  const file = tmpdir.resolve('d', 'a');
  const watcher = fs.watch(file, { persistent: true }, common.mustCallAtLeast((type, name) => {
    assert.strictEqual(type, 'change');
    assert.strictEqual(name, 'a');
    watcher.close();
  }, 1));
  watcher.on('close', common.mustCall(testSignal));
  fs.appendFileSync(file, 'more');
}

function testSignal() {
  const ac = new AbortController();
  const watcher = fs.watch(dir, { signal: ac.signal });
  watcher.on('change', common.mustNotCall());
  watcher.on('close', common.mustCall());
  ac.abort();
  const aborted = AbortSignal.abort();
  fs.watch(dir, { signal: aborted }).on('close', common.mustCall());
  // an unref'd watcher does not keep the process alive
  fs.watch(dir).unref();
}

{
  const missing = tmpdir.resolve('missing');
  assert.throws(() => fs.watch(missing), (err) => {
    assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${missing}'`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path', 'filename']);
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.filename, missing);
    return true;
  });
  assert.throws(() => fs.watch(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.watch(dir, { recursive: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.recursive" property must be of type boolean. Received type ' +
             "string ('x')",
  });
  assert.throws(() => fs.watch(dir, { encoding: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.watch(dir, { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
}
