'use strict';
// console.group(), groupCollapsed() and groupEnd(): every line of later output, on stdout
// and stderr, is indented by groupIndentation spaces (default 2) per level.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function setup(options = {}) {
  const out = [];
  const makeStream = (name) => Object.assign(new EventEmitter(), {
    write(chunk) { out.push([name, chunk]); return true; },
  });
  const c = new Console({ stdout: makeStream('out'), stderr: makeStream('err'), ...options });
  return { c, out };
}

{
  const { c, out } = setup();
  c.group();
  c.log('one');
  c.group('label %d', 2, { x: 1 });
  c.log('two\nlines');
  c.error('err\nlines');
  c.groupCollapsed('collapsed');
  c.dir({ a: 1 });
  c.table([1]);
  c.groupEnd();
  c.groupEnd();
  c.log('one again');
  c.groupEnd();
  c.groupEnd();
  c.log('none');
  assert.deepStrictEqual(out, [
    ['out', '  one\n'],
    ['out', '  label 2 { x: 1 }\n'],
    ['out', '    two\n    lines\n'],
    ['err', '    err\n    lines\n'],
    ['out', '    collapsed\n'],
    ['out', '      { a: 1 }\n'],
    ['out', '      ┌─────────┬────────┐\n      │ (index) │ Values │\n' +
            '      ├─────────┼────────┤\n      │ 0       │ 1      │\n' +
            '      └─────────┴────────┘\n'],
    ['out', '  one again\n'],
    ['out', 'none\n'],
  ]);
}

{
  const { c, out } = setup({ groupIndentation: 4 });
  c.group('a');
  c.log('b');
  c.group();
  c.warn('c\nd');
  assert.deepStrictEqual(out, [['out', 'a\n'], ['out', '    b\n'],
                               ['err', '        c\n        d\n']]);
}

{
  const { c, out } = setup({ groupIndentation: 0 });
  c.group('a');
  c.log('b');
  assert.deepStrictEqual(out, [['out', 'a\n'], ['out', 'b\n']]);
}

{
  // Only \n starts a new line; trailing newlines are indented too.
  const { c, out } = setup();
  c.group();
  c.log('a\r\nb\n');
  assert.deepStrictEqual(out, [['out', '  a\r\n  b\n  \n']]);
}

// The global console, in a child process.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-e', `
  console.group('outer');
  console.info('x\\ny');
  console.groupCollapsed();
  console.warn('w');
  console.groupEnd();
  console.groupEnd();
  console.groupEnd();
  console.log('z');
`], { encoding: 'utf8' });
assert.strictEqual(child.stdout, 'outer\n  x\n  y\nz\n');
assert.strictEqual(child.stderr, '    w\n');
