'use strict';
// readFile/readFileSync/promises.readFile: encodings, fds (read from the current position),
// flags, empty and unknown-size files, and errors (open errors name the path, read errors not).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file.txt');
const text = 'héllo wörld\n'.repeat(1000);
fs.writeFileSync(file, text);
const empty = tmpdir.resolve('empty');
fs.writeFileSync(empty, '');

assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf-8' }), text);
const buf = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.length, Buffer.byteLength(text));
assert.strictEqual(buf.toString(), text);
assert.strictEqual(fs.readFileSync(file, 'hex'), Buffer.from(text).toString('hex'));
assert.strictEqual(fs.readFileSync(file, 'latin1'), Buffer.from(text).toString('latin1'));
assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');
assert.strictEqual(fs.readFileSync(empty).length, 0);
// A file whose size stat does not know.
assert.ok(fs.readFileSync('/proc/self/status', 'utf8').includes('Name:'));

// An fd reads from where it is.
const fd = fs.openSync(file, 'r');
const firstLine = Buffer.alloc(Buffer.byteLength('héllo wörld\n'));
fs.readSync(fd, firstLine, 0, firstLine.length, null);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), text.slice('héllo wörld\n'.length));
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.closeSync(fd);

// The a+ flag creates the file.
const created = tmpdir.resolve('created');
assert.strictEqual(fs.readFileSync(created, { flag: 'a+', encoding: 'utf8' }), '');
assert.strictEqual(fs.existsSync(created), true);

const missing = tmpdir.resolve('missing');
assert.throws(() => fs.readFileSync(missing), {
  code: 'ENOENT',
  syscall: 'open',
  path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.readFileSync(tmpdir.path), (err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
  assert.strictEqual('path' in err, false);
  return true;
});
assert.throws(() => fs.readFileSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFileSync(file, { flag: 'zz' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'zz'",
});
assert.throws(() => fs.readFileSync(file, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readFileSync(-1), { code: 'ERR_OUT_OF_RANGE' });

fs.readFile(file, common.mustSucceed((data) => assert.deepStrictEqual(data, buf)));
fs.readFile(file, 'utf8', common.mustSucceed((data) => assert.strictEqual(data, text)));
fs.readFile(file, { encoding: 'base64' }, common.mustSucceed((data) => {
  assert.strictEqual(data, Buffer.from(text).toString('base64'));
}));
fs.readFile(missing, common.mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.syscall, 'open');
}));
fs.readFile(tmpdir.path, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
}));
assert.throws(() => fs.readFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});

// An aborted signal (anything with `aborted` and `reason`) ends the read with an AbortError.
const aborted = { aborted: true, reason: new Error('why') };
fs.readFile(file, { signal: aborted }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, aborted.reason);
}));

(async () => {
  assert.strictEqual(await fs.promises.readFile(file, 'utf8'), text);
  assert.deepStrictEqual(await fs.promises.readFile(file), buf);
  await assert.rejects(fs.promises.readFile(missing), {
    code: 'ENOENT', syscall: 'open', path: missing,
  });
  await assert.rejects(fs.promises.readFile(file, { signal: aborted }), { name: 'AbortError' });
  const handle = await fs.promises.open(file);
  assert.strictEqual(await handle.readFile('utf8'), text);
  assert.strictEqual(await fs.promises.readFile(handle, 'utf8'), '');
  await handle.close();
})().then(common.mustCall());
