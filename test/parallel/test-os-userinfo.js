'use strict';
// os.userInfo(): uid, gid, username, homedir and shell on a null-prototype object; the
// encoding option ('buffer', other encodings, anything else meaning UTF-8); its errors.
require('../common');
const assert = require('assert');
const os = require('os');
const { spawnSync } = require('child_process');
const { Buffer } = require('buffer');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());
for (const key of ['username', 'homedir', 'shell']) {
  assert.strictEqual(typeof info[key], 'string');
  assert.ok(info[key].length > 0);
}
{
  const id = spawnSync('id', ['-un'], { encoding: 'utf8' });
  assert.strictEqual(info.username, id.stdout.trim());
}

{
  const raw = os.userInfo({ encoding: 'buffer' });
  assert.strictEqual(Object.getPrototypeOf(raw), null);
  for (const key of ['username', 'homedir', 'shell']) {
    assert.ok(Buffer.isBuffer(raw[key]));
    assert.strictEqual(raw[key].toString(), info[key]);
  }
  assert.strictEqual(raw.uid, info.uid);
  // Encoding names are not case-sensitive.
  assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'BUFFER' }).username));
}
{
  const hex = os.userInfo({ encoding: 'hex' });
  assert.strictEqual(hex.username, Buffer.from(info.username).toString('hex'));
  assert.strictEqual(hex.shell, Buffer.from(info.shell).toString('hex'));
  assert.strictEqual(os.userInfo({ encoding: 'Base64' }).homedir,
                     Buffer.from(info.homedir).toString('base64'));
}
// Unknown encodings, non-string encodings and non-object options mean UTF-8.
for (const options of [{ encoding: 'nope' }, { encoding: 5 }, { encoding: new String('hex') },
                       5, 'buffer', null, undefined, true]) {
  assert.deepStrictEqual(os.userInfo(options), info);
}
// The encoding is read once, inherited or own; a throwing getter throws.
{
  let reads = 0;
  const options = { get encoding() { reads++; return 'hex'; } };
  assert.strictEqual(os.userInfo(options).username, Buffer.from(info.username).toString('hex'));
  assert.strictEqual(reads, 1);
  assert.strictEqual(os.userInfo({ __proto__: { encoding: 'buffer' } }).username.length,
                     Buffer.byteLength(info.username));
  assert.throws(() => os.userInfo({ get encoding() { throw new Error('from getter'); } }),
                { message: 'from getter' });
}

// A user the password database does not know: ERR_SYSTEM_ERROR from uv_os_get_passwd (only
// root can become one).
if (process.getuid() === 0) {
  const script = `
    try { require('os').userInfo(); } catch (e) {
      console.log(JSON.stringify([e.name, e.code, e.message, e.info, e.errno, e.syscall]));
    }`;
  const ret = spawnSync(process.execPath, ['-e', script], { uid: 54321, encoding: 'utf8' });
  assert.strictEqual(ret.status, 0, ret.stderr);
  assert.deepStrictEqual(JSON.parse(ret.stdout), [
    'SystemError', 'ERR_SYSTEM_ERROR',
    'A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory)',
    { errno: -2, code: 'ENOENT', message: 'no such file or directory',
      syscall: 'uv_os_get_passwd' },
    -2, 'uv_os_get_passwd',
  ]);
}
