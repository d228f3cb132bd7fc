'use strict';
// The global console: log, info, debug and dirxml write to stdout; warn and error to stderr;
// arguments are formatted like util.format().
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = `
  console.log('log %s %d %i %f %j %o %O %c %%', 'str', 42.5, 42.5, '1.5', { a: [1] }, { b: 2 },
              { c: 3 }, 'color: red', 'extra');
  console.info('info', 1, { a: 1 });
  console.debug('debug', [1, 2]);
  console.dirxml('dirxml', null, undefined);
  console.warn('warn', true);
  console.error('error %s', 'x', 'y');
  console.log();
  console.error();
  console.log('a\\nb');
  console.log(Symbol('s'), 10n, -0, [undefined, null]);
`;
const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout,
                   'log str 42.5 42 1.5 {"a":[1]} { b: 2 } { c: 3 }  % extra\n' +
                   'info 1 { a: 1 }\n' +
                   'debug [ 1, 2 ]\n' +
                   'dirxml null undefined\n' +
                   '\n' +
                   'a\nb\n' +
                   'Symbol(s) 10n -0 [ undefined, null ]\n');
assert.strictEqual(child.stderr, 'warn true\nerror x y\n\n');
