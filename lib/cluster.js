'use strict';
// cluster: one process per core sharing servers. A process started by cluster.fork() has
// NODE_UNIQUE_ID and is a worker (lib/internal/cluster/child.js); any other is a primary
// (lib/internal/cluster/primary.js).

const childOrPrimary = 'NODE_UNIQUE_ID' in process.env ? 'child' : 'primary';
module.exports = require(`internal/cluster/${childOrPrimary}`);
