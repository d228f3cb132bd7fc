'use strict';
// Address helpers shared by net, dgram and dns: IP literal checks, and the host name lookup
// net uses until the dns module exists (dns.lookup's interface, on cares_wrap.getaddrinfo).

const IPV4_PART = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZONE_ID = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4String(s) {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    if (!IPV4_PART.test(parts[i])) return false;
  }
  return true;
}

// Groups of hex separated by ':' (an IPv4 address may end them); `::` once at most, standing
// for at least one group; a zone id after '%'.
function isIPv6String(s) {
  const percent = s.indexOf('%');
  if (percent !== -1) {
    if (!ZONE_ID.test(s.slice(percent + 1))) return false;
    s = s.slice(0, percent);
  }
  if (s.length < 2) return false;
  const gap = s.indexOf('::');
  if (gap !== -1 && s.indexOf('::', gap + 1) !== -1) return false;
  const count = (text, allowV4Tail) => {
    if (text === '') return 0;
    const groups = text.split(':');
    let n = 0;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && allowV4Tail && g.includes('.')) {
        if (!isIPv4String(g)) return -1;
        n += 2;
      } else if (HEX_GROUP.test(g)) {
        n++;
      } else {
        return -1;
      }
    }
    return n;
  };
  if (gap === -1) return count(s, true) === 8;
  const head = count(s.slice(0, gap), false);
  const tail = count(s.slice(gap + 2), true);
  return head !== -1 && tail !== -1 && head + tail <= 7;
}

function isIPv4(s) {
  return isIPv4String(`${s}`);
}

function isIPv6(s) {
  return isIPv6String(`${s}`);
}

function isIP(s) {
  s = `${s}`;
  if (isIPv4String(s)) return 4;
  if (isIPv6String(s)) return 6;
  return 0;
}

// The `normalizeArgs` marker: arguments already normalized (net.connect -> socket.connect).
const normalizedArgsSymbol = Symbol('normalizedArgs');

let cares;

function onLookup(err, addresses) {
  if (err) {
    const { dnsException } = require('internal/errors');
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const address = addresses[0];
  this.callback(null, address, this.family || isIP(address));
}

function onLookupAll(err, addresses) {
  if (err) {
    const { dnsException } = require('internal/errors');
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  const list = new Array(addresses.length);
  for (let i = 0; i < addresses.length; i++) {
    list[i] = { address: addresses[i], family: family || isIP(addresses[i]) };
  }
  this.callback(null, list);
}

function lookupHints() {
  cares ??= internalBinding('cares_wrap');
  return { ADDRCONFIG: cares.AI_ADDRCONFIG, ALL: cares.AI_ALL, V4MAPPED: cares.AI_V4MAPPED };
}

// dns.lookup(hostname, options, callback) with options an object, as net calls it (with
// dns.lookup's checks): IP literals answered at once (in a later tick), names resolved by the
// system resolver on the thread pool.
function lookup(hostname, options, callback) {
  const {
    codes: { ERR_INVALID_ARG_VALUE },
    dnsException,
  } = require('internal/errors');
  const { validateBoolean, validateNumber, validateOneOf, validateString } =
    require('internal/validators');
  cares ??= internalBinding('cares_wrap');
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  let hints = 0;
  let all = false;
  let order = 'verbatim';
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    hints = options.hints >>> 0;
    if ((hints & ~(cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED)) !== 0) {
      throw new ERR_INVALID_ARG_VALUE('hints', hints);
    }
  }
  if (options.family != null) {
    if (options.family === 'IPv4') family = 4;
    else if (options.family === 'IPv6') family = 6;
    else {
      validateOneOf(options.family, 'options.family', [0, 4, 6]);
      family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
    order = options.order;
  }
  if (!hostname) {
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return;
  }
  const literal = isIP(hostname);
  if (literal) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    else process.nextTick(callback, null, hostname, literal);
    return;
  }
  const req = new cares.GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onLookupAll : onLookup;
  const orderCode = order === 'ipv4first' ? cares.DNS_ORDER_IPV4_FIRST :
    order === 'ipv6first' ? cares.DNS_ORDER_IPV6_FIRST : cares.DNS_ORDER_VERBATIM;
  const err = cares.getaddrinfo(req, hostname, family, hints, orderCode);
  if (err) process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
}

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  lookup,
  lookupHints,
  normalizedArgsSymbol,
};
