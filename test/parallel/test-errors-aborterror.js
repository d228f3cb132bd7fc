'use strict';
// AbortError as Node's APIs produce it (here events.once with an aborted signal): name
// 'AbortError', code 'ABORT_ERR', the default message, and the signal's reason as `cause`.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { EventEmitter, once } = require('events');

const reason = new Error('the reason');
once(new EventEmitter(), 'never', { signal: AbortSignal.abort(reason) })
  .then(common.mustNotCall(), common.mustCall((err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, reason);
    assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
    assert.deepStrictEqual(Object.getOwnPropertyNames(err),
                           ['stack', 'message', 'cause', 'code', 'name']);
    assert.strictEqual(String(err), 'AbortError: The operation was aborted');
    assert.strictEqual(err.stack.split('\n')[0], 'AbortError: The operation was aborted');
    const inspected = util.inspect(err);
    assert.ok(inspected.includes("  code: 'ABORT_ERR',\n  [cause]: Error: the reason"),
              inspected);
    // It is not a DOMException.
    assert.ok(!(err instanceof DOMException));
  }));
