'use strict';
// Address helpers shared by net, dgram and dns: IP literal checks.

// Four decimal bytes without leading zeros: one regular expression, as every datagram sent to
// an address checks it.
const IPV4_BYTE = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const IPV4 = new RegExp(`^(?:${IPV4_BYTE}\\.){3}${IPV4_BYTE}$`);
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZONE_ID = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4String(s) {
  return IPV4.test(s);
}

// Groups of hex separated by ':' (an IPv4 address may end them); `::` once at most, standing
// for at least one group; a zone id after '%'.
function isIPv6String(s) {
  if (!s.includes(':')) return false;
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

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  normalizedArgsSymbol,
};
