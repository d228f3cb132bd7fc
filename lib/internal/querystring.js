'use strict';
// Percent-encoding tables and the encoder that querystring and the legacy url module share.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) {
  hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;
}

// 1 for the hexadecimal digits.
const isHexTable = new Int8Array(256);
for (const c of '0123456789ABCDEFabcdef') isHexTable[c.charCodeAt(0)] = 1;

// str with every character whose noEscapeTable entry is not 1 percent-encoded as UTF-8. A
// UTF-16 surrogate always takes the next code unit with it (as Node does); one at the very end
// is an error.
function encodeStr(str, noEscapeTable, hexTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] !== 1) {
        if (last < i) out += str.slice(last, i);
        out += hexTable[c];
        last = i + 1;
      }
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] +
        hexTable[0x80 | (c & 0x3f)];
    } else {
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out += hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
        hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

module.exports = {
  encodeStr,
  hexTable,
  isHexTable,
};
