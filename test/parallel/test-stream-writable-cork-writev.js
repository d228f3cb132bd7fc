'use strict';
// cork()/uncork() buffer writes and hand them to _writev() at once; end() uncorks fully;
// without _writev() the buffered writes go one by one through _write().
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const calls = [];
  const w = new Writable({
    write(chunk, encoding, cb) {
      calls.push(`_write ${chunk}`);
      cb();
    },
    writev(chunks, cb) {
      calls.push(`_writev ${chunks.map((c) => `${c.chunk}/${c.encoding}`).join(',')} ` +
                 `${chunks.allBuffers}`);
      process.nextTick(cb);
    },
  });
  w.cork();
  w.write('a', common.mustCall());
  w.write('b', 'latin1');
  w.cork();
  w.write('c', common.mustCall());
  assert.strictEqual(w.writableCorked, 2);
  assert.strictEqual(w.writableBuffer.length, 3);
  assert.strictEqual(w.writableLength, 3);
  w.uncork();
  assert.strictEqual(w.writableCorked, 1);
  assert.deepStrictEqual(calls, []);
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
  assert.deepStrictEqual(calls, ['_writev a/buffer,b/buffer,c/buffer true']);
  // Written while the writev is in progress: buffered, then written together.
  w.write('d');
  w.write('e');
  w.cork();
  w.write('f');
  w.end('g');
  assert.strictEqual(w.writableCorked, 0);
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(calls, [
      '_writev a/buffer,b/buffer,c/buffer true',
      '_writev d/buffer,e/buffer,f/buffer,g/buffer true',
    ]);
  }));
}

// decodeStrings: false keeps strings; allBuffers tells whether there are any.
{
  const seen = [];
  const w = new Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      seen.push([chunks.map((c) => typeof c.chunk), chunks.allBuffers]);
      cb();
    },
  });
  w.write('only');
  w.cork();
  w.write('x');
  w.write(Buffer.from('y'));
  w.uncork();
  w.end();
  w.on('finish', common.mustCall(() => {
    // A single write goes through _write(), which calls _writev() with one chunk.
    assert.deepStrictEqual(seen, [[['string'], undefined], [['string', 'object'], false]]);
  }));
}

// Without _writev().
{
  const written = [];
  const w = new Writable({
    write(chunk, encoding, cb) {
      written.push(chunk.toString());
      cb();
    },
  });
  w.cork();
  w.write('1');
  w.write('2');
  assert.deepStrictEqual(written, []);
  process.nextTick(() => w.uncork());
  w.on('finish', common.mustCall(() => assert.deepStrictEqual(written, ['1', '2'])));
  setTimeout(() => w.end(), 1);
}
