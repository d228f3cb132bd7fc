'use strict';
// The UDP handles of lib/dgram.js: one per socket type, each with the family's bind, connect
// and send, and `lookup(address, callback)` resolving host names in that family.

const {
  codes: { ERR_SOCKET_BAD_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { UDP } = internalBinding('udp_wrap');
const { UV_EINVAL } = internalBinding('uv');

const kStateSymbol = Symbol('state symbol');

// The resolver a socket uses unless given one; read when the socket is made, so that a program
// that replaces dns.lookup first is heard.
function defaultLookup() {
  return require('dns').lookup;
}

// An empty address means the family's loopback; the legacy (hostname, family, cb) form is
// what Node calls a custom lookup with.
function lookupFamily(lookup, family, loopback) {
  return (address, callback) => lookup(address || loopback, family, callback);
}

function newHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup();
  else validateFunction(lookup, 'lookup');

  if (type === 'udp4') {
    const handle = new UDP();
    handle.lookup = lookupFamily(lookup, 4, '127.0.0.1');
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP();
    handle.lookup = lookupFamily(lookup, 6, '::1');
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

// A handle for an IP address already known, bound, or opened on fd: the handle, or a
// negative code (dgram._createSocketHandle).
function createBoundHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (typeof fd === 'number' && fd > 0 && (fd | 0) === fd) {
    const { guessHandleType } = require('internal/util');
    err = guessHandleType(fd) === 'UDP' ? handle.open(fd) : UV_EINVAL;
  } else if (port || address) {
    err = handle.bind(`${address}`, (+port >>> 0) & 0xffff, flags | 0);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = {
  createBoundHandle,
  kStateSymbol,
  newHandle,
};
