'use strict';
// fs.watch with recursive: names relative to the watched directory, for files in existing
// and in new subdirectories.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.resolve('tree');
fs.mkdirSync(path.join(root, 'sub', 'deep'), { recursive: true });

const watcher = fs.watch(root, { recursive: true });
const seen = new Set();
const deep = path.join('sub', 'deep', 'x');
const later = path.join('newdir', 'y');
watcher.on('change', (eventType, filename) => {
  assert.ok(eventType === 'rename' || eventType === 'change', eventType);
  if (seen.has(filename)) return;
  seen.add(filename);
  if (filename === deep) {
    // a directory made now is watched too
    fs.mkdirSync(path.join(root, 'newdir'));
  } else if (filename === 'newdir') {
    fs.writeFileSync(path.join(root, later), 'y');
  } else if (filename === later) {
    watcher.close();
  }
});
watcher.on('close', common.mustCall(() => {
  assert.ok(seen.has(deep));
  assert.ok(seen.has('newdir'));
  assert.ok(seen.has(later));
}));
fs.writeFileSync(path.join(root, deep), 'x');
