'use strict';
// Where Node 20's URL parser (ada 2.9) departs from the URL Standard outside what the
// web-platform-tests cover, we do as Node does: relative URLs with a fragment against an
// opaque path, '..' in an empty path of a non-special URL, and the port and host setters.
require('../common');
const assert = require('assert');

const resolve = (input, base) => {
  try {
    return new URL(input, base).href;
  } catch {
    return null;
  }
};

// An opaque base takes a relative input when the input has a fragment anywhere.
assert.strictEqual(resolve('x', 'sc:o'), null);
assert.strictEqual(resolve('x#a', 'sc:o'), 'sc:o/x#a');
assert.strictEqual(resolve('a/../b#', 'sc:o'), 'sc:o/b#');
assert.strictEqual(resolve('..#', 'sc:o'), 'sc:o#');
assert.strictEqual(resolve('.#', 'sc:o'), 'sc:o/#');
assert.strictEqual(resolve('x#', 'sc:o/p'), 'sc:o/x#');
assert.strictEqual(resolve('x#', 'sc:'), 'sc:/x#');
assert.strictEqual(resolve('?b#', 'sc:o'), 'sc:o?b#');
assert.strictEqual(resolve('/x#', 'sc:o'), 'sc:/x#');
assert.strictEqual(resolve('x?q#f', 'sc:o'), 'sc:o/x?q#f');
assert.strictEqual(new URL('x?q#f', 'sc:o').pathname, 'o/x');
assert.strictEqual(URL.canParse('x#', 'mailto:a'), true);

// '..' adds no empty segment to an empty path that is not special.
assert.strictEqual(resolve('..', 'sc:/o'), 'sc:');
assert.strictEqual(resolve('..#', 'sc:/o'), 'sc:#');
assert.strictEqual(resolve('..', 'sc://h/o'), 'sc://h');
assert.strictEqual(resolve('..', 'sc:/o/p'), 'sc:/');
assert.strictEqual(resolve('a/..', 'sc:/o'), 'sc:/');
assert.strictEqual(resolve('..', 'http://h/o'), 'http://h/');

const set = (href, attribute, value) => {
  const url = new URL(href);
  url[attribute] = value;
  return url.href;
};

// The port setter: no digits, or a leading control, space or '-', change nothing; another
// leading non-digit clears the port; else the leading digits are the port.
assert.strictEqual(set('https://h:99/', 'port', 'abc'), 'https://h:99/');
assert.strictEqual(set('https://h:99/', 'port', ' 1'), 'https://h:99/');
assert.strictEqual(set('https://h:99/', 'port', '-1'), 'https://h:99/');
assert.strictEqual(set('https://h:99/', 'port', 'a1'), 'https://h/');
assert.strictEqual(set('https://h:99/', 'port', '+1'), 'https://h/');
assert.strictEqual(set('https://h:99/', 'port', '1a'), 'https://h:1/');
assert.strictEqual(set('https://h:99/', 'port', '8\t0'), 'https://h:80/');
assert.strictEqual(set('https://h:99/', 'port', '99999'), 'https://h:99/');
assert.strictEqual(set('https://h:99/', 'port', '443'), 'https://h/');
assert.strictEqual(set('https://h:99/', 'port', ''), 'https://h/');

// The host setter.
assert.strictEqual(set('https://h:99/', 'host', 'x:a'), 'https://x:99/');
assert.strictEqual(set('https://h:99/', 'host', 'x:a1'), 'https://x/');
assert.strictEqual(set('https://h:99/', 'host', 'x:'), 'https://x:99/');
assert.strictEqual(set('https://h:99/', 'host', ':1'), 'https://h:99/');
assert.strictEqual(set('sc://h:99/', 'host', ':1'), 'sc://:1/');
assert.strictEqual(set('sc://h/', 'host', ':'), 'sc:///');
assert.strictEqual(set('sc://u@h/', 'host', ':'), 'sc://u@/');
assert.strictEqual(set('sc:/a', 'host', 'x:1'), 'sc://x/a');
assert.strictEqual(set('sc:/a', 'host', ':1'), 'sc:/a');
assert.strictEqual(set('sc:/a', 'host', ''), 'sc:/a');
assert.strictEqual(set('sc:/a', 'hostname', ''), 'sc:/a');
assert.strictEqual(set('sc:/.//p', 'host', ''), 'sc:////p');
assert.strictEqual(set('sc:/a', 'host', '/x'), 'sc:/a');
assert.strictEqual(set('sc://h:5/', 'host', 'x:1.2'), 'sc://x:1/');

// An empty host reads as '' even with a port.
const emptyHost = new URL('sc://h:99/');
emptyHost.host = ':1';
assert.strictEqual(emptyHost.host, '');
assert.strictEqual(emptyHost.port, '1');
