'use strict';
// end(cb): cb runs just before 'finish'; after 'finish' it gets ERR_STREAM_ALREADY_FINISHED;
// end(chunk, encoding, cb) writes the chunk first.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
  let finished = false;
  w.on('finish', () => { finished = true; });
  w.end('6869', 'hex', common.mustCall((err) => {
    assert.strictEqual(err, null);
    assert.strictEqual(finished, false);
    assert.deepStrictEqual(chunks, ['hi']);
  }));
  w.on('close', common.mustCall(() => {
    w.end(common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
    }));
  }));
}

{
  const w = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  w.end();
  w.on('finish', common.mustCall(() => {
    w.end(common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
      assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
    }));
  }));
}

// end() twice before 'finish': both callbacks run.
{
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('a');
  w.end(common.mustCall((err) => assert.strictEqual(err, null)));
  w.end(common.mustCall((err) => assert.strictEqual(err, null)));
}

// end() ends a corked stream, writing the buffered chunks.
{
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
  w.cork();
  w.cork();
  w.write('x');
  w.end('y');
  assert.strictEqual(w.writableCorked, 0);
  w.on('finish', common.mustCall(() => assert.deepStrictEqual(chunks, ['x', 'y'])));
}
