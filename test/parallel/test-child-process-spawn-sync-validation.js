'use strict';
// spawnSync's argument checks: Node's error classes, codes and messages, in Node's order.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function invalidType(fn, name, message) {
  assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
}
function invalidValue(fn, message) {
  assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
}
function outOfRange(fn, message) {
  assert.throws(fn, { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message });
}

// file
invalidType(() => spawnSync(5), 'file',
            'The "file" argument must be of type string. Received type number (5)');
invalidType(() => spawnSync(), 'file',
            'The "file" argument must be of type string. Received undefined');
invalidValue(() => spawnSync(''), "The argument 'file' cannot be empty. Received ''");
invalidValue(() => spawnSync('a\0b'),
             "The argument 'file' must be a string without null bytes. Received 'a\\x00b'");

// args
invalidType(() => spawnSync('echo', 'x'), 'args',
            'The "args" argument must be of type object. Received type string (\'x\')');
invalidType(() => spawnSync('echo', 5), 'args',
            'The "args" argument must be of type object. Received type number (5)');
invalidValue(() => spawnSync('echo', ['ok', 'a\0']),
             "The argument 'args[1]' must be a string without null bytes. Received 'a\\x00'");

// options
invalidType(() => spawnSync('echo', [], 5), 'options',
            'The "options" argument must be of type object. Received type number (5)');
invalidType(() => spawnSync('echo', [], null), 'options',
            'The "options" argument must be of type object. Received null');
invalidType(() => spawnSync('echo', [], { cwd: 5 }), 'options.cwd',
            'The "options.cwd" property must be of type string or an instance of Buffer ' +
            'or URL. Received type number (5)');
invalidValue(() => spawnSync('echo', [], { cwd: '/tmp\0' }),
             "The property 'options.cwd' must be a string, Uint8Array, or URL without null " +
             "bytes. Received '/tmp\\x00'");
invalidType(() => spawnSync('echo', { detached: 1 }), 'options.detached',
            'The "options.detached" property must be of type boolean. Received type number (1)');
invalidType(() => spawnSync('echo', { uid: 1.5 }), 'options.uid',
            'The "options.uid" property must be int32. Received type number (1.5)');
invalidType(() => spawnSync('echo', { uid: '1' }), 'options.uid',
            'The "options.uid" property must be int32. Received type string (\'1\')');
invalidType(() => spawnSync('echo', { gid: 2 ** 31 }), 'options.gid',
            'The "options.gid" property must be int32. Received type number (2147483648)');
invalidType(() => spawnSync('echo', { shell: 5 }), 'options.shell',
            'The "options.shell" property must be one of type boolean or string. ' +
            'Received type number (5)');
invalidValue(() => spawnSync('echo', { shell: 'a\0' }),
             "The property 'options.shell' must be a string without null bytes. " +
             "Received 'a\\x00'");
invalidType(() => spawnSync('echo', { argv0: 5 }), 'options.argv0',
            'The "options.argv0" property must be of type string. Received type number (5)');
invalidValue(() => spawnSync('echo', { argv0: 'a\0' }),
             "The property 'options.argv0' must be a string without null bytes. " +
             "Received 'a\\x00'");
invalidType(() => spawnSync('echo', { windowsHide: 5 }), 'options.windowsHide',
            'The "options.windowsHide" property must be of type boolean. ' +
            'Received type number (5)');
invalidType(() => spawnSync('echo', { windowsVerbatimArguments: 5 }),
            'options.windowsVerbatimArguments',
            'The "options.windowsVerbatimArguments" property must be of type boolean. ' +
            'Received type number (5)');
invalidValue(() => spawnSync('echo', { env: { A: 'a\0' } }),
             "The property 'options.env['A']' must be a string without null bytes. " +
             "Received 'a\\x00'");

outOfRange(() => spawnSync('echo', { timeout: -1 }),
           'The value of "timeout" is out of range. It must be an unsigned integer. ' +
           'Received -1');
outOfRange(() => spawnSync('echo', { timeout: 1.5 }),
           'The value of "timeout" is out of range. It must be an unsigned integer. ' +
           'Received 1.5');
outOfRange(() => spawnSync('echo', { timeout: '1' }),
           'The value of "timeout" is out of range. It must be an unsigned integer. ' +
           "Received '1'");
outOfRange(() => spawnSync('echo', { timeout: Infinity }),
           'The value of "timeout" is out of range. It must be an unsigned integer. ' +
           'Received Infinity');
outOfRange(() => spawnSync('echo', { maxBuffer: -1 }),
           'The value of "options.maxBuffer" is out of range. It must be a positive ' +
           'number. Received -1');
outOfRange(() => spawnSync('echo', { maxBuffer: NaN }),
           'The value of "options.maxBuffer" is out of range. It must be a positive ' +
           'number. Received NaN');
outOfRange(() => spawnSync('echo', { maxBuffer: '1' }),
           'The value of "options.maxBuffer" is out of range. It must be a positive ' +
           "number. Received '1'");

for (const killSignal of ['foo', 999, 0, '']) {
  assert.throws(() => spawnSync('echo', { killSignal }), {
    name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: `Unknown signal: ${killSignal}`,
  });
}
invalidType(() => spawnSync('echo', { killSignal: {} }), 'options.killSignal',
            'The "options.killSignal" property must be one of type string or number. ' +
            'Received an instance of Object');

invalidValue(() => spawnSync('echo', { stdio: 'foo' }),
             "The argument 'stdio' is invalid. Received 'foo'");
invalidValue(() => spawnSync('echo', { stdio: 5 }),
             "The argument 'stdio' is invalid. Received 5");
invalidValue(() => spawnSync('echo', { stdio: ['pipe', {}] }),
             "The argument 'stdio' is invalid. Received {}");
assert.throws(() => spawnSync('echo', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  name: 'Error', code: 'ERR_IPC_SYNC_FORK', message: 'IPC cannot be used with synchronous forks',
});

// The checks come in Node's order: options before timeout, env before timeout, ...
assert.throws(() => spawnSync('echo', { windowsVerbatimArguments: 5, cwd: 5 }),
              { message: /options\.cwd/ });
assert.throws(() => spawnSync('echo', { shell: 'a\0', argv0: 'a\0' }),
              { message: /options\.argv0/ });
assert.throws(() => spawnSync('echo', { timeout: -1, env: { A: 'a\0' } }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawnSync('echo', { timeout: -1, maxBuffer: -1, killSignal: 'x' }),
              { message: /"timeout"/ });
assert.throws(() => spawnSync('echo', { maxBuffer: -1, killSignal: 'x' }),
              { message: /maxBuffer/ });
assert.throws(() => spawnSync('echo', { killSignal: 'x', stdio: 'x' }),
              { code: 'ERR_UNKNOWN_SIGNAL' });

// Accepted forms.
for (const options of [
  { timeout: 0 }, { timeout: null }, { maxBuffer: Infinity }, { maxBuffer: 0 },
  { killSignal: 'sigterm' }, { killSignal: 'SIGIOT' }, { killSignal: 9 }, { killSignal: null },
  { detached: false }, { windowsHide: true }, { windowsVerbatimArguments: true }, { env: null },
  { cwd: null }, { shell: false }, { uid: undefined }, { gid: null },
]) {
  assert.strictEqual(spawnSync('true', options).status, 0);
}
