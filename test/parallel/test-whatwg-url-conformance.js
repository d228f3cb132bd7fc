'use strict';
// The URL Standard's web-platform-tests data (test/fixtures/wpt/url, BSD-3-Clause, see
// LICENSE.md there) against URL: parsing, setters, IDNA (toascii.json, IdnaTestV2.json) and
// percent-encoding of the query. Node 20 passes every case run here.
const common = require('../common');
const fixtures = require('../common/fixtures');
const assert = require('assert');

const load = (name) => JSON.parse(fixtures.readSync(['wpt', 'url', name], 'utf8'));
const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'search', 'hash'];
let cases = 0;

// urltestdata.json: `new URL(input, base)`; "failure" cases must throw.
for (const test of load('urltestdata.json')) {
  if (typeof test === 'string') continue;
  cases++;
  const where = `${JSON.stringify(test.input)} against ${JSON.stringify(test.base)}`;
  const args = test.base === null ? [test.input] : [test.input, test.base];
  if (test.failure) {
    assert.throws(() => new URL(...args), { code: 'ERR_INVALID_URL', name: 'TypeError' }, where);
    assert.strictEqual(URL.canParse(...args), false, where);
    continue;
  }
  const url = new URL(...args);
  for (const name of components) assert.strictEqual(url[name], test[name], `${where}: ${name}`);
  if ('origin' in test) assert.strictEqual(url.origin, test.origin, `${where}: origin`);
  if ('searchParams' in test) {
    assert.strictEqual(url.searchParams.toString(), test.searchParams, `${where}: searchParams`);
  }
  assert.strictEqual(URL.canParse(...args), true, where);
  assert.strictEqual(URL.parse(...args).href, url.href, where);
}

// setters_tests.json: each setter on a parsed URL.
const setters = load('setters_tests.json');
for (const attribute of Object.keys(setters)) {
  if (attribute === 'comment') continue;
  for (const test of setters[attribute]) {
    cases++;
    const url = new URL(test.href);
    url[attribute] = test.new_value;
    for (const name of Object.keys(test.expected)) {
      assert.strictEqual(url[name], test.expected[name],
                         `${test.href} .${attribute} = ${JSON.stringify(test.new_value)}: ${name}`);
    }
  }
}

// toascii.json: hosts through the parser and through the host and hostname setters.
for (const test of load('toascii.json')) {
  if (typeof test === 'string') continue;
  cases++;
  const where = JSON.stringify(test.input);
  if (test.output === null) {
    assert.throws(() => new URL(`https://${test.input}/x`), { code: 'ERR_INVALID_URL' }, where);
  } else {
    const url = new URL(`https://${test.input}/x`);
    assert.strictEqual(url.host, test.output, where);
    assert.strictEqual(url.hostname, test.output, where);
    assert.strictEqual(url.pathname, '/x', where);
    assert.strictEqual(url.href, `https://${test.output}/x`, where);
  }
  for (const setter of ['host', 'hostname']) {
    const url = new URL('https://x/x');
    url[setter] = test.input;
    assert.strictEqual(url[setter], test.output === null ? 'x' : test.output, `${where} ${setter}`);
  }
}

// IdnaTestV2.json: UTS #46 through the host parser. The empty input cannot be given to the
// parser, and '?' would end the host before the label under test.
for (const test of load('IdnaTestV2.json')) {
  if (typeof test === 'string' || test.input === '' || test.input.includes('?')) continue;
  cases++;
  const where = JSON.stringify(test.input);
  if (test.output === null) {
    assert.throws(() => new URL(`https://${test.input}/x`), { code: 'ERR_INVALID_URL' }, where);
  } else {
    const url = new URL(`https://${test.input}/x`);
    assert.strictEqual(url.host, test.output, where);
    assert.strictEqual(url.href, `https://${test.output}/x`, where);
  }
}

// percent-encoding.json: only UTF-8 applies to URL (the other encodings are for documents).
for (const test of load('percent-encoding.json')) {
  if (typeof test === 'string') continue;
  cases++;
  const url = new URL(`https://doesnotmatter.invalid/?${test.input}#${test.input}`);
  assert.strictEqual(url.search, `?${test.output['utf-8']}`, JSON.stringify(test.input));
}

assert(cases > 3000, `only ${cases} cases`);
common.mustCall()();
