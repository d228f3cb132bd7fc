'use strict';
// structuredClone(value[, { transfer }]) over V8's serializer (internalBinding('serdes')):
// ArrayBuffers in `transfer` move into the copy.
// Clone errors become the DataCloneError DOMException Node throws.

const {
  serialize, deserialize, structuredClone: structuredCloneBinding,
} = internalBinding('serdes');

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // Node throws this one from C++: a plain TypeError with a code, no [CODE] in its name.
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { transfer } = options;
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('options.transfer', 'Array', transfer);
      }
      const list = [...transfer];
      const { isArrayBuffer } = internalBinding('types');
      for (let i = 0; i < list.length; i++) {
        if (!isArrayBuffer(list[i])) {
          // Node throws this from C++: a TypeError with a code and no [CODE] in its name.
          const err = new TypeError('Found invalid object in transferList');
          err.code = 'ERR_INVALID_TRANSFER_OBJECT';
          throw err;
        }
        if (list.indexOf(list[i]) !== i) {
          const { DOMException } = require('internal/per_context/domexception');
          throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
        }
      }
      if (list.length > 0) return cloneOrThrow(() => structuredCloneBinding(value, list));
    }
  }
  return cloneOrThrow(() => deserialize(serialize(value)));
}

function cloneOrThrow(clone) {
  try {
    return clone();
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.code === 'ERR_DATA_CLONE') {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
}
module.exports = { structuredClone };
