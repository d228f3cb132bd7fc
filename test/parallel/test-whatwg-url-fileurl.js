'use strict';
// url.fileURLToPath() and url.pathToFileURL(), for POSIX and (with { windows: true })
// Windows paths: escaping, UNC hosts and Node's errors.
require('../common');
const assert = require('assert');
const path = require('path');
const { fileURLToPath, pathToFileURL } = require('url');

const href = (p, options) => pathToFileURL(p, options).href;
assert.strictEqual(href('/a/b c'), 'file:///a/b%20c');
assert.strictEqual(href('/a?b#c'), 'file:///a%3Fb%23c');
assert.strictEqual(href('/%41'), 'file:///%2541');
assert.strictEqual(href('/a\\b'), 'file:///a%5Cb');
assert.strictEqual(href('/a\nb\tc\rd'), 'file:///a%0Ab%09c%0Dd');
assert.strictEqual(href('/é'), 'file:///%C3%A9');
assert.strictEqual(href('/a[b]^|{}~`"<>'), 'file:///a%5Bb%5D%5E%7C%7B%7D%7E%60%22%3C%3E');
assert.strictEqual(href('/a;b=c&d$e'), 'file:///a;b=c&d$e');
assert.strictEqual(href('/\u0000x\u007f'), 'file:///%00x%7F');
assert.strictEqual(href('/a\ud800b'), 'file:///a%EF%BF%BDb');
assert.strictEqual(href('/x/'), 'file:///x/');
assert.strictEqual(href('/a/./b/../c/'), 'file:///a/c/');
assert.strictEqual(href('rel/x'), pathToFileURL(path.resolve('rel/x')).href);
assert.strictEqual(href('/x', { windows: false }), 'file:///x');
assert.strictEqual(href('C:\\x y\\z', { windows: true }), 'file:///C:/x%20y/z');
assert.strictEqual(href('\\\\server\\share\\f', { windows: true }), 'file://server/share/f');
assert.strictEqual(href('\\\\bücher.ch\\s\\x', { windows: true }), 'file://xn--bcher-kva.ch/s/x');
assert.strictEqual(href('\\\\?\\UNC\\server\\share\\f', { windows: true }), 'file://server/share/f');
assert.throws(() => pathToFileURL('\\\\server', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});
assert.throws(() => pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});
assert.ok(pathToFileURL('/x') instanceof URL);

assert.strictEqual(fileURLToPath('file:///a/b%20c'), '/a/b c');
assert.strictEqual(fileURLToPath(new URL('file:///%C3%A9')), '/é');
assert.strictEqual(fileURLToPath('file://localhost/x'), '/x');
assert.strictEqual(fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }), '/x');
assert.strictEqual(fileURLToPath('file:///x', null), '/x');
assert.throws(() => fileURLToPath('file:///a%2fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPath('http://x/a'), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => fileURLToPath('nope'), { code: 'ERR_INVALID_URL' });
assert.throws(() => fileURLToPath('file:///a%e2%82'), URIError);

assert.strictEqual(fileURLToPath('file:///C:/x%20y', { windows: true }), 'C:\\x y');
assert.strictEqual(fileURLToPath('file://server/share/x', { windows: true }), '\\\\server\\share\\x');
assert.strictEqual(fileURLToPath('file://xn--bcher-kva.ch/s', { windows: true }), '\\\\bücher.ch\\s');
assert.throws(() => fileURLToPath('file:///x', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => fileURLToPath('file:///C:/a%5cb', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});
