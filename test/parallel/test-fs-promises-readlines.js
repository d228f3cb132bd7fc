'use strict';
// FileHandle.readLines: the file's lines (CRLF and LF), by async iteration and 'line' events;
// the handle is closed after.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('lines.txt');
fs.writeFileSync(file, 'one\r\ntwo\nthree');

(async () => {
  const fh = await fs.promises.open(file);
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  assert.strictEqual(fh.fd, -1);

  const fh2 = await fs.promises.open(file);
  const seen = [];
  const rl = fh2.readLines({ start: 5 });
  rl.on('line', (line) => seen.push(line));
  await new Promise((resolve) => rl.on('close', resolve));
  assert.deepStrictEqual(seen, ['two', 'three']);
})().then(common.mustCall());
