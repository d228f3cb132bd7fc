'use strict';
// indexOf/lastIndexOf/includes; compare, equals, concat, copy, fill, subarray/slice.
require('../common');
const assert = require('assert');

// indexOf with strings, Buffers, numbers; encodings; byteOffset rules.
{
  const b = Buffer.from('abcdef abcdef');
  assert.strictEqual(b.indexOf('cd'), 2);
  assert.strictEqual(b.indexOf('cd', 3), 9);
  assert.strictEqual(b.indexOf('cd', -5), 9);
  assert.strictEqual(b.indexOf('cd', -100), 2);
  assert.strictEqual(b.indexOf('zz'), -1);
  assert.strictEqual(b.indexOf(Buffer.from('ef a')), 4);
  assert.strictEqual(b.indexOf(0x20), 6);
  assert.strictEqual(b.indexOf(0x20 + 256), 6);
  assert.strictEqual(b.indexOf(new Uint8Array([0x66])), 5);
  assert.strictEqual(b.indexOf('6364', 'hex'), 2);
  assert.strictEqual(b.indexOf('Y2Q=', 'base64'), 2);
  assert.strictEqual(b.indexOf('cd', 0, 'latin1'), 2);
  assert.strictEqual(b.indexOf('cd', 'utf8'), 2);
  // An empty needle: the offset (clamped to the length).
  assert.strictEqual(b.indexOf(''), 0);
  assert.strictEqual(b.indexOf('', 5), 5);
  assert.strictEqual(b.indexOf('', 100), 13);
  assert.strictEqual(b.indexOf(Buffer.alloc(0), 3), 3);
  // A string in the byteOffset's place is the encoding; values that are not numbers mean the
  // whole buffer.
  assert.throws(() => b.indexOf('a', '5'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.strictEqual(b.indexOf('a', {}), 0);
  assert.strictEqual(b.indexOf('a', null), 0);
  assert.strictEqual(b.lastIndexOf('a', {}), 7);
  assert.throws(() => b.indexOf({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "value" argument must be one of type number or string or an instance of ' +
      'Buffer or Uint8Array. Received an instance of Object',
  });
  assert.throws(() => b.indexOf('a', 0, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// UTF-16 searches.
{
  const b = Buffer.from('aébcébc', 'utf16le');
  assert.strictEqual(b.indexOf('éb', 'utf16le'), 2);
  assert.strictEqual(b.indexOf('éb', 4, 'utf16le'), 8);
  assert.strictEqual(b.lastIndexOf('éb', 'ucs2'), 8);
  assert.strictEqual(b.indexOf(Buffer.from('c', 'utf16le')), 6);
}

// lastIndexOf and includes.
{
  const b = Buffer.from('abcabcabc');
  assert.strictEqual(b.lastIndexOf('abc'), 6);
  assert.strictEqual(b.lastIndexOf('abc', 5), 3);
  assert.strictEqual(b.lastIndexOf('abc', -4), 3);
  assert.strictEqual(b.lastIndexOf('abc', -100), -1);
  assert.strictEqual(b.lastIndexOf(0x62), 7);
  assert.strictEqual(b.lastIndexOf(''), 9);
  assert.strictEqual(b.includes('cab'), true);
  assert.strictEqual(b.includes('cab', 6), false);
  assert.strictEqual(b.includes(0x63), true);
  assert.strictEqual(b.includes(0x64), false);
  // Long needles and haystacks.
  const long = Buffer.alloc(100000, 'x');
  long.write('needle-in-a-haystack', 77777);
  assert.strictEqual(long.indexOf('needle-in-a-haystack'), 77777);
  assert.strictEqual(long.lastIndexOf('needle'), 77777);
}

// compare, equals, Buffer.compare.
{
  const a = Buffer.from('abc');
  const b = Buffer.from('abd');
  assert.strictEqual(a.compare(b), -1);
  assert.strictEqual(b.compare(a), 1);
  assert.strictEqual(a.compare(Buffer.from('abc')), 0);
  assert.strictEqual(a.compare(Buffer.from('ab')), 1);
  assert.strictEqual(Buffer.compare(a, b), -1);
  assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
  assert.strictEqual(a.compare(b, 2, 3, 2, 3), -1);
  assert.strictEqual(a.equals(Buffer.from('abc')), true);
  assert.strictEqual(a.equals(new Uint8Array([97, 98, 99])), true);
  assert.strictEqual(a.equals(b), false);
  assert.deepStrictEqual([b, a, Buffer.from('a')].sort(Buffer.compare).map(String),
                         ['a', 'abc', 'abd']);
  assert.throws(() => a.equals('abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. ' +
      'Received type string (\'abc\')',
  });
  assert.throws(() => a.compare(b, 0, 5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 5',
  });
}

// concat.
{
  const parts = [Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')];
  assert.strictEqual(Buffer.concat(parts).toString(), 'abcde');
  assert.strictEqual(Buffer.concat(parts, 3).toString(), 'abc');
  assert.deepStrictEqual([...Buffer.concat(parts, 7)], [97, 98, 99, 100, 101, 0, 0]);
  assert.strictEqual(Buffer.concat([]).length, 0);
  assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. ' +
      'Received type string (\'b\')',
  });
  assert.throws(() => Buffer.concat('ab'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// copy, with overlapping ranges.
{
  const src = Buffer.from('hello');
  const dst = Buffer.alloc(8, '.');
  assert.strictEqual(src.copy(dst, 2), 5);
  assert.strictEqual(dst.toString(), '..hello.');
  assert.strictEqual(src.copy(dst, 0, 3), 2);
  assert.strictEqual(dst.toString(), 'lohello.');
  assert.strictEqual(src.copy(dst, 7), 1);
  const self = Buffer.from('abcdef');
  self.copy(self, 2, 0, 4);
  assert.strictEqual(self.toString(), 'ababcd');
  assert.strictEqual(src.copy(dst, 100), 0);
  assert.throws(() => src.copy(dst, -1), { code: 'ERR_OUT_OF_RANGE' });
}

// fill.
{
  const b = Buffer.alloc(6);
  assert.strictEqual(b.fill('ab'), b);
  assert.strictEqual(b.toString(), 'ababab');
  b.fill(0x41, 2, 4);
  assert.strictEqual(b.toString(), 'abAAab');
  b.fill('€');
  assert.strictEqual(b.toString('hex'), 'e282ace282ac');
  b.fill('6162', 'hex');
  assert.strictEqual(b.toString(), 'ababab');
  b.fill('x', 4, 'latin1');
  assert.strictEqual(b.toString(), 'ababxx');
  b.fill(Buffer.from([1, 2, 3]), 1);
  assert.deepStrictEqual([...b], [97, 1, 2, 3, 1, 2]);
  assert.throws(() => b.fill('a', -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => b.fill('a', 0, 7), { code: 'ERR_OUT_OF_RANGE' });
}

// subarray and slice share memory; negative and out-of-range indexes clamp.
{
  const b = Buffer.from('hello world');
  const s = b.subarray(6);
  s[0] = 0x57;
  assert.strictEqual(b.toString(), 'hello World');
  assert.strictEqual(b.slice(-5, -1).toString(), 'Worl');
  assert.strictEqual(b.slice(3, 1).length, 0);
  assert.strictEqual(b.subarray(0, 100).length, 11);
  assert.ok(b.slice(1) instanceof Buffer);
  assert.strictEqual(b.slice(1).buffer, b.buffer);
}

// toJSON, iteration, the typed-array methods.
{
  const b = Buffer.from([1, 2, 3]);
  assert.deepStrictEqual(b.toJSON(), { type: 'Buffer', data: [1, 2, 3] });
  assert.strictEqual(JSON.stringify(b), '{"type":"Buffer","data":[1,2,3]}');
  assert.deepStrictEqual([...b.keys()], [0, 1, 2]);
  assert.deepStrictEqual([...b.entries()], [[0, 1], [1, 2], [2, 3]]);
  assert.deepStrictEqual(Array.from(b.values()), [1, 2, 3]);
  const mapped = b.map((x) => x * 2);
  assert.ok(mapped instanceof Buffer);
  assert.deepStrictEqual([...mapped], [2, 4, 6]);
  assert.strictEqual(b.parent, b.buffer);
  assert.strictEqual(b.offset, b.byteOffset);
}

// util.inspect output, with INSPECT_MAX_BYTES.
{
  const util = require('util');
  assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 63>');
  assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
  assert.strictEqual(util.inspect(Buffer.alloc(51)),
                     `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
  const extra = Buffer.from('a');
  extra.prop = 1;
  assert.strictEqual(util.inspect(extra), '<Buffer 61, prop: 1>');
  assert.strictEqual(Buffer.from('ab').toLocaleString(), 'ab');
}
