'use strict';
// The cluster module of a worker process once it is set up (./child.js), for lib/net.js:
// a server listening in a worker asks the primary for its handle. null in other processes,
// where net need not load cluster at all.

module.exports = { workerCluster: null };
