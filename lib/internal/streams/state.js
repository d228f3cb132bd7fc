'use strict';
// highWaterMark defaults and the check of the highWaterMark options of stream constructors.

const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
const { validateInteger } = require('internal/validators');

let defaultBytesHighWaterMark = 16 * 1024;
let defaultObjectHighWaterMark = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectHighWaterMark : defaultBytesHighWaterMark;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjectHighWaterMark = value;
  else defaultBytesHighWaterMark = value;
}

// `options.highWaterMark` wins; a Duplex side falls back to its own key
// (readableHighWaterMark / writableHighWaterMark), named in the error when it is wrong.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  let name = 'options.highWaterMark';
  if (hwm == null && isDuplex) {
    hwm = options[duplexKey];
    name = `options.${duplexKey}`;
  }
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : name, hwm);
  }
  return Math.floor(hwm);
}

module.exports = {
  getDefaultHighWaterMark,
  getHighWaterMark,
  setDefaultHighWaterMark,
};
