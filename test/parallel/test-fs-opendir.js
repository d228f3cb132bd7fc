'use strict';
// opendir/opendirSync and Dir: read in batches (callbacks, promises, readSync), async
// iteration (closing at the end), recursive Dirs, and the closed/concurrent errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('d');
fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
const files = [];
for (let i = 0; i < 40; i++) {
  files.push(`f${i}`);
  fs.writeFileSync(path.join(dir, `f${i}`), '');
}
fs.writeFileSync(path.join(dir, 'sub', 'inner'), '');
const all = [...files, 'sub'].sort();

const d = fs.opendirSync(dir);
assert.ok(d instanceof fs.Dir);
assert.strictEqual(d.path, dir);
const seen = [];
let entry;
while ((entry = d.readSync()) !== null) {
  assert.ok(entry instanceof fs.Dirent);
  assert.strictEqual(entry.parentPath, dir);
  assert.strictEqual(entry.isDirectory(), entry.name === 'sub');
  seen.push(entry.name);
}
assert.deepStrictEqual(seen.sort(), all);
d.closeSync();
assert.throws(() => d.closeSync(), {
  code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed',
});
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.rejects(d.close(), { code: 'ERR_DIR_CLOSED' }).then(common.mustCall());

assert.throws(() => fs.opendirSync(path.join(dir, 'f0')), {
  code: 'ENOTDIR', syscall: 'opendir', message: 'ENOTDIR: not a directory, opendir',
});
assert.throws(() => fs.opendirSync(dir, { bufferSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be >= 1 && ' +
           '<= 4294967295. Received 0',
});
assert.throws(() => fs.opendir(dir), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});

const concurrent = fs.opendirSync(dir, { bufferSize: 4 });
concurrent.read(common.mustSucceed((first) => {
  assert.ok(all.includes(first.name));
  concurrent.close(common.mustSucceed());
}));
assert.throws(() => concurrent.readSync(), {
  code: 'ERR_DIR_CONCURRENT_OPERATION',
  message: 'Cannot do synchronous work on directory handle with concurrent asynchronous ' +
           'operations',
});

fs.opendir(dir, { bufferSize: 3 }, common.mustSucceed((cbDir) => {
  const names = [];
  function next() {
    cbDir.read(common.mustSucceed((ent) => {
      if (ent === null) {
        assert.deepStrictEqual(names.sort(), all);
        cbDir.close(common.mustSucceed());
        return;
      }
      names.push(ent.name);
      next();
    }));
  }
  next();
}));
fs.opendir(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, tmpdir.resolve('missing'));
}));

(async () => {
  const names = [];
  for await (const ent of await fs.promises.opendir(dir)) names.push(ent.name);
  assert.deepStrictEqual(names.sort(), all);

  const p = await fs.promises.opendir(dir);
  const first = await p.read();
  assert.ok(all.includes(first.name));
  await p.close();

  const recursive = [];
  for await (const ent of fs.opendirSync(dir, { recursive: true })) {
    recursive.push(path.relative(dir, path.join(ent.parentPath, ent.name)));
  }
  assert.deepStrictEqual(recursive.sort(), [...all, 'sub/inner'].sort());
})().then(common.mustCall());
