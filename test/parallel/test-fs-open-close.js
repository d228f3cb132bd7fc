'use strict';
// open/openSync/close/closeSync: string and numeric flags, modes (numbers and octal strings),
// file: URL-like paths, and the argument and system errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file');
const { O_CREAT, O_EXCL, O_RDONLY, O_WRONLY } = fs.constants;

const fd = fs.openSync(file, 'w', 0o640);
assert.strictEqual(typeof fd, 'number');
fs.closeSync(fd);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
fs.closeSync(fs.openSync(file));
fs.closeSync(fs.openSync(file, O_RDONLY));
fs.closeSync(fs.openSync(file, null, null));
fs.closeSync(fs.openSync(tmpdir.resolve('octal'), 'w', '600'));
assert.strictEqual(fs.statSync(tmpdir.resolve('octal')).mode & 0o777, 0o600);
for (const flag of ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+',
                    'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+']) {
  const target = tmpdir.resolve(`flag-${flag}`);
  fs.closeSync(fs.openSync(/r/.test(flag) ? file : target, flag));
}
assert.throws(() => fs.openSync(file, O_CREAT | O_EXCL | O_WRONLY), {
  code: 'EEXIST',
  syscall: 'open',
  message: `EEXIST: file already exists, open '${file}'`,
});

// A file: URL (anything URL-like) names a path.
const url = { href: `file://${file}`, protocol: 'file:', hostname: '', pathname: file };
fs.closeSync(fs.openSync(url));
assert.throws(() => fs.openSync({ href: 'http://x/y', protocol: 'http:' }), {
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => fs.openSync({ href: 'file://h/y', protocol: 'file:', hostname: 'h',
                                  pathname: '/y' }), {
  code: 'ERR_INVALID_FILE_URL_HOST',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fs.openSync({ href: 'file:///a%2fb', protocol: 'file:', hostname: '',
                                  pathname: '/a%2fb' }), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters',
});

assert.throws(() => fs.openSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (1)',
});
assert.throws(() => fs.openSync('a\u0000b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. " +
           "Received 'a\\x00b'",
});
assert.throws(() => fs.openSync(file, 'rx'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'rx'",
});
assert.throws(() => fs.openSync(file, 3.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "flags" is out of range. It must be an integer. Received 3.5',
});
assert.throws(() => fs.openSync(file, 'r', 'abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. " +
           "Received 'abc'",
});
assert.throws(() => fs.openSync(file, 'r', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. ' +
           'Received -1',
});
assert.throws(() => fs.openSync(tmpdir.resolve('missing')), {
  code: 'ENOENT', errno: -2, syscall: 'open', path: tmpdir.resolve('missing'),
});

assert.throws(() => fs.closeSync('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
common.runWithInvalidFD((badFd) => {
  assert.throws(() => fs.closeSync(badFd), {
    code: 'EBADF', syscall: 'close', message: 'EBADF: bad file descriptor, close',
  });
  fs.close(badFd, common.mustCall((err) => assert.strictEqual(err.code, 'EBADF')));
});

fs.open(file, common.mustSucceed((fd) => {
  fs.close(fd, common.mustSucceed());
}));
fs.open(file, 'r', common.mustSucceed((fd) => fs.closeSync(fd)));
fs.open(file, 'r', 0o666, common.mustSucceed((fd) => fs.close(fd)));
fs.open(tmpdir.resolve('missing'), 'r', common.mustCall((err, fd) => {
  assert.strictEqual(fd, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`);
}));
assert.throws(() => fs.open(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.close(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received type string (\'x\')',
});
