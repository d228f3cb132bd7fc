'use strict';
// common/tmpdir: a per-worker directory, emptied by refresh() and removed at exit.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

assert.strictEqual(path.basename(tmpdir.path),
                   `.tmp.${process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || '0'}`);
tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('a.txt'), 'a');
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), ['a.txt']);
tmpdir.refresh();
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), []);
assert.strictEqual(tmpdir.resolve('x', 'y'), path.join(tmpdir.path, 'x', 'y'));
assert.strictEqual(tmpdir.fileURL('b').href,
                   require('url').pathToFileURL(tmpdir.resolve('b')).href);
assert.ok(tmpdir.fileURL().href.endsWith('/'));
assert.strictEqual(tmpdir.hasEnoughSpace(1), true);

// A child with its own thread id gets its own directory, gone once it exits.
const tmpdirPath = JSON.stringify(require.resolve('../common/tmpdir'));
const child = spawnSync(process.execPath, ['-e', `
  const tmpdir = require(${tmpdirPath});
  tmpdir.refresh();
  require('fs').writeFileSync(tmpdir.resolve('f'), 'f');
  console.log(tmpdir.path);`], {
  encoding: 'utf8',
  env: { ...process.env, TEST_THREAD_ID: 'child', TEST_SERIAL_ID: '' },
});
assert.strictEqual(child.status, 0, child.stderr);
const childPath = child.stdout.trim();
assert.strictEqual(path.basename(childPath), '.tmp.child');
assert.strictEqual(path.dirname(childPath), path.dirname(tmpdir.path));
assert.strictEqual(fs.existsSync(childPath), false);
assert.strictEqual(fs.existsSync(tmpdir.path), true);
