'use strict';
// structuredClone(value[, { transfer }]) over V8's serializer (internalBinding('serdes')).
// Clone errors become the DataCloneError DOMException Node throws.

const { serialize, deserialize } = internalBinding('serdes');

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
      if ([...transfer].length > 0) {
        // Transferring (detaching) ArrayBuffers and ports needs a message channel we do not
        // have: refuse rather than copy.
        const { DOMException } = require('internal/per_context/domexception');
        throw new DOMException('Transferring objects is not supported', 'DataCloneError');
      }
    }
  }
  let data;
  try {
    data = serialize(value);
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.code === 'ERR_DATA_CLONE') {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
  return deserialize(data);
}

module.exports = { structuredClone };
