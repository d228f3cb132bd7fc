// Flags: --expose-internals
'use strict';
// Differential test: random stream scenarios (Readable modes, Writable/Transform/Duplex
// writes with cork, writev, final and errors, pipe/pipeline/compose topologies, encodings and
// unshift, iterator helpers) run once with Node's stream module and once with ours; the logs
// of events and calls must be identical.
// Scheduling is deterministic (sync, nextTick, microtask, setImmediate; no timers).
// Run: node --expose-internals test/internal/test-stream-fuzz.js [seeds] [first-seed]
require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const vm = require('vm');
const { internalBinding } = require('internal/test/binding');

const SEEDS = Number(process.argv[2] || 300);
const FIRST = Number(process.argv[3] || 1);

// Our lib/ stream module (with Node's buffer, as the chunks are compared).
function loadOurStream() {
  const libDir = path.join(__dirname, '..', '..', 'lib');
  const nodeModules = new Set(['buffer', 'string_decoder']);
  const cache = new Map();
  const requireBuiltin = (id) => {
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const file = path.join(libDir, `${id}.js`);
    if (nodeModules.has(id) || !fs.existsSync(file)) {
      if (!id.startsWith('internal/')) return require(id);
      throw new Error(`no built-in '${id}' in lib/`);
    }
    const module = { exports: {}, id };
    cache.set(id, module);
    const fn = vm.compileFunction(fs.readFileSync(file, 'utf8'),
                                  ['exports', 'require', 'module', 'process', 'internalBinding'],
                                  { filename: `node:${id}` });
    fn.call(module.exports, module.exports, requireBuiltin, module, process, internalBinding);
    return module.exports;
  };
  return requireBuiltin('stream');
}

function makeRandom(seed) {
  let state = seed;
  const rnd = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sched = (fn) => {
    const how = pick(['sync', 'tick', 'micro', 'immediate']);
    if (how === 'sync') fn();
    else if (how === 'tick') process.nextTick(fn);
    else if (how === 'micro') queueMicrotask(fn);
    else setImmediate(fn);
  };
  return { rnd, pick, sched };
}

const show = (c) => {
  if (c === null) return 'null';
  if (Buffer.isBuffer(c)) return `B:${c}`;
  return typeof c === 'object' ? JSON.stringify(c) : String(c);
};
const errName = (err) => (err ? err.code || err.message : 'ok');

function traceAll(s, name, log, events) {
  for (const ev of events) {
    s.on(ev, (arg) => log(name, ev, ev === 'error' ? errName(arg) : ''));
  }
  return s;
}

// Readable modes: 'data' with pause/resume, 'readable' with read(n), pipe, transform chain,
// pipeline, async iteration; destroy at random.
function readableScenario(stream, seed, log) {
  const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;
  const { rnd, pick, sched } = makeRandom(seed);
  const events = ['end', 'close', 'error', 'finish', 'drain', 'pause', 'resume', 'prefinish',
                  'pipe', 'unpipe'];
  const objectMode = rnd() < 0.5;
  const hwm = pick([0, 1, 2, 3, 16, undefined]);
  const chunk = (i) => (objectMode ? { i } : `c${i}`);
  let n = 0;
  const total = 2 + Math.floor(rnd() * 6);
  const r = new Readable({
    objectMode, highWaterMark: hwm, autoDestroy: rnd() < 0.85, emitClose: rnd() < 0.9,
    read(size) {
      log('r _read', size);
      const k = n++;
      sched(() => {
        if (k < total) {
          log('r push', k, r.push(chunk(k)));
          if (rnd() < 0.3) log('r push extra', r.push(chunk(100 + k)));
        } else if (k === total) {
          log('r push null', r.push(null));
        }
      });
    },
  });
  traceAll(r, 'r', log, events);
  const kind = pick(['data', 'readable', 'pipe', 'transform', 'pipeline', 'iter']);
  log('kind', kind, objectMode, hwm, total);
  const w = new Writable({
    objectMode, highWaterMark: pick([0, 1, 2, 16, undefined]), autoDestroy: rnd() < 0.85,
    write(c, e, cb) {
      log('w _write', show(c));
      const fail = rnd() < 0.05;
      sched(() => cb(fail ? new Error('wfail') : null));
    },
    final: rnd() < 0.5 ? (cb) => {
      log('w _final');
      sched(() => cb());
    } : undefined,
  });
  traceAll(w, 'w', log, events);
  if (kind === 'data') {
    r.on('data', (c) => {
      log('r data', show(c));
      if (rnd() < 0.2) {
        r.pause();
        sched(() => r.resume());
      }
    });
  } else if (kind === 'readable') {
    r.on('readable', () => {
      log('r readable');
      let c;
      while ((c = r.read(pick([undefined, undefined, 1, 2]))) !== null) log('r read', show(c));
    });
  } else if (kind === 'pipe') {
    r.pipe(w);
  } else if (kind === 'transform') {
    const t = new Transform({
      objectMode, highWaterMark: pick([1, 2, 16, undefined]),
      transform(c, e, cb) {
        log('t _transform', show(c));
        sched(() => cb(null, c));
      },
      flush(cb) {
        log('t _flush');
        sched(() => cb());
      },
    });
    traceAll(t, 't', log, events);
    r.pipe(t).pipe(w);
  } else if (kind === 'pipeline') {
    const t = new PassThrough({ objectMode, highWaterMark: pick([1, 2, 16, undefined]) });
    traceAll(t, 't', log, events);
    pipeline(r, t, w, (err) => log('pipeline cb', errName(err)));
  } else {
    (async () => {
      try {
        for await (const c of r) {
          log('iter', show(c));
          if (rnd() < 0.1) break;
        }
        log('iter done');
      } catch (err) {
        log('iter err', errName(err));
      }
    })();
  }
  finished(r, (err) => log('r finished', errName(err)));
  finished(w, (err) => log('w finished', errName(err)));
  if (rnd() < 0.15) {
    sched(() => {
      log('destroy r');
      r.destroy(rnd() < 0.5 ? new Error('rdestroy') : undefined);
    });
  }
  if (rnd() < 0.1) {
    sched(() => {
      log('destroy w');
      w.destroy();
    });
  }
}

// Writes into a Writable, Transform or Duplex: cork/uncork, writev, encodings, callbacks,
// drain waits, end variants, destroy, failing and double callbacks.
function writableScenario(stream, seed, log) {
  const { Writable, Transform, Duplex, finished } = stream;
  const { rnd, pick, sched } = makeRandom(seed);
  const objectMode = rnd() < 0.4;
  const kind = pick(['writable', 'transform', 'duplex']);
  const opts = {
    objectMode, highWaterMark: pick([0, 1, 2, 5, undefined]), autoDestroy: rnd() < 0.85,
    emitClose: rnd() < 0.9, decodeStrings: rnd() < 0.8,
  };
  log('kind', kind, JSON.stringify(opts));
  const write = (name) => function(c, e, cb) {
    log(name, '_write', show(c), e);
    const fail = rnd() < 0.04;
    if (rnd() < 0.05) {
      sched(() => {
        cb();
        cb();
      });
      return;
    }
    sched(() => cb(fail ? new Error('wfail') : null));
  };
  let s;
  if (kind === 'writable') {
    s = new Writable({
      ...opts,
      write: write('w'),
      writev: rnd() < 0.4 ? function(chunks, cb) {
        log('w _writev', chunks.map((x) => show(x.chunk)).join(','), chunks.allBuffers);
        sched(() => cb(rnd() < 0.04 ? new Error('vfail') : null));
      } : undefined,
      final: rnd() < 0.5 ? (cb) => {
        log('w _final');
        sched(() => cb(rnd() < 0.05 ? new Error('ffail') : null));
      } : undefined,
      construct: rnd() < 0.2 ? (cb) => {
        log('w _construct');
        sched(() => cb());
      } : undefined,
    });
  } else if (kind === 'transform') {
    s = new Transform({
      ...opts,
      transform(c, e, cb) {
        log('t _transform', show(c), e);
        const mode = pick(['pass', 'double', 'none', 'push']);
        sched(() => {
          if (mode === 'pass') {
            cb(null, c);
          } else if (mode === 'double') {
            this.push(c);
            cb(null, c);
          } else if (mode === 'push') {
            this.push(c);
            cb();
          } else {
            cb();
          }
        });
      },
      flush: rnd() < 0.6 ? function(cb) {
        log('t _flush');
        sched(() => cb(null, objectMode ? { f: 1 } : 'F'));
      } : undefined,
    });
  } else {
    let n = 0;
    s = new Duplex({
      ...opts,
      allowHalfOpen: rnd() < 0.7,
      write: write('d'),
      read() {
        log('d _read');
        const k = n++;
        sched(() => {
          if (k < 3) this.push(objectMode ? { r: k } : `r${k}`);
          else if (k === 3) this.push(null);
        });
      },
      final: rnd() < 0.5 ? (cb) => {
        log('d _final');
        sched(() => cb());
      } : undefined,
      construct: rnd() < 0.2 ? (cb) => {
        log('d _construct');
        sched(() => cb());
      } : undefined,
    });
  }
  traceAll(s, 's', log, ['end', 'close', 'error', 'finish', 'drain', 'prefinish', 'pause',
                          'resume']);
  finished(s, (err) => log('finished', errName(err)));
  if (kind !== 'writable') {
    const mode = pick(['data', 'readable', 'late', 'none']);
    log('consume', mode);
    if (mode === 'data') {
      s.on('data', (c) => log('data', show(c)));
    } else if (mode === 'readable') {
      s.on('readable', () => {
        let c;
        while ((c = s.read()) !== null) log('read', show(c));
      });
    } else if (mode === 'late') {
      setImmediate(() => setImmediate(() => s.on('data', (c) => log('late data', show(c)))));
    }
  }
  const count = 1 + Math.floor(rnd() * 6);
  let i = 0;
  function writeNext() {
    while (i < count) {
      const k = i++;
      const op = pick(['write', 'write', 'writecb', 'cork', 'uncork', 'enc']);
      if (op === 'cork') {
        s.cork();
        log('cork');
      }
      if (op === 'uncork') {
        s.uncork();
        log('uncork');
      }
      const chunk = objectMode ? { k } : `c${k}`;
      let ret;
      try {
        if (op === 'writecb') ret = s.write(chunk, (err) => log('cb', k, errName(err)));
        else if (op === 'enc' && !objectMode) ret = s.write('6869', 'hex');
        else ret = s.write(chunk);
      } catch (err) {
        log('throw', err.code);
      }
      log('write', k, ret, s.writableLength, s.writableNeedDrain);
      if (ret === false && rnd() < 0.7) {
        s.once('drain', () => sched(writeNext));
        return;
      }
    }
    const how = pick(['end', 'endcb', 'endchunk', 'destroy', 'none']);
    log('finish with', how);
    if (how === 'end') s.end();
    else if (how === 'endcb') s.end((err) => log('end cb', err ? errName(err) : String(err)));
    else if (how === 'endchunk') s.end(objectMode ? { last: 1 } : 'last');
    else if (how === 'destroy') s.destroy(rnd() < 0.5 ? new Error('boom') : undefined);
  }
  sched(writeNext);
  if (rnd() < 0.1) {
    sched(() => {
      log('external destroy');
      s.destroy();
    });
  }
}

// pipe to several destinations, unpipe and re-pipe, chains, pipeline with a generator,
// compose.
function topologyScenario(stream, seed, log) {
  const { Readable, Writable, Transform, pipeline, compose, finished } = stream;
  const { rnd, pick, sched } = makeRandom(seed);
  const events = ['end', 'close', 'error', 'finish', 'drain', 'pause', 'resume', 'pipe',
                  'unpipe', 'prefinish'];
  const om = rnd() < 0.5;
  let n = 0;
  const total = 2 + Math.floor(rnd() * 5);
  const src = traceAll(new Readable({
    objectMode: om,
    highWaterMark: pick([1, 2, 16, undefined]),
    read() {
      const k = n++;
      sched(() => {
        if (k < total) this.push(om ? { k } : `k${k}`);
        else if (k === total) this.push(null);
      });
    },
  }), 'src', log, events);
  const mkW = (name) => traceAll(new Writable({
    objectMode: om,
    highWaterMark: pick([0, 1, 2, 16, undefined]),
    write(c, e, cb) {
      log(name, '_write', show(c));
      sched(() => cb(rnd() < 0.03 ? new Error(`${name} fail`) : null));
    },
  }), name, log, events);
  const mkT = (name) => traceAll(new Transform({
    objectMode: om,
    highWaterMark: pick([1, 2, 16, undefined]),
    transform(c, e, cb) {
      log(name, '_transform', show(c));
      sched(() => cb(null, c));
    },
  }), name, log, events);
  const topo = pick(['multi', 'chain', 'pipeline', 'pipeline-gen', 'compose', 'unpipe']);
  log('topo', topo, om, total);
  if (topo === 'multi') {
    const a = mkW('a');
    const b = mkW('b');
    src.pipe(a);
    src.pipe(b, { end: rnd() < 0.5 });
    if (rnd() < 0.4) {
      sched(() => {
        log('unpipe a');
        src.unpipe(a);
      });
    }
  } else if (topo === 'chain') {
    src.pipe(mkT('t1')).pipe(mkT('t2')).pipe(mkW('w'));
  } else if (topo === 'pipeline') {
    pipeline(src, mkT('t1'), mkW('w'), (err) => log('pipeline cb', errName(err)));
  } else if (topo === 'pipeline-gen') {
    pipeline(src, async function*(source) {
      for await (const c of source) {
        log('gen got', show(c));
        yield c;
      }
    }, mkW('w'), (err) => log('pipeline cb', errName(err)));
  } else if (topo === 'compose') {
    const d = traceAll(compose(mkT('t1'), mkT('t2')), 'd', log, events);
    src.pipe(d).pipe(mkW('w'));
  } else {
    const a = mkW('a');
    src.pipe(a);
    sched(() => {
      log('unpipe all');
      src.unpipe();
      sched(() => {
        log('repipe');
        src.pipe(a);
      });
    });
  }
  finished(src, (err) => log('src finished', errName(err)));
  if (rnd() < 0.1) {
    sched(() => {
      log('destroy src');
      src.destroy(rnd() < 0.5 ? new Error('sd') : undefined);
    });
  }
}

// Byte streams in paused mode: setEncoding on split multi-byte characters, unshift, read(n)
// of various sizes, _construct, destroy from inside callbacks.
function bytesScenario(stream, seed, log) {
  const { Readable, finished } = stream;
  const { rnd, pick, sched } = makeRandom(seed);
  const text = Buffer.from('a€b😀cdé');
  const pieces = [];
  for (let at = 0; at < text.length;) {
    const len = 1 + Math.floor(rnd() * 3);
    pieces.push(text.subarray(at, at + len));
    at += len;
  }
  let n = 0;
  const r = new Readable({
    highWaterMark: pick([1, 2, 4, 16, undefined]),
    encoding: rnd() < 0.3 ? pick(['utf8', 'hex', 'base64', 'latin1']) : undefined,
    construct: rnd() < 0.3 ? (cb) => {
      log('_construct');
      sched(() => cb(rnd() < 0.1 ? new Error('cfail') : undefined));
    } : undefined,
    read(size) {
      log('_read', size);
      const k = n++;
      sched(() => {
        if (k < pieces.length) log('push', k, r.push(pieces[k]));
        else if (k === pieces.length) log('push null', r.push(null));
      });
    },
  });
  traceAll(r, 'r', log, ['end', 'close', 'error', 'pause', 'resume']);
  if (rnd() < 0.5) {
    sched(() => {
      r.setEncoding(pick(['utf8', 'hex', 'utf16le', 'base64']));
      log('encoding', r.readableEncoding, r.readableLength);
    });
  }
  const mode = pick(['readable', 'data', 'mixed']);
  log('mode', mode);
  let unshifted = false;
  if (mode === 'data') {
    r.on('data', (c) => log('data', show(c)));
  } else {
    r.on('readable', () => {
      let c;
      while ((c = r.read(pick([undefined, 1, 2, 3, 5]))) !== null) {
        log('read', show(c), r.readableLength);
        if (!unshifted && rnd() < 0.2) {
          unshifted = true;
          log('unshift', r.unshift(c));
        }
      }
      if (mode === 'mixed' && rnd() < 0.3) r.on('data', (d) => log('late data', show(d)));
    });
  }
  finished(r, (err) => log('finished', errName(err)));
  if (rnd() < 0.1) {
    sched(() => {
      log('destroy');
      r.destroy();
    });
  }
}

// Iterator helpers and Readable.from over sync and async sources.
function operatorScenario(stream, seed, log) {
  const { Readable } = stream;
  const { rnd, pick } = makeRandom(seed);
  const values = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) => i);
  const delay = (v) => {
    const how = pick(['value', 'resolved', 'tick', 'immediate']);
    if (how === 'value') return v;
    if (how === 'resolved') return Promise.resolve(v);
    return new Promise((resolve) => {
      if (how === 'tick') process.nextTick(resolve, v);
      else setImmediate(resolve, v);
    });
  };
  let source;
  if (rnd() < 0.5) {
    source = Readable.from(values);
  } else {
    source = Readable.from((async function*() {
      for (const v of values) yield await delay(v);
    })());
  }
  source.on('close', () => log('source close'));
  const concurrency = pick([1, 2, 3]);
  let s = source;
  const steps = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < steps; i++) {
    const op = pick(['map', 'filter', 'take', 'drop', 'flatMap']);
    log('op', op, concurrency);
    if (op === 'map') {
      s = s.map((v) => {
        log('map', v);
        if (rnd() < 0.03) throw new Error('map throws');
        return delay(v * 2);
      }, { concurrency });
    } else if (op === 'filter') {
      s = s.filter((v) => {
        log('filter', v);
        return delay(v % 3 !== 0);
      }, { concurrency });
    } else if (op === 'take') {
      s = s.take(Math.floor(rnd() * 4));
    } else if (op === 'drop') {
      s = s.drop(Math.floor(rnd() * 3));
    } else {
      s = s.flatMap((v) => [v, v]);
    }
  }
  const end = pick(['toArray', 'forEach', 'reduce', 'some', 'find', 'iterate']);
  log('end', end);
  const done = (p) => p.then((v) => log('result', JSON.stringify(v)),
                              (err) => log('rejected', errName(err)));
  if (end === 'toArray') done(s.toArray());
  else if (end === 'forEach') done(s.forEach((v) => log('each', v), { concurrency }));
  else if (end === 'reduce') done(s.reduce((a, b) => a + b, 0));
  else if (end === 'some') done(s.some((v) => v > 3));
  else if (end === 'find') done(s.find((v) => v > 2));
  else {
    done((async () => {
      const got = [];
      for await (const v of s) {
        got.push(v);
        if (rnd() < 0.2) break;
      }
      return got;
    })());
  }
}

// Resolves once no scheduled work is left: ticks and microtasks are drained before timers,
// so a timer that finds no immediates pending means the scenario is over.
function settled() {
  return new Promise((resolve) => {
    const check = () => {
      if (process.getActiveResourcesInfo().includes('Immediate')) setTimeout(check, 0);
      else resolve();
    };
    setTimeout(check, 0);
  });
}

async function runScenario(scenario, stream, seed) {
  const lines = [];
  const log = (...args) => lines.push(args.join(' '));
  // An exception escaping the scenario is part of its outcome.
  const onUncaught = (err) => lines.push(`uncaught ${errName(err)}`);
  process.on('uncaughtException', onUncaught);
  // Started from a macrotask, so that both runs begin in the same position of the loop.
  await new Promise((resolve) => setImmediate(() => {
    try {
      scenario(stream, seed, log);
    } catch (err) {
      lines.push(`threw ${errName(err)}`);
    }
    resolve();
  }));
  await settled();
  process.off('uncaughtException', onUncaught);
  return lines;
}

(async () => {
  const nodeStream = require('stream');
  const ourStream = loadOurStream();
  assert.notStrictEqual(nodeStream, ourStream);
  for (const scenario of [readableScenario, writableScenario, topologyScenario,
                          bytesScenario, operatorScenario]) {
    for (let seed = FIRST; seed < FIRST + SEEDS; seed++) {
      const expected = await runScenario(scenario, nodeStream, seed);
      const actual = await runScenario(scenario, ourStream, seed);
      assert.deepStrictEqual(actual, expected, `${scenario.name} seed ${seed}`);
    }
  }
})().then(() => console.log('ok'));
