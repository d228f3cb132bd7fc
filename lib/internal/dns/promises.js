'use strict';
// dns.promises (also require('dns/promises')): lookup and lookupService returning promises;
// argument errors are thrown at the call, as Node does.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  dnsException,
} = require('internal/errors');
const { validatePort } = require('internal/validators');
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
    this.reject(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  if (this.all) {
    this.resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
  } else {
    const address = addresses[0];
    this.resolve({ address, family: family || isIP(address) });
  }
}

// lookup(hostname[, options]) -> Promise of { address, family }, or with `all` an array of
// them.
function lookup(hostname, options) {
  validateHostname(hostname);
  const { family, hints, all, order } = parseLookupOptions(options, () => {});

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const literal = isIP(hostname);
  if (literal) {
    const result = { address: hostname, family: literal };
    return Promise.resolve(all ? [result] : result);
  }

  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.all = all;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookup;
    const err = cares.getaddrinfo(req, asciiHostname(hostname), family, hints, orderCode(order));
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(dnsException(err, 'getnameinfo'));
    return;
  }
  this.resolve({ hostname, service });
}

// lookupService(address, port) -> Promise of { hostname, service }
function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookupservice;
    const err = cares.getnameinfo(req, address, port);
    if (err) reject(dnsException(err, 'getnameinfo', address));
  });
}

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ...errorCodes,
};
