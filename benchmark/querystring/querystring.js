'use strict';
// querystring.parse(), stringify() and escape().
const common = require('../common.js');
const querystring = require('querystring');

const bench = common.createBenchmark(main, {
  method: ['parse', 'parse-encoded', 'stringify', 'escape'],
  n: [200000],
});

function main({ method, n }) {
  const plain = 'a=1&b=2&c=three&d=four&e=&f=6';
  const encoded = 'a=%E2%82%AC&b=x+y&c=%41%42&d=%zz';
  const object = { a: 1, b: 'two words', c: ['x', 'y'], d: true };
  let sink = 0;
  bench.start();
  switch (method) {
    case 'parse':
      for (let i = 0; i < n; i++) sink += querystring.parse(plain).c.length;
      break;
    case 'parse-encoded':
      for (let i = 0; i < n; i++) sink += querystring.parse(encoded).a.length;
      break;
    case 'stringify':
      for (let i = 0; i < n; i++) sink += querystring.stringify(object).length;
      break;
    case 'escape':
      for (let i = 0; i < n; i++) sink += querystring.escape('a value with spaces & € signs').length;
      break;
  }
  bench.end(n);
  if (sink === 0) throw new Error('nothing done');
}
