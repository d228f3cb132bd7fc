'use strict';
// net.BlockList: rules on single addresses, ranges and subnets, checked newest first.
// Addresses compare in the 128-bit space of internal/socketaddress, where IPv4 maps into
// ::ffff:0:0/96.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { SocketAddress, socketAddressValue } = require('internal/socketaddress');

const kRules = Symbol('kRules');

const FAMILY_NAME = { 4: 'IPv4', 6: 'IPv6' };

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const a = socketAddressValue(toSocketAddress(address, 'address', family));
    this[kRules].unshift({
      low: a.value,
      high: a.value,
      text: `Address: ${FAMILY_NAME[a.family]} ${a.address}`,
    });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    const s = socketAddressValue(start);
    const e = socketAddressValue(end);
    if (s.value > e.value) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this[kRules].unshift({
      low: s.value,
      high: e.value,
      text: `Range: ${FAMILY_NAME[s.family]} ${s.address}-${e.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    const n = socketAddressValue(network);
    validateInt32(prefix, 'prefix', 0, n.family === 4 ? 32 : 128);
    const bits = BigInt(n.family === 4 ? 96 + prefix : prefix);
    const hostMask = (1n << (128n - bits)) - 1n;
    const low = n.value & ~hostMask & ((1n << 128n) - 1n);
    this[kRules].unshift({
      low,
      high: low | hostMask,
      text: `Subnet: ${FAMILY_NAME[n.family]} ${n.address}/${prefix}`,
    });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const { value } = socketAddressValue(address);
    for (const rule of this[kRules]) {
      if (value >= rule.low && value <= rule.high) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }
}

module.exports = { BlockList };
