'use strict';
// util.debuglog(): NODE_DEBUG sections (comma lists, * wildcards, any case) print
// "SECTION pid: message" to stderr; `enabled`; the callback gets the real logger on first
// call; sensitive sections warn.
require('../common');
const assert = require('assert');
const util = require('util');
const { spawnSync } = require('child_process');

assert.strictEqual(util.debug, util.debuglog);

{
  const logger = util.debuglog('test-util-debuglog-shape');
  assert.strictEqual(logger.name, 'logger');
  assert.strictEqual(logger.length, 0);
  assert.deepStrictEqual(Object.getOwnPropertyNames(logger), ['length', 'name', 'enabled']);
  const descriptor = Object.getOwnPropertyDescriptor(logger, 'enabled');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, true);
  assert.strictEqual(descriptor.set, undefined);
}

const script = `
  const util = require('util');
  for (const section of ['foo', 'foo-bar', 'other', 'TUD', 'tudx', 'a.b', 'axb']) {
    const names = [];
    const log = util.debuglog(section, (fn) => names.push(fn.name));
    console.log(section, 'enabled', log.enabled);
    log('hello %s %d', 'world', 42, { a: 1 });
    log('second');
    console.log(section, 'callback', names.join());
  }
`;

function run(env) {
  const child = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: env, FORCE_COLOR: '0' },
  });
  assert.strictEqual(child.status, 0, child.stderr);
  return { stdout: child.stdout, stderr: child.stderr.replaceAll(`${child.pid}`, 'PID') };
}

{
  const { stdout, stderr } = run('foo,tud*,A.B');
  assert.strictEqual(stdout, [
    'foo enabled true', 'foo callback debug',
    'foo-bar enabled false', 'foo-bar callback noop',
    'other enabled false', 'other callback noop',
    'TUD enabled true', 'TUD callback debug',
    'tudx enabled true', 'tudx callback debug',
    'a.b enabled true', 'a.b callback debug',
    'axb enabled false', 'axb callback noop',
    '',
  ].join('\n'));
  assert.strictEqual(stderr, [
    'FOO PID: hello world 42 { a: 1 }', 'FOO PID: second',
    'TUD PID: hello world 42 { a: 1 }', 'TUD PID: second',
    'TUDX PID: hello world 42 { a: 1 }', 'TUDX PID: second',
    'A.B PID: hello world 42 { a: 1 }', 'A.B PID: second',
    '',
  ].join('\n'));
}

{
  const { stdout, stderr } = run('');
  assert.match(stdout, /^foo enabled false\nfoo callback noop\n/);
  assert.strictEqual(stderr, '');
}

{
  // Enabling HTTP output warns that it may show credentials.
  const child = spawnSync(process.execPath,
                          ['-e', 'require("util").debuglog("http")("x")'],
                          { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'http' } });
  assert.match(child.stderr, /^HTTP \d+: x\n/m);
  assert.ok(child.stderr.includes(
    'Warning: Setting the NODE_DEBUG environment variable to \'http\' can expose sensitive ' +
    'data (such as passwords, tokens and authentication headers) in the resulting log.'));
}
