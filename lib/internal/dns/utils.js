'use strict';
// What dns.lookup and dns/promises' lookup share: the arguments' checks, the default result
// order (dns.setDefaultResultOrder), the error codes the module exports, and the one-time
// warning for a hostname that is no name at all (DEP0118).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');

const cares = internalBinding('cares_wrap');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultResultOrder;

// The order --dns-result-order gives (checked at start-up: lib/internal/main/run.js), until
// dns.setDefaultResultOrder.
function getDefaultResultOrder() {
  if (defaultResultOrder === undefined) {
    const { getOptionValue } = require('internal/options');
    const order = getOptionValue('--dns-result-order');
    if (!order) {
      defaultResultOrder = 'verbatim';
    } else {
      validateOneOf(order, '--dns-result-order', validOrders);
      defaultResultOrder = order;
    }
  }
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

// The binding's code for an order name.
function orderCode(order) {
  if (order === 'ipv4first') return cares.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return cares.DNS_ORDER_IPV6_FIRST;
  return cares.DNS_ORDER_VERBATIM;
}

function validateHints(hints) {
  if ((hints & ~(cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// lookup's second argument, a family number or an options object, as
// { family, hints, all, order }. `checkCallback` runs where Node checks the callback: after a
// family number, before an options object's properties.
function parseLookupOptions(options, checkCallback) {
  const parsed = { family: 0, hints: 0, all: false, order: getDefaultResultOrder() };
  if (typeof options === 'number') {
    checkCallback();
    validateOneOf(options, 'family', validFamilies);
    parsed.family = options;
    return parsed;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    checkCallback(true);
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  checkCallback();
  if (options == null) return parsed;
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    parsed.hints = options.hints >>> 0;
    validateHints(parsed.hints);
  }
  if (options.family != null) {
    if (options.family === 'IPv4') {
      parsed.family = 4;
    } else if (options.family === 'IPv6') {
      parsed.family = 6;
    } else {
      validateOneOf(options.family, 'options.family', validFamilies);
      parsed.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    parsed.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    parsed.order = options.order;
  }
  return parsed;
}

function validateHostname(hostname) {
  if (hostname) validateString(hostname, 'hostname');
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in ` +
    'the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// The host name as the resolver gets it: internationalized names in their ASCII form.
function asciiHostname(hostname) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(hostname)) return hostname;
  return require('internal/idna').toASCII(hostname);
}

// The error codes dns exports (c-ares' names, shared with the resolver to come).
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  asciiHostname,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  orderCode,
  parseLookupOptions,
  setDefaultResultOrder,
  validateHostname,
};
