'use strict';
// Checks our CommonJS loader against Node's own on one fixture tree made in a tmp dir: every
// require.resolve() of a list of requests (result, or error code and message), then what a
// main script observes while loading modules (wrapper arguments, module fields, cycles, cache,
// errors). Run: node --expose-internals test/internal/test-loader-harness.js
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { createLoaderEnv } = require('./cjs-loader-env');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cjs-loader-harness-')));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

function write(rel, content) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

// --- the tree
write('app/a.js', 'module.exports = "a";');
write('app/b.cjs', 'module.exports = "b";');
write('app/c.json', '{"c": 1}');
write('app/bom.json', '\ufeff{"bom": true}');
write('app/bad.json', '{"x": 1,}');
write('app/noext', 'module.exports = "noext";');
write('app/file.txt', 'module.exports = "txt";');
write('app/m.mjs', 'export default 1;');
write('app/dir/index.js', 'module.exports = "dir";');
write('app/dirjson/index.json', '{"dirjson": 1}');
write('app/dirmain/package.json', { main: 'lib/entry' });
write('app/dirmain/lib/entry.js', 'module.exports = "entry";');
write('app/dirmaindir/package.json', { main: './lib' });
write('app/dirmaindir/lib/index.js', 'module.exports = "libindex";');
write('app/badmain/package.json', { main: 'missing.js' });
write('app/badmain/index.js', 'module.exports = "badmain-index";');
write('app/nomain/package.json', { main: 'missing.js' });
write('app/.hidden.js', 'module.exports = "hidden";');
write('app/a.b.c.js', 'module.exports = "abc";');
write('app/sub/deep/x.js', 'module.exports = require("pkg");');
write('app/node_modules/pkg/package.json', {
  name: 'pkg',
  exports: {
    '.': { import: './lib/esm.mjs', require: './lib/main.js', default: './lib/d.js' },
    './feat/*': './lib/f-*.js',
    './feat/*.json': './lib/j-*.json',
    './feat/internal/*': null,
    './arr': ['bad://x', './lib/main.js'],
    './arrnull': [null, './lib/main.js'],
    './bad': '../x.js',
    './inv': './lib/../x',
    './nm': './node_modules/x.js',
    './num': { 0: './a' },
    './cond': { 'node-addons': './lib/addons.js', default: './lib/d.js' },
    './nocond': { import: './lib/d.js' },
    './missing': './lib/missing.js',
    './enc': './lib/%2Fx.js',
    './pct': './lib/f-%78.js',
    './package.json': './package.json',
    './dir/': './lib/',
  },
  imports: {
    '#int': './lib/main.js',
    '#pat/*': './lib/f-*.js',
    '#dep': 'dep',
    '#dep/*': 'dep/*',
    '#fs': 'fs',
    '#cond': { require: './lib/main.js' },
    '#null': null,
    '#abs': '/abs.js',
  },
});
write('app/node_modules/pkg/lib/main.js', 'module.exports = "pkg-main";');
write('app/node_modules/pkg/lib/d.js', 'module.exports = "pkg-default";');
write('app/node_modules/pkg/lib/addons.js', 'module.exports = "pkg-addons";');
write('app/node_modules/pkg/lib/f-x.js', 'module.exports = "f-x";');
write('app/node_modules/pkg/lib/f-y/z.js', 'module.exports = "f-y-z";');
write('app/node_modules/pkg/lib/j-k.json', '{"k": 1}');
write('app/node_modules/pkg/lib/self.js',
      'module.exports = [require.resolve("pkg"), require.resolve("pkg/feat/x"), ' +
      'require.resolve("#int"), require.resolve("#pat/x")];');
write('app/node_modules/pkg/node_modules/dep/package.json', { name: 'dep', main: 'main' });
write('app/node_modules/pkg/node_modules/dep/main.js', 'module.exports = "dep";');
write('app/node_modules/pkg/node_modules/dep/sub.js', 'module.exports = "dep-sub";');
write('app/node_modules/sugar/package.json', { exports: { require: './r.js', default: './d.js' } });
write('app/node_modules/sugar/r.js', '');
write('app/node_modules/sugar/d.js', '');
write('app/node_modules/strexp/package.json', { exports: './s.js' });
write('app/node_modules/strexp/s.js', '');
write('app/node_modules/mixed/package.json', { exports: { '.': './a.js', require: './b.js' } });
write('app/node_modules/nullexp/package.json', { exports: null, main: 'n.js' });
write('app/node_modules/nullexp/n.js', '');
write('app/node_modules/@scope/p/package.json', { main: 'main.js' });
write('app/node_modules/@scope/p/main.js', '');
write('app/node_modules/@scope/p/other.js', '');
write('app/node_modules/plain/index.js', '');
write('app/node_modules/plain/more.json', '{}');
write('app/node_modules/esm/package.json', { type: 'module', main: 'i.js' });
write('app/node_modules/esm/i.js', 'export default 1;');
write('app/node_modules/esm/plain.js', 'module.exports = 1;');
write('app/node_modules/esm/ok.cjs', 'module.exports = "cjs-in-esm";');
write('app/node_modules/badjson/package.json', '{ bad json');
write('app/node_modules/badjson/index.js', '');
write('app/node_modules/node_modules/x/index.js', '');
write('node_modules/up/index.js', 'module.exports = "up";');
write('global/g.js', 'module.exports = "global";');

// --- resolution cases: [from (relative to root), request, options]
const cases = [
  ['app/main.js', './a'], ['app/main.js', './a.js'], ['app/main.js', './b.cjs'],
  ['app/main.js', './b'], ['app/main.js', './c'], ['app/main.js', './c.json'],
  ['app/main.js', './noext'], ['app/main.js', './file.txt'], ['app/main.js', './m.mjs'],
  ['app/main.js', './m'], ['app/main.js', './dir'], ['app/main.js', './dir/'],
  ['app/main.js', './dirjson'], ['app/main.js', './dirmain'], ['app/main.js', './dirmaindir'],
  ['app/main.js', './badmain'], ['app/main.js', './nomain'], ['app/main.js', './.hidden'],
  ['app/main.js', './a.b.c'], ['app/main.js', '.'], ['app/main.js', '..'],
  ['app/main.js', './'], ['app/main.js', '../app/a'], ['app/main.js', '..x'],
  ['app/main.js', '.hidden'], ['app/main.js', 'nope'], ['app/main.js', './nope'],
  ['app/main.js', `${root}/app/a`], ['app/main.js', `${root}/app/dir/`],
  ['app/main.js', 'fs'], ['app/main.js', 'node:fs'], ['app/main.js', 'node:nope'],
  ['app/main.js', 'node:test'], ['app/main.js', 'test'], ['app/main.js', 'fs/promises'],
  ['app/main.js', 'pkg'], ['app/main.js', 'pkg/'],
  ['app/main.js', 'pkg/feat/x'], ['app/main.js', 'pkg/feat/y/z'], ['app/main.js', 'pkg/feat/k.json'],
  ['app/main.js', 'pkg/feat/internal/q'], ['app/main.js', 'pkg/feat/missing'],
  ['app/main.js', 'pkg/arr'], ['app/main.js', 'pkg/arrnull'], ['app/main.js', 'pkg/bad'],
  ['app/main.js', 'pkg/inv'], ['app/main.js', 'pkg/nm'], ['app/main.js', 'pkg/num'],
  ['app/main.js', 'pkg/cond'], ['app/main.js', 'pkg/nocond'], ['app/main.js', 'pkg/missing'],
  ['app/main.js', 'pkg/enc'], ['app/main.js', 'pkg/pct'], ['app/main.js', 'pkg/package.json'],
  ['app/main.js', 'pkg/dir/main.js'], ['app/main.js', 'pkg/lib/main.js'], ['app/main.js', 'pkg/nope'],
  ['app/main.js', 'pkg/feat/../lib/main'], ['app/main.js', 'pkg/feat/.'],
  ['app/main.js', 'sugar'], ['app/main.js', 'sugar/x'], ['app/main.js', 'strexp'],
  ['app/main.js', 'mixed'], ['app/main.js', 'nullexp'], ['app/main.js', '@scope/p'],
  ['app/main.js', '@scope/p/other'], ['app/main.js', '@scope'], ['app/main.js', 'plain'],
  ['app/main.js', 'plain/more.json'], ['app/main.js', 'plain/more'], ['app/main.js', 'esm'],
  ['app/main.js', 'esm/ok.cjs'], ['app/main.js', 'badjson'], ['app/main.js', 'x'],
  ['app/main.js', 'up'], ['app/sub/deep/x.js', 'up'], ['app/sub/deep/x.js', 'pkg'],
  ['app/main.js', '#int'], ['app/node_modules/pkg/lib/self.js', '#int'],
  ['app/node_modules/pkg/lib/self.js', '#pat/x'], ['app/node_modules/pkg/lib/self.js', '#nope'],
  ['app/node_modules/pkg/lib/self.js', '#dep'], ['app/node_modules/pkg/lib/self.js', '#dep/sub'],
  ['app/node_modules/pkg/lib/self.js', '#fs'], ['app/node_modules/pkg/lib/self.js', '#cond'],
  ['app/node_modules/pkg/lib/self.js', '#null'], ['app/node_modules/pkg/lib/self.js', '#abs'],
  ['app/node_modules/pkg/lib/self.js', '#'], ['app/node_modules/pkg/lib/self.js', '#/x'],
  ['app/node_modules/pkg/lib/self.js', '#x/'], ['app/node_modules/pkg/lib/self.js', 'pkg'],
  ['app/node_modules/pkg/lib/self.js', 'pkg/feat/x'], ['app/node_modules/pkg/lib/self.js', 'pkg/zz'],
  ['app/node_modules/pkg/lib/self.js', 'dep'],
  ['app/main.js', 'pkg', { paths: [`${root}/app/sub`] }],
  ['app/main.js', './a', { paths: [`${root}/app`] }],
  ['app/main.js', 'up', { paths: [`${root}/app`, root] }],
  ['app/main.js', 'g', { paths: [`${root}/global`] }],
  ['app/main.js', 'x', { paths: 'nope' }],
  ['app/main.js', 'fs', { paths: [] }],
];

function describe(fn) {
  try {
    return { value: fn() };
  } catch (err) {
    return { code: err.code, message: err.message, name: err.name, path: err.path,
             requireStack: err.requireStack };
  }
}

// As the Node it is checked against (run with --no-experimental-require-module below): our
// loader loads ES modules through internalBinding('module_wrap'), which Node's is not.
const env = createLoaderEnv({ optionValues: { '--experimental-require-module': false } });
const Ours = env.require('module');
const Node = require('module');

let failures = 0;
for (const [from, request, options] of cases) {
  const file = path.join(root, from);
  const ours = describe(() => Ours.createRequire(file).resolve(request, options));
  const node = describe(() => Node.createRequire(file).resolve(request, options));
  try {
    assert.deepStrictEqual(ours, node);
  } catch {
    failures++;
    console.log(`resolve ${JSON.stringify(request)} from ${from}` +
                `${options ? ` ${JSON.stringify(options)}` : ''}\n  ours ${JSON.stringify(ours)}` +
                `\n  node ${JSON.stringify(node)}`);
  }
}

// resolve.paths
for (const request of ['x', './x', '../x', 'fs', 'node:fs', '.', '..x', '.x', '@s/p']) {
  const file = path.join(root, 'app/sub/deep/x.js');
  const ours = describe(() => Ours.createRequire(file).resolve.paths(request));
  const node = describe(() => Node.createRequire(file).resolve.paths(request));
  try {
    assert.deepStrictEqual(ours, node);
  } catch {
    failures++;
    console.log(`paths ${request}: ours ${JSON.stringify(ours)} node ${JSON.stringify(node)}`);
  }
}

// --- loading, seen from a main script
write('app/load/main.js', `
const results = {};
const record = (name, fn) => {
  try { results[name] = fn(); } catch (e) {
    results[name] = { code: e.code, name: e.name, message: e.message, requireStack: e.requireStack };
  }
};
const rel = (p) => typeof p === 'string' ? p.replace(${JSON.stringify(root)}, '<root>') : p;
record('wrapper', () => [this === module.exports, rel(__filename), rel(__dirname),
  typeof require, module.id, rel(module.filename), module.loaded, rel(module.path),
  module.paths.map(rel), require.main === module, module.parent, Object.keys(module)]);
record('requireKeys', () => Object.getOwnPropertyNames(require));
record('cycle', () => require('./cycle-a.js'));
record('cycleChildren', () => module.children.map((m) => rel(m.id)));
record('json', () => [require('../c.json'), require('../bom.json'), require('../c')]);
record('badjson', () => require('../bad.json'));
record('ext', () => [require('../noext'), require('../file.txt'), require('../a.b.c')]);
record('mjs', () => require('../m.mjs'));
record('esm', () => require('esm'));
record('esmPlain', () => require('esm/plain.js'));
record('esmCjs', () => require('esm/ok.cjs'));
record('esmSyntax', () => require('./esm-syntax.js'));
record('throws', () => require('./throws.js'));
record('throwsAgain', () => require('./throws.js'));
record('cacheKeys', () => Object.keys(require.cache).map(rel).sort());
record('reload', () => {
  const first = require('./counter.js');
  const again = require('./counter.js');
  delete require.cache[require.resolve('./counter.js')];
  return [first, again, require('./counter.js')];
});
record('cacheBuiltin', () => {
  require.cache.os = { loaded: true, exports: 'fake-os' };
  const r = [require('os'), typeof require('node:os')];
  delete require.cache.os;
  return r;
});
record('child', () => {
  const child = require('./child.js');
  return [child.parentIsMain, child.mainIsMain, rel(child.id), child.loadedDuring];
});
record('notFound', () => require('./child.js').tryMissing());
record('argErrors', () => {
  const out = [];
  for (const v of [1, '', null]) {
    try { require(v); } catch (e) { out.push([e.code, e.name, e.message]); }
  }
  return out;
});
record('extensions', () => [require.extensions === require('module')._extensions,
  Object.keys(require.extensions)]);
record('customExt', () => {
  require.extensions['.txt2'] = (m, filename) => { m.exports = 'custom:' + rel(filename); };
  const r = require('./x.txt2');
  delete require.extensions['.txt2'];
  return r;
});
record('wrap', () => require('module').wrap('X'));
record('builtinPath', () => require('path') === require('node:path'));
record('selfRef', () => require('../node_modules/pkg/lib/self.js').map(rel));
record('shebang', () => require('./shebang.js'));
record('bomjs', () => require('./bom.js'));
record('isBuiltin', () => ['fs', 'node:fs', 'node:test', 'test', 'internal/errors', 'nope', 'fs/promises']
  .map((x) => require('module').isBuiltin(x)));
if (typeof globalThis.__report === 'function') globalThis.__report(results);
else console.log(JSON.stringify(results));
`);
write('app/load/cycle-a.js', `
exports.a1 = 1;
const b = require('./cycle-b.js');
exports.a2 = 2;
module.exports.seenByB = b.seen;
`);
write('app/load/cycle-b.js', `
const a = require('./cycle-a.js');
exports.seen = JSON.stringify(a);
`);
write('app/load/esm-syntax.js', 'import x from "fs";\n');
write('app/load/throws.js', 'exports.x = 1; throw new Error("boom");');
write('app/load/counter.js', 'globalThis.__count = (globalThis.__count || 0) + 1; ' +
      'module.exports = globalThis.__count;');
write('app/load/child.js', `
exports.parentIsMain = module.parent === require.main;
exports.mainIsMain = require.main.id === '.';
exports.id = module.id;
exports.loadedDuring = module.loaded;
exports.tryMissing = () => {
  try { require('./missing-module'); } catch (e) { return [e.code, e.message.replace(${JSON.stringify(root)}, '<root>'), e.requireStack.length]; }
};
`);
write('app/load/x.txt2', '');
write('app/load/shebang.js', '#!/usr/bin/env node\nmodule.exports = "shebang";\n');
write('app/load/bom.js', '\ufeffmodule.exports = "bom";\n');

const mainFile = path.join(root, 'app/load/main.js');
const nodeResult = JSON.parse(execFileSync(process.execPath,
  ['--no-experimental-require-module', '--no-warnings', mainFile], { encoding: 'utf8' }));
let oursResult;
globalThis.__report = (r) => { oursResult = JSON.parse(JSON.stringify(r)); };
globalThis.__count = 0;
const warnings = process.listeners('warning');
process.removeAllListeners('warning');
env.require('internal/modules/cjs/loader').executeUserEntryPoint(mainFile);
for (const l of warnings) process.on('warning', l);
delete globalThis.__report;

for (const key of Object.keys(nodeResult)) {
  try {
    assert.deepStrictEqual(oursResult[key], nodeResult[key]);
  } catch {
    failures++;
    console.log(`load ${key}\n  ours ${JSON.stringify(oursResult[key])}\n  node ` +
                `${JSON.stringify(nodeResult[key])}`);
  }
}

// --- symlinks (made here, never committed): realpath'd unless --preserve-symlinks
fs.symlinkSync(path.join(root, 'app/a.js'), path.join(root, 'app/link.js'));
fs.symlinkSync(path.join(root, 'app/node_modules/plain'), path.join(root, 'app/node_modules/lnk'));
{
  const from = path.join(root, 'app/main.js');
  const expectReal = [path.join(root, 'app/a.js'), path.join(root, 'app/node_modules/plain/index.js')];
  const expectLinks = [path.join(root, 'app/link.js'), path.join(root, 'app/node_modules/lnk/index.js')];
  const node = ['./link', 'lnk'].map((r) => Node.createRequire(from).resolve(r));
  assert.deepStrictEqual(node, expectReal);
  const ours = ['./link', 'lnk'].map((r) => Ours.createRequire(from).resolve(r));
  assert.deepStrictEqual(ours, expectReal);
  const preserving = createLoaderEnv({ optionValues: { '--preserve-symlinks': true } })
    .require('module');
  const kept = ['./link', 'lnk'].map((r) => preserving.createRequire(from).resolve(r));
  assert.deepStrictEqual(kept, expectLinks);
}

if (process.env.SHOW) console.log(JSON.stringify(oursResult, null, 1));
console.log(`${cases.length} resolution cases, ${Object.keys(nodeResult).length} load checks, ` +
            `${failures} mismatches`);
assert.strictEqual(failures, 0);
