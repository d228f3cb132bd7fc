'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (streams.spec.whatwg.org section 7).

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { customInspect, isBrand, kInspect, kState, kType } = require('internal/webstreams/util');

// One size function per realm, as the spec asks: every strategy of a kind returns the same.
const byteSizeFunction = Object.defineProperty((chunk) => chunk?.byteLength, 'name', {
  __proto__: null, value: 'size',
});
const countSizeFunction = Object.defineProperty(() => 1, 'name', {
  __proto__: null, value: 'size',
});

function initStrategy(strategy, type, init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  strategy[kType] = type;
  strategy[kState] = { highWaterMark: +init.highWaterMark };
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    initStrategy(this, 'ByteLengthQueuingStrategy', init);
  }

  get highWaterMark() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return byteSizeFunction;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      highWaterMark: this.highWaterMark,
    });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    initStrategy(this, 'CountQueuingStrategy', init);
  }

  get highWaterMark() {
    if (!isBrand(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSizeFunction;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      highWaterMark: this.highWaterMark,
    });
  }
}

for (const ctor of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, {
    __proto__: null, value: ctor.name, writable: false, enumerable: false, configurable: true,
  });
  for (const key of ['highWaterMark', 'size']) {
    const desc = Object.getOwnPropertyDescriptor(ctor.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(ctor.prototype, key, desc);
  }
}

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
