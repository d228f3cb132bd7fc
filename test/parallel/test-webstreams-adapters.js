'use strict';
// The bridges between Node streams and web streams: Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb, Duplex.from(web stream), with data, ends,
// errors and cancellation crossing over in both directions.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, pipeline } = require('stream');

(async () => {
  // Readable.toWeb: object mode keeps values; byte mode gives Uint8Array copies.
  const objects = [];
  for await (const c of Readable.toWeb(Readable.from(['a', 'b']))) objects.push(c);
  assert.deepStrictEqual(objects, ['a', 'b']);
  const bytes = [];
  const source = Readable.from([Buffer.from('xy'), Buffer.from('z')], { objectMode: false });
  for await (const c of Readable.toWeb(source)) {
    assert.ok(c instanceof Uint8Array && !Buffer.isBuffer(c));
    bytes.push(Buffer.from(c).toString());
  }
  assert.deepStrictEqual(bytes, ['xy', 'z']);

  // A destroyed Readable errors the web stream; without an error it is an AbortError.
  const failing = new Readable({ read() {} });
  const failingReader = Readable.toWeb(failing).getReader();
  failing.destroy(new Error('node side'));
  await assert.rejects(failingReader.read(), { message: 'node side' });
  const premature = new Readable({ read() {} });
  const prematureReader = Readable.toWeb(premature).getReader();
  premature.destroy();
  await assert.rejects(prematureReader.read(), (e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert.strictEqual(e.cause.code, 'ERR_STREAM_PREMATURE_CLOSE');
    return true;
  });

  // Cancelling the web stream destroys the Readable with the reason.
  const cancelled = new Readable({ read() {} });
  cancelled.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'cancel')));
  await Readable.toWeb(cancelled).cancel(new Error('cancel'));
  assert.strictEqual(cancelled.destroyed, true);
})().then(common.mustCall());

(async () => {
  // Readable.fromWeb: chunks, encoding, and errors of the web stream.
  const r = Readable.fromWeb(ReadableStream.from(['1', '2']), { objectMode: true });
  assert.strictEqual(r.readableObjectMode, true);
  const got = [];
  for await (const c of r) got.push(c);
  assert.deepStrictEqual(got, ['1', '2']);

  const text = Readable.fromWeb(ReadableStream.from([new Uint8Array([0x68, 0x69])]),
                                { encoding: 'utf8' });
  assert.strictEqual(text.readableEncoding, 'utf8');
  let all = '';
  for await (const c of text) all += c;
  assert.strictEqual(all, 'hi');

  const broken = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web')); } }));
  broken.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'web')));
  broken.resume();
  await new Promise((resolve) => broken.on('close', resolve));

  // Destroying the Readable cancels the web stream.
  const rs = new ReadableStream({ cancel: common.mustCall() });
  Readable.fromWeb(rs).destroy();

  assert.throws(() => Readable.fromWeb(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "readableStream" argument must be an instance of ReadableStream. ' +
             'Received type number (1)',
  });
  assert.throws(() => Readable.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

(async () => {
  // Writable.fromWeb: strings are encoded, end() closes the WritableStream.
  const chunks = [];
  const w = Writable.fromWeb(new WritableStream({
    write(c) { chunks.push(Buffer.from(c).toString()); },
    close: common.mustCall(),
  }));
  w.write('ab');
  w.write(Buffer.from('cd'));
  w.end('ef');
  await new Promise((resolve) => w.on('finish', resolve));
  assert.deepStrictEqual(chunks, ['ab', 'cd', 'ef']);

  // Writable.toWeb: writes reach the Writable, close() ends it.
  const sink = [];
  const nodeWritable = new Writable({
    write(c, e, cb) {
      sink.push(c.toString());
      cb();
    },
  });
  const writer = Writable.toWeb(nodeWritable).getWriter();
  await writer.write('q');
  await writer.write(new Uint8Array([65]));
  await writer.close();
  assert.deepStrictEqual(sink, ['q', 'A']);
  assert.strictEqual(nodeWritable.writableFinished, true);

  // A sink error destroys the Writable.
  const failing = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink'); } }));
  failing.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'sink')));
  failing.write('x');
  assert.throws(() => Writable.fromWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Writable.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

(async () => {
  // Duplex.fromWeb over a TransformStream, and Duplex.toWeb of a Duplex.
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } });
  const d = Duplex.fromWeb(upper, { objectMode: true });
  d.write('a');
  d.end('b');
  const out = [];
  for await (const c of d) out.push(c);
  assert.deepStrictEqual(out, ['A', 'B']);

  const echo = new Duplex({
    read() {},
    write(chunk, encoding, callback) {
      this.push(chunk);
      callback();
    },
    final(callback) {
      this.push(null);
      callback();
    },
  });
  const { readable, writable } = Duplex.toWeb(echo);
  assert.ok(readable instanceof ReadableStream);
  assert.ok(writable instanceof WritableStream);
  const writer = writable.getWriter();
  writer.write(new Uint8Array([1, 2]));
  writer.close();
  const received = [];
  for await (const c of readable) received.push(...c);
  assert.deepStrictEqual(received, [1, 2]);

  assert.throws(() => Duplex.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pair.readable" property must be an instance of ReadableStream. ' +
             'Received undefined',
  });
  assert.throws(() => Duplex.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

(async () => {
  // Duplex.from and pipeline take web streams too.
  const d = Duplex.from(ReadableStream.from([new Uint8Array([5])]));
  assert.strictEqual(d.writable, false);
  const seen = [];
  for await (const c of d) seen.push(...c);
  assert.deepStrictEqual(seen, [5]);

  const result = [];
  await new Promise((resolve, reject) => {
    pipeline(
      ReadableStream.from(['x', 'y']),
      new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }),
      new WritableStream({ write(c) { result.push(c); } }),
      (err) => (err ? reject(err) : resolve()));
  });
  assert.deepStrictEqual(result, ['x!', 'y!']);
})().then(common.mustCall());
