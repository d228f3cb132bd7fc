'use strict';
// dns/promises: the promise forms of dns.lookup and dns.lookupService.

module.exports = require('internal/dns/promises');
