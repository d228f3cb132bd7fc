'use strict';
// dns: host name and service lookups through the operating system's resolver (getaddrinfo,
// getnameinfo on libuv's thread pool, src/cares_wrap.c), as net and dgram use them. The
// c-ares resolver functions (resolve*, Resolver, setServers) are not here yet.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  dnsException,
} = require('internal/errors');
const { validateFunction, validatePort } = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');
const { isIP } = require('internal/net');
const {
  asciiHostname,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  orderCode,
  parseLookupOptions,
  setDefaultResultOrder,
  validateHostname,
} = require('internal/dns/utils');

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;

function onlookup(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.callback(null, addresses);
}

// lookup(hostname[, options], callback): options a family (0, 4, 6) or
// { family, hints, all, verbatim, order }. Calls back (err, address, family), or
// (err, [{ address, family }, ...]) with `all`. Always asynchronous.
function lookup(hostname, options, callback) {
  validateHostname(hostname);
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const twoArgs = arguments.length === 2;
  const { family, hints, all, order } = parseLookupOptions(options, (optionsIsCallback) => {
    validateFunction(optionsIsCallback && twoArgs ? options : callback, 'callback');
  });

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const literal = isIP(hostname);
  if (literal) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    else process.nextTick(callback, null, hostname, literal);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, asciiHostname(hostname), family, hints, orderCode(order));
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

Object.defineProperty(lookup, customPromisifyArgs, {
  value: ['address', 'family'], enumerable: false,
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(dnsException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback): the host name and service of an address and port,
// called back as (err, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

Object.defineProperty(lookupService, customPromisifyArgs, {
  value: ['hostname', 'service'], enumerable: false,
});

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
});
