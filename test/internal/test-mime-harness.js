// Flags: --expose-internals
'use strict';
// Checks our lib/internal/mime.js against Node 20's util.MIMEType/MIMEParams: random strings
// built from the characters that matter to the grammar must parse to the same type, subtype,
// parameters and serialization, or fail with the same error; so must the setters and
// MIMEParams#set. Run: node --expose-internals test/internal/test-mime-harness.js
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const h = require('./harness');

const ours = h.load('internal/mime');
const theirs = require('util');

function outcome(fn) {
  try {
    return `ok ${inspect(fn(), { depth: 3 })}`;
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

function same(what, fn) {
  assert.strictEqual(outcome(() => fn(ours)), outcome(() => fn(theirs)), what);
}

let seed = 9001;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const pieces = ['text', 'TEXT', 'html', '/', ';', '=', '"', '\\', ' ', '\t', '\n', '\r', 'a', 'B',
                'é', '\u0100', '\u007f', 'x-y', '+', '.', '*', '(', ')', ',', ':', '@',
                'charset', 'utf-8', '""', '\v', '\f', '\u00a0'];
function randomString(base) {
  let str = base;
  for (let i = random(12); i > 0; i--) {
    const piece = pieces[random(pieces.length)];
    str = random(4) === 0 ? piece + str : str + piece;
  }
  return str;
}

for (let i = 0; i < 30000; i++) {
  const input = randomString(['text/html', 'a/b', ''][random(3)]);
  same(`parse ${JSON.stringify(input)}`, (m) => {
    const mime = new m.MIMEType(input);
    return [String(mime), mime.type, mime.subtype, mime.essence, [...mime.params],
            JSON.stringify(mime)];
  });
}

for (let i = 0; i < 5000; i++) {
  const value = randomString('');
  same(`type = ${JSON.stringify(value)}`, (m) => {
    const mime = new m.MIMEType('a/b;k=v');
    mime.type = value;
    return String(mime);
  });
  same(`subtype = ${JSON.stringify(value)}`, (m) => {
    const mime = new m.MIMEType('a/b;k=v');
    mime.subtype = value;
    return String(mime);
  });
  same(`params.set(name = ${JSON.stringify(value)})`, (m) => {
    const mime = new m.MIMEType('a/b;k=v');
    mime.params.set(value, 'x');
    return [String(mime), [...mime.params]];
  });
  same(`params.set(value = ${JSON.stringify(value)})`, (m) => {
    const mime = new m.MIMEType('a/b;k=v');
    mime.params.set('n', value);
    return [String(mime), [...mime.params]];
  });
}

same('prototypes', (m) => [
  Object.getOwnPropertyNames(m.MIMEType.prototype),
  Object.getOwnPropertyNames(m.MIMEParams.prototype),
  Object.getOwnPropertyDescriptors(m.MIMEType.prototype),
  Object.getOwnPropertyDescriptors(m.MIMEParams.prototype),
  m.MIMEType.length, m.MIMEParams.length,
]);
same('foreign receivers', (m) => [
  ...['delete', 'get', 'has', 'set', 'toString', 'toJSON'].map((key) => {
    return outcome(() => m.MIMEParams.prototype[key].call({}, 'a', 'b'));
  }),
  ...['entries', 'keys', 'values'].map((key) => {
    return outcome(() => [...m.MIMEParams.prototype[key].call({})]);
  }),
  ...['type', 'subtype', 'essence', 'params'].map((key) => {
    return outcome(() => Object.getOwnPropertyDescriptor(m.MIMEType.prototype, key).get.call({}));
  }),
  ...['type', 'subtype'].map((key) => {
    return outcome(() => Object.getOwnPropertyDescriptor(m.MIMEType.prototype, key).set.call({}, 'x'));
  }),
  outcome(() => m.MIMEType.prototype.toString.call({})),
  outcome(() => m.MIMEType('a/b')),
  outcome(() => new m.MIMEType(Symbol('s'))),
]);
same('inspect', (m) => {
  const mime = new m.MIMEType('a/b;c=d');
  return [inspect(mime), inspect(mime.params), inspect({ x: mime }),
          inspect(mime, { showHidden: true }), inspect(mime.params.entries()),
          Object.prototype.toString.call(mime.params.keys()), Object.keys(mime)];
});
same('MIMEParams', (m) => {
  const params = new m.MIMEParams();
  params.set('b', '1');
  params.set('a', 2);
  params.set('b', '3');
  const shown = [String(params), JSON.stringify(params), params.get(), params.has()];
  params.delete('b');
  return [...shown, String(params), [...params], [...params.keys()], [...params.values()]];
});
