'use strict';
// File lookup: extension order (.js, .json, .node), .cjs, extensionless files, directories
// (package.json "main", index.js/index.json), JSON with a BOM, JSON syntax errors naming the
// file, and custom handlers in require.extensions (longest registered extension wins).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(rel, content) {
  const file = tmpdir.resolve(rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
write('both.js', 'module.exports = "js";');
write('both.json', '"json"');
write('data.json', '\ufeff{"bom": true}');
write('bad.json', '{"a": 1,}');
write('plain', 'module.exports = "plain";');
write('mod.cjs', 'module.exports = "cjs";');
write('dir/index.json', '{"index": "json"}');
write('pkg/package.json', '{"main": "./lib"}');
write('pkg/lib/index.js', 'module.exports = "lib";');
write('x.test.js', 'module.exports = "x";');

const req = require('module').createRequire(tmpdir.resolve('entry.js'));
assert.strictEqual(req('./both'), 'js');
assert.strictEqual(req('./both.json'), 'json');
assert.deepStrictEqual(req('./data'), { bom: true });
assert.strictEqual(req('./plain'), 'plain');
assert.strictEqual(req('./mod.cjs'), 'cjs');
assert.throws(() => req.resolve('./mod'), { code: 'MODULE_NOT_FOUND' });
assert.deepStrictEqual(req('./dir'), { index: 'json' });
assert.strictEqual(req('./pkg'), 'lib');
assert.throws(() => req('./bad.json'), {
  name: 'SyntaxError',
  message: new RegExp(`^${tmpdir.resolve('bad.json').replace(/[.]/g, '\\.')}: `),
});
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);
assert.strictEqual(require.extensions, require('module')._extensions);

require.extensions['.test.js'] = function(module, filename) {
  module.exports = `custom ${path.basename(filename)}`;
};
try {
  assert.strictEqual(req('./x.test.js'), 'custom x.test.js');
} finally {
  delete require.extensions['.test.js'];
}
