'use strict';
// Helpers the HTTP modules share: the Date header's value (made at most once a second) and
// the symbols of OutgoingMessage's state.

let cachedSecond = -1;
let cachedDate = '';

function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== cachedSecond) {
    cachedSecond = second;
    cachedDate = new Date(second * 1000).toUTCString();
  }
  return cachedDate;
}

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  utcDate,
};
