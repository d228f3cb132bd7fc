'use strict';
// util.MIMEType and util.MIMEParams: parsing (case, whitespace, quoting, invalid and
// duplicate parameters), serialization, setters and their validation errors.
require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

{
  const mime = new MIMEType(' Text/HTML ; Charset="utf-8"; foo=bar; foo=baz; x="a\\"b";' +
                            ' empty=""; q=; a b=c; d=e f \t');
  assert.strictEqual(mime.type, 'text');
  assert.strictEqual(mime.subtype, 'html');
  assert.strictEqual(mime.essence, 'text/html');
  assert.deepStrictEqual([...mime.params], [
    ['charset', 'utf-8'], ['foo', 'bar'], ['x', 'a"b'], ['empty', ''], ['d', 'e f'],
  ]);
  assert.strictEqual(String(mime),
                     'text/html;charset=utf-8;foo=bar;x="a\\"b";empty="";d="e f"');
  assert.strictEqual(JSON.stringify(mime), JSON.stringify(String(mime)));
  assert.strictEqual(mime.params, mime.params);
}

assert.strictEqual(String(new MIMEType('text/html;a="b')), 'text/html;a=b');
assert.strictEqual(String(new MIMEType('text/html;a="b\\')), 'text/html;a="b\\\\"');
assert.strictEqual(String(new MIMEType('text/html;a="b"c;d=e')), 'text/html;a=b;d=e');
assert.strictEqual(String(new MIMEType('text/html;a=é')), 'text/html;a="é"');
assert.strictEqual(String(new MIMEType('\ttext/plain\n')), 'text/plain');
assert.strictEqual(String(new MIMEType({ toString() { return 'X/Y;A=B'; } })), 'x/y;a=B');

for (const [input, production, at] of [
  ['', 'type', ''], [' ', 'type', ''], ['text', 'type', ''], ['/html', 'type', ''],
  ['text/', 'subtype', ''], ['te xt/html', 'type', ' at 2'], ['text/ht ml', 'subtype', ' at 2'],
  ['text/é', 'subtype', ' at 0'], [' (a)/b', 'type', ' at 0'],
]) {
  assert.throws(() => new MIMEType(input), {
    code: 'ERR_INVALID_MIME_SYNTAX',
    name: 'TypeError',
    message: `The MIME syntax for a ${production} in "${input}" is invalid${at}`,
  });
}

{
  const mime = new MIMEType('a/b;k=v');
  mime.type = 'A-B.C+D';
  mime.subtype = 'SUB';
  assert.strictEqual(String(mime), 'a-b.c+d/sub;k=v');
  assert.throws(() => { mime.type = 'b c'; }, {
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: 'The MIME syntax for a type in "b c" is invalid at 1',
  });
  assert.throws(() => { mime.subtype = ''; }, {
    message: 'The MIME syntax for a subtype in "" is invalid',
  });

  const { params } = mime;
  params.set('Name', 'v v');
  params.set('e', '');
  params.set('k', '"\\');
  assert.strictEqual(String(mime), 'a-b.c+d/sub;k="\\"\\\\";Name="v v";e=""');
  assert.strictEqual(params.get('name'), null);
  assert.strictEqual(params.get('Name'), 'v v');
  assert.strictEqual(params.has('e'), true);
  assert.strictEqual(params.delete('e'), undefined);
  assert.strictEqual(params.has('e'), false);
  assert.deepStrictEqual([...params.keys()], ['k', 'Name']);
  assert.deepStrictEqual([...params.values()], ['"\\', 'v v']);
  assert.strictEqual(params[Symbol.iterator], params.entries);
  assert.throws(() => params.set('k k', 'v'), {
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: 'The MIME syntax for a parameter name in "k k" is invalid at 1',
  });
  assert.throws(() => params.set('', 'v'), {
    message: 'The MIME syntax for a parameter name in "" is invalid',
  });
  assert.throws(() => params.set('k', 'a\nb'), {
    message: 'The MIME syntax for a parameter value in "a\nb" is invalid at 1',
  });
}

{
  const params = new MIMEParams();
  params.set('b', '1');
  params.set('a', 2);
  params.set('b', '3');
  assert.strictEqual(String(params), 'b=3;a=2');
  assert.strictEqual(JSON.stringify(params), '"b=3;a=2"');
  assert.throws(() => MIMEParams.prototype.get.call({}, 'a'), {
    name: 'TypeError',
    message: 'Receiver must be an instance of class MIMEParams',
  });
}
assert.throws(() => MIMEType('a/b'), TypeError);
assert.throws(() => MIMEType.prototype.toString.call({}), TypeError);
