'use strict';
// common/fixtures: paths into test/fixtures and reading from there.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const fixtures = require('../common/fixtures');

const fixturesDir = path.join(__dirname, '..', 'fixtures');
assert.strictEqual(fixtures.fixturesDir, fixturesDir);
assert.strictEqual(fixtures.path(), fixturesDir);
assert.strictEqual(fixtures.path('a', 'b.txt'), path.join(fixturesDir, 'a', 'b.txt'));
assert.strictEqual(fixtures.fileURL('a.txt').href,
                   require('url').pathToFileURL(path.join(fixturesDir, 'a.txt')).href);

const ownSource = fs.readFileSync(path.join(__dirname, '..', 'common', 'fixtures.js'));
assert.deepStrictEqual(fixtures.readSync('../common/fixtures.js'), ownSource);
assert.strictEqual(fixtures.readSync(['..', 'common', 'fixtures.js'], 'utf8'),
                   ownSource.toString());
