'use strict';
// process.cpuUsage([previousValue]): { user, system } in microseconds, or the difference from
// an earlier value; Node's validation of that value.
require('../common');
const assert = require('assert');

const first = process.cpuUsage();
assert.deepStrictEqual(Object.keys(first), ['user', 'system']);
for (const value of Object.values(first)) assert.ok(Number.isInteger(value) && value >= 0);

// Burn 10ms of CPU time: the counters move.
let spent;
do {
  spent = process.cpuUsage(first);
} while (spent.user + spent.system < 10000);
const second = process.cpuUsage();
assert.ok(second.user >= first.user && second.system >= first.system);
assert.ok(second.user + second.system >= first.user + first.system + 10000);

const diff = process.cpuUsage(first);
assert.ok(diff.user >= second.user - first.user);
assert.ok(diff.system >= second.system - first.system);
assert.ok(diff.user >= 0 && diff.system >= 0);

// Falsy previous values mean none.
for (const prev of [undefined, null, 0, '', false]) {
  const usage = process.cpuUsage(prev);
  assert.ok(usage.user >= second.user);
}
// Only the fields count when they are valid.
const fromArray = process.cpuUsage(Object.assign([], { user: 0, system: 0 }));
assert.ok(fromArray.user >= second.user);
const zero = process.cpuUsage({ user: 0, system: 0 });
assert.ok(zero.user >= second.user);

function invalidType(prev, name, received) {
  assert.throws(() => process.cpuUsage(prev), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "${name}" ${name === 'prevValue' ? 'argument' : 'property'} must be of ` +
      `type ${name === 'prevValue' ? 'object' : 'number'}. Received ${received}`,
  });
}
invalidType(1, 'prevValue', 'type number (1)');
invalidType('x', 'prevValue', "type string ('x')");
invalidType(true, 'prevValue', 'type boolean (true)');
invalidType([], 'prevValue', 'an instance of Array');
invalidType({}, 'prevValue.user', 'undefined');
invalidType({ user: '1', system: 0 }, 'prevValue.user', "type string ('1')");
invalidType({ user: 1 }, 'prevValue.system', 'undefined');
invalidType({ user: 1, system: 'x' }, 'prevValue.system', "type string ('x')");

function invalidValue(prev, name, received) {
  assert.throws(() => process.cpuUsage(prev), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'RangeError',
    message: `The property '${name}' is invalid. Received ${received}`,
  });
}
invalidValue({ user: -1, system: 1 }, 'prevValue.user', '-1');
invalidValue({ user: 1e20, system: 1 }, 'prevValue.user', '100000000000000000000');
invalidValue({ user: Infinity, system: 1 }, 'prevValue.user', 'Infinity');
invalidValue({ user: NaN, system: 1 }, 'prevValue.user', 'NaN');
invalidValue({ user: 2 ** 53, system: 1 }, 'prevValue.user', '9007199254740992');
invalidValue({ user: 1, system: -0.5 }, 'prevValue.system', '-0.5');
invalidValue({ user: 1.5, system: NaN }, 'prevValue.system', 'NaN');
