'use strict';
// net.SocketAddress, and the IP address arithmetic it and net.BlockList share: addresses as
// 128-bit BigInts, IPv4 ones mapped into ::ffff:0:0/96 (so that rules of either family
// apply to the other's mapped form, as Node's do).

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');
const { kEmptyObject, customInspectSymbol } = require('internal/util');

const V4_MAPPED = 0xffffn << 32n;
const kDetail = Symbol('kDetail');

function parseIPv4(s) {
  const p = s.split('.');
  return ((+p[0] << 24) >>> 0) + (+p[1] << 16) + (+p[2] << 8) + +p[3];
}

// An IPv6 text (valid, without zone) as a BigInt.
function parseIPv6(s) {
  const toWords = (text) => {
    if (text === '') return [];
    const words = [];
    for (const g of text.split(':')) {
      if (g.includes('.')) {
        const v4 = parseIPv4(g);
        words.push(v4 >>> 16, v4 & 0xffff);
      } else {
        words.push(parseInt(g, 16));
      }
    }
    return words;
  };
  const gap = s.indexOf('::');
  let words;
  if (gap === -1) {
    words = toWords(s);
  } else {
    const head = toWords(s.slice(0, gap));
    const tail = toWords(s.slice(gap + 2));
    words = head.concat(new Array(8 - head.length - tail.length).fill(0), tail);
  }
  let v = 0n;
  for (const w of words) v = (v << 16n) | BigInt(w);
  return v;
}

function formatIPv4(n) {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

// As inet_ntop prints it: the longest run of two or more zero words (the first of equals)
// becomes '::'; an IPv4-mapped or -compatible address ends in dotted form.
function formatIPv6(v) {
  const words = new Array(8);
  for (let i = 7; i >= 0; i--) {
    words[i] = Number(v & 0xffffn);
    v >>= 16n;
  }
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) best = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    if (i === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
      out += formatIPv4(((words[6] << 16) >>> 0) + words[7]);
      break;
    }
    out += words[i].toString(16);
    if (i < 7) out += ':';
  }
  return out;
}

// An address in the shared 128-bit space, or undefined when the text is no address of the
// family (4 or 6).
function addressValue(text, family) {
  if (family === 4) return isIPv4(text) ? V4_MAPPED | BigInt(parseIPv4(text)) : undefined;
  if (!isIPv6(text)) return undefined;
  const percent = text.indexOf('%');
  return parseIPv6(percent === -1 ? text : text.slice(0, percent));
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  constructor(options = kEmptyObject) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const fam = family === 'ipv4' ? 4 : 6;
    const value = addressValue(address, fam);
    if (value === undefined) {
      // Node throws this from C++: a plain Error with a code, no [CODE] in its stack.
      const err = new Error('Invalid socket address');
      err.code = 'ERR_INVALID_ADDRESS';
      throw err;
    }
    this[kDetail] = {
      address: fam === 4 ? address : formatIPv6(value),
      port: +port,
      family: fam,
      // the flow label is the low 20 bits of sin6_flowinfo
      flowlabel: fam === 6 ? flowlabel & 0xfffff : 0,
      value,
    };
  }

  get address() {
    return this[kDetail].address;
  }

  get port() {
    return this[kDetail].port;
  }

  get family() {
    return this[kDetail].family === 4 ? 'ipv4' : 'ipv6';
  }

  get flowlabel() {
    return this[kDetail].flowlabel;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}

// The 128-bit value and family (4, 6) of a SocketAddress, for BlockList.
function socketAddressValue(sa) {
  return sa[kDetail];
}

module.exports = {
  SocketAddress,
  socketAddressValue,
  addressValue,
  formatIPv4,
  formatIPv6,
};
